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
        // Two halves of the store by incident key, each read through its own connection on its own thread, while
        // a third connection holds the read lock that keeps them (and the coverage counts) on one state.
        let store = try openStore(db)
        return try store.withReadSnapshot { halves in
            let readers = try (0..<max(halves.count, 1)).map { _ in try openStore(db) }
            let summary = try coverage(of: readers[0], at: db)
            let feeds: [IndicatorRun.RecordFeed] = zip(readers, halves).map { store, keys in
                { records, body in try store.forEachCurrentRecord(keys: keys, records: &records, body) }
            }
            let results = try IndicatorRun.run(runs, recordFeeds: feeds, summaries: [summary])
            return (results, try readers[0].sourceFiles())
        }
    }
}
