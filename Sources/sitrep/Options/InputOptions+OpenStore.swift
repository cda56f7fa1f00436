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
}
