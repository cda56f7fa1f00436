import SitrepCore
import SitrepIngest

/// An incident ready to bind: every value the ingest loop writes, encoded on the reading thread.
///
/// Text values are packed into one byte array and bound with `SQLITE_STATIC` while that array is pinned,
/// so the thread writing to SQLite copies no strings and frees one buffer per row. Slots 0–2 are the
/// incident's `id`, `source` and `sourceID`; slots from 3 on are `RevisionColumns.names` in order; `record`
/// is the `incident.record` column (`AggregationRecord`), outside the digest.
struct PreparedRow: Sendable {
    /// One value: SQL NULL, an integer, a double (its bit pattern), or text or a blob at
    /// `start..<start + count` of `bytes`.
    struct Slot: Sendable {
        enum Kind: UInt8, Sendable { case null, integer, real, text, blob }
        var kind: Kind
        var number: Int64
        var start: Int32
        var count: Int32
    }

    static let firstColumnSlot = 3

    let id: String
    let revision: Int64?
    /// The event's day (days since 1970-01-01).
    let day: Int64
    /// `IncidentDigest` of the slots and bytes.
    private(set) var digest: Int64 = 0
    private(set) var bytes: [UInt8] = []
    private(set) var slots: [Slot] = []
    private(set) var record = Slot(kind: .null, number: 0, start: 0, count: 0)

    init(_ incident: Incident) {
        id = incident.id
        revision = incident.revision
        day = Int64(incident.date.number)
        bytes.reserveCapacity(512)
        slots.reserveCapacity(Self.firstColumnSlot + RevisionColumns.names.count)
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
        digest = IncidentDigest.digest(slots: slots, bytes: bytes)
        let start = Int32(bytes.count)
        AggregationRecord.append(incident, to: &bytes)
        record = Slot(kind: .blob, number: 0, start: start, count: Int32(bytes.count) - start)
    }

    private mutating func append(_ text: String?) {
        guard let text else { return slots.append(Slot(kind: .null, number: 0, start: 0, count: 0)) }
        let start = Int32(bytes.count)
        bytes.append(contentsOf: text.utf8)
        slots.append(Slot(kind: .text, number: 0, start: start, count: Int32(bytes.count) - start))
    }

    /// A list column: its JSON array written straight into `bytes`.
    private mutating func appendJSON<T>(_ value: T?, _ write: (T, inout [UInt8]) -> Void) {
        guard let value else { return slots.append(Slot(kind: .null, number: 0, start: 0, count: 0)) }
        let start = Int32(bytes.count)
        write(value, &bytes)
        slots.append(Slot(kind: .text, number: 0, start: start, count: Int32(bytes.count) - start))
    }

    private mutating func append(_ number: Int64?) {
        slots.append(Slot(kind: number == nil ? .null : .integer, number: number ?? 0, start: 0, count: 0))
    }

    private mutating func append(_ number: Double?) {
        slots.append(
            Slot(
                kind: number == nil ? .null : .real, number: Int64(bitPattern: number?.bitPattern ?? 0), start: 0,
                count: 0))
    }

    /// Calls `body` with the row's text bytes pinned: the bindings made inside are valid until it returns.
    func withPinnedBytes<T>(_ body: (UnsafePointer<UInt8>) throws -> T) rethrows -> T {
        try bytes.withUnsafeBufferPointer { buffer in
            // An empty array may have no storage: give SQLite a valid pointer for zero-length text anyway.
            try withUnsafePointer(to: 0 as UInt8) { empty in try body(buffer.baseAddress ?? empty) }
        }
    }
}
