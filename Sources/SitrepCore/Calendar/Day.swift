/// A calendar day in the proleptic Gregorian calendar, stored as the number of days since 1970-01-01.
///
/// Conversions use Howard Hinnant's `days_from_civil` / `civil_from_days` algorithms
/// (exact for every date in the range of `Int32`), so no `Foundation.Calendar` or
/// `DateFormatter` is involved: a day is an integer on the hot path of ingest.
public struct Day: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Days since 1970-01-01 (negative before it).
    public var number: Int32

    @inlinable
    public init(number: Int32) { self.number = number }

    /// The day with the given civil date. Returns `nil` when the month or day is out of range
    /// (including 29 February in a non-leap year).
    @inlinable
    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= Day.daysInMonth(year: year, month: month) else { return nil }
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let monthIndex = month > 2 ? month - 3 : month + 9
        let dayOfYear = (153 * monthIndex + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        self.number = Int32(era * 146_097 + dayOfEra - 719_468)
    }

    /// The civil date (year, month 1–12, day 1–31).
    @inlinable
    public var civil: (year: Int, month: Int, day: Int) {
        let z = Int(number) + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// Day of the week, Monday = 0 … Sunday = 6 (1970-01-01 was a Thursday).
    @inlinable
    public var weekdayFromMonday: Int {
        let r = (Int(number) + 3) % 7
        return r < 0 ? r + 7 : r
    }

    @inlinable
    public func adding(days: Int) -> Day { Day(number: number + Int32(days)) }

    /// Whole days from `self` to `other` (positive when `other` is later).
    @inlinable
    public func days(to other: Day) -> Int { Int(other.number) - Int(number) }

    @inlinable
    public static func < (lhs: Day, rhs: Day) -> Bool { lhs.number < rhs.number }

    @inlinable
    public static func isLeapYear(_ year: Int) -> Bool { (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 }

    @inlinable
    public static func daysInMonth(year: Int, month: Int) -> Int {
        switch month {
        case 2: return isLeapYear(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// `YYYY-MM-DD`.
    public var description: String {
        let (y, m, d) = civil
        guard (0...9999).contains(y) else { return "\(Day.pad(y, 4))-\(Day.pad(m, 2))-\(Day.pad(d, 2))" }
        // Ten ASCII bytes written in place: tables and reports print tens of thousands of dates.
        return String(unsafeUninitializedCapacity: 10) { text in
            let zero = UInt8(ascii: "0")
            text[0] = zero + UInt8(y / 1000)
            text[1] = zero + UInt8(y / 100 % 10)
            text[2] = zero + UInt8(y / 10 % 10)
            text[3] = zero + UInt8(y % 10)
            text[4] = UInt8(ascii: "-")
            text[5] = zero + UInt8(m / 10)
            text[6] = zero + UInt8(m % 10)
            text[7] = UInt8(ascii: "-")
            text[8] = zero + UInt8(d / 10)
            text[9] = zero + UInt8(d % 10)
            return 10
        }
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }
}
