import ArgumentParser
import SitrepStore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `--db PATH` for the store commands: default `$SITREP_DB`, else `./sitrep.db`.
struct StoreOptions: ParsableArguments {
    @Option(help: "The Sitrep store (SQLite). Default: $SITREP_DB, else ./sitrep.db.")
    var db: String?

    var path: String {
        if let db { return db }
        if let value = getenv("SITREP_DB"), let text = String(validatingCString: value), !text.isEmpty { return text }
        return "./sitrep.db"
    }

    /// Opens the store, creating it when `create` (ingest); otherwise a missing file is an error.
    func open(create: Bool = false) throws -> IncidentStore {
        let path = self.path
        if !create, access(path, F_OK) != 0 {
            throw CommandFailure("\(path): no store there; create one with 'sitrep ingest FILE --db \(path)'")
        }
        return try IncidentStore(path: path)
    }
}
