public import SitrepCore
public import SitrepStore
public import SitrepTimeSeries

/// Everything a weekly briefing is written from.
public struct BriefingData: Sendable {
    /// Weekly indicators per admin1 (with the theatre's sides and corridors).
    public var weekly: IndicatorRun.Result
    /// Monthly indicators per admin1, for ACLED's Threat rule.
    public var monthly: IndicatorTable?
    /// Weekly indicators per corridor into Bamako (`nil` without a theatre).
    public var corridors: IndicatorTable?
    /// The incidents of the briefing week and the four weeks before it, for evidence and notable incidents.
    public var incidents: [Incident]
    /// Store changes since the previous briefing (`nil` when reading files).
    public var changes: IncidentChanges?
    /// The theatre used, for placing the notable incidents on corridors.
    public var theatre: Theatre?
    /// Source files, as named in the coverage section.
    public var sources: [String]

    public init(
        weekly: IndicatorRun.Result, monthly: IndicatorTable?, corridors: IndicatorTable?, incidents: [Incident],
        changes: IncidentChanges?, theatre: Theatre?, sources: [String]
    ) {
        self.weekly = weekly
        self.monthly = monthly
        self.corridors = corridors
        self.incidents = incidents
        self.changes = changes
        self.theatre = theatre
        self.sources = sources
    }

    /// The week a briefing covers: the one holding `day`, or by default the last complete week in the data
    /// (the last week whose final day is on or before the last event's date). `nil` without data.
    public func weekStart(for day: Day?) -> Day? {
        let calendar = weekly.table.calendar
        if let day { return calendar.firstDay(ofKey: calendar.key(of: day)) }
        guard let lastDay = weekly.lastDay else { return nil }
        let key = calendar.key(of: lastDay)
        return calendar.firstDay(ofKey: calendar.lastDay(ofKey: key) <= lastDay ? key : key - 7)
    }
}
