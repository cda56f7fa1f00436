import GRDB
import GRDBSQLite

/// A prepared statement driven through SQLite's C API, for the ingest loop: values are bound in place
/// and the statement is reset and reused, so a row costs no argument arrays and no SQL parsing.
///
/// `String`s are bound with `SQLITE_TRANSIENT` (SQLite copies them); `PreparedRow` slots with
/// `SQLITE_STATIC` from the row's pinned bytes, whose bindings must be cleared (`runAndClear`, `reset` or
/// `clearBindings`) before those bytes are released.
struct BoundStatement {
    let statement: Statement
    let sql: String

    init(_ db: Database, _ sql: String) throws {
        self.statement = try db.makeStatement(sql: sql)
        self.sql = sql
    }

    private var handle: SQLiteStatement { statement.sqliteStatement }
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
    private static let `static`: sqlite3_destructor_type? = nil

    func bind(_ index: Int32, _ value: String?) {
        guard var value else {
            sqlite3_bind_null(handle, index)
            return
        }
        value.withUTF8 { bytes in
            if bytes.isEmpty {
                _ = sqlite3_bind_text(handle, index, "", 0, Self.transient)
            } else {
                _ = bytes.withMemoryRebound(to: CChar.self) {
                    sqlite3_bind_text(handle, index, $0.baseAddress, Int32($0.count), Self.transient)
                }
            }
        }
    }

    /// Binds a prepared slot without copying its text (`SQLITE_STATIC`): `base` must stay valid until the
    /// bindings are cleared.
    func bind(_ index: Int32, _ slot: PreparedRow.Slot, base: UnsafePointer<UInt8>) {
        switch slot.kind {
        case .null: sqlite3_bind_null(handle, index)
        case .integer: sqlite3_bind_int64(handle, index, slot.number)
        case .real: sqlite3_bind_double(handle, index, Double(bitPattern: UInt64(bitPattern: slot.number)))
        case .text:
            (base + Int(slot.start)).withMemoryRebound(to: CChar.self, capacity: Int(slot.count)) {
                _ = sqlite3_bind_text(handle, index, $0, slot.count, Self.static)
            }
        case .blob: _ = sqlite3_bind_blob(handle, index, base + Int(slot.start), slot.count, Self.static)
        }
    }

    func bind(_ index: Int32, _ value: Int64?) {
        if let value { sqlite3_bind_int64(handle, index, value) } else { sqlite3_bind_null(handle, index) }
    }

    func bind(_ index: Int32, _ value: Int?) { bind(index, value.map(Int64.init)) }

    /// Runs one step: `true` when a row is available (read it with the `column` accessors), `false` when
    /// done. Errors become GRDB `DatabaseError`s carrying the code, SQLite's message and the SQL.
    func step(_ db: Database) throws -> Bool {
        let code = sqlite3_step(handle)
        switch code {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        default:
            let message = String(cString: sqlite3_errmsg(db.sqliteConnection))
            sqlite3_reset(handle)
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: message, sql: sql)
        }
    }

    /// Runs a statement that returns no row, then resets it.
    func run(_ db: Database) throws {
        _ = try step(db)
        sqlite3_reset(handle)
    }

    /// Runs a statement that returns no row, then resets it and clears its bindings (so that no pointer
    /// bound with `SQLITE_STATIC` outlives the call).
    func runAndClear(_ db: Database) throws {
        defer { sqlite3_clear_bindings(handle) }
        try run(db)
    }

    /// Sets every parameter to NULL, so that no pointer bound with `SQLITE_STATIC` is kept.
    func clearBindings() { sqlite3_clear_bindings(handle) }

    /// Rows changed by the statement last run on `db` (`sqlite3_changes`; GRDB's `changesCount` also checks
    /// the calling queue, a lookup per call).
    static func changes(in db: Database) -> Int { Int(sqlite3_changes(db.sqliteConnection)) }

    func reset() {
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
    }

    func isNull(_ column: Int32) -> Bool { sqlite3_column_type(handle, column) == SQLITE_NULL }

    func int64(_ column: Int32) -> Int64? { isNull(column) ? nil : sqlite3_column_int64(handle, column) }

    func int(_ column: Int32) -> Int? { int64(column).map(Int.init) }

    func double(_ column: Int32) -> Double? { isNull(column) ? nil : sqlite3_column_double(handle, column) }

    /// The column's bytes, valid until the next step or reset; `nil` for NULL.
    func blob(_ column: Int32) -> UnsafeRawBufferPointer? {
        guard !isNull(column) else { return nil }
        // The pointer first, then its size (SQLite's rule); a zero-length blob may have no pointer.
        let start = sqlite3_column_blob(handle, column)
        return UnsafeRawBufferPointer(start: start, count: start == nil ? 0 : Int(sqlite3_column_bytes(handle, column)))
    }

    func string(_ column: Int32) -> String? {
        guard !isNull(column), let text = sqlite3_column_text(handle, column) else { return nil }
        let count = Int(sqlite3_column_bytes(handle, column))
        return String(decoding: UnsafeBufferPointer(start: text, count: count), as: UTF8.self)
    }
}
