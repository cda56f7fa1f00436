/// Splits UTF-8 text into `TextToken`s without decoding it to `String` first.
///
/// Rules: ASCII letters, digits and any non-ASCII letter form words. A hyphen joins two word characters
/// (`vingt-deux`, `AK-47`, `camions-citernes`, `2025-10-03`); `/`, `,` and `.` join two digits (`01/10/2025`,
/// `12,7`). Apostrophes (`'`, `’`, `‘`) separate words and are dropped (`l’armée` → `l`, `armee`). No-break and
/// thin spaces are spaces. Guillemets and curly double quotes become the punctuation `"`, en and em dashes `-`,
/// the ellipsis `.`, and a line break the punctuation `\n` (a paragraph ends a sentence). Letters of Latin-1
/// (U+00C0–U+00FF) and `œ` are folded to ASCII in the key; combining accents (U+0300–U+036F) are dropped; other
/// letters are kept as they are.
enum Tokenizer {
    /// - Parameter makingKeys: false to leave every `key` empty (hashes, offsets and integers are still set):
    ///   the cheap pass the notes path uses to see whether a note can report anything.
    static func tokenize(_ text: UnsafeBufferPointer<UInt8>, into tokens: inout [TextToken], makingKeys: Bool = true) {
        tokens.removeAll(keepingCapacity: true)
        // Folding never more than doubles a word (œ → oe from two bytes, Æ → ae).
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 2 * text.count + 8) { scratch in
            scan(text, into: &tokens, makingKeys: makingKeys, scratch: scratch.baseAddress!)
        }
    }

    private static func scan(
        _ text: UnsafeBufferPointer<UInt8>, into tokens: inout [TextToken], makingKeys: Bool,
        scratch: UnsafeMutablePointer<UInt8>
    ) {
        let count = text.count
        var i = 0
        while i < count {
            let byte = text[i]
            if isWordStart(text, i) {
                let start = i
                var length = 0
                var hash = KeyHash.offsetBasis
                var hyphen = false
                let capitalized = (byte >= 65 && byte <= 90) || (byte == 0xC3 && i + 1 < count && text[i + 1] < 0x9F)
                var allDigits = true
                while i < count {
                    let b = text[i]
                    if b < 0x80 {
                        if isASCIIAlnum(b) {
                            let lower = b >= 65 && b <= 90 ? b + 32 : b
                            scratch[length] = lower
                            length += 1
                            hash = KeyHash.step(hash, lower)
                            if b < 48 || b > 57 { allDigits = false }
                            i += 1
                        } else if b == 45, length > 0, i + 1 < count, isWordStart(text, i + 1) {
                            scratch[length] = 45
                            length += 1
                            hash = KeyHash.step(hash, 45)
                            hyphen = true
                            allDigits = false
                            i += 1
                        } else if b == 47 || b == 44 || b == 46, length > 0, scratch[length - 1] >= 48,
                            scratch[length - 1] <= 57, i + 1 < count, text[i + 1] >= 48, text[i + 1] <= 57
                        {
                            scratch[length] = b
                            length += 1
                            hash = KeyHash.step(hash, b)
                            allDigits = false
                            i += 1
                        } else {
                            break
                        }
                    } else {
                        let sequence = sequenceLength(b)
                        guard i + sequence <= count, isLetter(text, i) else { break }
                        let before = length
                        if !fold(text, i, into: scratch, at: &length) {
                            for k in 0..<sequence {
                                scratch[length] = text[i + k]
                                length += 1
                            }
                        }
                        for k in before..<length { hash = KeyHash.step(hash, scratch[k]) }
                        allDigits = false
                        i += sequence
                    }
                }
                var integer: Int?
                if allDigits, length <= 9 {
                    var value = 0
                    for k in 0..<length { value = value * 10 + Int(scratch[k] - 48) }
                    integer = value
                }
                let key = makingKeys
                    ? String(decoding: UnsafeBufferPointer(start: scratch, count: length), as: UTF8.self) : ""
                tokens.append(TextToken(
                    start: start, end: i, key: key, hash: KeyHash.finish(hash), kind: .word,
                    isCapitalized: capitalized, integer: integer, hasHyphen: hyphen))
                continue
            }
            if byte < 0x80 {
                switch byte {
                case 10:
                    tokens.append(punctuation("\n", i, 1))
                case 32, 9, 13, 39:
                    break
                default:
                    tokens.append(punctuation(String(UnicodeScalar(byte)), i, 1))
                }
                i += 1
                continue
            }
            let length = min(sequenceLength(byte), count - i)
            if byte == 0xC2, length == 2 {
                switch text[i + 1] {
                case 0xA0: break  // no-break space
                case 0xAB, 0xBB: tokens.append(punctuation("\"", i, 2))
                default: tokens.append(punctuation("·", i, 2))
                }
            } else if byte == 0xE2, length == 3, text[i + 1] == 0x80 {
                switch text[i + 2] {
                case 0x98, 0x99: break  // curly apostrophes separate words
                case 0x9C, 0x9D: tokens.append(punctuation("\"", i, 3))
                case 0x93, 0x94: tokens.append(punctuation("-", i, 3))
                case 0xA6: tokens.append(punctuation(".", i, 3))
                case 0x80...0x8B, 0xAF: break  // spaces
                default: tokens.append(punctuation("·", i, 3))
                }
            } else {
                tokens.append(punctuation("·", i, length))
            }
            i += max(1, length)
        }
    }

    private static func punctuation(_ key: String, _ start: Int, _ length: Int) -> TextToken {
        TextToken(
            start: start, end: start + length, key: key, hash: KeyHash.of(key), kind: .punctuation,
            isCapitalized: false, integer: nil)
    }

    @inline(__always)
    private static func isASCIIAlnum(_ b: UInt8) -> Bool {
        (b >= 48 && b <= 57) || (b >= 65 && b <= 90) || (b >= 97 && b <= 122)
    }

    @inline(__always)
    private static func sequenceLength(_ lead: UInt8) -> Int {
        lead < 0xC0 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
    }

    @inline(__always)
    private static func isWordStart(_ text: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        let b = text[i]
        return b < 0x80 ? isASCIIAlnum(b) : isLetter(text, i)
    }

    /// Non-ASCII letters: Latin-1 letters (not `×`, `÷`), and every sequence led by 0xC4–0xDF (Latin
    /// Extended, combining marks, Greek, Cyrillic, Arabic) or by 0xE0–0xF4 except 0xE2 (general punctuation).
    private static func isLetter(_ text: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        let b = text[i]
        guard i + 1 < text.count else { return false }
        switch b {
        case 0xC3: return text[i + 1] != 0x97 && text[i + 1] != 0xB7  // × ÷
        case 0xC2: return false
        case 0xC4...0xDF: return true
        case 0xE2: return false
        case 0xE0...0xF4: return true
        default: return false
        }
    }

    /// Writes the ASCII folding of the Latin-1 letter or `œ` at `i` to `out[length...]`, advancing `length`;
    /// returns false (writing nothing) for other letters. Combining accents write nothing and return true.
    private static func fold(
        _ text: UnsafeBufferPointer<UInt8>, _ i: Int, into out: UnsafeMutablePointer<UInt8>, at length: inout Int
    ) -> Bool {
        @inline(__always) func put(_ byte: UInt8) {
            out[length] = byte
            length += 1
        }
        let b = text[i]
        if b == 0xCC || b == 0xCD { return true }  // combining accent: dropped
        if b == 0xC5, i + 1 < text.count, text[i + 1] == 0x92 || text[i + 1] == 0x93 {
            put(111)
            put(101)
            return true
        }
        guard b == 0xC3, i + 1 < text.count else { return false }
        let c = text[i + 1] & 0xDF  // upper and lower case share a row: 0x80–0x9E
        let ascii: UInt8
        switch c {
        case 0x80...0x85: ascii = 97
        case 0x86:
            put(97)
            ascii = 101
        case 0x87: ascii = 99
        case 0x88...0x8B: ascii = 101
        case 0x8C...0x8F: ascii = 105
        case 0x90: ascii = 100
        case 0x91: ascii = 110
        case 0x92...0x96, 0x98: ascii = 111
        case 0x99...0x9C: ascii = 117
        case 0x9D: ascii = 121
        case 0x9F: ascii = text[i + 1] == 0xBF ? 121 : 115
        default: return false
        }
        put(ascii)
        return true
    }
}
