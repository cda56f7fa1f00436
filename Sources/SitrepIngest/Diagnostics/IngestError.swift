#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A problem that stops reading a whole file (as opposed to a bad row, which is an `IngestIssue`).
public struct IngestError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Reason: Sendable, Equatable {
        case cannotOpen(errno: Int32)
        case isDirectory
        case readFailed(errno: Int32)
        case empty
        case binary(offset: Int)
        case missingColumns([String])
        case recordTooLarge(limit: Int)
        case notUTF8(column: String, value: String)
        case unrecognisedFormat(header: String)
        case tooManyBadRows(count: Int)
    }

    public var file: String
    public var line: Int?
    public var reason: Reason

    public init(file: String, line: Int? = nil, reason: Reason) {
        self.file = file
        self.line = line
        self.reason = reason
    }

    public var description: String {
        let place = line.map { "\(file):\($0)" } ?? file
        switch reason {
        case .cannotOpen(let code):
            return "\(place): cannot open the file: \(String(cString: strerror(code)))"
        case .isDirectory:
            return "\(place): is a directory; give a CSV file"
        case .readFailed(let code):
            return "\(place): read failed: \(String(cString: strerror(code)))"
        case .empty:
            return "\(place): the file is empty; an ACLED export starts with a header line"
        case .binary(let offset):
            return "\(place): this is not a text file (a NUL byte at byte \(offset)); give a CSV export"
        case .missingColumns(let names):
            return "\(place): required column\(names.count > 1 ? "s" : "") \(names.map { "'\($0)'" }.joined(separator: ", ")) "
                + "not found in the header; is this an ACLED export?"
        case .recordTooLarge(let limit):
            return "\(place): a single record is larger than \(limit >> 20) MiB; the file is probably not CSV"
        case .notUTF8(let column, let value):
            return "\(place): column '\(column)' is not UTF-8 (\(value)); re-save the file as UTF-8 "
                + "(e.g. iconv -f latin1 -t utf-8)"
        case .unrecognisedFormat(let header):
            return "\(place): cannot tell the format from the header '\(header)'; pass --format"
        case .tooManyBadRows(let count):
            return "\(place): \(count) rows could not be used; see the messages above"
        }
    }
}
