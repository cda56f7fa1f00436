internal import CGSL

#if canImport(Glibc)
    internal import Glibc
#elseif canImport(Darwin)
    internal import Darwin
#endif

/// Iteratively reweighted least squares for a log-link count model with variance V(μ) = μ + αμ² (α = 0: Poisson).
///
/// Each step solves the weighted least-squares problem of the working response zᵢ = ηᵢ − offsetᵢ + (yᵢ − μᵢ)/μᵢ
/// with weights wᵢ = μᵢ / (1 + αμᵢ) (`gsl_multifit_wlinear_tsvd`, an SVD of the weighted design). This is Fisher
/// scoring. The first step starts, as statsmodels does, from μᵢ = (yᵢ + ȳ)/2 and ηᵢ = log μᵢ.
///
/// Convergence is judged on the coefficients, not the deviance: the fit stops when every coefficient moved by
/// at most `tolerance` · (1 + |βⱼ|) in the last step.
enum IRLS {
    static let tolerance = 1e-10
    static let maximumIterations = 100

    struct Result {
        var beta: [Double]
        /// (XᵀWX)⁻¹ with the weights of the last step.
        var unscaledCovariance: [[Double]]
        var mu: [Double]
        var iterations: Int
    }

    static func fit(
        design: [[Double]], response y: [Double], offset: [Double], alpha: Double, start: [Double]?
    ) throws(GSLError) -> Result {
        let n = y.count
        let p = design[0].count
        let x = GSLMatrix(rows: n, columns: p)
        for i in 0..<n { for j in 0..<p { x[i, j] = design[i][j] } }
        let weights = GSLVector(count: n)
        let working = GSLVector(count: n)
        let beta = GSLVector(count: p)
        let cov = GSLMatrix(rows: p, columns: p)
        let workspace = GSLLinearWorkspace(observations: n, parameters: p)

        var eta: [Double]
        var mu: [Double]
        if let start {
            eta = linearPredictor(design, start, offset)
            mu = eta.map { exp($0) }
        } else {
            let mean = y.reduce(0, +) / Double(n)
            mu = y.map { ($0 + mean) / 2 }
            eta = mu.map { log($0) }
        }
        var previous = start
        for iteration in 1...maximumIterations {
            for i in 0..<n {
                weights[i] = mu[i] / (1 + alpha * mu[i])
                working[i] = eta[i] - offset[i] + (y[i] - mu[i]) / mu[i]
            }
            var chisq = 0.0
            var rank = 0
            try GSL.check(
                gsl_multifit_wlinear_tsvd(
                    x.pointer, weights.pointer, working.pointer, 1e-12, beta.pointer, cov.pointer, &chisq, &rank,
                    workspace.pointer),
                "IRLS weighted least squares")
            guard rank == p else {
                throw GSLError.degenerateInput.with(
                    message: "the weighted design has rank \(rank) < \(p) (a constant or collinear column)")
            }
            let b = beta.array
            eta = linearPredictor(design, b, offset)
            mu = eta.map { exp($0) }
            guard b.allSatisfy(\.isFinite), mu.allSatisfy({ $0.isFinite && $0 > 0 }) else {
                throw GSLError.failed.with(
                    message: "IRLS diverged at iteration \(iteration): a fitted mean overflowed or reached 0 "
                        + "(the counts may be separated by a column of the design)")
            }
            if let previous, zip(b, previous).allSatisfy({ abs($0 - $1) <= tolerance * (1 + abs($0)) }) {
                let covariance = (0..<p).map { i in (0..<p).map { j in cov[i, j] } }
                return Result(beta: b, unscaledCovariance: covariance, mu: mu, iterations: iteration)
            }
            previous = b
        }
        throw GSLError.maximumIterations.with(
            message: "IRLS did not converge in \(maximumIterations) iterations (change in β above \(tolerance))")
    }

    static func linearPredictor(_ design: [[Double]], _ beta: [Double], _ offset: [Double]) -> [Double] {
        design.indices.map { i in
            var eta = offset[i]
            for j in beta.indices { eta += design[i][j] * beta[j] }
            return eta
        }
    }
}
