/// The header line of a CSV file, and where the data after it begins.
public struct CSVHeader: Sendable {
    public var names: [String]
    /// Byte offset of the first data record.
    public var dataOffset: Int
    /// Line number of the first data record.
    public var firstDataLine: Int

    /// Reads and checks the start of a file: refuses an empty file and a binary one (a NUL byte in the first
    /// 64 KiB), skips a UTF-8 byte order mark, and splits the header line.
    public static func read(from reader: borrowing CSVFileReader) throws(IngestError) -> CSVHeader {
        let probeSize = min(max(reader.fileSize, 1), 1 << 16)
        let probe = UnsafeMutableRawBufferPointer.allocate(byteCount: probeSize, alignment: 16)
        defer { probe.deallocate() }
        let n = try reader.read(into: probe.baseAddress!, count: probeSize, at: 0)
        if let nul = probe[0..<n].firstIndex(of: 0) {
            throw IngestError(file: reader.path, reason: .binary(offset: nul))
        }
        let bom = n >= 3 && probe[0] == 0xEF && probe[1] == 0xBB && probe[2] == 0xBF ? 3 : 0
        let isBlank = probe[bom..<n].allSatisfy { $0 == 32 || $0 == 10 || $0 == 13 || $0 == 9 }
        guard !isBlank else { throw IngestError(file: reader.path, reason: .empty) }

        var names: [String] = []
        var dataOffset = 0
        var lineCount = 1
        do {
            _ = try reader.forEachRecord(
                in: 0..<1,
                onMalformed: { line, problem in
                    throw IngestError(
                        file: reader.path, line: line, reason: .unrecognisedFormat(header: problem.description))
                }
            ) { record in
                guard record.isValidUTF8Record else {
                    throw IngestError(
                        file: reader.path, line: 1,
                        reason: .notUTF8(column: "header", value: record.string(at: 0)))
                }
                names = (0..<record.fieldCount).map { record.string(at: $0) }
                dataOffset = record.endOffset
                lineCount = record.lineBreaks
            }
        } catch let error as IngestError {
            throw error
        } catch {
            throw IngestError(file: reader.path, reason: .unrecognisedFormat(header: "\(error)"))
        }
        return CSVHeader(names: names, dataOffset: dataOffset, firstDataLine: 1 + max(lineCount, 1))
    }
}

/// Finds columns by name in a header, the way every export format here does: names compared case-insensitively
/// after trimming spaces and tabs, first match wins.
public struct HeaderColumns: Sendable {
    public let normalised: [String]

    public init(_ header: [String]) { normalised = header.map { $0.trimmingSpaces.lowercased() } }

    /// The position of column `name` (given in lower case), if the header has it.
    public func callAsFunction(_ name: String) -> Int? { normalised.firstIndex(of: name) }

    /// Whether every one of `names` is present.
    public func contains(_ names: [String]) -> Bool { names.allSatisfy { normalised.contains($0) } }

    /// Throws `missingColumns` naming every one of `names` that is absent.
    public func require(_ names: [String], file: String) throws(IngestError) {
        let missing = names.filter { self($0) == nil }
        guard missing.isEmpty else { throw IngestError(file: file, line: 1, reason: .missingColumns(missing)) }
    }
}
