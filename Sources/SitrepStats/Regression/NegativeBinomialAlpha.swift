internal import CGSL

#if canImport(Glibc)
    internal import Glibc
#elseif canImport(Darwin)
    internal import Darwin
#endif

/// Maximum-likelihood estimation of NB2's α, profiling β out.
///
/// For each α, β̂(α) is the IRLS fit with V(μ) = μ + αμ². The profile log-likelihood is maximised where the
/// α-score vanishes, and since β̂(α) maximises over β, that score is the partial derivative at β̂(α). Written in
/// r = 1/α it is Σ ψ(yᵢ + r) − ψ(r) + log(r / (r + μᵢ)) + (μᵢ − yᵢ)/(r + μᵢ). The root is found in log α by
/// Brent–Dekker (`gsl_root_fsolver_brent`) to 10⁻¹² in log α. The result is the joint maximum-likelihood
/// estimate of (β, α), the one statsmodels' discrete `NegativeBinomial(loglike_method="nb2")` finds.
///
/// When the counts are not overdispersed the likelihood increases towards α → 0 (the Poisson model) and has no
/// interior maximum; that is reported as `degenerateInput`.
enum NegativeBinomialAlpha {
    static let smallestAlpha = 1e-8
    static let largestAlpha = 1e8

    static func maximumLikelihood(
        design: [[Double]], response y: [Double], offset: [Double]
    ) throws(GSLError) -> (alpha: Double, fit: IRLS.Result) {
        let profile = ProfileScore(design: design, response: y, offset: offset)
        // score(θ) < 0 where the likelihood still increases in α = e^θ.
        var low = 0.0
        var high = 0.0
        if try profile.score(high) < 0 {
            repeat {
                low = high
                high += log(10)
                guard exp(high) <= largestAlpha else {
                    throw GSLError.degenerateInput.with(
                        message:
                            "the NB2 likelihood still increases at α = \(largestAlpha): the counts are too dispersed "
                            + "to estimate α")
                }
            } while try profile.score(high) < 0
        } else {
            low = log(smallestAlpha)
            guard try profile.score(low) < 0 else {
                throw GSLError.degenerateInput.with(
                    message: "the counts are not overdispersed (the NB2 likelihood is largest as α → 0): "
                        + "fit the Poisson model instead")
            }
        }

        let solver = GSLRootSolver()
        let root: Double = try withExtendedLifetime(profile) { () throws(GSLError) -> Double in
            var function = gsl_function(
                function: { theta, params in
                    let profile = Unmanaged<ProfileScore>.fromOpaque(params!).takeUnretainedValue()
                    do throws(GSLError) {
                        return try profile.score(theta)
                    } catch {
                        profile.error = error
                        return .nan
                    }
                },
                params: Unmanaged.passUnretained(profile).toOpaque())
            try GSL.check(gsl_root_fsolver_set(solver.pointer, &function, low, high), "NB2 α bracket")
            for _ in 0..<200 {
                let status = gsl_root_fsolver_iterate(solver.pointer)
                if let error = profile.error { throw error }
                try GSL.check(status, "NB2 α root search")
                let lower = gsl_root_fsolver_x_lower(solver.pointer)
                let upper = gsl_root_fsolver_x_upper(solver.pointer)
                if gsl_root_test_interval(lower, upper, 1e-12, 0) == sitrep_gsl_success() {
                    return gsl_root_fsolver_root(solver.pointer)
                }
            }
            throw GSLError.maximumIterations.with(message: "the NB2 α search did not converge in 200 iterations")
        }
        let alpha = exp(root)
        let fit = try IRLS.fit(design: design, response: y, offset: offset, alpha: alpha, start: profile.lastBeta)
        return (alpha, fit)
    }
}

/// The α-score of the NB2 profile likelihood as a function of θ = log α, warm-starting each IRLS fit from the
/// previous coefficients. A class because GSL calls it back through a `void *`.
///
/// In r = 1/α the score is Σᵢ [ψ(yᵢ + r) − ψ(r)] + Σᵢ [(μᵢ − yᵢ)/(r + μᵢ) − log(1 + μᵢ/r)]. The first sum
/// depends on the counts alone: over the frequencies nₖ of the whole counts below 10⁴ it is
/// Σₖ nₖ Σ_{j<k} 1/(r + j), exact (no cancellation when r is large) in one pass up to the largest count;
/// other counts take `gsl_sf_psi`. For an intercept-only design without offset β̂(α) = log ȳ at every α (the
/// intercept's score equation Σ (yᵢ − μ)/(1 + αμ) = 0 has the root μ = ȳ), so μᵢ = ȳ, the (μ − yᵢ) terms sum
/// to zero and no IRLS is needed.
private final class ProfileScore {
    let design: [[Double]]
    let y: [Double]
    let offset: [Double]
    var lastBeta: [Double]?
    var error: GSLError?
    /// nₖ: how many counts equal k, for the whole counts below 10⁴.
    private let frequencies: [Int]
    /// The counts that are not whole or not below 10⁴.
    private let otherCounts: [Double]
    /// ȳ, when β̂(α) = log ȳ at every α (an intercept-only design without offset).
    private let constantMean: Double?

    init(design: [[Double]], response: [Double], offset: [Double]) {
        self.design = design
        self.y = response
        self.offset = offset
        var frequencies: [Int] = []
        var otherCounts: [Double] = []
        for count in response {
            guard count == count.rounded(), count >= 0, count < 10_000 else {
                otherCounts.append(count)
                continue
            }
            let k = Int(count)
            if k >= frequencies.count { frequencies += repeatElement(0, count: k + 1 - frequencies.count) }
            frequencies[k] += 1
        }
        self.frequencies = frequencies
        self.otherCounts = otherCounts
        let interceptOnly = design.allSatisfy { $0 == [1] } && offset.allSatisfy { $0 == 0 }
        constantMean = interceptOnly && !response.isEmpty ? response.reduce(0, +) / Double(response.count) : nil
    }

    /// Σ ∂ℓᵢ/∂r at r = e^{−θ} and β̂(e^θ); its sign is the opposite of ∂ℓ/∂α.
    func score(_ theta: Double) throws(GSLError) -> Double {
        let alpha = exp(theta)
        let r = 1 / alpha
        var total = digammaDifferences(r)
        if let mean = constantMean {
            lastBeta = [log(mean)]
            return total - Double(y.count) * log1p(mean / r)
        }
        let fit = try IRLS.fit(design: design, response: y, offset: offset, alpha: alpha, start: lastBeta)
        lastBeta = fit.beta
        for (yi, mu) in zip(y, fit.mu) {
            total += (mu - yi) / (r + mu) - log1p(mu / r)
        }
        return total
    }

    /// Σᵢ ψ(yᵢ + r) − ψ(r).
    private func digammaDifferences(_ r: Double) -> Double {
        var total = 0.0
        var difference = 0.0  // ψ(k + r) − ψ(r) = Σ_{j<k} 1/(r + j)
        for (k, frequency) in frequencies.enumerated() {
            if k > 0 { difference += 1 / (r + Double(k - 1)) }
            total += Double(frequency) * difference
        }
        for count in otherCounts { total += gsl_sf_psi(count + r) - gsl_sf_psi(r) }
        return total
    }
}
