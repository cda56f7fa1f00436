public import SitrepCore

/// The two periods of `sitrep compare`: A, the reference, and B, the period compared with it.
///
/// Each is a closed range of days written `FROM..TO` (both ends `YYYY-MM-DD`, `FROM <= TO`). The periods may
/// come in either order in time but must not overlap: the rate test treats the two counts as independent,
/// which events counted in both would break.
public struct ComparisonPeriods: Sendable, Equatable {
    public var a: DateRange
    public var b: DateRange

    public enum Failure: Error, Equatable, CustomStringConvertible {
        /// The argument is not two dates joined by `..`.
        case notARange(label: String, text: String)
        /// A date of the argument does not parse.
        case badDate(label: String, text: String, date: String)
        case reversed(label: String, text: String)
        case overlapping(a: DateRange, b: DateRange)

        public var description: String {
            switch self {
            case .notARange(let label, let text):
                "period \(label) '\(text)' is not a range: write FROM..TO with two dates, e.g. 2025-06-01..2025-08-31"
            case .badDate(let label, let text, let date):
                "period \(label) '\(text)': '\(date)' is not a date (YYYY-MM-DD)"
            case .reversed(let label, let text):
                "period \(label) '\(text)' ends before it starts: write the earlier date first (FROM..TO)"
            case .overlapping(let a, let b):
                "periods A \(a) and B \(b) overlap: the rate test needs disjoint periods, so that no event counts"
                    + " in both; move one end"
            }
        }
    }

    public init(a: DateRange, b: DateRange) throws(Failure) {
        guard a.last < b.first || b.last < a.first else { throw .overlapping(a: a, b: b) }
        self.a = a
        self.b = b
    }

    /// Parses the two command-line arguments.
    public init(a textA: String, b textB: String) throws(Failure) {
        try self.init(a: Self.range(textA, label: "A"), b: Self.range(textB, label: "B"))
    }

    /// `FROM..TO`: exactly two non-empty parts around one `..`.
    static func range(_ text: String, label: String) throws(Failure) -> DateRange {
        let parts = text.split(separator: "..", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
            throw .notARange(label: label, text: text)
        }
        guard let first = Day(parsing: parts[0]) else {
            throw .badDate(label: label, text: text, date: String(parts[0]))
        }
        guard let last = Day(parsing: parts[1]) else {
            throw .badDate(label: label, text: text, date: String(parts[1]))
        }
        guard first <= last else { throw .reversed(label: label, text: text) }
        return DateRange(first: first, last: last)
    }

    /// Whether `day` falls in A or in B.
    public func contains(_ day: Day) -> Bool { a.contains(day) || b.contains(day) }
}
