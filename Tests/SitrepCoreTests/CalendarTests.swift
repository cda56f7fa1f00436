import SitrepCore
import Testing

@Suite struct DayTests {
    /// Day numbers from `(date(y, m, d) - date(1970, 1, 1)).days` in Python's datetime (proleptic Gregorian).
    @Test(arguments: [
        (1970, 1, 1, 0), (2000, 3, 1, 11_017), (1969, 12, 31, -1), (2024, 2, 29, 19_782), (2025, 10, 1, 20_362),
        (1600, 1, 1, -135_140), (2100, 3, 1, 47_541),
    ])
    func dayNumbers(year: Int, month: Int, day: Int, number: Int32) throws {
        let value = try #require(Day(year: year, month: month, day: day))
        #expect(value.number == number)
        #expect(value.civil == (year, month, day))
    }

    @Test func roundTripOverFourCenturies() {
        var previous: (Int, Int, Int)? = nil
        for number in Int32(-146_097)...Int32(146_097) {
            let civil = Day(number: number).civil
            #expect(Day(year: civil.year, month: civil.month, day: civil.day)?.number == number)
            if let previous { #expect(previous < civil) }
            previous = civil
        }
    }

    @Test(arguments: [
        (2024, 2, 29, true), (2025, 2, 29, false), (1900, 2, 29, false), (2000, 2, 29, true),
        (2025, 4, 31, false), (2025, 13, 1, false), (2025, 0, 1, false), (2025, 12, 31, true),
    ])
    func validity(year: Int, month: Int, day: Int, valid: Bool) {
        #expect((Day(year: year, month: month, day: day) != nil) == valid)
    }

    /// 1 October 2025 was a Wednesday; 1 January 1970 a Thursday.
    @Test func weekdays() {
        #expect(Day(year: 2025, month: 10, day: 1)!.weekdayFromMonday == 2)
        #expect(Day(number: 0).weekdayFromMonday == 3)
        #expect(Day(number: -4).weekdayFromMonday == 6)
    }

    @Test(arguments: [
        ("2025-10-01", "2025-10-01"), ("01 October 2025", "2025-10-01"), ("1 October 2025", "2025-10-01"),
        ("29 February 2024", "2024-02-29"), ("3 oct 2025", "2025-10-03"), ("15 DECEMBER 1999", "1999-12-15"),
    ])
    func parsing(text: String, iso: String) {
        #expect(Day(parsing: text)?.description == iso)
    }

    @Test(arguments: [
        "2025-02-29", "2025-13-01", "2025/10/01", "01 Octobre 2025", "October 1, 2025", "", "2025-1-01",
        "32 October 2025", "1 Oct 25", "2025-10-0x",
    ])
    func parsingRejects(text: String) {
        #expect(Day(parsing: text) == nil)
    }

    /// The readers' byte path (ISO dates checked without a branch per byte) agrees with the general parser on
    /// every day of four years, each with every byte replaced by a non-digit, and on the long form.
    @Test func bytePathAgreesWithTheGeneralParser() {
        var texts: [String] = []
        for number in Int32(18_262)..<18_262 + 4 * 366 {
            let iso = Array(Day(number: number).description)
            texts.append(String(iso))
            for place in iso.indices {
                for replacement: Character in ["/", ":", "a", " "] {
                    var altered = iso
                    altered[place] = replacement
                    texts.append(String(altered))
                }
            }
        }
        texts += ["2025-02-29", "2025-00-10", "2025-12-32", "1 October 2025", "0000-01-01", "9999-12-31"]
        for text in texts {
            let bytes = Array(text.utf8)
            #expect(bytes.withUnsafeBufferPointer { Day.parse(utf8: $0) } == Day.parse(utf8: bytes[...]), "\(text)")
        }
        #expect(
            texts.compactMap { text in Array(text.utf8).withUnsafeBufferPointer { Day.parse(utf8: $0) } }.count
                == 4 * 366 + 3)  // the days, the long form, year 0 and year 9999
    }
}

@Suite struct MonthMemoTests {
    /// The memo gives what the parser gives, date after date, as months enter and leave its slots: every day
    /// of six years in a scrambled order and again in order, the impossible days of each month (00, 29–32),
    /// bad digits in the day, and ten-byte forms that are not ISO.
    @Test func memoAgreesWithTheParser() {
        var texts: [String] = []
        for number in Int32(18_262)..<18_262 + 6 * 366 {
            let day = Day(number: number)
            texts.append(day.description)
            if day.civil.day == 1 {
                let prefix = String(day.description.prefix(8))
                texts += ["00", "29", "30", "31", "32", "3a", "-1"].map { prefix + $0 }
            }
        }
        texts += ["1 Oct 2025", "01 Oct 202", "2025-1a-01", "2025/10/01", "0000-02-29", "0000-01-31"]
        let scrambled = texts.indices.map { texts[($0 * 7_919) % texts.count] }
        var memo = MonthMemo()
        var accepted = 0
        for text in scrambled + texts {
            let bytes = Array(text.utf8)
            let parsed = bytes.withUnsafeBufferPointer { Day.parse(utf8: $0) }
            #expect(bytes.withUnsafeBufferPointer { memo.day($0) } == parsed, "\(text)")
            if parsed != nil { accepted += 1 }
        }
        #expect(texts.count % 7_919 != 0)
        #expect(accepted > 2 * 6 * 365)
    }
}

@Suite struct WeekTests {
    /// Saturday-start weeks as ACLED's: the week of Wednesday 2025-10-01 starts on Saturday 2025-09-27;
    /// a Saturday starts its own week; a Friday belongs to the week started six days before.
    @Test(arguments: [
        ("2025-10-01", "2025-09-27", "2025-09-29"), ("2025-09-27", "2025-09-27", "2025-09-22"),
        ("2025-10-03", "2025-09-27", "2025-09-29"), ("2025-10-04", "2025-10-04", "2025-09-29"),
        ("2026-01-01", "2025-12-27", "2025-12-29"), ("2024-03-01", "2024-02-24", "2024-02-26"),
        ("2024-02-29", "2024-02-24", "2024-02-26"), ("2021-01-03", "2021-01-02", "2020-12-28"),
    ])
    func weekStarts(day: String, saturday: String, monday: String) throws {
        let value = try #require(Day(parsing: day))
        #expect(WeekStart.saturday.start(of: value).description == saturday)
        #expect(WeekStart.monday.start(of: value).description == monday)
    }

    /// ISO 8601 weeks, checked against Python's `date.isocalendar()`.
    @Test(arguments: [
        ("2024-12-30", "2025-W01"), ("2024-12-29", "2024-W52"), ("2025-10-01", "2025-W40"),
        ("2021-01-03", "2020-W53"), ("2020-12-31", "2020-W53"), ("2026-01-01", "2026-W01"), ("2027-01-01", "2026-W53"),
    ])
    func isoWeeks(day: String, label: String) throws {
        let value = try #require(Day(parsing: day))
        #expect(ISOWeek(containing: value).description == label)
    }

    @Test func isoWeekLabelsParse() throws {
        #expect(try #require(ISOWeek(parsing: "2025-W01")).monday?.description == "2024-12-30")
        #expect(try #require(ISOWeek(parsing: "2020-W53")).monday?.description == "2020-12-28")
        #expect(ISOWeek(parsing: "2025-W53") == nil)  // 2025 has 52 ISO weeks
        #expect(ISOWeek.weeks(in: 2020) == 53)
        #expect(ISOWeek.weeks(in: 2025) == 52)
    }

    @Test func monthBuckets() throws {
        let calendar = PeriodCalendar(kind: .month)
        let key = calendar.key(of: try #require(Day(parsing: "2024-02-29")))
        #expect(calendar.firstDay(ofKey: key).description == "2024-02-01")
        #expect(calendar.lastDay(ofKey: key).description == "2024-02-29")
        let december = calendar.key(of: try #require(Day(parsing: "2025-12-31")))
        #expect(calendar.firstDay(ofKey: calendar.next(after: december)).description == "2026-01-01")
        #expect(calendar.count(from: key, through: december) == 23)
    }

    @Test func weekBucketsAcrossYearEnd() throws {
        let calendar = PeriodCalendar(kind: .week, weekStart: .saturday)
        let first = calendar.key(of: try #require(Day(parsing: "2025-12-20")))
        let last = calendar.key(of: try #require(Day(parsing: "2026-01-09")))
        #expect(
            calendar.keys(from: first, through: last).map { calendar.firstDay(ofKey: $0).description }
                == ["2025-12-20", "2025-12-27", "2026-01-03"])
        #expect(calendar.lastDay(ofKey: first).description == "2025-12-26")
    }

    @Test func dateRanges() throws {
        let range = try #require(DateRange(parsing: "2025-09-01..2025-10-31"))
        #expect(range.dayCount == 61)
        #expect(DateRange(parsing: "2025-10-31..2025-09-01") == nil)
        #expect(DateRange(parsing: "2025-09-01") == nil)
    }
}
