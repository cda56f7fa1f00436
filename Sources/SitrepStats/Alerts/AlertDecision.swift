/// The outcome of one alert rule applied to one series at one point.
public struct AlertDecision: Sendable, Equatable {
    /// How strongly the rule fired; `nil` when it did not.
    public enum Severity: String, Sendable, Comparable, CaseIterable {
        case low, medium, high

        public static func < (lhs: Severity, rhs: Severity) -> Bool {
            allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
        }
    }

    /// Rule identifier (`acled_surge`, …).
    public var rule: String
    public var severity: Severity?
    /// The value the rule looked at (this week's count, last month's count, weeks above 2 SD, …).
    public var value: Double
    /// What it was compared with (an average, a threshold).
    public var baseline: Double
    /// A p-value, for the statistical rules.
    public var p: Double?
    /// A label for the outcome (`large increase`, …) where the rule has bands.
    public var band: String?

    public init(rule: String, severity: Severity?, value: Double, baseline: Double, p: Double? = nil, band: String? = nil) {
        self.rule = rule
        self.severity = severity
        self.value = value
        self.baseline = baseline
        self.p = p
        self.band = band
    }

    public var fired: Bool { severity != nil }
}
