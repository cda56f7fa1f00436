@testable import SitrepIngest
import Testing

/// Number phrases, hand-checked: each case is the text, then best / low / high / minimum / article.
@Suite struct NumberReaderTests {
    static func read(_ text: String) -> NumberPhrase? {
        var analysis = TextAnalysis()
        var copy = text
        copy.withUTF8 { analysis.analyse($0) }
        return NumberReader.read(analysis.tokens, at: 0)
    }

    @Test(arguments: [
        ("sept soldats", 7), ("douze fusils", 12), ("vingt-deux terroristes", 22), ("vingt et un morts", 21),
        ("quatre-vingt-dix civils", 90), ("soixante-dix motos", 70), ("deux cents villageois", 200),
        ("cent vingt personnes", 120), ("twenty-two civilians", 22), ("one hundred and five people", 105),
        ("a dozen soldiers", 12), ("une douzaine de motos", 12), ("une dizaine de motos", 10), ("tens of people", 10),
        ("des dizaines de jihadistes", 12), ("dozens of rifles", 12), ("hundreds of fighters", 100),
        ("des centaines de combattants", 100), ("une vingtaine de terroristes", 20), ("17 tankers", 17),
    ])
    func values(_ text: String, _ expected: Int) throws {
        let phrase = try #require(Self.read(text))
        #expect(phrase.best == expected)
        #expect(phrase.low == nil && phrase.high == nil && !phrase.isMinimum)
    }

    @Test(arguments: [
        ("au moins sept soldats", 7), ("at least 12 soldiers", 12), ("plus de 100 camions", 100),
        ("more than 40 tankers", 40), ("pas moins de trente civils", 30), ("no fewer than five", 5),
    ])
    func minimums(_ text: String, _ expected: Int) throws {
        let phrase = try #require(Self.read(text))
        #expect(phrase.best == expected && phrase.isMinimum)
    }

    @Test(arguments: [
        ("entre 10 et 15 civils", 10, 15), ("between 10 and 15 civilians", 10, 15), ("10 à 15 morts", 10, 15),
        ("20 to 30 fighters", 20, 30), ("10-15 dead", 10, 15), ("entre dix et quinze soldats", 10, 15),
    ])
    func ranges(_ text: String, _ low: Int, _ high: Int) throws {
        let phrase = try #require(Self.read(text))
        #expect(phrase.low == low && phrase.high == high && phrase.best == low)
    }

    /// Never a number from a word that is not one: « plusieurs », "several", a calibre, an ordinal.
    @Test(arguments: [
        "plusieurs soldats", "several soldiers", "12,7 mm", "nombreux civils", "many people", "quelques motos",
        "un nombre", "le convoi", "the attack", "1er octobre",
    ])
    func notNumbers(_ text: String) {
        let phrase = Self.read(text)
        #expect(phrase == nil || phrase!.isArticle)
    }

    @Test func articlesAreFlagged() throws {
        let phrase = try #require(Self.read("un véhicule"))
        #expect(phrase.best == 1 && phrase.isArticle)
        var analysis = TextAnalysis()
        var text = "attribuée à des jihadistes"
        text.withUTF8 { analysis.analyse($0) }
        #expect(NumberReader.read(analysis.tokens, at: 1, articles: [Words.un, Words.une]) == nil)  // « à » is not "a"
    }
}
