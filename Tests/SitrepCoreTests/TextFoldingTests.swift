import Testing

@testable import SitrepCore

@Suite struct TextFoldingTests {
    /// The ASCII path folds as the scalar path does: every string of one or two printable ASCII characters,
    /// tab or line feed, and names with runs of separators and apostrophes.
    @Test func asciiPathAgreesWithTheScalarPath() {
        let characters = (32...126).map { String(UnicodeScalar(UInt8($0))) } + ["\t", "\n"]
        var texts = characters
        for first in characters { for second in characters { texts.append(first + second) } }
        texts += ["  GOURMA--Rharous ", "N'Tossoni", "Ansongo_Menaka..Road", "`Kati`  - . _Bamako", ""]
        for text in texts {
            var copy = text
            let ascii = copy.withUTF8 { TextFolding.foldASCII($0) }
            #expect(ascii == TextFolding.foldScalars(text), "\(text.debugDescription)")
            #expect(TextFolding.fold(text) == ascii)
        }
        #expect(TextFolding.fold("  GOURMA--Rharous ") == "gourma rharous")
        #expect(TextFolding.fold("Ségou") == TextFolding.foldScalars("Ségou"))
    }
}
