import SitrepIngest
import SitrepStore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension InputOptions {
    /// The `--db` store, which must exist (reading never creates one).
    func openStore(_ path: String) throws -> IncidentStore {
        guard access(path, F_OK) == 0 else {
            throw CommandFailure("\(path): no store there; create one with 'sitrep ingest FILE --db \(path)'")
        }
        return try IncidentStore(path: path)
    }

    /// What a store holds, in the terms of a file read: its current incidents as used rows, its quarantined
    /// rows as skipped ones.
    func coverage(of store: IncidentStore, at path: String) throws -> ReadSummary {
        let counts = try store.counts()
        var summary = ReadSummary(file: path)
        summary.used = counts.current
        summary.skipped = counts.quarantined
        return summary
    }
}
