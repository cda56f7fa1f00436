import Foundation
import SitrepCore
import SitrepIngest
import SitrepTestSupport
import SitrepTimeSeries
import Testing

@testable import SitrepReport

@Suite struct IndicatorRunTests {
    static func synthetic(events: Int, seed: UInt64) throws -> String {
        var text = ""
        SyntheticACLED(events: events, seed: seed).generate { text += $0 }
        return try ScratchFolder.write(text)
    }

    /// Reads `path` on one thread, or on two in chunks of `chunkSize` bytes.
    func run(_ path: String, parallel: Bool, chunkSize: Int = 64 << 10, weekStart: WeekStart = .saturday) throws
        -> IndicatorRun.Result
    {
        var run = IndicatorRun(calendar: PeriodCalendar(kind: .week, weekStart: weekStart))
        run.parallelThreshold = parallel ? 1 : .max
        run.chunkSize = chunkSize
        return try run.run(files: [path])
    }

    /// Two threads give exactly the table, counts and date range of one, whether they share few chunks or
    /// many (a 5,000-row file is about 1.9 MB: 30 chunks of 64 KiB, or 1,900 of 1 KiB).
    @Test(arguments: [1 as UInt64, 2, 3], [64 << 10, 1 << 10])
    func twoThreadsEqualOne(seed: UInt64, chunkSize: Int) throws {
        let path = try Self.synthetic(events: 5000, seed: seed)
        let single = try run(path, parallel: false)
        let double = try run(path, parallel: true, chunkSize: chunkSize)
        #expect(double.table == single.table)
        #expect(double.summaries == single.summaries)
        #expect(double.summaries.first?.used == 5000)
        #expect(double.firstDay == single.firstDay && double.lastDay == single.lastDay)
    }

    /// Rows skipped in different chunks keep the lines they have in the file, in file order.
    @Test func skippedRowsKeepTheirLinesAcrossChunks() throws {
        let rows = try String(contentsOfFile: try Self.synthetic(events: 3000, seed: 7), encoding: .utf8)
            .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // Every 500th data row gets a date that is not one (line n + 1 holds data row n).
        let broken = stride(from: 1, to: 3001, by: 500).map { $0 }
        var lines = rows
        for row in broken {
            var fields = lines[row].split(separator: ",", omittingEmptySubsequences: false)
            fields[1] = "not a date"
            lines[row] = fields.joined(separator: ",")
        }
        let path = try ScratchFolder.write(lines.joined(separator: "\n"))
        let single = try run(path, parallel: false)
        let chunked = try run(path, parallel: true, chunkSize: 4 << 10)
        #expect(single.issues.details.map(\.line) == broken.map { $0 + 1 })
        #expect(chunked.issues.details.map(\.line) == broken.map { $0 + 1 })
        #expect(chunked.summaries == single.summaries)
        #expect(chunked.summaries.first?.skipped == broken.count)
        #expect(chunked.table == single.table)
    }

    /// A quoted note with many line breaks spans several chunks' guessed starts, which fall inside it; the file
    /// is then read again on one thread, and the bad row after the note keeps its line.
    @Test(arguments: [64 << 10, 1 << 10])
    func chunkStartInsideAQuotedFieldIsRepaired(chunkSize: Int) throws {
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
        let path = try ScratchFolder.write(lines.joined(separator: "\n") + "\n")

        let single = try run(path, parallel: false)
        let double = try run(path, parallel: true, chunkSize: chunkSize)
        #expect(double.table == single.table)
        #expect(double.summaries == single.summaries)
        #expect(double.summaries.first?.used == 26)
        #expect(double.summaries.first?.skipped == 1)
        // Header 1, 20 short rows (2-21), the long note (22-421), 5 rows (422-426), the bad row on 427.
        #expect(double.issues.details.map(\.line) == [427])
        #expect(single.issues.details.map(\.line) == [427])
        // The note (bytes ~1,900 to ~16,000 of the file) holds guessed chunk starts only with the small chunks.
        var chunked = IndicatorRun(calendar: PeriodCalendar(kind: .week))
        chunked.chunkSize = chunkSize
        let reader = try ACLEDReader(path: path)
        let read = chunked.readInChunks(path: path, range: reader.dataRange, firstLine: reader.firstDataLine)
        #expect((read == nil) == (chunkSize < 16 << 10))
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
