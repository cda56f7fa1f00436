internal import CGSL

#if canImport(Glibc)
    internal import Glibc
#elseif canImport(Darwin)
    internal import Darwin
#endif

/// The exact conditional test that two Poisson rates are equal, with the rate ratio and its exact interval.
///
/// Given x₁ events in exposure t₁ and x₂ in t₂, under H₀ (equal rates) x₁ | x₁ + x₂ = N is Binomial(N, π₀) with
/// π₀ = t₁/(t₁ + t₂). The two-sided p-value sums the binomial probabilities no larger than P(x₁) × (1 + 10⁻⁷)
/// (the "minimum likelihood" rule of `scipy.stats.binomtest`, which statsmodels 0.15
/// `test_poisson_2indep(..., method="exact-cond")` uses). The rate ratio (x₁/t₁)/(x₂/t₂) gets the Clopper–Pearson
/// interval [π_L, π_U] of the binomial proportion mapped by π ↦ π/(1 − π) · t₂/t₁, as R's `poisson.test` does
/// (`scipy.stats.binomtest(...).proportion_ci(method="exact")`); the upper end is +∞ when x₂ = 0.
public struct PoissonRateTest: Sendable, Hashable {
    public var count1: Int
    public var exposure1: Double
    public var count2: Int
    public var exposure2: Double
    /// (x₁/t₁) / (x₂/t₂) (+∞ when x₂ = 0).
    public var rateRatio: Double
    public var pValue: Double
    public var confidenceInterval: ConfidenceInterval
    public var confidenceLevel: Double

    /// Throws `invalidArgument` for a negative count, a non-positive exposure, no events at all, or a confidence
    /// level outside (0, 1).
    public init(
        count1: Int, exposure1: Double, count2: Int, exposure2: Double, confidenceLevel: Double = 0.95
    ) throws(GSLError) {
        guard count1 >= 0, count2 >= 0, count1 + count2 > 0 else {
            throw GSLError.invalidArgument.with(
                message: "the rate test needs counts ≥ 0 and at least one event, got \(count1) and \(count2)")
        }
        guard exposure1 > 0, exposure2 > 0, exposure1.isFinite, exposure2.isFinite else {
            throw GSLError.invalidArgument.with(
                message: "exposures must be positive, got \(exposure1) and \(exposure2)")
        }
        guard confidenceLevel > 0, confidenceLevel < 1 else {
            throw GSLError.invalidArgument.with(
                message: "the confidence level must be in (0, 1), got \(confidenceLevel)")
        }
        _ = GSL.handlerIsOff
        self.count1 = count1
        self.exposure1 = exposure1
        self.count2 = count2
        self.exposure2 = exposure2
        self.confidenceLevel = confidenceLevel
        rateRatio = (Double(count1) / exposure1) / (Double(count2) / exposure2)
        let n = count1 + count2
        let p0 = exposure1 / (exposure1 + exposure2)
        pValue = PoissonRateTest.binomialTwoSided(count1, n, p0)
        let tail = (1 - confidenceLevel) / 2
        let k = Double(count1)
        let lower = count1 == 0 ? 0 : gsl_cdf_beta_Pinv(tail, k, Double(n - count1) + 1)
        let upper = count1 == n ? 1 : gsl_cdf_beta_Qinv(tail, k + 1, Double(n - count1))
        let toRatio = { (pi: Double) -> Double in pi >= 1 ? .infinity : pi / (1 - pi) * exposure2 / exposure1 }
        confidenceInterval = ConfidenceInterval(lower: toRatio(lower), upper: toRatio(upper))
    }

    /// scipy.stats.binomtest's two-sided p-value: Σ P(X = i) over i with P(X = i) ≤ P(X = k)(1 + 10⁻⁷).
    static func binomialTwoSided(_ k: Int, _ n: Int, _ p: Double) -> Double {
        let un = UInt32(n)
        let pmf = { (i: Int) -> Double in gsl_ran_binomial_pdf(UInt32(i), p, un) }
        let threshold = pmf(k) * (1 + 1e-7)
        let expected = p * Double(n)
        if Double(k) == expected { return 1 }
        let value: Double
        if Double(k) < expected {
            // Lower tail P(X ≤ k) plus the upper tail from the first i above the mode with pmf(i) ≤ threshold.
            var i = Int(expected.rounded(.up))
            while i <= n, pmf(i) > threshold { i += 1 }
            let upper = i > n ? 0 : gsl_cdf_binomial_Q(UInt32(i - 1), p, un)
            value = gsl_cdf_binomial_P(UInt32(k), p, un) + upper
        } else {
            var i = Int(expected.rounded(.down))
            while i >= 0, pmf(i) > threshold { i -= 1 }
            let lower = i < 0 ? 0 : gsl_cdf_binomial_P(UInt32(i), p, un)
            value = lower + gsl_cdf_binomial_Q(UInt32(k - 1), p, un)
        }
        return min(1, value)
    }
}
