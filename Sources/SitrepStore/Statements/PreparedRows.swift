import SitrepCore
import SitrepIngest

/// Incidents ready to bind, encoded on the reading thread, and the issues met between them, in file order.
///
/// The text values of all the rows are packed into one byte array and all their values into one array of
/// slots, bound with `SQLITE_STATIC` while the batch is pinned (`forEachEntry`): the thread writing to SQLite
/// copies no strings, and a batch costs a few allocations, freed at once, instead of two a row.
struct PreparedRows: Sendable {
    /// A row's place in the batch and what the ingest loop reads of it besides its slots.
    struct Row: Sendable {
        var revision: Int64?
        var digest: Int64
        var firstSlot: Int
        var record: PreparedRow.Slot
    }

    enum Entry: Sendable {
        case row(Row)
        case issue(IngestIssue)
    }

    private(set) var bytes: [UInt8] = []
    private(set) var slots: [PreparedRow.Slot] = []
    private(set) var entries: [Entry] = []
    /// Names given an id while these rows were encoded, to be stored before them.
    var addedNames: [(id: Int64, text: String)] = []

    /// An empty batch with room for `rows` rows of about the size of those in `previous`.
    init(rows: Int, like previous: PreparedRows? = nil) {
        entries.reserveCapacity(rows)
        slots.reserveCapacity(rows * PreparedRow.slotCount)
        bytes.reserveCapacity(previous.map { $0.bytes.count + $0.bytes.count / 8 } ?? rows * 512)
    }

    mutating func append(_ issue: IngestIssue) { entries.append(.issue(issue)) }

    /// Appends the values of `incident`: its identity, its revision columns and its `AggregationRecord`
    /// (with ids from `names`).
    mutating func append(_ incident: Incident, names: inout NameIDs) {
        let firstSlot = slots.count
        let firstByte = bytes.count
        let location = incident.location
        let fatalities = incident.fatalities
        append(incident.id)
        append(incident.source)
        append(incident.sourceID)
        append(Int64(incident.date.number))
        append(incident.datePrecision.rawValue)
        append(incident.dateText)
        append(location.name)
        append(location.admin1)
        append(location.admin2)
        append(location.latitude)
        append(location.longitude)
        append(location.precision.rawValue)
        appendJSON(location.segment) { IncidentJSONWriter.append($0, to: &$1) }
        append(incident.eventType.map { Int64($0.rawValue) })
        append(incident.subEventType)
        appendJSON(incident.actors) { IncidentJSONWriter.append($0, to: &$1) }
        append(fatalities.low.map(Int64.init))
        append(Int64(fatalities.best))
        append(fatalities.high.map(Int64.init))
        append(Int64(fatalities.isMinimum ? 1 : 0))
        append(fatalities.state.map(Int64.init))
        append(fatalities.insurgent.map(Int64.init))
        append(fatalities.civilian.map(Int64.init))
        appendJSON(incident.materiel) { IncidentJSONWriter.append($0, to: &$1) }
        appendJSON(incident.tags) { IncidentJSONWriter.append($0, to: &$1) }
        append(incident.reliability.rawValue)
        append(incident.notes)
        let digest = IncidentDigest.digest(slots: slots[firstSlot...], bytes: bytes[firstByte...])
        let record = AggregationRecord.append(incident, to: &bytes, names: &names)
        entries.append(.row(Row(revision: incident.revision, digest: digest, firstSlot: firstSlot, record: record)))
    }

    private mutating func append(_ text: String?) {
        guard let text else { return slots.append(PreparedRow.Slot(kind: .null, number: 0, start: 0, count: 0)) }
        let start = Int32(bytes.count)
        bytes.append(contentsOf: text.utf8)
        slots.append(PreparedRow.Slot(kind: .text, number: 0, start: start, count: Int32(bytes.count) - start))
    }

    /// A list column: its JSON array written straight into `bytes`.
    private mutating func appendJSON<T>(_ value: T?, _ write: (T, inout [UInt8]) -> Void) {
        guard let value else { return slots.append(PreparedRow.Slot(kind: .null, number: 0, start: 0, count: 0)) }
        let start = Int32(bytes.count)
        write(value, &bytes)
        slots.append(PreparedRow.Slot(kind: .text, number: 0, start: start, count: Int32(bytes.count) - start))
    }

    private mutating func append(_ number: Int64?) {
        slots.append(PreparedRow.Slot(kind: number == nil ? .null : .integer, number: number ?? 0, start: 0, count: 0))
    }

    private mutating func append(_ number: Double?) {
        slots.append(
            PreparedRow.Slot(
                kind: number == nil ? .null : .real, number: Int64(bitPattern: number?.bitPattern ?? 0), start: 0,
                count: 0))
    }

    /// Calls `row` or `issue` for each entry in order, with the batch pinned: a `PreparedRow` is valid until that
    /// call returns. Statements bound from the rows keep the batch's addresses until their bindings are cleared,
    /// which the caller does before it lets the batch go (SQLite reads bound values only when stepping).
    func forEachEntry(row: (PreparedRow) throws -> Void, issue: (IngestIssue) throws -> Void) rethrows {
        let columns = PreparedRow.slotCount
        try bytes.withUnsafeBufferPointer { bytes in
            try slots.withUnsafeBufferPointer { slots in
                // An empty array may have no storage: give SQLite a valid pointer for zero-length text anyway.
                try withUnsafePointer(to: 0 as UInt8) { empty in
                    let base = bytes.baseAddress ?? empty
                    for entry in entries {
                        switch entry {
                        case .row(let header):
                            let values = slots[header.firstSlot..<header.firstSlot + columns]
                            try row(
                                PreparedRow(
                                    revision: header.revision, digest: header.digest,
                                    slots: UnsafeBufferPointer(rebasing: values), record: header.record, base: base))
                        case .issue(let found): try issue(found)
                        }
                    }
                }
            }
        }
    }

    var isEmpty: Bool { entries.isEmpty }
    var count: Int { entries.count }
    var byteCount: Int { bytes.count }
}
