/// A row that could not be used, with where it is and why.
public struct IngestIssue: Sendable, Hashable, CustomStringConvertible {
    public enum Reason: Sendable, Hashable {
        case unparseableDate
        case notANumber
        case negativeCount
        case wrongFieldCount(expected: Int, found: Int)
        case strayQuote
        case unterminatedQuote
        case notUTF8
        case missingValue
        case outOfRange
        /// A JSON Lines record that is not valid JSON or not a valid incident (the detail says where).
        case invalidJSON(detail: String)

        public var text: String {
            switch self {
            case .unparseableDate: "not a date (expected YYYY-MM-DD or '01 October 2025')"
            case .notANumber: "not a whole number"
            case .negativeCount: "a count cannot be negative"
            case .wrongFieldCount(let expected, let found): "the row has \(found) fields, the header \(expected)"
            case .strayQuote: "text after a closing quote"
            case .unterminatedQuote: "a quote opens here and never closes; the rest of the file is unreadable"
            case .notUTF8: "not UTF-8 text"
            case .missingValue: "empty, but required"
            case .outOfRange: "out of range"
            case .invalidJSON(let detail): "not a valid incident record: \(detail)"
            }
        }
    }

    public var file: String
    public var line: Int
    /// The column's header name, or `nil` when the problem is the whole row.
    public var column: String?
    /// The offending value, shortened to 60 characters.
    public var value: String?
    public var reason: Reason

    public init(file: String, line: Int, column: String?, value: String?, reason: Reason) {
        self.file = file
        self.line = line
        self.column = column
        self.value = value.map { $0.count > 60 ? String($0.prefix(57)) + "..." : $0 }
        self.reason = reason
    }

    public var description: String {
        var text = "\(file):\(line):"
        if let column { text += " column '\(column)':" }
        if let value { text += " value '\(value)':" }
        return text + " \(reason.text)"
    }
}
