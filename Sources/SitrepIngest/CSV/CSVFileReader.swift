#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Streams the records of a CSV file through a fixed-size window, reading with `pread`.
///
/// Memory stays bounded whatever the file's size: the window starts at `windowSize` bytes and doubles
/// only when a single record is larger than it, up to `maximumRecordSize`. A UTF-8 byte order mark at the
/// start is skipped. The reader can be confined to a byte range of the file, so that two readers can
/// share a file between threads (see `CSVFileSplitter`).
public struct CSVFileReader: ~Copyable {
    public let path: String
    public let fieldCapacity: Int
    public var windowSize: Int
    public var maximumRecordSize: Int
    /// Whether records are cut from a block index of the window (`CSVBlockIndex`, the default) rather than
    /// scanned one by one with `CSVRecordScanner`; both give the same records, and the tests compare them.
    public var scansByBlocks = true
    private let descriptor: Int32

    /// Bytes read past the end of a range with its last window, to finish its last record in the same read.
    static let readPastRange = 4 << 10

    public init(path: String, fieldCapacity: Int, windowSize: Int = 256 << 10, maximumRecordSize: Int = 64 << 20)
        throws(IngestError)
    {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw IngestError(file: path, reason: .cannotOpen(errno: errno)) }
        var info = stat()
        if fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR {
            close(fd)
            throw IngestError(file: path, reason: .isDirectory)
        }
        self.descriptor = fd
        self.path = path
        self.fieldCapacity = fieldCapacity
        self.windowSize = windowSize
        self.maximumRecordSize = maximumRecordSize
    }

    deinit { close(descriptor) }

    /// Size of the file in bytes.
    public var fileSize: Int {
        var info = stat()
        return fstat(descriptor, &info) == 0 ? Int(info.st_size) : 0
    }

    /// Reads up to `count` bytes at `offset` into `buffer`; returns the number read (0 at end of file).
    public func read(into buffer: UnsafeMutableRawPointer, count: Int, at offset: Int) throws(IngestError) -> Int {
        var total = 0
        while total < count {
            let n = pread(descriptor, buffer + total, count - total, off_t(offset + total))
            if n < 0 {
                if errno == EINTR { continue }
                throw IngestError(file: path, reason: .readFailed(errno: errno))
            }
            if n == 0 { break }
            total += n
        }
        return total
    }

    /// Calls `body` with each record in the byte range `range` of the file (records that start in it),
    /// in order. Line numbers count from `firstLine` at `range.lowerBound`.
    ///
    /// Malformed records are passed to `onMalformed` with their line and what is wrong; the scan then
    /// resumes at the next record. Returns where the scan stopped: the line number after the last record and
    /// the file offset just past it (past `range.upperBound` when the last record runs over the range's end).
    @discardableResult
    public func forEachRecord(
        in range: Range<Int>? = nil, firstLine: Int = 1,
        onMalformed: (_ line: Int, _ problem: CSVProblem) throws -> Void,
        _ body: (borrowing CSVRecord) throws -> Void
    ) throws -> (nextLine: Int, endOffset: Int) {
        // The size once a read (`fileSize` asks the kernel each time), for the range and for every refill.
        let size = fileSize
        let range = range ?? 0..<size
        var capacity = windowSize
        // The block index may read a little past the data.
        var buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: capacity + CSVBlockIndex.overread, alignment: 64)
        defer { buffer.deallocate() }
        let fields = UnsafeMutableBufferPointer<CSVField>.allocate(capacity: fieldCapacity)
        defer { fields.deallocate() }

        var fileOffset = range.lowerBound  // file offset of buffer[0]
        var filled = 0  // valid bytes in buffer
        var position = 0  // next record starts at buffer[position]
        var line = firstLine
        var atEnd = false
        var upperBound = range.upperBound

        func refill() throws {
            // Keep the unconsumed tail, then read as much as fits.
            if position > 0 {
                let tail = filled - position
                if tail > 0 { buffer.baseAddress!.copyMemory(from: buffer.baseAddress! + position, byteCount: tail) }
                fileOffset += position
                filled = tail
                position = 0
            }
            if filled == capacity {
                guard capacity < maximumRecordSize else {
                    throw IngestError(file: path, line: line, reason: .recordTooLarge(limit: maximumRecordSize))
                }
                let larger = UnsafeMutableRawBufferPointer.allocate(
                    byteCount: capacity * 2 + CSVBlockIndex.overread, alignment: 64)
                larger.baseAddress!.copyMemory(from: buffer.baseAddress!, byteCount: filled)
                buffer.deallocate()
                buffer = larger
                capacity *= 2
            }
            // A record that starts inside the range may end past it: read on to the end of the file, but while
            // the range lasts, no more than a usual record past its end (a range may be a small part of the file).
            let rangeLeft = upperBound - (fileOffset + filled)
            let count = rangeLeft > 0 ? min(capacity - filled, rangeLeft + Self.readPastRange) : capacity - filled
            let n = try read(into: buffer.baseAddress! + filled, count: count, at: fileOffset + filled)
            filled += n
            atEnd = n == 0 || fileOffset + filled >= size
        }

        try refill()
        if range.lowerBound == 0, filled >= 3, buffer[0] == 0xEF, buffer[1] == 0xBB, buffer[2] == 0xBF {
            // A byte order mark is not part of the first record; the range counts from after it.
            position = 3
            upperBound += 3
        }
        var index = CSVBlockIndex(fieldCapacity: fieldCapacity)
        index.restart(at: position)

        while fileOffset + position < upperBound {
            if position >= filled {
                if atEnd { break }
                try refill()
                index.restart(at: position)
                continue
            }
            let base = UnsafePointer(buffer.baseAddress!.assumingMemoryBound(to: UInt8.self))
            if scansByBlocks, let cut = index.record(base, count: filled, from: position) {
                let record = CSVRecord(
                    line: line, base: base, separators: cut.separators, fieldCount: cut.fieldCount,
                    endOffset: fileOffset + cut.next)
                if !record.isBlankLine(startingAt: position) { try body(record) }
                line += 1
                position = cut.next
                continue
            }
            let outcome = CSVRecordScanner.scan(base, count: filled, from: position, isEndOfInput: atEnd, into: fields)
            switch outcome {
            case .needMoreData:
                try refill()
                index.restart(at: position)
            case .record(let next, let fieldCount, let lineBreaks):
                if fieldCount > fieldCapacity {
                    try onMalformed(line, .tooManyFields(found: fieldCount))
                } else {
                    let record = CSVRecord(
                        line: line, base: base, fields: UnsafeBufferPointer(fields), fieldCount: fieldCount,
                        endOffset: fileOffset + next, lineBreaks: lineBreaks)
                    if !record.isBlankLine(startingAt: position) { try body(record) }
                }
                line += max(lineBreaks, 1)
                position = next
                index.restart(at: next)
            case .strayQuote(let column, let next, let lineBreaks):
                try onMalformed(line, .strayQuote(column: column))
                line += max(lineBreaks, 1)
                position = next
                index.restart(at: next)
            case .unterminatedQuote:
                try onMalformed(line, .unterminatedQuote)
                position = filled
                atEnd = true
            }
        }
        return (line, fileOffset + position)
    }

    /// The offset just past the first line break at or after `offset` (or the end of the file): a guess at a
    /// record boundary, right unless the line break sits inside a quoted field.
    public func lineStart(after offset: Int) throws(IngestError) -> Int {
        let size = fileSize
        var position = offset
        let probe = UnsafeMutableRawBufferPointer.allocate(byteCount: 4 << 10, alignment: 16)
        defer { probe.deallocate() }
        while position < size {
            let n = try read(into: probe.baseAddress!, count: probe.count, at: position)
            if let newline = probe[0..<n].firstIndex(of: UInt8(ascii: "\n")) { return position + newline + 1 }
            if n == 0 { break }
            position += n
        }
        return size
    }
}

/// What is wrong with a record that cannot be split into fields.
public enum CSVProblem: Equatable, Sendable {
    case tooManyFields(found: Int)
    case strayQuote(column: Int)
    case unterminatedQuote

    public var description: String {
        switch self {
        case .tooManyFields(let found): "the record has \(found) fields, more than the header's"
        case .strayQuote(let column): "field \(column + 1) has text after its closing quote"
        case .unterminatedQuote: "a quoted field opens here and is never closed before the end of the file"
        }
    }
}
