/// The position of one field of a CSV record inside the reader's buffer.
///
/// `start..<end` is the field's content without its enclosing quotes. When `hasEscapedQuotes` is set,
/// the content still holds doubled quotes (`""`) that `CSVRecord.string(at:)` turns back into one.
public struct CSVField: Sendable {
    public var start: Int
    public var end: Int
    public var hasEscapedQuotes: Bool

    @inlinable
    public init(start: Int, end: Int, hasEscapedQuotes: Bool) {
        self.start = start
        self.end = end
        self.hasEscapedQuotes = hasEscapedQuotes
    }
}
