/// An ISO 8601 week: weeks start on Monday, and week 1 is the week that holds the year's first Thursday.
/// So 2025-W01 starts on 2024-12-30, and 2020-W53 exists.
public struct ISOWeek: Hashable, Sendable, CustomStringConvertible {
    public var year: Int
    public var week: Int

    public init(year: Int, week: Int) {
        self.year = year
        self.week = week
    }

    /// The ISO week holding `day`.
    public init(containing day: Day) {
        // The Thursday of the same ISO week decides the year.
        let thursday = day.adding(days: 3 - day.weekdayFromMonday)
        let year = thursday.civil.year
        let firstOfYear = Day(year: year, month: 1, day: 1)!
        self.init(year: year, week: firstOfYear.days(to: thursday) / 7 + 1)
    }

    /// The Monday that starts this week, or `nil` when the week number does not exist in that year.
    public var monday: Day? {
        guard week >= 1, week <= ISOWeek.weeks(in: year) else { return nil }
        let january4 = Day(year: year, month: 1, day: 4)!
        return WeekStart.monday.start(of: january4).adding(days: (week - 1) * 7)
    }

    /// 52 or 53: a year has 53 ISO weeks when it starts on a Thursday, or is a leap year starting on a Wednesday.
    public static func weeks(in year: Int) -> Int {
        let december28 = Day(year: year, month: 12, day: 28)!
        return ISOWeek(containing: december28).week
    }

    /// Parses `2025-W40` (also `2025W40`).
    public init?(parsing text: String) {
        let parts = text.uppercased().split(separator: "W", omittingEmptySubsequences: false)
        guard parts.count == 2 else { return nil }
        let yearText = parts[0].hasSuffix("-") ? parts[0].dropLast() : parts[0]
        guard yearText.count == 4, let year = Int(yearText), parts[1].count == 2, let week = Int(parts[1]) else {
            return nil
        }
        self.init(year: year, week: week)
        guard monday != nil else { return nil }
    }

    public var description: String { "\(year)-W\(week < 10 ? "0" : "")\(week)" }
}
