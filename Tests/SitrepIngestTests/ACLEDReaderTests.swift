import SitrepCore
import SitrepIngest
import SitrepTimeSeries
import Testing

/// Reads a file into records, region names and issues.
private func readEvents(_ path: String) throws -> (
    records: [EventRecord], regions: NameTable, issues: IssueLog, summary: ReadSummary
) {
    let reader = try ACLEDReader(path: path)
    var regions = NameTable()
    var issues = IssueLog()
    var records: [EventRecord] = []
    let summary = try reader.forEachEvent(regions: &regions, issues: &issues) { records.append($0) }
    return (records, regions, issues, summary)
}

@Suite struct ACLEDLayoutTests {
    @Test func bothLayoutsGiveTheSameEvents() throws {
        let current = try readEvents(try TestFiles.fixture("acled-current.csv"))
        let old = try readEvents(try TestFiles.fixture("acled-pre2023.csv"))
        #expect(current.summary.used == 7 && current.summary.skipped == 0)
        #expect(old.summary.used == 7 && old.summary.skipped == 0)
        #expect(current.records == old.records)
        #expect(current.regions.names == old.regions.names)
    }

    @Test func layoutsAreRecognised() throws {
        #expect(try ACLEDReader(path: try TestFiles.fixture("acled-current.csv")).columns.layout == .current)
        #expect(try ACLEDReader(path: try TestFiles.fixture("acled-pre2023.csv")).columns.layout == .pre2023)
    }

    /// The fixture's values, written by hand in make_layout_fixtures.py.
    @Test func decodedValues() throws {
        let result = try readEvents(try TestFiles.fixture("acled-pre2023.csv"))
        #expect(
            result.records.map(\.day.description)
                == ["2025-09-27", "2025-09-28", "2025-10-01", "2025-10-03", "2025-10-04", "2025-12-31", "2026-01-01"])
        #expect(result.records.map(\.fatalities) == [3, 5, 7, 0, 0, 4, 1])
        #expect(
            result.records.map(\.eventType) == [
                .battles, .violenceAgainstCivilians, .battles, .strategicDevelopments, .protests,
                .explosionsRemoteViolence, .riots,
            ])
        #expect(
            result.records.map { result.regions.names[Int($0.admin1)] } == [
                "Segou", "Menaka", "Segou", "Kayes", "Bamako", "Mopti", "Mopti",
            ])
        #expect(result.records[3].datePrecision == .week)
    }

    /// Weekly table of the fixture, by hand: Saturday weeks 2025-09-27 … 2025-12-27 (14 weeks), 5 regions.
    @Test func weeklyTableIsDenseAndSorted() throws {
        let result = try readEvents(try TestFiles.fixture("acled-current.csv"))
        let calendar = PeriodCalendar(kind: .week, weekStart: .saturday)
        var accumulator = IndicatorAccumulator(calendar: calendar)
        for record in result.records { accumulator.add(record) }
        let table = IndicatorTable(merging: [(accumulator, result.regions)], calendar: calendar)
        #expect(table.regions == ["Bamako", "Kayes", "Menaka", "Mopti", "Segou"])
        #expect(table.periods.count == 14)
        #expect(table.periods.first?.description == "2025-09-27")
        #expect(table.periods.last?.description == "2025-12-27")
        #expect(table.rows.count == 70)
        let segou = table.series(of: "Segou")
        #expect(segou[segou.startIndex].counts.events == 2)  // SYN1 (Sat 27 Sep) and SYN3 (Wed 1 Oct)
        #expect(segou[segou.startIndex].counts.fatalities == 10)
        let mopti = table.series(of: "Mopti")
        #expect(mopti.last?.counts.events == 2)  // 31 Dec and 1 Jan fall in the week of Sat 27 Dec
        #expect(mopti.last?.counts.count(of: .riots) == 1)
        #expect(table.totals.map(\.events).reduce(0, +) == 7)
    }
}

@Suite struct BadInputTests {
    /// Each bad file: the expected issue (line, column, value, reason) and how many rows are still used.
    @Test(
        arguments: [
            ("unparseable-date.csv", 3, "event_date", "2025-02-30", IngestIssue.Reason.unparseableDate, 1),
            ("non-numeric-fatalities.csv", 3, "fatalities", "three", .notANumber, 1),
            ("ragged-row.csv", 3, nil, nil, .wrongFieldCount(expected: 31, found: 4), 2),
            ("unterminated-quote.csv", 3, nil, nil, .unterminatedQuote, 1),
            ("latin1.csv", 2, "admin1", "S\\xE9gou", .notUTF8, 0),
        ] as [(String, Int, String?, String?, IngestIssue.Reason, Int)])
    func badRowsAreReportedNotDropped(
        file: String, line: Int, column: String?, value: String?, reason: IngestIssue.Reason, used: Int
    ) throws {
        let path = try TestFiles.fixture("bad/\(file)")
        let result = try readEvents(path)
        #expect(result.issues.count == 1)
        let issue = try #require(result.issues.details.first)
        #expect(issue.file == path)
        #expect(issue.line == line)
        #expect(issue.column == column)
        #expect(issue.value == value)
        #expect(issue.reason == reason)
        #expect(result.summary.used == used)
        #expect(result.summary.skipped == 1)
        #expect(issue.description.hasPrefix("\(path):\(line):"))
    }

    @Test func missingColumnIsNamed() throws {
        let path = try TestFiles.fixture("bad/missing-column.csv")
        #expect(throws: IngestError(file: path, line: 1, reason: .missingColumns(["fatalities"]))) {
            _ = try ACLEDReader(path: path).columns
        }
    }

    @Test func emptyAndBinaryFilesAreRefused() throws {
        let empty = try TestFiles.fixture("bad/empty.csv")
        #expect(throws: IngestError(file: empty, reason: .empty)) { _ = try ACLEDReader(path: empty).columns }
        let binary = try TestFiles.fixture("bad/binary.csv")
        #expect(throws: IngestError(file: binary, reason: .binary(offset: 8))) {
            _ = try ACLEDReader(path: binary).columns
        }
    }

    @Test func missingFileIsNamed() throws {
        #expect(throws: IngestError.self) { _ = try ACLEDReader(path: "/nonexistent/sitrep.csv").columns }
        do {
            _ = try ACLEDReader(path: "/nonexistent/sitrep.csv").columns
        } catch {
            #expect(error.description == "/nonexistent/sitrep.csv: cannot open the file: No such file or directory")
        }
    }
}

@Suite struct FieldParsingTests {
    @Test(
        arguments: [
            ("12", 12), ("0", 0), (" 7 ", 7), ("12.0", 12), ("-3", -3), ("", nil), ("three", nil), ("1.5", nil),
            ("12a", nil), ("-", nil), ("99999999999999999999", nil),
        ] as [(String, Int?)])
    func integers(text: String, value: Int?) {
        var copy = text
        #expect(copy.withUTF8(FieldParsing.integer) == value)
    }

    @Test(
        arguments: [
            ("14.3000", 14.3), ("-3.9120", -3.912), ("0", 0), ("12.6392", 12.6392), ("", nil), ("x", nil),
            ("+2.5", 2.5), (".5", 0.5), ("5.", 5), ("-", nil), (".", nil), ("1.2.3", nil), (" 1.5", nil),
            ("1e3", 1000), ("0.1000000000000000055511151231257827", 0.1),
            ("123456789.0123456789", 123456789.0123456789),
            // Four to eight characters after the sign take the word-at-a-time path.
            ("1234", 1234), ("12345678", 12_345_678), ("1234.567", 1234.567), (".500", 0.5), ("-.500", -0.5),
            ("5.000", 5), ("1.5e3", 1500), ("12.3a", nil), ("1..2", nil), ("12 4", nil), ("1/2.5", nil),
            ("-12.3456", -12.3456), ("+1234.56", 1234.56),
        ] as [(String, Double?)])
    func decimals(text: String, value: Double?) {
        var copy = text
        #expect(copy.withUTF8(FieldParsing.decimal) == value)
    }

    /// The fast path agrees with the standard library's correctly rounded parser on coordinates of every
    /// width from 1 to 15 significant digits.
    @Test func decimalsMatchTheStandardParser() {
        var generator = SeededGenerator(seed: 20_261_126)
        for _ in 0..<20_000 {
            let integerDigits = Int.random(in: 0...4, using: &generator)
            let fractionDigits = Int.random(in: 0...(15 - max(integerDigits, 1)), using: &generator)
            var text = Bool.random(using: &generator) ? "-" : ""
            text += String(
                (0..<max(integerDigits, 1)).map { _ in Character(String(Int.random(in: 0...9, using: &generator))) })
            if fractionDigits > 0 {
                text +=
                    "."
                    + String(
                        (0..<fractionDigits).map { _ in Character(String(Int.random(in: 0...9, using: &generator))) })
            }
            var copy = text
            #expect(copy.withUTF8(FieldParsing.decimal) == Double(text), "\(text)")
        }
    }
}
