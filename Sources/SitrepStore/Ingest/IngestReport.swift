/// What one ingest did, file by file.
public struct IngestReport: Sendable, Equatable {
    public var files: [FileReport]

    /// Counts for one input file (an incident export or a deletions list).
    public struct FileReport: Sendable, Equatable {
        public var file: String
        /// `acled`, `ucdp`, `jsonl`, or `acled-deletions`.
        public var format: String
        /// Usable rows read.
        public var rows = 0
        /// Incidents the store did not have.
        public var new = 0
        /// Incidents whose current revision changed (an edit, or a deleted incident brought back by a newer
        /// revision).
        public var updated = 0
        /// Rows identical to a revision already stored.
        public var unchanged = 0
        /// Revisions older than the stored current one: kept in history, the current revision stays.
        public var older = 0
        /// Unusable rows (listed by `sitrep quarantine`).
        public var quarantined = 0
        /// Deletions applied (deletions lists only).
        public var deleted = 0
        /// Deletions of events the store has never held (recorded, nothing to remove).
        public var deletionsOfUnknown = 0
        /// Deletions already applied before, or older than the event's current revision.
        public var deletionsIgnored = 0

        public init(file: String, format: String) {
            self.file = file
            self.format = format
        }

        /// Whether the ingest changed anything for this file.
        var changedStore: Bool { new + updated + older + deleted + deletionsOfUnknown > 0 }

        /// One line: `FILE (acled): 1200 rows: 3 new, 2 updated, 1195 unchanged, 0 older revisions kept,
        /// 1 quarantined`.
        public var line: String {
            if format == "acled-deletions" {
                return "\(file) (\(format)): \(rows) rows: \(deleted) deleted, \(deletionsOfUnknown) not in the store, "
                    + "\(deletionsIgnored) already applied or superseded, \(quarantined) quarantined"
            }
            return "\(file) (\(format)): \(rows) rows: \(new) new, \(updated) updated, \(unchanged) unchanged, "
                + "\(older) older revisions kept, \(quarantined) quarantined"
        }
    }

    public var totalNew: Int { files.reduce(0) { $0 + $1.new } }
    public var totalUpdated: Int { files.reduce(0) { $0 + $1.updated } }
    public var totalQuarantined: Int { files.reduce(0) { $0 + $1.quarantined } }
    public var totalDeleted: Int { files.reduce(0) { $0 + $1.deleted } }

    /// The closing line: `total: 3 new, 2 updated, 1 deleted, 1 quarantined`.
    public var totalLine: String {
        "total: \(totalNew) new, \(totalUpdated) updated, \(totalDeleted) deleted, \(totalQuarantined) quarantined"
    }
}
