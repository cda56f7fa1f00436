import GRDB
import SitrepCore

/// The `name` table, read back to decode `AggregationRecord`s: each name id is resolved once per use (as an
/// admin1, as an admin2, as an actor whose side the theatre's dictionary gives) through `IncidentRecords`,
/// then taken from these arrays.
struct StoredNames {
    /// Each name, by id (id 0 is never handed out; ids the table lacks are empty).
    private let texts: [String]
    /// What each name id resolves to, by id; outer `nil`: not looked up yet.
    private var regions: [Int32??]
    private var cercles: [Int32??]
    private var sides: [Side??]

    init(_ db: Database) throws {
        var texts = [""]
        for row in try Row.fetchAll(db, sql: "SELECT id, text FROM name ORDER BY id") {
            let id: Int = row[0]
            while texts.count < id { texts.append("") }
            texts.append(row[1])
        }
        self.texts = texts
        regions = Array(repeating: nil, count: texts.count)
        cercles = Array(repeating: nil, count: texts.count)
        sides = Array(repeating: nil, count: texts.count)
    }

    /// The admin1 id (`IncidentRecords.regionID(of:)`) of name `id`; `nil` for an id the table lacks.
    mutating func regionID(_ id: Int64, records: inout IncidentRecords) -> Int32? {
        let region = Self.resolved(id, texts: texts, cache: &regions) { records.regionID(of: $0) }
        return region ?? nil
    }

    /// The admin2 id (`IncidentRecords.admin2ID(of:)`) of name `id`; `nil` for an id the table lacks.
    mutating func admin2ID(_ id: Int64, records: inout IncidentRecords) -> Int32? {
        let cercle = Self.resolved(id, texts: texts, cache: &cercles) { records.admin2ID(of: $0) }
        return cercle ?? nil
    }

    /// The dictionary's side of the actor named by `id` (itself `nil` when unknown); `nil` for an id the
    /// table lacks.
    mutating func side(ofActor id: Int64, records: inout IncidentRecords) -> Side?? {
        Self.resolved(id, texts: texts, cache: &sides) { records.side(ofActorNamed: $0) }
    }

    /// What `resolve` makes of the bytes of name `id`, computed once and kept in `cache`; `nil` for an id the
    /// table lacks.
    private static func resolved<Value>(
        _ id: Int64, texts: [String], cache: inout [Value??], _ resolve: (String) -> Value?
    ) -> Value?? {
        guard id > 0, id < texts.count else { return nil }
        if let known = cache[Int(id)] { return known }
        let answer = resolve(texts[Int(id)])
        cache[Int(id)] = .some(answer)
        return .some(answer)
    }
}
