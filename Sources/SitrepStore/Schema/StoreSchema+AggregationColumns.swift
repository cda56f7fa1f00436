import GRDB
import SitrepCore

extension StoreSchema {
    /// Fills `incident`'s `day`, `changed_at` and `record` (migration v2) from each incident's revisions, as
    /// an ingest would have written them: the current revision's day and `AggregationRecord`, and the latest
    /// `changed_at` of all its revisions. Reads and writes in ranges of keys, so that no statement updates
    /// the rows another is stepping through and memory stays bounded.
    static func fillAggregationColumns(_ db: Database) throws {
        let read = try BoundStatement(
            db,
            """
            SELECT i.source, i.source_id, r.revision, \(RevisionColumns.qualified("r")), i.key,
                (SELECT max(changed_at) FROM revision WHERE incident = i.key)
            FROM incident i JOIN revision r ON r.id = i.current
            WHERE i.key BETWEEN ?1 AND ?2 ORDER BY i.key
            """)
        let write = try BoundStatement(db, "UPDATE incident SET day = ?2, changed_at = ?3, record = ?4 WHERE key = ?1")
        let keyColumn = Int32(3 + RevisionColumns.names.count)
        let rangeSize: Int64 = 10_000
        guard let last = try Int64.fetchOne(db, sql: "SELECT max(key) FROM incident") else { return }
        var lists = RevisionColumns.ParsedLists()
        var names = try NameIDs(db)
        let insertName = try NameIDs.insertStatement(db)
        for first in stride(from: Int64(1), through: last, by: Int(rangeSize)) {
            read.bind(1, first)
            read.bind(2, first + rangeSize - 1)
            // The records' bytes one after another, each row's at `record` (bound from the pinned buffer).
            var bytes: [UInt8] = []
            var rows: [(key: Int64, day: Int64, changedAt: Int64, record: PreparedRow.Slot)] = []
            while try read.step(db) {
                let incident = try RevisionColumns.read(read, lists: &lists)
                let record = AggregationRecord.append(incident, to: &bytes, names: &names)
                rows.append(
                    (read.int64(keyColumn)!, Int64(incident.date.number), read.int64(keyColumn + 1)!, record))
            }
            read.reset()
            try NameIDs.store(names.takeAdded(), with: insertName, in: db)
            try bytes.withUnsafeBufferPointer { buffer in
                // No bytes means no rows in this range.
                guard let base = buffer.baseAddress else { return }
                for row in rows {
                    write.bind(1, row.key)
                    write.bind(2, row.day)
                    write.bind(3, row.changedAt)
                    write.bind(4, row.record, base: base)
                    try write.runAndClear(db)
                }
            }
        }
    }
}
