/// The key names are compared by: accents removed (Unicode canonical decomposition, combining marks
/// dropped), letters lower-cased, apostrophes removed, and every run of spaces, hyphens, underscores and
/// full stops turned into one space, trimmed. So `Ségou`, `SEGOU` and `segou` match, as do `Gourma-Rharous`
/// and `Gourma Rharous`, and `Ké-Macina` and `ke macina`.
public enum TextFolding {
    public static func fold(_ text: String) -> String {
        var text = text
        return text.withUTF8 { bytes in bytes.allSatisfy { $0 < 0x80 } ? foldASCII(bytes) : nil } ?? foldScalars(text)
    }

    /// `fold` of ASCII text, byte by byte (no decomposition or Unicode properties: ASCII has no marks, and
    /// its lower case is its own).
    static func foldASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var pendingSpace = false
        for byte in bytes {
            switch byte {
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "-"), UInt8(ascii: "_"),
                UInt8(ascii: "."):
                pendingSpace = !output.isEmpty
            case UInt8(ascii: "'"), UInt8(ascii: "`"):
                continue
            default:
                if pendingSpace {
                    output.append(UInt8(ascii: " "))
                    pendingSpace = false
                }
                output.append(byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 32 : byte)
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// `fold` of any text, scalar by scalar.
    static func foldScalars(_ text: String) -> String {
        var output = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.decomposedScalars {
            switch scalar.properties.generalCategory {
            case .nonspacingMark, .enclosingMark, .spacingMark: continue
            default: break
            }
            switch scalar {
            case " ", "\t", "\n", "-", "_", ".", "\u{2010}", "\u{2011}", "\u{2013}", "\u{2014}", "\u{00A0}":
                pendingSpace = !output.isEmpty
            case "'", "\u{2019}", "\u{2018}", "`":
                continue
            default:
                if pendingSpace {
                    output.append(" ")
                    pendingSpace = false
                }
                for lower in scalar.properties.lowercaseMapping.unicodeScalars { output.append(lower) }
            }
        }
        return String(output)
    }
}

extension String {
    /// The scalars of the canonical decomposition (NFD) of the string, without Foundation.
    var decomposedScalars: [Unicode.Scalar] {
        var result: [Unicode.Scalar] = []
        for scalar in unicodeScalars { TextFolding.decompose(scalar, into: &result) }
        return result
    }
}

extension TextFolding {
    /// Canonical decomposition of the Latin letters with diacritics found in Malian and French place and
    /// group names (Latin-1 Supplement and Latin Extended-A); other scalars are kept as they are.
    static func decompose(_ scalar: Unicode.Scalar, into result: inout [Unicode.Scalar]) {
        if let base = latinBase[scalar.value] {
            result.append(Unicode.Scalar(base)!)
        } else {
            result.append(scalar)
        }
    }

    /// Base letter of each accented Latin letter (U+00C0–U+017F): the first scalar of its NFD form.
    static let latinBase: [UInt32: UInt32] = {
        let table: [(String, String)] = [
            ("ÀÁÂÃÄÅĀĂĄ", "A"), ("àáâãäåāăą", "a"), ("ÇĆĈĊČ", "C"), ("çćĉċč", "c"), ("ĎĐ", "D"), ("ďđ", "d"),
            ("ÈÉÊËĒĔĖĘĚ", "E"), ("èéêëēĕėęě", "e"), ("ĜĞĠĢ", "G"), ("ĝğġģ", "g"), ("ĤĦ", "H"), ("ĥħ", "h"),
            ("ÌÍÎÏĨĪĬĮİ", "I"), ("ìíîïĩīĭįı", "i"), ("Ĵ", "J"), ("ĵ", "j"), ("Ķ", "K"), ("ķ", "k"),
            ("ĹĻĽĿŁ", "L"), ("ĺļľŀł", "l"), ("ÑŃŅŇ", "N"), ("ñńņň", "n"), ("ÒÓÔÕÖØŌŎŐ", "O"), ("òóôõöøōŏő", "o"),
            ("ŔŖŘ", "R"), ("ŕŗř", "r"), ("ŚŜŞŠ", "S"), ("śŝşš", "s"), ("ŢŤŦ", "T"), ("ţťŧ", "t"),
            ("ÙÚÛÜŨŪŬŮŰŲ", "U"), ("ùúûüũūŭůűų", "u"), ("Ŵ", "W"), ("ŵ", "w"), ("ÝŶŸ", "Y"), ("ýÿŷ", "y"),
            ("ŹŻŽ", "Z"), ("źżž", "z"),
        ]
        var map: [UInt32: UInt32] = [:]
        for (letters, base) in table {
            for scalar in letters.unicodeScalars { map[scalar.value] = base.unicodeScalars.first!.value }
        }
        return map
    }()
}
