public import SitrepCore

/// Decodes every column of an ACLED export (either layout) that Sitrep's `Incident` model holds.
///
/// | Incident | ACLED column |
/// |---|---|
/// | `id`, `sourceID` | `acled:` + `event_id_cnty` |
/// | `revision` | `timestamp` (Unix seconds of ACLED's last edit) |
/// | `date`, `datePrecision` | `event_date`, `time_precision` (1 day, 2 week, 3 month; missing → day) |
/// | `location` | `location`, `admin1`, `admin2`, `latitude`, `longitude`, `geo_precision` (1–3; missing → exact) |
/// | `eventType`, `subEventType` | `event_type` (one of ACLED's six, else `nil`), `sub_event_type` |
/// | `actors` | `actor1` (initiator), `actor2` (target), `assoc_actor_1` / `assoc_actor_2` (associated, split on `;`) |
/// | `fatalities.best` | `fatalities` (empty → 0) |
/// | `notes`, `tags` | `notes`, `tags` (split on `;`, trimmed, empty parts dropped) |
///
/// A row is quarantined (passed to `onIssue`, not to `body`) on the same conditions as
/// `ACLEDReader.forEachEvent` — wrong field count, unparseable date, fatalities not a non-negative whole
/// number — and also when `event_id_cnty` is empty, when `timestamp`, `latitude` or `longitude` is present
/// but not a number, when a coordinate is out of range, or when any field is not UTF-8 (the store keeps
/// text exactly, so it refuses to repair it).
///
/// Actor sides come from `sideOf`, a resolver over actor names (the theatre's actor dictionary); without
/// one every side is `nil`.
public struct ACLEDIncidentDecoder: ~Copyable {
    public let reader: ACLEDReader
    public let sideOf: (@Sendable (String) -> Side?)?
    /// Whether each row's `notes` fill deaths by side, materiel, tags and claims (`--extract-notes`; never
    /// overriding a structured field, see `NoteFacts.apply(to:)`).
    public var extractsNotes = false

    /// Opens `path`; throws when it is not an ACLED export or has no `event_id_cnty` column (the store keys
    /// incidents on it).
    public init(path: String, sideOf: (@Sendable (String) -> Side?)? = nil) throws(IngestError) {
        let reader = try ACLEDReader(path: path)
        guard reader.columns.eventID != nil else {
            throw IngestError(file: path, line: 1, reason: .missingColumns(["event_id_cnty"]))
        }
        self.reader = reader
        self.sideOf = sideOf
    }

    /// Calls `body` with each usable row and `onIssue` with each unusable one, in file order.
    ///
    /// Throws `TruncatedFileError` when the file's last record lacks its line break and cannot be used
    /// (the file was cut short); callers that write must then write nothing.
    public func forEachIncident(
        onIssue: (IngestIssue) throws -> Void, _ body: (Incident) throws -> Void
    ) throws -> ReadSummary {
        let columns = reader.columns
        let expected = columns.names.count
        let path = reader.path
        let sideOf = self.sideOf
        var notes = extractsNotes ? NotesExtractor() : nil
        return try IncidentRows.read(
            reader.file, header: reader.header, expectedFields: expected,
            decode: { Self.decode($0, columns: columns, expected: expected, path: path, sideOf: sideOf) },
            onIssue: onIssue
        ) { incident in
            var incident = incident
            if notes != nil, let text = incident.notes {
                let side = { (role: Actor.Role) in incident.actors.first { $0.role == role }?.side }
                notes!.extract(text, initiator: side(.initiator), target: side(.target)).apply(to: &incident)
            }
            try body(incident)
        }
    }

    static func decode(
        _ record: CSVRecord, columns: ACLEDColumns, expected: Int, path: String,
        sideOf: (@Sendable (String) -> Side?)?
    ) -> RowOutcome {
        let line = record.line
        func issue(_ column: String?, _ index: Int?, _ reason: IngestIssue.Reason) -> RowOutcome {
            .issue(
                IngestIssue(
                    file: path, line: line, column: column,
                    value: index.map { FieldParsing.escaped(record.bytes(at: $0)) },
                    reason: reason))
        }
        guard record.fieldCount == expected else {
            return .issue(
                IngestIssue(
                    file: path, line: line, column: nil, value: nil,
                    reason: .wrongFieldCount(expected: expected, found: record.fieldCount)))
        }
        for index in 0..<record.fieldCount where !record.isValidUTF8(at: index) {
            return issue(columns.names[index], index, .notUTF8)
        }
        let idIndex = columns.eventID!
        guard !record.isEmpty(at: idIndex) else { return issue("event_id_cnty", idIndex, .missingValue) }
        guard let day = Day.parse(utf8: record.bytes(at: columns.eventDate)) else {
            return issue("event_date", columns.eventDate, .unparseableDate)
        }
        var fatalities = 0
        let fatalityBytes = record.bytes(at: columns.fatalities)
        if !fatalityBytes.isEmpty {
            guard let value = FieldParsing.integer(fatalityBytes) else {
                return issue("fatalities", columns.fatalities, .notANumber)
            }
            guard value >= 0 else { return issue("fatalities", columns.fatalities, .negativeCount) }
            fatalities = value
        }
        var revision: Int64?
        if let index = columns.timestamp, !record.isEmpty(at: index) {
            guard let value = FieldParsing.integer(record.bytes(at: index)) else {
                return issue("timestamp", index, .notANumber)
            }
            revision = Int64(value)
        }
        var coordinates: [Double?] = [nil, nil]
        for (slot, (name, index, limit)) in [
            ("latitude", columns.latitude, 90.0), ("longitude", columns.longitude, 180.0),
        ].enumerated() {
            guard let index, !record.isEmpty(at: index) else { continue }
            guard let value = FieldParsing.decimal(record.bytes(at: index)) else {
                return issue(name, index, .notANumber)
            }
            guard abs(value) <= limit else { return issue(name, index, .outOfRange) }
            coordinates[slot] = value
        }
        func text(_ index: Int?) -> String? {
            guard let index, !record.isEmpty(at: index) else { return nil }
            return record.string(at: index)
        }
        func code(_ index: Int?) -> Int? { index.flatMap { FieldParsing.integer(record.bytes(at: $0)) } }

        var actors: [Actor] = []
        if let name = text(columns.actor1) { actors.append(Actor(name: name, side: sideOf?(name), role: .initiator)) }
        if let name = text(columns.actor2) { actors.append(Actor(name: name, side: sideOf?(name), role: .target)) }
        for index in [columns.assocActor1, columns.assocActor2] {
            for name in ListField.split(text(index)) {
                actors.append(Actor(name: name, side: sideOf?(name), role: .associated))
            }
        }
        let location = Location(
            name: text(columns.location), admin1: text(columns.admin1), admin2: text(columns.admin2),
            latitude: coordinates[0], longitude: coordinates[1],
            precision: code(columns.geoPrecision).flatMap(LocationPrecision.init(acledCode:)) ?? .exact)
        return .incident(
            Incident(
                source: "acled", sourceID: record.string(at: idIndex), revision: revision, date: day,
                datePrecision: code(columns.timePrecision).flatMap(DatePrecision.init(acledCode:)) ?? .day,
                location: location, eventType: EventType(acledBytes: record.bytes(at: columns.eventType)),
                subEventType: text(columns.subEventType), actors: actors, fatalities: Fatalities(best: fatalities),
                tags: ListField.split(text(columns.tags)), notes: text(columns.notes)))
    }
}

/// ACLED's multi-valued text fields (`tags`, `assoc_actor_1`): parts separated by `;`.
enum ListField {
    /// The parts of `text`, with surrounding spaces trimmed and empty parts dropped.
    static func split(_ text: String?) -> [String] {
        guard let text else { return [] }
        return text.split(separator: ";").compactMap { part in
            let trimmed = String(part).trimmingSpaces
            return trimmed.isEmpty ? nil : String(trimmed)
        }
    }
}
