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
        var run = IndicatorRun(calendar: calendar, from: from, through: through)
        run.theatre = theatre
        run.level = level
        return try CommandErrors.reporting { try inputs.run(run) }
    }

    /// The corridor level of the theatre, when there is one.
    var corridorLevel: RegionGrouping.Level? { theatre.map { .corridor($0.corridors.corridors.map(\.name)) } }

    /// The incidents dated in `range`, in the order the source holds them (notes read with --extract-notes).
    func incidents(in range: DateRange) throws -> [Incident] {
        var found: [Incident] = []
        let keep = { (incident: Incident) in if range.contains(incident.date) { found.append(incident) } }
        try CommandErrors.reporting {
            if let db = inputs.db {
                guard access(db, F_OK) == 0 else { throw CommandFailure("\(db): no store there") }
                try IncidentStore(path: db).forEachCurrentIncident(keep)
            } else {
                let sideOf = theatre.map { theatre in { @Sendable (name: String) in theatre.actors.side(of: name) } }
                for path in inputs.input {
                    _ = try IncidentFormat.detect(path: path).forEachIncident(
                        path: path, sideOf: sideOf, extractNotes: inputs.extractNotes, onIssue: { _ in }, keep)
                }
            }
        }
        return found
    }

    /// Changes recorded in the store since `day` (none without `--db`).
    func changes(since day: Day) throws -> IncidentChanges? {
        guard let db = inputs.db else { return nil }
        return try CommandErrors.reporting { try IncidentStore(path: db).changes(since: Int64(day.number) * 86_400) }
    }
}
