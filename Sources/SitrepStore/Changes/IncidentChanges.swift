public import SitrepCore

/// What changed in the store since a moment: the data behind the briefing's "changed since the last
/// briefing" section.
///
/// A change's time is the source's revision stamp (ACLED `timestamp`, `deleted_timestamp`), or the ingest
/// time for sources without stamps. An incident is
/// - **added** when its first revision is at or after `since` (a **late addition** when its event date is
///   before `since`'s day: ACLED back-filled it);
/// - **edited** when it existed before `since` and its current revision is at or after it; the fields that
///   differ between the last revision before `since` and the current one are listed (an edit that changes
///   only the stamp is not listed);
/// - **deleted** when a deletion at or after `since` took it out of the analysis.
/// Deleted incidents appear only under `deleted`. Lists are ordered by incident id.
public struct IncidentChanges: Sendable, Equatable {
    /// Unix seconds.
    public var since: Int64
    public var added: [Incident]
    public var edited: [Edit]
    public var deleted: [Deletion]

    public init(since: Int64, added: [Incident], edited: [Edit], deleted: [Deletion]) {
        self.since = since
        self.added = added
        self.edited = edited
        self.deleted = deleted
    }

    /// The day `since` falls on (UTC).
    public var sinceDay: Day { Day(number: Int32(since.floorDivided(by: 86_400))) }

    /// Added incidents whose event date is before `since`'s day.
    public var lateAdditions: [Incident] { added.filter { $0.date < sinceDay } }

    public struct Edit: Sendable, Equatable {
        /// The incident as it is now.
        public var incident: Incident
        /// Revision stamp before the edit (`nil` when the source has none).
        public var previousRevision: Int64?
        public var fields: [FieldChange]

        public init(incident: Incident, previousRevision: Int64?, fields: [FieldChange]) {
            self.incident = incident
            self.previousRevision = previousRevision
            self.fields = fields
        }
    }

    /// One field's value before and after, as `IncidentFields` renders them (empty when absent).
    public struct FieldChange: Sendable, Equatable {
        public var field: String
        public var old: String
        public var new: String

        public init(field: String, old: String, new: String) {
            self.field = field
            self.old = old
            self.new = new
        }
    }

    public struct Deletion: Sendable, Equatable {
        /// The incident as it was last (it stays in history).
        public var incident: Incident
        /// ACLED's `deleted_timestamp` (Unix seconds).
        public var deletedAt: Int64

        public init(incident: Incident, deletedAt: Int64) {
            self.incident = incident
            self.deletedAt = deletedAt
        }
    }
}

extension Int64 {
    func floorDivided(by divisor: Int64) -> Int64 {
        let quotient = self / divisor
        return (self % divisor != 0 && (self < 0) != (divisor < 0)) ? quotient - 1 : quotient
    }
}
