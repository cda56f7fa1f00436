public import SitrepCore
public import SitrepStats

/// One fired alert: where, when, which rule, how severe, the numbers behind it and the incidents that drive it.
public struct Alert: Sendable, Equatable {
    /// The region (admin1), or "Bamako corridors" / "Mali" for the theatre-wide rules.
    public var region: String
    public var weekStart: Day
    public var rule: String
    public var severity: AlertDecision.Severity
    public var value: Double
    public var baseline: Double
    /// The p-value, where the rule has one (BH-adjusted for the exceedance rule).
    public var p: Double?
    /// A short description of what fired ("large increase", "rise +62%", …).
    public var detail: String
    /// Ids of the incidents in the alert's region and week that the rule counts.
    public var incidentIDs: [String]

    public init(
        region: String, weekStart: Day, rule: String, severity: AlertDecision.Severity, value: Double,
        baseline: Double, p: Double? = nil, detail: String, incidentIDs: [String] = []
    ) {
        self.region = region
        self.weekStart = weekStart
        self.rule = rule
        self.severity = severity
        self.value = value
        self.baseline = baseline
        self.p = p
        self.detail = detail
        self.incidentIDs = incidentIDs
    }
}

/// The theatre-wide series some rules watch, named like a region in alerts.
public enum TheatreSeriesName {
    public static let corridors = "Bamako corridors"
    public static let country = "Mali"
}
