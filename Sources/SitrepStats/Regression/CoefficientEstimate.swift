/// A closed interval [lower, upper]; `upper` may be +∞ (an exact interval with no upper bound).
public struct ConfidenceInterval: Sendable, Hashable {
    public var lower: Double
    public var upper: Double

    public init(lower: Double, upper: Double) {
        self.lower = lower
        self.upper = upper
    }
}

/// One estimated coefficient with its Wald inference.
public struct CoefficientEstimate: Sendable, Hashable {
    public var estimate: Double
    public var standardError: Double
    /// estimate / standardError: a z statistic, or a t statistic when the fit's `usesStudentT` is true.
    public var statistic: Double
    /// Two-sided p-value of `statistic` against 0.
    public var pValue: Double
    /// 95 % Wald interval estimate ± q · standardError, q the 0.975 quantile of N(0, 1) or t(n − p).
    public var confidenceInterval95: ConfidenceInterval

    public init(
        estimate: Double, standardError: Double, statistic: Double, pValue: Double,
        confidenceInterval95: ConfidenceInterval
    ) {
        self.estimate = estimate
        self.standardError = standardError
        self.statistic = statistic
        self.pValue = pValue
        self.confidenceInterval95 = confidenceInterval95
    }
}
