#if canImport(Glibc)
    internal import Glibc
#elseif canImport(Darwin)
    internal import Darwin
#endif

/// The model behind `trend(of:model:)`.
public enum TrendModel: String, Sendable, Hashable, CaseIterable {
    case poisson
    case quasiPoisson = "quasipoisson"
    case negativeBinomial = "negbin"
    /// Ordinary least squares with normal errors (`LinearFit`; statsmodels `OLS`).
    case normal
}

/// A straight-line trend in a series indexed 0, 1, …, n − 1.
public struct TrendEstimate: Sendable, Hashable {
    public var model: TrendModel
    public var n: Int
    public var intercept: CoefficientEstimate
    /// The coefficient of the period index: log rate per period (count models) or units per period (normal).
    public var slope: CoefficientEstimate
    /// Count models: 100 (exp(β₁) − 1), the percentage change in the expected count per period. Normal:
    /// 100 β₁ / ȳ, the slope as a percentage of the series mean (the fitted level at the middle period).
    public var percentPerPeriod: Double
    /// The slope's 95 % interval under the same map (exp is increasing, so the ends map to the ends).
    public var percentConfidenceInterval95: ConfidenceInterval
    /// Pearson χ² / (n − 2) for the count models (NB2: with its variance μ + αμ²); σ̂² = RSS / (n − 2) for normal.
    public var dispersion: Double
    /// NB2's α, else `nil`.
    public var alpha: Double?
    /// IRLS iterations (0 for the normal model, which has a closed form).
    public var iterations: Int

    /// 100 (exp(b) − 1): a log-rate coefficient as "% change per period".
    public static func percentChange(logRate b: Double) -> Double { 100 * expm1(b) }
}

/// Fits log μₜ = β₀ + β₁ t (or yₜ = β₀ + β₁ t + εₜ for `.normal`) to `series`, t = 0, …, n − 1, and reports the
/// trend as a percentage per period with its 95 % interval. The count models are `GeneralizedLinearModel.fit`
/// with the design [1, t]; see it for the estimators, convergence and the errors thrown. The normal model throws
/// `degenerateInput` for fewer than 3 values, a constant series (zero residual variance) or a zero mean.
public func trend(of series: [Double], model: TrendModel = .poisson) throws(GSLError) -> TrendEstimate {
    let design = series.indices.map { [1, Double($0)] }
    switch model {
    case .poisson, .quasiPoisson, .negativeBinomial:
        let family: GLMFamily =
            model == .poisson ? .poisson : model == .quasiPoisson ? .quasiPoisson : .negativeBinomial
        let fit = try GeneralizedLinearModel.fit(design: design, response: series, family: family)
        let slope = fit.coefficients[1]
        return TrendEstimate(
            model: model, n: series.count, intercept: fit.coefficients[0], slope: slope,
            percentPerPeriod: TrendEstimate.percentChange(logRate: slope.estimate),
            percentConfidenceInterval95: ConfidenceInterval(
                lower: TrendEstimate.percentChange(logRate: slope.confidenceInterval95.lower),
                upper: TrendEstimate.percentChange(logRate: slope.confidenceInterval95.upper)),
            dispersion: fit.pearsonDispersion, alpha: fit.alpha, iterations: fit.iterations)
    case .normal:
        guard series.count >= 3, series.allSatisfy(\.isFinite) else {
            throw GSLError.degenerateInput.with(message: "a normal trend needs at least 3 finite values")
        }
        let fit = try LinearFit(design: design, response: series)
        // A residual variance below 10⁻²⁴ of the mean square is rounding: the points lie on a line.
        guard fit.residualSumOfSquares > 1e-24 * series.reduce(0, { $0 + $1 * $1 }) else {
            throw GSLError.degenerateInput.with(
                message: "the series lies exactly on a line (zero residual variance): no standard error")
        }
        let dfResidual = Double(fit.degreesOfFreedom)
        let quantile = Distributions.studentQuantile(0.975, degreesOfFreedom: dfResidual)
        let estimates = fit.coefficients.indices.map { j in
            let se = fit.standardErrors[j]
            let b = fit.coefficients[j]
            return CoefficientEstimate(
                estimate: b, standardError: se, statistic: b / se,
                pValue: Distributions.studentTwoSided(b / se, degreesOfFreedom: dfResidual),
                confidenceInterval95: ConfidenceInterval(lower: b - quantile * se, upper: b + quantile * se))
        }
        let mean = series.reduce(0, +) / Double(series.count)
        guard mean != 0 else {
            throw GSLError.degenerateInput.with(message: "the series mean is 0: a percentage trend is undefined")
        }
        let slope = estimates[1]
        let lower = 100 * slope.confidenceInterval95.lower / mean
        let upper = 100 * slope.confidenceInterval95.upper / mean
        return TrendEstimate(
            model: model, n: series.count, intercept: estimates[0], slope: slope,
            percentPerPeriod: 100 * slope.estimate / mean,
            percentConfidenceInterval95: ConfidenceInterval(lower: min(lower, upper), upper: max(lower, upper)),
            dispersion: fit.residualSumOfSquares / dfResidual, alpha: nil, iterations: 0)
    }
}
