import Foundation
import GRDB
public import SitrepCore
public import SitrepIngest

/// Sitrep's incident store: one SQLite file (schema in `StoreSchema`).
///
/// Journal: SQLite's rollback journal (`journal_mode = DELETE`, `synchronous = FULL`), 16 KiB pages, a
/// 32 MiB page cache during an ingest (SQLite's default 2 MiB otherwise, so reading stays small): over 1M rows
/// it ingested about 4 % faster than 128 MiB in alternating runs, with a peak of 81 MiB instead of 182. WAL
/// was measured and rejected for this load: a bulk ingest writes every page twice (log, then
/// checkpoint), and pages spilled to the log mid-transaction are found again through the log's index,
/// so a 1,000,000-row ingest took 12.5 s in WAL mode against 7.3 s with the rollback journal (2-core
/// machine). The price: readers wait (busy timeout) while an ingest writes, instead of reading the state
/// before it.
///
/// Guarantees:
/// - **Atomic ingest.** `ingest` runs all its files in one `BEGIN IMMEDIATE` transaction: any error (an
///   unreadable or truncated file, a full disk) rolls everything back, and a process killed at any moment
///   leaves the database exactly as before (the next open rolls the hot journal back) or exactly as after.
/// - **Idempotent.** Re-ingesting a file the store already holds adds nothing and records no batch.
/// - **Concurrency.** A second writer waits up to `busyTimeout` seconds for the first, then fails with
///   `StoreError.locked` having written nothing.
public final class IncidentStore: Sendable {
    public let path: String
    let queue: DatabaseQueue

    /// Opens (creating if needed) the store at `path` and brings its schema up to date.
    ///
    /// - Parameter busyTimeout: seconds to wait for another process's lock before failing with
    ///   `StoreError.locked`.
    public init(path: String, busyTimeout: Double = 30) throws {
        self.path = path
        var configuration = Configuration()
        configuration.busyMode = .timeout(busyTimeout)
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA page_size = 16384; PRAGMA synchronous = FULL")
        }
        do {
            queue = try DatabaseQueue(path: path, configuration: configuration)
            try StoreSchema.migrator.migrate(queue)
        } catch let error as DatabaseError {
            throw StoreError(path: path, error)
        }
    }

    /// Runs `body`, turning SQLite errors into `StoreError`s that name the store (and naming it in
    /// `StoreError`s raised where the path was not known).
    func translating<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as DatabaseError {
            throw StoreError(path: path, error)
        } catch var error as StoreError where error.path.isEmpty {
            error.path = path
            throw error
        }
    }

    /// One file to ingest.
    public struct Input: Sendable {
        public var path: String
        public var format: IncidentFormat
        /// Whether ACLED notes fill deaths by side, materiel, tags and claims (`--extract-notes`).
        public var extractNotes: Bool

        public init(path: String, format: IncidentFormat, extractNotes: Bool = false) {
            self.path = path
            self.format = format
            self.extractNotes = extractNotes
        }
    }

    /// Ingests incident files, then ACLED deleted-events lists, in one transaction.
    ///
    /// Rows are upserted on (source, source id) by the rule in `Ingester.upsert`; unusable rows go to the
    /// quarantine table. Any thrown error (`IngestError`, `TruncatedFileError`, `StoreError`) means nothing
    /// was written.
    ///
    /// - Parameters:
    ///   - now: the ingest time (Unix seconds; the clock when `nil`), the change time of revisions whose
    ///     source has no stamp.
    ///   - sideOf: actor-name → side resolver handed to the readers.
    public func ingest(
        _ inputs: [Input], deletions: [String] = [], now: Int64? = nil,
        sideOf: (@Sendable (String) -> Side?)? = nil
    ) throws -> IngestReport {
        try translating {
            try queue.writeWithoutTransaction { db in
                try db.execute(sql: "PRAGMA cache_size = -32768")
                defer { try? db.execute(sql: "PRAGMA cache_size = -2000") }
                var report = IngestReport(files: [])
                try db.inTransaction(.immediate) {
                    var ingester = try Ingester(db, now: now ?? Int64(Date().timeIntervalSince1970))
                    for input in inputs {
                        report.files.append(try ingester.ingest(input, sideOf: sideOf))
                    }
                    for path in deletions {
                        report.files.append(try ingester.applyDeletions(path: path))
                    }
                    return .commit
                }
                return report
            }
        }
    }

    /// Counts of what the store holds.
    public struct Counts: Sendable, Equatable {
        /// Incidents, deleted or not.
        public var incidents: Int
        /// Incidents in the analysis (not deleted).
        public var current: Int
        public var deleted: Int
        public var revisions: Int
        public var quarantined: Int
        public var batches: Int
    }

    public func counts() throws -> Counts {
        try translating {
            try queue.read { db in
                let incidents = try Int.fetchOne(db, sql: "SELECT count(*) FROM incident") ?? 0
                let deleted =
                    try Int.fetchOne(db, sql: "SELECT count(*) FROM incident WHERE deleted_timestamp IS NOT NULL") ?? 0
                return Counts(
                    incidents: incidents, current: incidents - deleted, deleted: deleted,
                    revisions: try Int.fetchOne(db, sql: "SELECT count(*) FROM revision") ?? 0,
                    quarantined: try Int.fetchOne(db, sql: "SELECT count(*) FROM quarantine") ?? 0,
                    batches: try Int.fetchOne(db, sql: "SELECT count(*) FROM batch") ?? 0)
            }
        }
    }

    /// `PRAGMA integrity_check`: `["ok"]` for a sound database, else SQLite's list of problems.
    public func integrityCheck() throws -> [String] {
        try translating { try queue.read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check") } }
    }

    /// Calls `body` with the current revision of every incident that is not deleted, ordered by id.
    ///
    /// - Parameter dated: when given, only the incidents dated in this range, selected by SQLite from a scan of
    ///   `incident.day` in table order and then sorted (reading in id order through the id index would cost a
    ///   table lookup per incident).
    public func forEachCurrentIncident(dated range: DateRange? = nil, _ body: (Incident) throws -> Void) throws {
        let dates = range.map { " AND i.day BETWEEN \($0.first.number) AND \($0.last.number)" } ?? ""
        try translating {
            try queue.read { db in
                let statement = try BoundStatement(
                    db,
                    """
                    SELECT i.source, i.source_id, r.revision, \(RevisionColumns.qualified("r"))
                    FROM incident i\(range == nil ? "" : " NOT INDEXED") JOIN revision r ON r.id = i.current
                    WHERE i.deleted_timestamp IS NULL\(dates) ORDER BY i.id
                    """)
                var lists = RevisionColumns.ParsedLists()
                while try statement.step(db) { try body(try RevisionColumns.read(statement, lists: &lists)) }
                statement.reset()
            }
        }
    }

    /// Calls `body` with the record of every incident that is not deleted, in key order, and the
    /// `records` whose name tables its ids point into (`inout` so that it is passed without a copy): the record `records.record(for:)` makes of its
    /// current revision, decoded from `incident.record` (`AggregationRecord`) with its names resolved through
    /// `records`, so no revision is read and no `Incident` made.
    ///
    /// - Parameter keys: when given, only the incidents whose key is in this range (see `keyHalves`).
    public func forEachCurrentRecord(
        keys: ClosedRange<Int64>? = nil, records: inout IncidentRecords,
        _ body: (EventRecord, inout IncidentRecords) throws -> Void
    ) throws {
        let range = keys.map { " AND key BETWEEN \($0.lowerBound) AND \($0.upperBound)" } ?? ""
        try translating {
            try queue.read { db in
                let statement = try BoundStatement(
                    db, "SELECT record FROM incident WHERE deleted_timestamp IS NULL\(range) ORDER BY key")
                defer { statement.reset() }
                var names = try StoredNames(db)
                while try statement.step(db) {
                    guard let bytes = statement.blob(0),
                        let record = AggregationRecord.record(bytes, names: &names, records: &records)
                    else {
                        throw StoreError(
                            path: "", kind: .notADatabase,
                            detail: "an incident's record column does not hold the encoding the store writes")
                    }
                    try body(record, &records)
                }
            }
        }
    }

    /// Two ranges of incident keys (the table's row ids) that split the store's incidents about in half (one
    /// range for a store of at most one incident), for reading it on two threads through two connections
    /// (`IncidentStore(path:)` again; see `withReadSnapshot` for reading them as one state of the store).
    public func keyHalves() throws -> [ClosedRange<Int64>] {
        try translating { try queue.read(Self.keyHalves) }
    }

    static func keyHalves(_ db: Database) throws -> [ClosedRange<Int64>] {
        // Two subqueries: SQLite finds a lone min() or max() at an end of the table, but scans it for both.
        let row = try Row.fetchOne(db, sql: "SELECT (SELECT min(key) FROM incident), (SELECT max(key) FROM incident)")
        guard let low: Int64 = row?[0], let high: Int64 = row?[1] else { return [] }
        guard high > low else { return [low...high] }
        let middle = low + (high - low) / 2
        return [low...middle, (middle + 1)...high]
    }

    /// Runs `body` with the key halves while this connection holds SQLite's shared lock: no other process can
    /// commit until `body` returns, so reads through other connections inside `body` all see the state the
    /// halves were taken from (no incident added in between is missed, none counted twice). Do not use this
    /// store inside `body`; open others on the same path.
    public func withReadSnapshot<T>(_ body: ([ClosedRange<Int64>]) throws -> T) throws -> T {
        try translating { try queue.read { db in try body(try Self.keyHalves(db)) } }
    }

    /// The current incidents, not deleted, ordered by id.
    public func currentIncidents() throws -> [Incident] {
        var incidents: [Incident] = []
        try forEachCurrentIncident { incidents.append($0) }
        return incidents
    }

    /// Every incident file that changed the store (not deletions lists), in the order first ingested.
    public func sourceFiles() throws -> [String] {
        try translating {
            try queue.read { db in
                try String.fetchAll(
                    db, sql: "SELECT file FROM batch WHERE format != 'acled-deletions' GROUP BY file ORDER BY min(id)")
            }
        }
    }

    /// Every quarantined row, by file then line.
    public func quarantine() throws -> [QuarantineEntry] {
        try translating {
            try queue.read { db in
                try Row.fetchAll(
                    db,
                    sql: """
                        SELECT q.file, q.line, q."column", q.value, q.reason, b.started_at
                        FROM quarantine q JOIN batch b ON b.id = q.batch ORDER BY q.file, q.line, q.id
                        """
                ).map { row in
                    QuarantineEntry(
                        file: row[0], line: row[1], column: (row[2] as String).isEmpty ? nil : row[2],
                        value: (row[3] as String).isEmpty ? nil : row[3], reason: row[4], ingestedAt: row[5])
                }
            }
        }
    }
}

/// A row that could not be used, as the quarantine table keeps it.
public struct QuarantineEntry: Sendable, Hashable {
    public var file: String
    public var line: Int
    /// The column's header name (or JSON path); `nil` when the whole row is at fault.
    public var column: String?
    /// The offending value; `nil` when there is none or it is empty.
    public var value: String?
    public var reason: String
    /// When the ingest that met it ran (Unix seconds).
    public var ingestedAt: Int64

    public init(file: String, line: Int, column: String?, value: String?, reason: String, ingestedAt: Int64) {
        self.file = file
        self.line = line
        self.column = column
        self.value = value
        self.reason = reason
        self.ingestedAt = ingestedAt
    }
}
