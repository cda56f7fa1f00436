import SitrepIngest
import SitrepTestSupport
import Testing

/// What a read returned: each record's line and fields, and each malformed record's line and problem.
private struct ReadResult: Equatable {
    var records: [(line: Int, fields: [String])] = []
    var problems: [(line: Int, problem: CSVProblem)] = []

    static func == (lhs: ReadResult, rhs: ReadResult) -> Bool {
        lhs.records.count == rhs.records.count && lhs.problems.count == rhs.problems.count
            && zip(lhs.records, rhs.records).allSatisfy { $0.line == $1.line && $0.fields == $1.fields }
            && zip(lhs.problems, rhs.problems).allSatisfy { $0.line == $1.line && $0.problem == $1.problem }
    }
}

private func read(_ text: [UInt8], windowSize: Int = 1 << 20, fieldCapacity: Int = 16) throws -> ReadResult {
    let path = try ScratchFolder.write(text)
    var reader = try CSVFileReader(path: path, fieldCapacity: fieldCapacity, windowSize: windowSize)
    reader.windowSize = windowSize
    var result = ReadResult()
    try reader.forEachRecord(onMalformed: { line, problem in result.problems.append((line, problem)) }) { record in
        result.records.append((record.line, (0..<record.fieldCount).map { record.string(at: $0) }))
    }
    return result
}

private func read(_ text: String, windowSize: Int = 1 << 20) throws -> ReadResult { try read(Array(text.utf8), windowSize: windowSize) }

@Suite struct CSVReaderTests {
    @Test func plainRecords() throws {
        let result = try read("a,b,c\n1,2,3\n")
        #expect(result.records.map(\.fields) == [["a", "b", "c"], ["1", "2", "3"]])
        #expect(result.records.map(\.line) == [1, 2])
    }

    @Test func quotedCommasDoubledQuotesAndNewlines() throws {
        let result = try read("id,notes\n1,\"a, b\"\n2,\"say \"\"hi\"\"\"\n3,\"two\nlines\"\n4,end\n")
        #expect(result.records.map(\.fields) == [["id", "notes"], ["1", "a, b"], ["2", "say \"hi\""], ["3", "two\nlines"], ["4", "end"]])
        // The record after a quoted newline starts one physical line later.
        #expect(result.records.map(\.line) == [1, 2, 3, 4, 6])
    }

    @Test func crlfAndByteOrderMark() throws {
        let result = try read([0xEF, 0xBB, 0xBF] + Array("a,b\r\n1,\"x\"\r\n2,\r\n".utf8))
        #expect(result.records.map(\.fields) == [["a", "b"], ["1", "x"], ["2", ""]])
    }

    @Test func lastRecordWithoutLineBreakAndBlankLines() throws {
        let result = try read("a,b\n\n1,2\n\n3,4")
        #expect(result.records.map(\.fields) == [["a", "b"], ["1", "2"], ["3", "4"]])
        #expect(result.records.map(\.line) == [1, 3, 5])
    }

    @Test func emptyFieldsAndQuotedEmptyField() throws {
        let result = try read(",,\n\"\",x,\n")
        #expect(result.records.map(\.fields) == [["", "", ""], ["", "x", ""]])
    }

    /// A window smaller than one record forces refills in the middle of fields, quotes and line breaks;
    /// the records must be the same as with a large window.
    @Test(arguments: [4, 7, 16, 33])
    func smallWindowsGiveTheSameRecords(windowSize: Int) throws {
        let text = "id,notes,n\n1,\"a, \"\"b\"\"\nc\",10\r\n2,plain,20\n3,\"\",30\n4,\"x\"\n"
        #expect(try read(text, windowSize: windowSize) == (try read(text)))
        #expect(try read(text, windowSize: windowSize).records.count == 5)
    }

    @Test func unterminatedQuoteIsReportedAtItsLine() throws {
        let result = try read("a,b\n1,\"open\n2,3\n4,5\n")
        #expect(result.records.map(\.fields) == [["a", "b"]])
        #expect(result.problems.count == 1)
        #expect(result.problems.first?.line == 2)
        #expect(result.problems.first?.problem == .unterminatedQuote)
    }

    @Test func textAfterAClosingQuoteIsReported() throws {
        let result = try read("a,b\n1,\"x\"y\n2,z\n")
        #expect(result.records.map(\.fields) == [["a", "b"], ["2", "z"]])
        #expect(result.problems.map(\.line) == [2])
        #expect(result.problems.first?.problem == .strayQuote(column: 1))
    }

    @Test func recordsWithMoreFieldsThanTheCapacityAreReported() throws {
        let path = try ScratchFolder.write("a,b\n1,2,3,4\n5,6\n")
        let reader = try CSVFileReader(path: path, fieldCapacity: 3)
        var problems: [CSVProblem] = []
        var lines: [Int] = []
        try reader.forEachRecord(onMalformed: { _, problem in problems.append(problem) }) { lines.append($0.line) }
        #expect(problems == [.tooManyFields(found: 4)])
        #expect(lines == [1, 3])
    }

    @Test func aRecordLargerThanTheLimitIsAnError() throws {
        let path = try ScratchFolder.write("a\n\"" + String(repeating: "x", count: 5000) + "\"\n")
        var reader = try CSVFileReader(path: path, fieldCapacity: 2, windowSize: 64)
        reader.maximumRecordSize = 1024
        #expect(throws: IngestError.self) {
            try reader.forEachRecord(onMalformed: { _, _ in }) { _ in }
        }
    }

    @Test func headerOfAnEmptyOrBinaryFileIsRefused() throws {
        let empty = try CSVFileReader(path: try ScratchFolder.write(""), fieldCapacity: 4)
        #expect(throws: IngestError(file: empty.path, reason: .empty)) { try CSVHeader.read(from: empty) }
        let binary = try CSVFileReader(path: try ScratchFolder.write([0x89, 0x50, 0x4E, 0x47, 0x00, 0x01]), fieldCapacity: 4)
        #expect(throws: IngestError(file: binary.path, reason: .binary(offset: 4))) { try CSVHeader.read(from: binary) }
    }
}
