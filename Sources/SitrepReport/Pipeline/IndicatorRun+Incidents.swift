public import SitrepCore
public import SitrepIngest
import SitrepTimeSeries

extension IndicatorRun {
    /// Aggregates incidents (from the store, or any other source) exactly as `run(files:)` aggregates the
    /// rows of the files they came from: each incident becomes an `EventRecord` (see
    /// `EventRecord.init(incident:regions:)`) and goes through the same accumulator and table.
    ///
    /// - Parameters:
    ///   - feed: calls its argument once per incident.
    ///   - summaries: what to report as read and skipped (for a store: its current incidents, its
    ///     quarantined rows), shown in the briefing's coverage line.
    public func run(
        incidents feed: ((Incident) -> Void) throws -> Void, summaries: [ReadSummary], issues: IssueLog = IssueLog()
    ) rethrows -> Result {
        var regions = NameTable()
        var accumulator = IndicatorAccumulator(calendar: calendar, dateFilter: dateFilter)
        let filter = dateFilter
        var firstDay: Day?
        var lastDay: Day?
        try feed { incident in
            let record = EventRecord(incident: incident, regions: &regions)
            accumulator.add(record)
            if filter?.contains(record.day) ?? true {
                if firstDay.map({ record.day < $0 }) ?? true { firstDay = record.day }
                if lastDay.map({ record.day > $0 }) ?? true { lastDay = record.day }
            }
        }
        let table = IndicatorTable(merging: [(accumulator, regions)], calendar: calendar, from: from, through: through)
        return Result(table: table, summaries: summaries, issues: issues, lastDay: lastDay, firstDay: firstDay)
    }

    /// Aggregates a sequence of incidents (see `run(incidents:summaries:issues:)`).
    public func run(incidents: some Sequence<Incident>, summaries: [ReadSummary]) -> Result {
        run(incidents: { body in incidents.forEach(body) }, summaries: summaries)
    }
}
