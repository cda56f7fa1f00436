/// Finds the fields of one CSV record (RFC 4180) in a byte buffer, without copying.
///
/// Quoted fields may hold commas, doubled quotes and line breaks; a record ends at `\n` or `\r\n` outside
/// quotes. The scanner works on a window of a file: when the record runs past the end of the window it
/// answers `.needMoreData` and the caller refills.
///
/// Fields are searched eight bytes at a time (SWAR: one 64-bit word holds eight bytes, and an exact
/// "byte equals c" test sets the high bit of each matching byte), so a long quoted note costs one word
/// operation per eight bytes rather than a branch per byte.
public struct CSVRecordScanner {
    public enum Outcome: Equatable {
        /// A complete record; `next` is the offset just past its line break, `lineBreaks` how many
        /// physical line breaks it spanned (1 for an ordinary record, more with quoted newlines).
        case record(next: Int, fieldCount: Int, lineBreaks: Int)
        /// The record is not complete inside the window (and the window is not the end of the file).
        case needMoreData
        /// The file ends inside a quoted field.
        case unterminatedQuote
        /// A quote closes a field but is followed by something other than a separator or line break
        /// (e.g. `"abc"x`); `column` is 0-based.
        case strayQuote(column: Int, next: Int, lineBreaks: Int)
    }

    /// Scans the record starting at `offset`. Field positions go to `fields` (at most `fields.count`
    /// are written; `fieldCount` in the outcome is the true number, which may be larger).
    ///
    /// - Parameter isEndOfInput: whether `base[count]` is the end of the file, so that a last record
    ///   without a final line break is complete.
    @inlinable
    public static func scan(
        _ base: UnsafePointer<UInt8>, count: Int, from offset: Int, isEndOfInput: Bool,
        into fields: UnsafeMutableBufferPointer<CSVField>
    ) -> Outcome {
        let quote = UInt8(ascii: "\""), comma = UInt8(ascii: ","), newline = UInt8(ascii: "\n")
        let carriageReturn = UInt8(ascii: "\r")
        var i = offset
        var fieldIndex = 0
        var lineBreaks = 0
        var strayColumn = -1
        while true {
            // One field starts at i.
            var start = i
            var end: Int
            var escaped = false
            let quoted = i < count && base[i] == quote
            if quoted {
                i += 1
                start = i
                while true {
                    // base[i] is a quote after this: a doubled quote inside the field, or the closing one.
                    i = SWAR.nextQuote(base, count: count, from: i, lineBreaks: &lineBreaks)
                    guard i < count else { return isEndOfInput ? .unterminatedQuote : .needMoreData }
                    if i + 1 < count, base[i + 1] == quote {
                        escaped = true
                        i += 2
                        continue
                    }
                    if i + 1 >= count, !isEndOfInput { return .needMoreData }
                    break
                }
                end = i
                i += 1  // past the closing quote
                // Anything up to the next separator after a closing quote is malformed.
                if i < count, base[i] != comma, base[i] != newline, base[i] != carriageReturn {
                    if strayColumn < 0 { strayColumn = fieldIndex }
                    while i < count, base[i] != comma, base[i] != newline { i += 1 }
                }
            } else {
                i = SWAR.firstSeparator(base, count: count, from: i)
                end = i
            }
            if fieldIndex < fields.count {
                fields[fieldIndex] = CSVField(start: start, end: end, hasEscapedQuotes: escaped)
            }
            fieldIndex += 1
            guard i < count else {
                // Also reached after a comma that ends the window: the empty field it opens is stored above, and
                // the record is not complete unless the file ends there.
                guard isEndOfInput else { return .needMoreData }
                if strayColumn >= 0 { return .strayQuote(column: strayColumn, next: i, lineBreaks: lineBreaks) }
                return .record(next: i, fieldCount: fieldIndex, lineBreaks: lineBreaks)
            }
            if base[i] == comma {
                i += 1
                continue
            }
            if base[i] == carriageReturn {  // CR after a closing quote
                i += 1
                guard i < count else {
                    return isEndOfInput ? .record(next: i, fieldCount: fieldIndex, lineBreaks: lineBreaks) : .needMoreData
                }
                if base[i] != newline { continue }
            }
            // base[i] is a line break. An unquoted last field loses the CR of a CRLF line end (checked here, once
            // a record, rather than after every field).
            if !quoted, end > start, base[end - 1] == carriageReturn, fieldIndex <= fields.count {
                fields[fieldIndex - 1].end -= 1
            }
            lineBreaks += 1
            i += 1
            if strayColumn >= 0 { return .strayQuote(column: strayColumn, next: i, lineBreaks: lineBreaks) }
            return .record(next: i, fieldCount: fieldIndex, lineBreaks: lineBreaks)
        }
    }
}

/// Eight-bytes-at-a-time searches used by `CSVRecordScanner`.
@usableFromInline
enum SWAR {
    @usableFromInline static let ones: UInt64 = 0x0101_0101_0101_0101
    @usableFromInline static let low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
    @usableFromInline static let high: UInt64 = 0x8080_8080_8080_8080

    /// The high bit of each byte of `word` that equals `byte`, exactly (no false positives from borrows).
    @inlinable @inline(__always)
    static func matches(_ word: UInt64, _ byte: UInt8) -> UInt64 {
        let x = word ^ (ones &* UInt64(byte))
        return ~(((x & low7) &+ low7) | x) & high
    }

    /// The high bit of each byte of `word` that equals `byte`, and possibly of bytes above (more significant
    /// than) the first one that does: a borrow runs upward from a match. The lowest bit set is always exact,
    /// and this costs a step less than `matches`, so it serves searches for the first match.
    @inlinable @inline(__always)
    static func firstMatches(_ word: UInt64, _ byte: UInt8) -> UInt64 {
        let x = word ^ (ones &* UInt64(byte))
        return (x &- ones) & ~x & high
    }

    @inlinable @inline(__always)
    static func load(_ base: UnsafePointer<UInt8>, _ offset: Int) -> UInt64 {
        UInt64(littleEndian: UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self))
    }

    /// Offset of the first `,` or `\n` at or after `from`, or `count`.
    @inlinable @inline(__always)
    static func firstSeparator(_ base: UnsafePointer<UInt8>, count: Int, from: Int) -> Int {
        var i = from
        while i + 8 <= count {
            let word = load(base, i)
            let found = firstMatches(word, UInt8(ascii: ",")) | firstMatches(word, UInt8(ascii: "\n"))
            if found != 0 { return i + found.trailingZeroBitCount >> 3 }
            i += 8
        }
        while i < count, base[i] != UInt8(ascii: ","), base[i] != UInt8(ascii: "\n") { i += 1 }
        return i
    }

    /// Offset of the first `"` at or after `from`, or `count`; adds the `\n` bytes passed over to `lineBreaks`.
    @inlinable @inline(__always)
    static func nextQuote(_ base: UnsafePointer<UInt8>, count: Int, from: Int, lineBreaks: inout Int) -> Int {
        var i = from
        while i + 8 <= count {
            let word = load(base, i)
            let quotes = matches(word, UInt8(ascii: "\""))
            let newlines = matches(word, UInt8(ascii: "\n"))
            // Most words of a quoted field hold neither; a population count is a library call on baseline x86-64.
            if quotes | newlines == 0 {
                i += 8
                continue
            }
            if quotes != 0 {
                let below = (quotes & (0 &- quotes)) &- 1  // bits below the first quote
                lineBreaks += (newlines & below).nonzeroBitCount
                return i + quotes.trailingZeroBitCount >> 3
            }
            lineBreaks += newlines.nonzeroBitCount
            i += 8
        }
        while i < count, base[i] != UInt8(ascii: "\"") {
            if base[i] == UInt8(ascii: "\n") { lineBreaks += 1 }
            i += 1
        }
        return i
    }
}
