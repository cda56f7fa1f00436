/// Assigns days to calendar buckets (weeks starting on a given weekday, or calendar months) and back.
///
/// A bucket is identified by an `Int32` key that is cheap to compute on the hot path:
/// for weeks it is the day number of the week's first day; for months it is `year * 12 + month - 1`.
/// Keys increase with time, so consecutive buckets can be enumerated with `next(after:)`.
public struct PeriodCalendar: Hashable, Sendable {
    public var kind: PeriodKind
    public var weekStart: WeekStart

    public init(kind: PeriodKind = .week, weekStart: WeekStart = .saturday) {
        self.kind = kind
        self.weekStart = weekStart
    }

    /// The key of the bucket holding `day`.
    @inlinable
    public func key(of day: Day) -> Int32 {
        switch kind {
        case .week:
            return weekStart.start(of: day).number
        case .month:
            let (year, month, _) = day.civil
            return Int32(year * 12 + month - 1)
        }
    }

    /// First day of the bucket with this key.
    @inlinable
    public func firstDay(ofKey key: Int32) -> Day {
        switch kind {
        case .week:
            return Day(number: key)
        case .month:
            let year = Int(key).floorDivided(by: 12)
            return Day(year: year, month: Int(key) - year * 12 + 1, day: 1)!
        }
    }

    /// Last day of the bucket with this key.
    public func lastDay(ofKey key: Int32) -> Day { firstDay(ofKey: next(after: key)).adding(days: -1) }

    /// The difference between consecutive bucket keys: weeks are keyed by their first day, months by month number.
    @inlinable
    public var keyStep: Int32 { kind == .week ? 7 : 1 }

    /// The key of the bucket right after this one.
    @inlinable
    public func next(after key: Int32) -> Int32 { key + keyStep }

    /// All bucket keys from `first` to `last` inclusive, in order.
    public func keys(from first: Int32, through last: Int32) -> [Int32] {
        guard first <= last else { return [] }
        return Array(stride(from: first, through: last, by: Int(keyStep)))
    }

    /// The number of buckets from `first` to `last` inclusive.
    public func count(from first: Int32, through last: Int32) -> Int {
        guard first <= last else { return 0 }
        return Int((last - first) / keyStep) + 1
    }

    /// How a bucket is named in reports: the first day (`2025-09-27`), plus the ISO label for Monday weeks.
    public func label(ofKey key: Int32) -> String {
        let first = firstDay(ofKey: key)
        if kind == .week, weekStart == .monday { return "\(first) (\(ISOWeek(containing: first)))" }
        return first.description
    }
}

extension Int {
    /// Division rounding toward negative infinity.
    @inlinable
    func floorDivided(by divisor: Int) -> Int {
        let quotient = self / divisor
        return (self % divisor != 0 && (self < 0) != (divisor < 0)) ? quotient - 1 : quotient
    }
}
