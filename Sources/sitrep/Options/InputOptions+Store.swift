import ArgumentParser
import SitrepIngest
import SitrepReport
import SitrepStore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension InputOptions {
    /// Runs the aggregation on the `--input` files, or on the current incidents of the `--db` store.
    ///
    /// From the store, the coverage counts are its current incidents (used) and its quarantined rows
    /// (skipped), and the sources are the incident files it was built from: the same as `--input` on
    /// those files when each was ingested once.
    func run(_ run: IndicatorRun) throws -> (result: IndicatorRun.Result, sources: [String]) {
        var run = run
        run.extractNotes = extractNotes
        guard let db else { return (try run.run(files: input), input) }
        guard access(db, F_OK) == 0 else {
            throw CommandFailure("\(db): no store there; create one with 'sitrep ingest FILE --db \(db)'")
        }
        let store = try IncidentStore(path: db)
        let counts = try store.counts()
        var summary = ReadSummary(file: db)
        summary.used = counts.current
        summary.skipped = counts.quarantined
        let result = try run.run(incidents: { body in try store.forEachCurrentIncident(forAggregation: true, body) }, summaries: [summary])
        return (result, try store.sourceFiles())
    }
}
