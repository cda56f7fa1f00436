import GRDB

/// A failure of the store that a user can meet, with what to do about it.
public struct StoreError: Error, Sendable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable {
        /// Another process holds the write lock longer than the busy timeout.
        case locked
        /// The file is not an SQLite database, or is damaged.
        case notADatabase
        /// The database cannot be opened or written (permissions, missing directory, full disk).
        case cannotWrite
        /// Anything else SQLite reports.
        case other
    }

    public var path: String
    public var kind: Kind
    public var detail: String

    public init(path: String, kind: Kind, detail: String) {
        self.path = path
        self.kind = kind
        self.detail = detail
    }

    init(path: String, _ error: DatabaseError) {
        let detail = error.message ?? "\(error.resultCode)"
        switch error.resultCode {
        case .SQLITE_BUSY, .SQLITE_LOCKED: self.init(path: path, kind: .locked, detail: detail)
        case .SQLITE_NOTADB, .SQLITE_CORRUPT: self.init(path: path, kind: .notADatabase, detail: detail)
        case .SQLITE_CANTOPEN, .SQLITE_READONLY, .SQLITE_FULL, .SQLITE_IOERR, .SQLITE_PERM:
            self.init(path: path, kind: .cannotWrite, detail: detail)
        default: self.init(path: path, kind: .other, detail: detail)
        }
    }

    public var description: String {
        switch kind {
        case .locked:
            "\(path): the database is locked by another process (another ingest?) and stayed locked past the "
                + "busy timeout; nothing was written — run the command again when the other one has finished"
        case .notADatabase:
            "\(path): not a Sitrep store (\(detail)); give another --db path, or move this file away"
        case .cannotWrite:
            "\(path): cannot open or write the database (\(detail)); check the path, its permissions and free space"
        case .other:
            "\(path): database error: \(detail)"
        }
    }
}
