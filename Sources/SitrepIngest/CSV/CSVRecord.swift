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
        self.fields = fields
        self.fieldCount = fieldCount
    }

    /// The raw bytes of field `index` (doubled quotes not yet collapsed).
    @inlinable
    public func bytes(at index: Int) -> UnsafeBufferPointer<UInt8> {
        let field = fields[index]
        return UnsafeBufferPointer(start: base + field.start, count: field.end - field.start)
    }

    @inlinable
    public func isEmpty(at index: Int) -> Bool { fields[index].end == fields[index].start }

    /// Field `index` as a `String`, with doubled quotes collapsed. Invalid UTF-8 is repaired with U+FFFD;
    /// use `isValidUTF8(at:)` first where that must be reported.
    public func string(at index: Int) -> String {
        let field = fields[index]
        let raw = bytes(at: index)
        guard field.hasEscapedQuotes else { return String(decoding: raw, as: UTF8.self) }
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
