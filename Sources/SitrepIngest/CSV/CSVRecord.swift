import SitrepCore

/// A view of one CSV record inside the reader's buffer, valid only during the callback that receives it.
///
/// Fields are addressed by index; nothing is copied until a caller asks for a `String`.
public struct CSVRecord {
    /// 1-based physical line on which the record starts (the header is line 1).
    public let line: Int
    /// Number of fields the record has.
    public let fieldCount: Int
    /// Byte offset in the file just past the record's line break.
    public let endOffset: Int
    /// Physical line breaks the record spans (more than 1 when a quoted field holds newlines).
    public let lineBreaks: Int
    @usableFromInline let base: UnsafePointer<UInt8>
    /// Where the fields are, in one of two forms: the separators after each field, as cut from the block
    /// index (`separators[-1]` is the offset before the first field; quotes and a CR before the line feed are
    /// still in the bytes), or else the fields the record scanner found.
    @usableFromInline let separators: UnsafePointer<Int32>?
    @usableFromInline let fields: UnsafeBufferPointer<CSVField>

    @inlinable
    init(
        line: Int, base: UnsafePointer<UInt8>, fields: UnsafeBufferPointer<CSVField>, fieldCount: Int,
        endOffset: Int, lineBreaks: Int
    ) {
        self.line = line
        self.endOffset = endOffset
        self.lineBreaks = lineBreaks
        self.base = base
        self.separators = nil
        self.fields = fields
        self.fieldCount = fieldCount
    }

    @inlinable
    init(line: Int, base: UnsafePointer<UInt8>, separators: UnsafePointer<Int32>, fieldCount: Int, endOffset: Int) {
        self.line = line
        self.endOffset = endOffset
        self.lineBreaks = 1
        self.base = base
        self.separators = separators
        self.fields = UnsafeBufferPointer(start: nil, count: 0)
        self.fieldCount = fieldCount
    }

    /// Offsets of the content of field `index` in the buffer: without enclosing quotes, and for the last field
    /// without the CR of a CRLF line end.
    @inlinable @inline(__always)
    func bounds(at index: Int) -> (start: Int, end: Int) {
        guard let separators else { return (fields[index].start, fields[index].end) }
        var start = Int(separators[index - 1]) &+ 1
        var end = Int(separators[index])
        if index == fieldCount - 1, end > start, base[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        if base[start] == UInt8(ascii: "\"") {
            start &+= 1
            end &-= 1
        }
        return (start, end)
    }

    /// The raw bytes of field `index` (doubled quotes not yet collapsed).
    @inlinable @inline(__always)
    public func bytes(at index: Int) -> UnsafeBufferPointer<UInt8> {
        let (start, end) = bounds(at: index)
        return UnsafeBufferPointer(start: base + start, count: end - start)
    }

    @inlinable
    public func isEmpty(at index: Int) -> Bool {
        let (start, end) = bounds(at: index)
        return start == end
    }

    /// Whether the record, which starts at `start` in the buffer, is a blank line: one empty field, not quoted.
    /// Readers skip blank lines.
    @inlinable
    func isBlankLine(startingAt start: Int) -> Bool {
        fieldCount == 1 && isEmpty(at: 0) && base[start] != UInt8(ascii: "\"")
    }

    /// Field `index` as a `String`, with doubled quotes collapsed. Invalid UTF-8 is repaired with U+FFFD;
    /// use `isValidUTF8(at:)` first where that must be reported.
    public func string(at index: Int) -> String {
        let raw = bytes(at: index)
        // Records cut from the block index never hold doubled quotes.
        guard separators == nil, fields[index].hasEscapedQuotes else { return String(decoding: raw, as: UTF8.self) }
        var unescaped: [UInt8] = []
        unescaped.reserveCapacity(raw.count)
        var previousWasQuote = false
        for byte in raw {
            if byte == UInt8(ascii: "\""), previousWasQuote {
                previousWasQuote = false
                continue
            }
            previousWasQuote = byte == UInt8(ascii: "\"")
            unescaped.append(byte)
        }
        return String(decoding: unescaped, as: UTF8.self)
    }

    /// Whether every field is well-formed UTF-8.
    public var isValidUTF8Record: Bool { (0..<fieldCount).allSatisfy(isValidUTF8(at:)) }

    /// Whether field `index` is well-formed UTF-8.
    public func isValidUTF8(at index: Int) -> Bool { UTF8Validation.isValid(bytes(at: index)) }
}
