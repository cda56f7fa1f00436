import Foundation
import GRDB
import SitrepCore
import SitrepIngest

/// The ingest loop, inside one write transaction: prepared statements bound through SQLite's C API, fed
/// by a `RowPipeline` that decodes the file on a second thread.
///
/// The upsert rule, for an incoming row of incident `id` with revision stamp `r` (ACLED `timestamp`; `nil`
/// for sources without one) and content digest `d`:
/// 1. `id` unknown → insert it (**new**).
/// 2. `d` equals the current revision's digest → nothing (**unchanged**), except that a deleted incident
///    whose incoming stamp is newer than its deletion comes back (**updated**).
/// 3. `r` ≥ the current stamp, or either stamp is `nil` (the latest ingest wins) → a new revision becomes
///    current (**updated**); a deletion older than `r` is lifted.
/// 4. `r` < the current stamp → the revision is kept in history if no revision of `id` has digest `d`
///    (**older**), else nothing (**unchanged**); the current revision stays.
///
/// Each row costs one search of the `incident(id)` index: after a new incident the next row is tried as
/// new (`INSERT … ON CONFLICT DO NOTHING`), after a known one it is looked up first.
/// Incident keys and revision ids are handed out in order from the largest ones stored (the transaction
/// is `IMMEDIATE`, so no other writer can take one meanwhile).
struct Ingester {
    let db: Database
    let now: Int64
    var nextKey: Int64
    var nextRevisionID: Int64
    /// Whether the previous row was a new incident: then the next is tried as new first (one index search
    /// in a bulk load), else looked up first (one search when re-ingesting).
    var previousWasNew = true
    let lookup: BoundStatement
    let insertRevision: BoundStatement
    let insertIncident: BoundStatement
    let updateIncident: BoundStatement
    let hasRevision: BoundStatement
    let insertQuarantine: BoundStatement
    let insertDeletion: BoundStatement
    /// Sets an incident's deletion stamp (`NULL` lifts the deletion).
    let markDeleted: BoundStatement
    let insertName: BoundStatement
    /// The ids of the names stored so far, handed to each file's reader.
    var names: NameIDs

    init(_ db: Database, now: Int64) throws {
        self.db = db
        self.now = now
        nextKey = (try Int64.fetchOne(db, sql: "SELECT max(key) FROM incident") ?? 0) + 1
        nextRevisionID = (try Int64.fetchOne(db, sql: "SELECT max(id) FROM revision") ?? 0) + 1
        lookup = try BoundStatement(
            db, "SELECT key, revision, digest, deleted_timestamp FROM incident WHERE id = ?1")
        let names = RevisionColumns.names
        insertRevision = try BoundStatement(
            db,
            """
            INSERT INTO revision (id, incident, batch, revision, changed_at, digest, \(names.joined(separator: ", ")))
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, \((0..<names.count).map { "?\($0 + 7)" }.joined(separator: ", ")))
            """)
        insertIncident = try BoundStatement(
            db,
            """
            INSERT INTO incident (key, id, source, source_id, current, revision, digest, day, changed_at, record)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) ON CONFLICT (id) DO NOTHING
            """)
        updateIncident = try BoundStatement(
            db,
            """
            UPDATE incident SET current = ?2, revision = ?3, digest = ?4, deleted_timestamp = ?5, day = ?6,
            changed_at = max(changed_at, ?7), record = ?8 WHERE key = ?1
            """)
        hasRevision = try BoundStatement(db, "SELECT 1 FROM revision WHERE incident = ?1 AND digest = ?2 LIMIT 1")
        insertQuarantine = try BoundStatement(
            db,
            """
            INSERT OR IGNORE INTO quarantine (batch, file, line, "column", value, reason)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6)
            """)
        insertDeletion = try BoundStatement(
            db, "INSERT OR IGNORE INTO deletion (incident_id, deleted_timestamp, batch) VALUES (?1, ?2, ?3)")
        markDeleted = try BoundStatement(db, "UPDATE incident SET deleted_timestamp = ?2 WHERE key = ?1")
        insertName = try NameIDs.insertStatement(db)
        self.names = try NameIDs(db)
    }

    /// The path recorded for a file: absolute, so that the same file read from elsewhere is recognised.
    static func recordedPath(_ path: String) -> String { URL(fileURLWithPath: path).standardizedFileURL.path }

    func beginBatch(file: String, format: String) throws -> Int64 {
        try db.execute(
            sql: "INSERT INTO batch (started_at, file, format) VALUES (?, ?, ?)", arguments: [now, file, format])
        return db.lastInsertedRowID
    }

    /// Records the batch's counts, or removes the batch when it changed nothing (so re-ingesting is a no-op).
    func finishBatch(_ batch: Int64, report: IngestReport.FileReport, newQuarantine: Int) throws {
        if report.changedStore || newQuarantine > 0 {
            try db.execute(
                sql: """
                    UPDATE batch SET new_count = ?, updated_count = ?, older_count = ?, quarantined_count = ?,
                    deleted_count = ? WHERE id = ?
                    """,
                arguments: [report.new, report.updated, report.older, report.quarantined, report.deleted, batch])
        } else {
            try db.execute(sql: "DELETE FROM batch WHERE id = ?", arguments: [batch])
        }
    }

    /// Stores one unusable row; returns whether it was not already quarantined. A missing column or value
    /// is stored as the empty string (SQLite's UNIQUE treats NULLs as distinct, so re-quarantining a
    /// whole-row problem would otherwise add a duplicate).
    func quarantine(_ issue: IngestIssue, batch: Int64, file: String) throws -> Bool {
        insertQuarantine.bind(1, batch)
        insertQuarantine.bind(2, file)
        insertQuarantine.bind(3, issue.line)
        insertQuarantine.bind(4, issue.column ?? "")
        insertQuarantine.bind(5, issue.value ?? "")
        insertQuarantine.bind(6, issue.reason.text)
        try insertQuarantine.run(db)
        return BoundStatement.changes(in: db) > 0
    }

    mutating func ingest(
        _ input: IncidentStore.Input, sideOf: (@Sendable (String) -> Side?)?
    ) throws -> IngestReport.FileReport {
        let file = Self.recordedPath(input.path)
        let batch = try beginBatch(file: file, format: input.format.rawValue)
        var report = IngestReport.FileReport(file: input.path, format: input.format.rawValue)
        var newQuarantine = 0
        let pipeline = RowPipeline()
        pipeline.start(
            path: input.path, format: input.format, extractNotes: input.extractNotes, sideOf: sideOf, names: names)
        reading: while true {
            switch pipeline.receive() {
            case .rows(let rows):
                // The batch's rows share one buffer, bound in place: the bindings go before the buffer does.
                defer { clearRowBindings() }
                do {
                    try NameIDs.store(rows.addedNames, with: insertName, in: db)
                    try rows.forEachEntry(
                        row: { row in try upsert(row, batch: batch, report: &report) },
                        issue: { issue in
                            report.quarantined += 1
                            if try quarantine(issue, batch: batch, file: file) { newQuarantine += 1 }
                        })
                } catch {
                    pipeline.cancelAndDrain()
                    throw error
                }
            case .finished(let summary, let names):
                report.rows = summary.used
                self.names = names
                break reading
            case .failed(let error):
                throw error
            }
        }
        try finishBatch(batch, report: report, newQuarantine: newQuarantine)
        return report
    }

    /// Clears the statements that bind row bytes in place (`lookup` clears itself on each reset).
    func clearRowBindings() {
        insertIncident.clearBindings()
        updateIncident.clearBindings()
        insertRevision.clearBindings()
    }

    mutating func upsert(_ row: PreparedRow, batch: Int64, report: inout IngestReport.FileReport) throws {
        if !previousWasNew {
            lookup.bind(1, row.slots[0], base: row.base)
            if try lookup.step(db) {
                try existing(row, batch: batch, report: &report)
                return
            }
            lookup.reset()
        }
        // Try the row as a new incident: nothing is written when it is not.
        let key = nextKey
        let revisionID = nextRevisionID
        insertIncident.bind(1, key)
        insertIncident.bind(2, row.slots[0], base: row.base)
        insertIncident.bind(3, row.slots[1], base: row.base)
        insertIncident.bind(4, row.slots[2], base: row.base)
        insertIncident.bind(5, revisionID)
        insertIncident.bind(6, row.revision)
        insertIncident.bind(7, row.digest)
        insertIncident.bind(8, row.day)
        insertIncident.bind(9, row.revision ?? now)
        insertIncident.bind(10, row.record, base: row.base)
        try insertIncident.run(db)
        previousWasNew = BoundStatement.changes(in: db) == 1
        if previousWasNew {
            nextKey += 1
            try insert(row, key: key, batch: batch)
            report.new += 1
            return
        }
        lookup.bind(1, row.slots[0], base: row.base)
        guard try lookup.step(db) else {
            lookup.reset()
            // The insert above conflicted on `id`, so the row exists inside this transaction.
            preconditionFailure("incident \(row.id) conflicts on id but cannot be found")
        }
        try existing(row, batch: batch, report: &report)
    }

    /// Steps 2–4 of the rule, for an incident the store already has; `lookup` is on its row.
    private mutating func existing(_ row: PreparedRow, batch: Int64, report: inout IngestReport.FileReport) throws {
        let digest = row.digest
        let (key, storedRevision, storedDigest, deletedAt) = takeLookup()
        // A deletion stands unless this row is a revision made after it.
        let keepsDeletion = deletedAt.map { deleted in row.revision.map { $0 <= deleted } ?? true } ?? false
        if digest == storedDigest {
            if deletedAt != nil, !keepsDeletion {
                try setDeletion(of: key, to: nil)
                report.updated += 1
            } else {
                report.unchanged += 1
            }
            return
        }
        if let incoming = row.revision, let stored = storedRevision, incoming < stored {
            hasRevision.bind(1, key)
            hasRevision.bind(2, digest)
            let known = try hasRevision.step(db)
            hasRevision.reset()
            if known {
                report.unchanged += 1
            } else {
                // The incident's `changed_at` stays: it is already at least its current stamp, which is later.
                try insert(row, key: key, batch: batch)
                report.older += 1
            }
            return
        }
        let revisionID = try insert(row, key: key, batch: batch)
        updateIncident.bind(1, key)
        updateIncident.bind(2, revisionID)
        updateIncident.bind(3, row.revision)
        updateIncident.bind(4, digest)
        updateIncident.bind(5, keepsDeletion ? deletedAt : nil)
        updateIncident.bind(6, row.day)
        updateIncident.bind(7, row.revision ?? now)
        updateIncident.bind(8, row.record, base: row.base)
        try updateIncident.run(db)
        report.updated += 1
    }

    /// The incident row `lookup` is on (its columns in the order of the `lookup` statement), after which
    /// `lookup` is reset.
    mutating func takeLookup() -> (key: Int64, revision: Int64?, digest: Int64, deletedAt: Int64?) {
        defer { lookup.reset() }
        return (lookup.int64(0)!, lookup.int64(1), lookup.int64(2)!, lookup.int64(3))
    }

    /// Sets incident `key`'s deletion stamp (`nil` lifts the deletion).
    func setDeletion(of key: Int64, to stamp: Int64?) throws {
        markDeleted.bind(1, key)
        markDeleted.bind(2, stamp)
        try markDeleted.run(db)
    }

    /// Inserts a revision with the next revision id, and returns that id.
    @discardableResult
    private mutating func insert(_ row: PreparedRow, key: Int64, batch: Int64) throws -> Int64 {
        let id = nextRevisionID
        nextRevisionID += 1
        insertRevision.bind(1, id)
        insertRevision.bind(2, key)
        insertRevision.bind(3, batch)
        insertRevision.bind(4, row.revision)
        insertRevision.bind(5, row.revision ?? now)
        insertRevision.bind(6, row.digest)
        RevisionColumns.bind(row, to: insertRevision, from: 7)
        try insertRevision.run(db)
        return id
    }
}
