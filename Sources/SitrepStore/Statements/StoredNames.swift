import GRDB
import SitrepCore

/// The `name` table, read back to decode `AggregationRecord`s: each name id is resolved once per use (as an
/// admin1, as an admin2, as an actor whose side the theatre's dictionary gives) through `IncidentRecords`,
/// then taken from these arrays.
struct StoredNames {
    /// UTF-8 bytes of each name, by id (id 0 is never handed out).
    private let texts: [[UInt8]]
    private var regions: [Int32?]
    private var cercles: [Int32?]
    /// Outer `nil`: not looked up yet.
    private var sides: [Side??]

    init(_ db: Database) throws {
        var texts: [[UInt8]] = [[]]
        for row in try Row.fetchAll(db, sql: "SELECT id, text FROM name ORDER BY id") {
            let id: Int = row[0]
            let text: String = row[1]
            while texts.count < id { texts.append([]) }
            texts.append(Array(text.utf8))
        }
        self.texts = texts
        regions = Array(repeating: nil, count: texts.count)
        cercles = Array(repeating: nil, count: texts.count)
        sides = Array(repeating: nil, count: texts.count)
    }

    /// The admin1 id (`IncidentRecords.regionID(utf8:)`) of name `id`; `nil` for an id the table lacks.
    mutating func regionID(_ id: Int64, records: inout IncidentRecords) -> Int32? {
        guard id > 0, id < texts.count else { return nil }
        if let known = regions[Int(id)] { return known }
        let resolved = texts[Int(id)].withUnsafeBufferPointer { records.regionID(utf8: $0) }
        regions[Int(id)] = resolved
        return resolved
    }

    /// The admin2 id (`IncidentRecords.admin2ID(utf8:)`) of name `id`; `nil` for an id the table lacks.
    mutating func admin2ID(_ id: Int64, records: inout IncidentRecords) -> Int32? {
        guard id > 0, id < texts.count else { return nil }
        if let known = cercles[Int(id)] { return known }
        let resolved = texts[Int(id)].withUnsafeBufferPointer { records.admin2ID(utf8: $0) }
        cercles[Int(id)] = resolved
        return resolved
    }

    /// The dictionary's side of the actor named by `id` (itself `nil` when unknown); `nil` for an id the
    /// table lacks.
    mutating func side(ofActor id: Int64, records: inout IncidentRecords) -> Side?? {
        guard id > 0, id < texts.count else { return nil }
        if let known = sides[Int(id)] { return known }
        let resolved = records.side(ofActorNamed: String(decoding: texts[Int(id)], as: UTF8.self))
        sides[Int(id)] = .some(resolved)
        return .some(resolved)
    }
}
