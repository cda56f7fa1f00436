import Foundation
import SitrepCore
import SitrepIngest
import SitrepTestSupport
import Testing

/// Randomised round trips and mutations of the CSV reader (a small deterministic fuzzer: the same seeds every run).
@Suite struct CSVFuzzTests {
    /// A deterministic generator (SplitMix64) for the fuzz cases.
    struct Random {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
    }

    /// A field drawn from an alphabet rich in separators, quotes, line breaks and multi-byte characters.
    static func field(_ random: inout Random) -> String {
        let alphabet: [String] = ["a", "b", "7", " ", ",", "\"", "\n", "\r\n", "é", "ş", "€", "x"]
        return String((0..<random.below(12)).map { _ in alphabet[random.below(alphabet.count)] }.joined())
    }

    /// Writing rows with RFC 4180 quoting (as Python's csv module does) and reading them back gives the same
    /// fields, whatever the window size (which moves every refill boundary).
    @Test(arguments: [1 as UInt64, 2, 3, 4, 5, 6, 7, 8])
    func roundTrip(seed: UInt64) throws {
        var random = Random(state: seed)
        let columns = 1 + random.below(6)
        var rows: [[String]] = []
        for _ in 0..<(1 + random.below(60)) {
            var row = (0..<columns).map { _ in Self.field(&random) }
            // A record that is one empty field is a blank line, which readers skip: keep rows distinguishable.
            if columns == 1, row[0].isEmpty { row[0] = "z" }
            rows.append(row)
        }
        let text = rows.map { CSVWriting.line($0) }.joined()
        let path = try ScratchFolder.write(text)
        for window in [3, 17, 64, 1 << 16] {
            var reader = try CSVFileReader(path: path, fieldCapacity: 16, windowSize: window)
            reader.windowSize = window
            var read: [[String]] = []
            var problems = 0
            try reader.forEachRecord(onMalformed: { _, _ in problems += 1 }) { record in
                read.append((0..<record.fieldCount).map { record.string(at: $0) })
            }
            #expect(problems == 0, "seed \(seed), window \(window)")
            #expect(read == rows, "seed \(seed), window \(window)")
        }
    }

    /// Arbitrary byte mutations of a valid export never crash the reader and never lose a row silently: every
    /// line is either used or reported.
    @Test(arguments: [11 as UInt64, 12, 13, 14, 15, 16])
    func mutationsAreReportedNotFatal(seed: UInt64) throws {
        var random = Random(state: seed)
        var bytes = Array(try String(contentsOfFile: try TestFiles.fixture("acled-current.csv"), encoding: .utf8).utf8)
        let header = bytes.firstIndex(of: UInt8(ascii: "\n"))! + 1
        for _ in 0..<8 {
            let position = header + random.below(bytes.count - header)
            let replacements: [UInt8] = [0x22, 0x2C, 0x0A, 0x0D, 0xE9, 0x41, 0x30]
            bytes[position] = replacements[random.below(replacements.count)]
        }
        let path = try ScratchFolder.write(bytes)
        let reader = try ACLEDReader(path: path)
        var regions = NameTable()
        var issues = IssueLog()
        var used = 0
        let summary = try reader.forEachEvent(regions: &regions, issues: &issues) { _ in used += 1 }
        #expect(summary.used == used)
        #expect(summary.skipped == issues.count)
        #expect(summary.used + summary.skipped >= 1)
    }

    /// Everything a read reports, record by record: line, fields, raw bytes, end offset and line breaks, and the
    /// malformed records' lines and problems.
    static func transcript(of bytes: [UInt8], window: Int, fieldCapacity: Int, byBlocks: Bool) throws -> [String] {
        let path = try ScratchFolder.write(bytes)
        var reader = try CSVFileReader(path: path, fieldCapacity: fieldCapacity, windowSize: window)
        reader.scansByBlocks = byBlocks
        var lines: [String] = []
        try reader.forEachRecord(onMalformed: { line, problem in lines.append("\(line): \(problem)") }) { record in
            let fields = (0..<record.fieldCount).map { "\(record.string(at: $0))|\(Array(record.bytes(at: $0)))" }
            lines.append("\(record.line) \(record.endOffset) \(record.lineBreaks): \(fields)")
        }
        return lines
    }

    /// Cutting records from the block index gives exactly what the record-by-record scanner gives, on valid and
    /// malformed input alike (stray and doubled quotes, quoted line breaks, CRLF, blank lines, too many fields,
    /// unterminated quotes), whatever the window size.
    @Test(arguments: Array(UInt64(21)...UInt64(60)))
    func blockIndexAgreesWithRecordScanner(seed: UInt64) throws {
        var random = Random(state: seed)
        let pieces: [[UInt8]] = [
            Array("abc".utf8), Array("7".utf8), [0x2C], [0x2C], [0x2C], [0x0A], [0x0A], [0x0D, 0x0A], [0x0D], [0x22],
            [0x22],
            Array("\"x, y\"".utf8), Array("\"a\"\"b\"".utf8), Array("\"\"".utf8), Array("é".utf8),
            Array(repeating: 0x61, count: 70),
        ]
        var bytes: [UInt8] = []
        for _ in 0..<(random.below(400)) { bytes += pieces[random.below(pieces.count)] }
        // Mostly well-formed rows too, so that the fast path is exercised between the malformed ones.
        for _ in 0..<random.below(40) {
            bytes += Array("1,\"On 2019-10-06, JNIM attacked\",Mopti,3\n".utf8)
            if random.below(5) == 0 { bytes += pieces[random.below(pieces.count)] }
        }
        for window in [5, 64, 100, 4096] {
            for capacity in [3, 16] {
                let blocks = try Self.transcript(of: bytes, window: window, fieldCapacity: capacity, byBlocks: true)
                let records = try Self.transcript(of: bytes, window: window, fieldCapacity: capacity, byBlocks: false)
                #expect(blocks == records, "seed \(seed), window \(window), capacity \(capacity)")
            }
        }
    }

    /// Blocks dense with separators (up to 64 in 64 bytes, so the index lists more than eight a block) and line
    /// ends, over many index steps and window refills, with records of 0 to 200 one-byte or empty fields
    /// around the field capacity: the same records as the record scanner finds.
    @Test(arguments: [70 as UInt64, 71, 72])
    func denseSeparatorsAcrossSteps(seed: UInt64) throws {
        var random = Random(state: seed)
        var bytes: [UInt8] = []
        while bytes.count < 120_000 {
            let fields = random.below(201)
            for field in 0..<fields {
                if field > 0 { bytes.append(0x2C) }
                if random.below(3) > 0 { bytes.append(UInt8(ascii: "a") + UInt8(random.below(26))) }
            }
            bytes += random.below(10) == 0 ? [0x0D, 0x0A] : [0x0A]
        }
        for window in [4096, 1 << 16] {
            for capacity in [64, 256] {
                let blocks = try Self.transcript(of: bytes, window: window, fieldCapacity: capacity, byBlocks: true)
                let records = try Self.transcript(of: bytes, window: window, fieldCapacity: capacity, byBlocks: false)
                #expect(blocks == records, "seed \(seed), window \(window), capacity \(capacity)")
                #expect(blocks.count > 500)
            }
        }
    }

    /// The fields of every record of `text` read through a window of `window` bytes, after checking that the
    /// block index cuts exactly the records the record scanner finds.
    static func rowsCheckedAgainstScanner(_ text: String, window: Int, fieldCapacity: Int) throws -> [[String]] {
        let blocks = try transcript(of: Array(text.utf8), window: window, fieldCapacity: fieldCapacity, byBlocks: true)
        let records = try transcript(
            of: Array(text.utf8), window: window, fieldCapacity: fieldCapacity, byBlocks: false)
        #expect(blocks == records, "window \(window)")
        let reader = try CSVFileReader(
            path: try ScratchFolder.write(text), fieldCapacity: fieldCapacity, windowSize: window)
        var rows: [[String]] = []
        try reader.forEachRecord(onMalformed: { _, _ in }) { record in
            rows.append((0..<record.fieldCount).map { record.string(at: $0) })
        }
        return rows
    }

    /// Records longer than the block index's step (16 KiB) and than the read window: a 100,000-byte quoted field
    /// and a 40,000-byte unquoted one are cut across many index steps and window refills, with the same fields
    /// as the record scanner finds.
    @Test func recordsLongerThanAnIndexStep() throws {
        let note = String(repeating: "JNIM, convoy; ", count: 100_000 / 14)
        let code = String(repeating: "x", count: 40_000)
        let text = "id,notes,code\n1,\"\(note)\",\(code)\n2,short,y\r\n3,\"\(note)\",\(code)"
        for window in [4096, 1 << 16, 1 << 20] {
            #expect(
                try Self.rowsCheckedAgainstScanner(text, window: window, fieldCapacity: 8)
                    == [["id", "notes", "code"], ["1", note, code], ["2", "short", "y"], ["3", note, code]])
        }
    }

    /// A record with more quotes than an index step has bytes (60,000 doubled quotes in one field, and quoted
    /// line breaks): the quotes found over several steps stay within the index's lists, and the record reads
    /// as the record scanner reads it.
    @Test func quotesDenserThanAnIndexStep() throws {
        let quoted = String(repeating: "\"\"", count: 30_000)
        let text = "id,notes\n1,\"\(quoted)\"\n2,\"\(String(repeating: "\"\"\n", count: 12_000))\"\n3,end\n"
        let notes = String(repeating: "\"", count: 30_000), lines = String(repeating: "\"\n", count: 12_000)
        for window in [4096, 1 << 20] {
            #expect(
                try Self.rowsCheckedAgainstScanner(text, window: window, fieldCapacity: 4)
                    == [["id", "notes"], ["1", notes], ["2", lines], ["3", "end"]])
        }
    }
}
