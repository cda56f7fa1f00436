import ArgumentParser
import SitrepCore
import SitrepIngest
import SitrepReport
import SitrepStore


extension InputOptions {
    /// Runs the aggregation on the `--input` files, or on the current incidents of the `--db` store.
    ///
    /// From the store, the coverage counts are its current incidents (used) and its quarantined rows
    /// (skipped), and the sources are the incident files it was built from: the same as `--input` on
    /// those files when each was ingested once.
    func run(_ run: IndicatorRun) throws -> (result: IndicatorRun.Result, sources: [String]) {
        let (results, sources) = try self.run([run])
        return (results[0], sources)
    }

    /// Several aggregations of the same input: the files are read once per run (each read is fast and
    /// parallel); the store is read once for all of them.
    func run(_ runs: [IndicatorRun]) throws -> (results: [IndicatorRun.Result], sources: [String]) {
        let runs = runs.map { run in
            var run = run
            run.extractNotes = extractNotes
            return run
        }
        guard let db else { return (try runs.map { try $0.run(files: input) }, input) }
        let store = try openStore(db)
        let summary = try coverage(of: store, at: db)
        // Two halves of the store by incident key, each read through its own connection on its own thread.
        let halves = try CommandErrors.reporting { try store.keyHalves() }
        let stores = try [store] + halves.dropFirst().map { _ in try openStore(db) }
        let feeds = zip(stores, halves).map { store, ids in
            { @Sendable (body: (Incident) -> Void) throws in
                try store.forEachCurrentIncident(forAggregation: true, keys: ids, body)
            }
        }
        let results = try IndicatorRun.run(runs, incidentFeeds: feeds.isEmpty ? [{ _ in }] : feeds, summaries: [summary])
        return (results, try store.sourceFiles())
    }
}
