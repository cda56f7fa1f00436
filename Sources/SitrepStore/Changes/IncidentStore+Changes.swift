import Foundation
import GRDB
import SitrepCore

extension IncidentStore {
    /// The incidents added, edited and deleted at or after `since` (Unix seconds); see `IncidentChanges`.
    ///
    /// The incidents touched since then are those whose `changed_at` (the latest change of any revision) is
    /// at or after `since`, found by scanning the table in key order and sorting the few selected by id; the
    /// deleted ones are found through the index of deleted incidents (SQLite would otherwise walk every
    /// incident in id order to join the deletions).
    public func changes(since: Int64) throws -> IncidentChanges {
        try translating {
            try queue.read { db in
                let load = try BoundStatement(
                    db,
                    """
                    SELECT i.source, i.source_id, r.revision, \(RevisionColumns.qualified("r"))
                    FROM revision r JOIN incident i ON i.key = r.incident WHERE r.id = ?1
                    """)
                func revision(_ id: Int64) throws -> Incident {
                    load.bind(1, id)
                    defer { load.reset() }
                    guard try load.step(db) else {
                        throw StoreError(path: path, kind: .other, detail: "revision \(id) missing")
                    }
                    return try RevisionColumns.read(load)
                }
                var added: [Incident] = []
                var edited: [IncidentChanges.Edit] = []
                let touched = try Row.fetchAll(
                    db,
                    sql: """
                        SELECT i.id, i.current, i.deleted_timestamp IS NOT NULL,
                            (SELECT min(changed_at) FROM revision WHERE incident = i.key),
                            (SELECT changed_at FROM revision WHERE id = i.current),
                            (SELECT id FROM revision WHERE incident = i.key AND changed_at < ?1
                                ORDER BY changed_at DESC, id DESC LIMIT 1)
                        FROM incident i NOT INDEXED WHERE i.changed_at >= ?1 ORDER BY i.id
                        """, arguments: [since])
                for row in touched {
                    let current: Int64 = row[1]
                    let isDeleted: Bool = row[2]
                    let first: Int64 = row[3]
                    let currentAt: Int64 = row[4]
                    let before: Int64? = row[5]
                    guard !isDeleted else { continue }
                    if first >= since {
                        added.append(try revision(current))
                    } else if currentAt >= since, let before {
                        let old = try revision(before)
                        let new = try revision(current)
                        let fields = IncidentFields.differences(from: old, to: new)
                        if !fields.isEmpty {
                            edited.append(
                                IncidentChanges.Edit(incident: new, previousRevision: old.revision, fields: fields))
                        }
                    }
                }
                var deleted: [IncidentChanges.Deletion] = []
                for row in try Row.fetchAll(
                    db,
                    sql: """
                        SELECT i.current, max(d.deleted_timestamp)
                        FROM incident i INDEXED BY incident_deleted JOIN deletion d ON d.incident_id = i.id
                        WHERE d.deleted_timestamp >= ?1 AND i.deleted_timestamp IS NOT NULL
                        GROUP BY i.id ORDER BY i.id
                        """, arguments: [since])
                {
                    deleted.append(IncidentChanges.Deletion(incident: try revision(row[0]), deletedAt: row[1]))
                }
                return IncidentChanges(since: since, added: added, edited: edited, deleted: deleted)
            }
        }
    }
}
