/// One incident of a `PreparedRows` batch, ready to bind: a view of the batch's values, valid only inside
/// `PreparedRows.forEachEntry`, while the batch is pinned.
///
/// Slots 0–2 are the incident's `id`, `source` and `sourceID`; slots from 3 on are `RevisionColumns.names` in
/// order; `record` is the `incident.record` column (`AggregationRecord`), outside the digest. Text and blobs
/// are bound with `SQLITE_STATIC` from `base` (see `BoundStatement.bind(_:_:base:)`).
struct PreparedRow {
    /// One value: SQL NULL, an integer, a double (its bit pattern), or text or a blob at
    /// `start..<start + count` of the batch's bytes.
    struct Slot: Sendable {
        enum Kind: UInt8, Sendable { case null, integer, real, text, blob }
        var kind: Kind
        var number: Int64
        var start: Int32
        var count: Int32
    }

    static let firstColumnSlot = 3
    /// Slots a row takes: the incident's id, source and source id, then one per revision column.
    static let slotCount = firstColumnSlot + RevisionColumns.names.count

    let revision: Int64?
    /// `IncidentDigest` of the row's slots and bytes.
    let digest: Int64
    let slots: UnsafeBufferPointer<Slot>
    let record: Slot
    /// The batch's bytes.
    let base: UnsafePointer<UInt8>

    /// The event's day (days since 1970-01-01): the `day` column, first of `RevisionColumns.names`.
    var day: Int64 { slots[Self.firstColumnSlot].number }

    /// The incident's id, for messages.
    var id: String {
        let id = slots[0]
        return String(decoding: UnsafeBufferPointer(start: base + Int(id.start), count: Int(id.count)), as: UTF8.self)
    }
}
