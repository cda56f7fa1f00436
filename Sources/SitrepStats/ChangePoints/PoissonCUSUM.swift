#if canImport(Glibc)
    internal import Glibc
#elseif canImport(Darwin)
    internal import Darwin
#endif

/// A one-sided (upper) CUSUM for Poisson counts, for monitoring a rise in rate.
///
/// S₀ = 0, Sₜ = max(0, Sₜ₋₁ + xₜ − k). An alarm is raised at t when Sₜ ≥ h; the sum then restarts from 0.
/// k is the reference value and h the decision interval. For detecting a shift from an in-control mean μ₀ to
/// μ₁ > μ₀, the likelihood-ratio choice is k = (μ₁ − μ₀) / (log μ₁ − log μ₀) (Lucas 1985).
public struct PoissonCUSUM: Sendable, Hashable {
    public var referenceValue: Double
    public var decisionInterval: Double

    /// The path of the statistic and where it alarmed.
    public struct Result: Sendable, Hashable {
        /// Sₜ for each t (before the restart that follows an alarm).
        public var statistics: [Double]
        /// Indices t with Sₜ ≥ h.
        public var alarms: [Int]
    }

    /// Throws `invalidArgument` unless k ≥ 0 and h > 0 are finite.
    public init(referenceValue: Double, decisionInterval: Double) throws(GSLError) {
        guard referenceValue.isFinite, referenceValue >= 0, decisionInterval.isFinite, decisionInterval > 0 else {
            throw GSLError.invalidArgument.with(
                message: "a Poisson CUSUM needs k ≥ 0 and h > 0, got k = \(referenceValue), h = \(decisionInterval)")
        }
        self.referenceValue = referenceValue
        self.decisionInterval = decisionInterval
    }

    /// k = (μ₁ − μ₀) / (log μ₁ − log μ₀), the reference value that tunes the CUSUM to a shift from μ₀ to μ₁.
    /// Throws `invalidArgument` unless 0 < μ₀ < μ₁.
    public init(inControlMean: Double, outOfControlMean: Double, decisionInterval: Double) throws(GSLError) {
        guard inControlMean > 0, outOfControlMean > inControlMean, outOfControlMean.isFinite else {
            throw GSLError.invalidArgument.with(
                message: "a Poisson CUSUM needs 0 < μ₀ < μ₁, got μ₀ = \(inControlMean), μ₁ = \(outOfControlMean)")
        }
        let k = (outOfControlMean - inControlMean) / (log(outOfControlMean) - log(inControlMean))
        try self.init(referenceValue: k, decisionInterval: decisionInterval)
    }

    /// Runs the CUSUM over `counts`. Throws `degenerateInput` for a negative or non-finite count.
    public func run(_ counts: [Double]) throws(GSLError) -> Result {
        var statistic = 0.0
        var path: [Double] = []
        var alarms: [Int] = []
        path.reserveCapacity(counts.count)
        for (t, count) in counts.enumerated() {
            guard count.isFinite, count >= 0 else {
                throw GSLError.degenerateInput.with(message: "count \(t) is \(count): counts must be finite and ≥ 0")
            }
            statistic = max(0, statistic + count - referenceValue)
            path.append(statistic)
            if statistic >= decisionInterval {
                alarms.append(t)
                statistic = 0
            }
        }
        return Result(statistics: path, alarms: alarms)
    }
}
