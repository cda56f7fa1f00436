/// A closed range of days, written `FROM..TO` on the command line (either end may be an ISO week label).
public struct DateRange: Hashable, Sendable, CustomStringConvertible {
    public var first: Day
    public var last: Day

    public init(first: Day, last: Day) {
        self.first = first
        self.last = last
    }

    /// Number of days in the range, both ends included.
    public var dayCount: Int { first.days(to: last) + 1 }

    /// Number of weeks in the range (days / 7, fractional for ranges that are not whole weeks).
    public var weeks: Double { Double(dayCount) / 7 }

    @inlinable
    public func contains(_ day: Day) -> Bool { day >= first && day <= last }

    /// Parses `2025-09-01..2025-10-31`. Returns `nil` unless both ends are dates and `FROM <= TO`.
    public init?(parsing text: String) {
        let parts = text.split(separator: ".", omittingEmptySubsequences: true)
        guard text.contains(".."), parts.count == 2,
            let first = Day(parsing: parts[0]), let last = Day(parsing: parts[1]), first <= last
        else { return nil }
        self.init(first: first, last: last)
    }

    public var description: String { "\(first)..\(last)" }
}
