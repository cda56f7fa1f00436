import GRDB

/// The `name` table's ids of the admin and actor names that `AggregationRecord`s refer to, as an ingest
/// hands them out: each distinct name gets the next id once, on the reading thread, and the names new since
/// the last `takeAdded()` go to the writing thread with their batch (`PreparedRows.addedNames`), which
/// inserts them before the batch's rows.
struct NameIDs: Sendable {
    private var ids: [String: Int64]
    private var nextID: Int64
    private var added: [(id: Int64, text: String)] = []

    /// The names the store holds.
    init(_ db: Database) throws {
        ids = [:]
        for row in try Row.fetchAll(db, sql: "SELECT id, text FROM name") { ids[row[1]] = row[0] }
        nextID = (ids.values.max() ?? 0) + 1
    }

    /// The id of `name`, handing out the next one to a name not seen before.
    mutating func id(of name: String) -> Int64 {
        if let id = ids[name] { return id }
        let id = nextID
        nextID += 1
        ids[name] = id
        added.append((id, name))
        return id
    }

    /// The names given an id since the last call.
    mutating func takeAdded() -> [(id: Int64, text: String)] {
        defer { added = [] }
        return added
    }

    /// The statement `store(_:with:in:)` runs.
    static func insertStatement(_ db: Database) throws -> BoundStatement {
        try BoundStatement(db, "INSERT INTO name (id, text) VALUES (?1, ?2)")
    }

    /// Inserts names given ids (`takeAdded()`) into the `name` table through `insert` (`insertStatement`).
    static func store(_ names: [(id: Int64, text: String)], with insert: BoundStatement, in db: Database) throws {
        for (id, text) in names {
            insert.bind(1, id)
            insert.bind(2, text)
            try insert.run(db)
        }
    }
}
