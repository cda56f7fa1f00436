/// The first day of a calendar week.
///
/// ACLED's weekly data runs Saturday to Friday, which is Sitrep's default; `.monday` gives ISO 8601 weeks.
public enum WeekStart: String, Sendable, CaseIterable, Codable {
    case saturday
    case monday

    /// Monday-based weekday index (Monday = 0) of the first day of the week.
    @inlinable
    public var weekdayFromMonday: Int { self == .saturday ? 5 : 0 }

    /// The first day of the week that contains `day`.
    @inlinable @inline(__always)
    public func start(of day: Day) -> Day {
        // Days since the week's first weekday, from the day number (day 0, 1970-01-01, was a Thursday: weekday 3
        // from Monday), with one remainder.
        var offset = (Int(day.number) + 3 - weekdayFromMonday) % 7
        if offset < 0 { offset += 7 }
        return day.adding(days: -offset)
    }
}
