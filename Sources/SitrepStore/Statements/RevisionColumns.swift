import SitrepCore
import SitrepIngest

/// How an `Incident`'s fields map onto the `revision` table's columns, for binding and for reading back.
///
/// Lists (`actors`, `materiel`, `tags`, `segment`) are stored as JSON arrays in the native format's
/// encoding; `event_type` as `EventType.rawValue`; the day as days since 1970-01-01.
enum RevisionColumns {
    /// The incident columns of `revision`, in binding and reading order.
    static let names = [
        "day", "date_precision", "date_text", "location_name", "admin1", "admin2", "latitude", "longitude",
        "location_precision", "segment", "event_type", "sub_event_type", "actors", "fatalities_low",
        "fatalities_best", "fatalities_high", "fatalities_minimum", "fatalities_state", "fatalities_insurgent",
        "fatalities_civilian", "materiel", "tags", "reliability", "notes",
    ]

    /// Binds the row's revision columns to parameters `first`, `first + 1`, … in `names` order (see
    /// `BoundStatement.bind(_:_:base:)` for how long the row's bytes must live).
    static func bind(_ row: PreparedRow, to statement: BoundStatement, from first: Int32) {
        for (offset, slot) in row.slots[PreparedRow.firstColumnSlot...].enumerated() {
            statement.bind(first + Int32(offset), slot, base: row.base)
        }
    }

    /// `names` qualified by a table alias (`r.day, r.date_precision, …`), for a SELECT list.
    static func qualified(_ alias: String) -> String { names.map { "\(alias).\($0)" }.joined(separator: ", ") }

    /// Reads an incident from the current row: `source`, `source_id`, `revision` at columns 0–2, then
    /// `names` from column 3.
    static func read(_ row: BoundStatement) throws -> Incident {
        var lists = ParsedLists()
        return try read(row, lists: &lists)
    }

    /// Actor lists already parsed, by their JSON text: a store holds a few thousand distinct lists for a
    /// million revisions, so a whole-store read parses each once. Bounded: it starts afresh past `limit` texts.
    struct ParsedLists {
        static let limit = 50_000
        var actors: [String: [Actor]] = [:]

        mutating func actors(_ text: String) -> [Actor]? {
            if let known = actors[text] { return known }
            guard let parsed = StoredJSON.actors(text) else { return nil }
            if actors.count >= Self.limit { actors.removeAll(keepingCapacity: true) }
            actors[text] = parsed
            return parsed
        }
    }

    /// `read(_:)` with a memo of parsed lists kept across the rows of one statement.
    static func read(_ row: BoundStatement, lists: inout ParsedLists) throws -> Incident {
        var i: Int32 = 3
        func next() -> Int32 {
            defer { i += 1 }
            return i
        }
        func list<T>(_ column: Int32, _ parse: (String) -> [T]?) throws -> [T] {
            guard let text = row.string(column), text != "[]" else { return [] }
            guard let values = parse(text) else {
                throw StoreError(
                    path: "", kind: .notADatabase,
                    detail:
                        "column \(names[Int(column) - 3]) holds '\(text.prefix(60))', "
                        + "not the JSON array the store writes"
                )
            }
            return values
        }
        let day = Day(number: Int32(row.int64(next()) ?? 0))
        let datePrecision = DatePrecision(rawValue: row.string(next()) ?? "") ?? .day
        let dateText = row.string(next())
        let name = row.string(next())
        let admin1 = row.string(next())
        let admin2 = row.string(next())
        let latitude = row.double(next())
        let longitude = row.double(next())
        let precision = LocationPrecision(rawValue: row.string(next()) ?? "") ?? .exact
        let segmentColumn = next()
        let segment = row.isNull(segmentColumn) ? nil : try list(segmentColumn, StoredJSON.strings)
        let eventType = row.int64(next()).flatMap { EventType(rawValue: UInt8(truncatingIfNeeded: $0)) }
        let subEventType = row.string(next())
        let actors = try list(next()) { lists.actors($0) }
        let fatalities = Fatalities(
            low: row.int(next()), best: row.int(next()) ?? 0, high: row.int(next()), isMinimum: row.int(next()) == 1,
            state: row.int(next()), insurgent: row.int(next()), civilian: row.int(next()))
        let materiel = try list(next(), StoredJSON.materiel)
        let tags = try list(next(), StoredJSON.strings)
        let reliability = Reliability(rawValue: row.string(next()) ?? "") ?? .independent
        let notes = row.string(next())
        return Incident(
            source: row.string(0) ?? "", sourceID: row.string(1) ?? "", revision: row.int64(2), date: day,
            datePrecision: datePrecision, dateText: dateText,
            location: Location(
                name: name, admin1: admin1, admin2: admin2, latitude: latitude, longitude: longitude,
                precision: precision, segment: segment),
            eventType: eventType, subEventType: subEventType, actors: actors, fatalities: fatalities,
            materiel: materiel, tags: tags, reliability: reliability, notes: notes)
    }
}
