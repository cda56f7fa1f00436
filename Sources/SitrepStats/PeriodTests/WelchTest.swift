/// Welch's two-sample t-test for equal means without assuming equal variances.
///
/// t = (x̄₁ − x̄₂) / √(s₁²/n₁ + s₂²/n₂) with sample variances (divisor n − 1); degrees of freedom by
/// Welch–Satterthwaite ν = (s₁²/n₁ + s₂²/n₂)² / [(s₁²/n₁)²/(n₁ − 1) + (s₂²/n₂)²/(n₂ − 1)]; two-sided
/// p = 2 P(T_ν > |t|). Agrees with `scipy.stats.ttest_ind(a, b, equal_var=False)` (scipy 1.17).
public struct WelchTest: Sendable, Hashable {
    public var meanDifference: Double
    public var t: Double
    public var degreesOfFreedom: Double
    public var pValue: Double

    /// Throws `degenerateInput` when a sample has fewer than 2 values, holds a non-finite value, or both samples
    /// are constant (the standard error is 0).
    public init(_ first: [Double], _ second: [Double]) throws(GSLError) {
        guard first.count >= 2, second.count >= 2 else {
            throw GSLError.degenerateInput.with(
                message: "Welch's test needs at least 2 values per sample, got \(first.count) and \(second.count)")
        }
        guard (first + second).allSatisfy(\.isFinite) else {
            throw GSLError.degenerateInput.with(message: "a sample holds a NaN or infinite value")
        }
        let v1 = try Descriptive.variance(first) / Double(first.count)
        let v2 = try Descriptive.variance(second) / Double(second.count)
        guard v1 + v2 > 0 else {
            throw GSLError.degenerateInput.with(message: "both samples are constant: the t statistic is undefined")
        }
        meanDifference = try Descriptive.mean(first) - Descriptive.mean(second)
        t = meanDifference / (v1 + v2).squareRoot()
        degreesOfFreedom =
            (v1 + v2) * (v1 + v2)
            / (v1 * v1 / Double(first.count - 1) + v2 * v2 / Double(second.count - 1))
        pValue = Distributions.studentTwoSided(t, degreesOfFreedom: degreesOfFreedom)
    }
}
