import SitrepCore
@testable import SitrepIngest
import Testing

/// Dates, hand-checked against the calendar: 2025-10-01 was a Wednesday, 2025-10-06 a Monday.
@Suite struct DateReaderTests {
    static func read(_ text: String, published: Day? = Day(year: 2025, month: 10, day: 6)) -> DateMention? {
        var analysis = TextAnalysis()
        var copy = text
        copy.withUTF8 { analysis.analyse($0) }
        return DateReader.first(
            in: analysis, range: 0..<analysis.tokens.count, published: published, contextYear: nil)
    }

    @Test(arguments: [
        ("mercredi 1er octobre 2025", "2025-10-01"), ("Mercredi,1er octobre 2025", "2025-10-01"),
        ("October 1, 2025", "2025-10-01"), ("Wednesday, October 1, 2025", "2025-10-01"),
        ("01/10/2025", "2025-10-01"), ("2025-10-01", "2025-10-01"), ("On 3 March 2025", "2025-03-03"),
        ("le 1er octobre", "2025-10-01"), ("du 28 au 29 août 2025", "2025-08-28"),
        ("hier", "2025-10-05"), ("yesterday", "2025-10-05"), ("avant-hier", "2025-10-04"),
        ("mercredi dernier", "2025-10-01"), ("last Wednesday", "2025-10-01"), ("on Sunday", "2025-10-05"),
        ("lundi dernier", "2025-09-29"), ("il y a trois jours", "2025-10-03"), ("4 days ago", "2025-10-02"),
    ])
    func days(_ text: String, _ expected: String) throws {
        let mention = try #require(Self.read(text))
        #expect(mention.day.description == expected)
        #expect(mention.precision == .day)
        #expect(mention.weekdayMismatch == nil)
    }

    @Test func coarserPrecisions() throws {
        let week = try #require(Self.read("la semaine dernière"))
        #expect(week.day.description == "2025-09-29" && week.precision == .week)
        let lastWeek = try #require(Self.read("last week"))
        #expect(lastWeek.day.description == "2025-09-29" && lastWeek.precision == .week)
        let month = try #require(Self.read("le mois dernier"))
        #expect(month.day.description == "2025-09-01" && month.precision == .month)
        let stated = try #require(Self.read("en octobre 2025"))
        #expect(stated.day.description == "2025-10-01" && stated.precision == .month)
    }

    /// 2 October 2025 was a Thursday, not a Friday: the stated date is kept and the mismatch reported.
    @Test func weekdayMismatchIsReported() throws {
        let mention = try #require(Self.read("vendredi 2 octobre 2025"))
        #expect(mention.day.description == "2025-10-02")
        #expect(mention.weekdayMismatch == "vendredi does not match 2025-10-02 (a Thursday)")
        let text = "Vendredi 2 octobre 2025, des jihadistes ont attaqué un poste près de Kati, tuant deux soldats."
        let extraction = try #require(try DispatchExtractor().extract(text, sourceID: "t").first)
        #expect(extraction.warnings == ["weekday vendredi does not match 2025-10-02 (a Thursday)"])
        #expect(extraction.evidence.first { $0.field == "date" }?.confidence == 0.5)
    }

    /// Relative dates need the publication date; without it they are not read, and an undated incident is an
    /// error that names the fix.
    @Test func relativeDatesNeedPublication() {
        #expect(Self.read("hier", published: nil) == nil)
        #expect(throws: ExtractionError.self) {
            try DispatchExtractor().extract("Hier, deux soldats ont été tués près de Kati.", sourceID: "x.txt")
        }
    }
}
