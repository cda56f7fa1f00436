/// One token of a dispatch or an ACLED note: a word (letters, digits and inner hyphens, slashes or decimal
/// marks between digits) or a punctuation mark, with its UTF-8 byte range in the text.
struct TextToken: Sendable {
    enum Kind: UInt8, Sendable {
        case word
        case punctuation
    }

    /// UTF-8 offset of the first byte.
    var start: Int
    /// UTF-8 offset one past the last byte.
    var end: Int
    /// The folded form the lexicons are keyed on: lower-case, accents removed (é → e, ç → c, œ → oe).
    /// Guillemets and curly double quotes fold to `"`, dashes to `-`, a line break to `\n`.
    var key: String
    /// `KeyHash` of `key`.
    var hash: UInt64
    var kind: Kind
    /// Whether the first letter is upper-case in the text (a proper name or a sentence start).
    var isCapitalized: Bool
    /// The value when the token is one to nine ASCII digits.
    var integer: Int?
    /// Whether the word holds an inner hyphen (`vingt-deux`, `10-15`).
    var hasHyphen = false

    /// Whether the token ends a sentence: `.`, `!`, `?` or a line break.
    var endsSentence: Bool { kind == .punctuation && (key == "." || key == "!" || key == "?" || key == "\n") }

    /// Whether the token ends a clause inside a sentence: `,`, `;`, `:`, a dash or a parenthesis.
    var endsClause: Bool {
        kind == .punctuation && (endsSentence || key == "," || key == ";" || key == ":" || key == "-" || key == "("
            || key == ")")
    }
}
