/// The file ends in the middle of a record: its last line has no line break and cannot be used.
///
/// An export cut short (a failed download, a full disk) looks like this. Nothing of such a file should be
/// stored, so readers throw instead of quarantining the last row.
public struct TruncatedFileError: Error, Sendable, Equatable, CustomStringConvertible {
    public var file: String
    public var line: Int

    public init(file: String, line: Int) {
        self.file = file
        self.line = line
    }

    public var description: String {
        "\(file):\(line): the file ends in the middle of this record (no final line break, fields missing); "
            + "it looks truncated — download or export it again"
    }
}

/// Whether a CSV file's last byte is a line break.
enum CSVEnding {
    static func endsWithLineBreak(_ file: borrowing CSVFileReader) throws(IngestError) -> Bool {
        let size = file.fileSize
        guard size > 0 else { return true }
        var byte: UInt8 = 0
        let n = try withUnsafeMutableBytes(of: &byte) { buffer throws(IngestError) in
            try file.read(into: buffer.baseAddress!, count: 1, at: size - 1)
        }
        return n == 1 && byte == UInt8(ascii: "\n")
    }
}
