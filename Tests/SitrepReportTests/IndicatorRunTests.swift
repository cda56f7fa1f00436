import Foundation
import Testing
import SitrepCore
import SitrepIngest
import SitrepReport
import SitrepTimeSeries

@Suite struct IndicatorRunTests {
    static func temporaryFile(_ text: String) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("sitrep-run-\(UUID().uuidString).csv")
        try Data(text.utf8).write(to: url)
        return url.path
    }

    static func synthetic(events: Int, seed: UInt64) throws -> String {
        var text = ""
        SyntheticACLED(events: events, seed: seed).generate { text += $0 }
        return try temporaryFile(text)
    }

    func run(_ path: String, parallel: Bool, weekStart: WeekStart = .saturday) throws -> IndicatorRun.Result {
        var run = IndicatorRun(calendar: PeriodCalendar(kind: .week, weekStart: weekStart))
        run.parallelThreshold = parallel ? 1 : .max
        return try run.run(files: [path])
    }

    /// Two threads give exactly the table, counts and date range of one.
    @Test(arguments: [1 as UInt64, 2, 3])
    func twoThreadsEqualOne(seed: UInt64) throws {
        let path = try Self.synthetic(events: 5000, seed: seed)
        let single = try run(path, parallel: false)
        let double = try run(path, parallel: true)
        #expect(double.table == single.table)
        #expect(double.summaries == single.summaries)
        #expect(double.summaries.first?.used == 5000)
        #expect(double.firstDay == single.firstDay && double.lastDay == single.lastDay)
    }

    /// A quoted note with many line breaks spans the middle of the file, so the guessed split falls inside
    /// it; the second half must be re-read from the true boundary, and the bad row after it keeps its line.
    @Test func splitInsideAQuotedFieldIsRepaired() throws {
        let header = SyntheticACLED.columns.joined(separator: ",")
        func row(_ id: Int, date: String, notes: String, fatalities: String = "1") -> String {
            var fields = Array(repeating: "", count: SyntheticACLED.columns.count)
            fields[0] = "SYN\(id)"
            fields[1] = date
            fields[5] = "Battles"
            fields[18] = "Mopti"
            fields[27] = notes
            fields[28] = fatalities
            return fields.map(CSVWriting.field).joined(separator: ",")
        }
        var lines = [header]
        for i in 0..<20 { lines.append(row(i, date: "2025-09-0\(1 + i % 9)", notes: "short")) }
        let longNote = (0..<400).map { "line \($0) of a long note, with commas" }.joined(separator: "\n")
        lines.append(row(100, date: "2025-09-10", notes: longNote))
        for i in 0..<5 { lines.append(row(200 + i, date: "2025-09-12", notes: "after")) }
        lines.append(row(300, date: "2025-09-13", notes: "bad", fatalities: "many"))
        let path = try Self.temporaryFile(lines.joined(separator: "\n") + "\n")

        let single = try run(path, parallel: false)
        let double = try run(path, parallel: true)
        #expect(double.table == single.table)
        #expect(double.summaries == single.summaries)
        #expect(double.summaries.first?.used == 26)
        #expect(double.summaries.first?.skipped == 1)
        // Header 1, 20 short rows (2-21), the long note (22-421), 5 rows (422-426), the bad row on 427.
        #expect(double.issues.details.map(\.line) == [427])
        #expect(single.issues.details.map(\.line) == [427])
    }

    @Test func severalFilesAddUp() throws {
        let a = try Self.synthetic(events: 800, seed: 5)
        let b = try Self.synthetic(events: 700, seed: 6)
        var run = IndicatorRun(calendar: PeriodCalendar())
        run.parallelThreshold = 1
        let both = try run.run(files: [a, b])
        #expect(both.summaries.map(\.used) == [800, 700])
        #expect(both.table.totals.map(\.events).reduce(0, +) == 1500)
    }
}
