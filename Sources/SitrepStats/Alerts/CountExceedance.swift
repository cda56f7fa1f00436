/// How surprising a count is against a baseline of earlier counts: the upper-tail p-value
/// P(Y ≥ y) under a distribution fitted to the baseline.
///
/// The baseline model is a negative binomial (NB2) with constant mean, fitted by maximum likelihood
/// (`GeneralizedLinearModel.fit` with an intercept-only design: μ̂ = the baseline mean, α̂ the ML dispersion).
/// When the baseline is not overdispersed (the NB2 fit has no α > 0) the model falls back to Poisson(μ̂), and
/// says so in `model`. A baseline of all zeros gives p = 1 for a zero count and p = 0 otherwise (nothing
/// before, something now), flagged as `model == .emptyBaseline`.
public struct CountExceedance: Sendable, Hashable {
    public enum Model: String, Sendable, Hashable {
        case negativeBinomial = "negative binomial"
        case poisson
        case emptyBaseline = "empty baseline"
    }

    public var count: Double
    public var baselineMean: Double
    /// NB2's α̂ (`nil` for the Poisson and empty models).
    public var alpha: Double?
    public var model: Model
    /// P(Y ≥ count) under the fitted model.
    public var pValue: Double

    /// Throws `degenerateInput` for a baseline of fewer than 8 values, or a negative or non-integer count.
    public init(count: Double, baseline: [Double]) throws(GSLError) {
        guard baseline.count >= 8 else {
            throw GSLError.degenerateInput.with(message: "a baseline needs at least 8 periods, got \(baseline.count)")
        }
        guard count >= 0, count == count.rounded(), baseline.allSatisfy({ $0 >= 0 && $0 == $0.rounded() }) else {
            throw GSLError.degenerateInput.with(message: "counts must be whole numbers ≥ 0")
        }
        self.count = count
        let mean = baseline.reduce(0, +) / Double(baseline.count)
        baselineMean = mean
        guard mean > 0 else {
            model = .emptyBaseline
            alpha = nil
            pValue = count > 0 ? 0 : 1
            return
        }
        let design = Array(repeating: [1.0], count: baseline.count)
        if let fit = try? GeneralizedLinearModel.fit(design: design, response: baseline, family: .negativeBinomial),
            let alpha = fit.alpha, alpha > 0
        {
            self.alpha = alpha
            model = .negativeBinomial
            pValue = Distributions.negativeBinomialAtLeast(Int(count), mean: mean, alpha: alpha)
        } else {
            alpha = nil
            model = .poisson
            pValue = Distributions.poissonAtLeast(Int(count), mean: mean)
        }
    }
}
