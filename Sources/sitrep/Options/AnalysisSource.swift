import SitrepCore
import SitrepIngest
import SitrepReport
import SitrepStore
import SitrepTimeSeries

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Where the documents' numbers come from: the `--input` files or the `--db` store, read through the theatre.
struct AnalysisSource {
    let inputs: InputOptions
    let theatre: Theatre?

    /// Indicators at a level and calendar (see `InputOptions.run`).
    func indicators(
        calendar: PeriodCalendar, level: RegionGrouping.Level = .admin1, from: Day? = nil, through: Day? = nil
    ) throws -> (result: IndicatorRun.Result, sources: [String]) {
        let (results, sources) = try indicators([(calendar, level)], from: from, through: through)
        return (results[0], sources)
    }

    /// Several aggregations at once (one pass over a store), e.g. weekly, monthly and per corridor.
    func indicators(
        _ runs: [(calendar: PeriodCalendar, level: RegionGrouping.Level)], from: Day? = nil, through: Day? = nil
    ) throws -> (results: [IndicatorRun.Result], sources: [String]) {
        let runs = runs.map { calendar, level in
            var run = IndicatorRun(calendar: calendar, from: from, through: through)
            run.theatre = theatre
            run.level = level
            return run
        }
        return try CommandErrors.reporting { try inputs.run(runs) }
    }

    /// The corridor level of the theatre, when there is one.
    var corridorLevel: RegionGrouping.Level? { theatre.map { .corridor($0.corridors.corridors.map(\.name)) } }

    /// Calls `body` with every incident of the `--input` files (any format; sides from the theatre; notes read
    /// with --extract-notes) or every current incident of the `--db` store; returns what was read and skipped,
    /// the unusable rows, and the source files.
    func forEachIncident(_ body: (Incident) -> Void) throws -> (summaries: [ReadSummary], issues: IssueLog, sources: [String]) {
        try CommandErrors.reporting {
            var issues = IssueLog()
            guard let db = inputs.db else {
                let sideOf = theatre?.actors.resolver
                let summaries = try inputs.input.map { path in
                    try IncidentFormat.detect(path: path).forEachIncident(
                        path: path, sideOf: sideOf, extractNotes: inputs.extractNotes, onIssue: { issues.record($0) },
                        body)
                }
                return (summaries, issues, inputs.input)
            }
            let store = try inputs.openStore(db)
            let summary = try inputs.coverage(of: store, at: db)
            try store.forEachCurrentIncident(body)
            return ([summary], issues, try store.sourceFiles())
        }
    }

    /// Every incident (see `forEachIncident`), held in memory.
    func allIncidents() throws -> ([Incident], [ReadSummary], IssueLog, [String]) {
        var incidents: [Incident] = []
        let (summaries, issues, sources) = try forEachIncident { incidents.append($0) }
        return (incidents, summaries, issues, sources)
    }

    /// The incidents dated in `range` (a store selects them in SQL).
    func incidents(in range: DateRange) throws -> [Incident] {
        var found: [Incident] = []
        if let db = inputs.db {
            try CommandErrors.reporting { try inputs.openStore(db).forEachCurrentIncident(dated: range) { found.append($0) } }
            return found
        }
        _ = try forEachIncident { if range.contains($0.date) { found.append($0) } }
        return found
    }

    /// Changes recorded in the store since `day` (none without `--db`).
    func changes(since day: Day) throws -> IncidentChanges? {
        guard let db = inputs.db else { return nil }
        return try CommandErrors.reporting { try inputs.openStore(db).changes(since: Int64(day.number) * 86_400) }
    }
}
