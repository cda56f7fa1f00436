@testable import SitrepIngest
import Testing

@Suite struct TokenizerTests {
    static func keys(_ text: String) -> [String] {
        var analysis = TextAnalysis()
        var copy = text
        copy.withUTF8 { analysis.analyse($0) }
        return analysis.tokens.map(\.key)
    }

    @Test func foldsAccentsAndSplitsApostrophes() {
        #expect(Self.keys("L’armée a détruit « Dushka »") == ["l", "armee", "a", "detruit", "\"", "dushka", "\""])
        #expect(Self.keys("Ségou, Kourémalé, Œuvre ÉTAT") == ["segou", ",", "kouremale", ",", "oeuvre", "etat"])
        #expect(Self.keys("d'assaut AK-47 12,7 mm 01/10/2025") == ["d", "assaut", "ak-47", "12,7", "mm", "01/10/2025"])
        let text = "vingt-deux camions-citernes\u{00A0}— fin."
        #expect(Self.keys(text) == ["vingt-deux", "camions-citernes", "-", "fin", "."])
        #expect(Self.keys("Se\u{0301}gou") == ["segou"])  // decomposed accent
    }

    @Test func offsetsAreUTF8() {
        var analysis = TextAnalysis()
        var text = "à Ségou"
        text.withUTF8 { analysis.analyse($0) }
        #expect(analysis.tokens.map(\.start) == [0, 3])
        #expect(analysis.tokens.map(\.end) == [2, 9])
        #expect(analysis.tokens[1].isCapitalized && !analysis.tokens[0].isCapitalized)
    }
}
