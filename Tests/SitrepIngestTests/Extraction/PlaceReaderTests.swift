import SitrepCore
@testable import SitrepIngest
import Testing

/// Places through the default gazetteer and through a resolver plugged in from outside.
@Suite struct PlaceReaderTests {
    static func place(_ text: String, resolver: any PlaceResolving = DefaultTheatre()) -> PlaceMention? {
        var analysis = TextAnalysis()
        var copy = text
        copy.withUTF8 { analysis.analyse($0, keepingText: true) }
        return PlaceReader.first(in: &analysis, range: 0..<analysis.tokens.count, resolver: resolver)
    }

    @Test(arguments: [
        ("entre la ville de Ségou et la capitale Bamako", ["Ségou", "Bamako"]),
        ("between Kati and Kolokani", ["Kati", "Kolokani"]),
        ("sur l’axe, entre Kayes et Diéma", ["Kayes", "Diéma"]),
    ])
    func corridorSegments(_ text: String, _ ends: [String]) throws {
        let mention = try #require(Self.place(text))
        #expect(mention.location.precision == .corridorSegment)
        #expect(mention.location.segment == ends)
        #expect(mention.location.latitude == nil)  // no point is made up for a segment
    }

    @Test(arguments: [
        ("à 50 km de Kati", 50, nil), ("50 km from Kati", 50, nil), ("à 40 km au sud de Kati", 40, "sud"),
        ("30 km north-east of Kati", 30, "north-east"), ("à une trentaine de kilomètres de Kati", 30, nil),
    ] as [(String, Int, String?)])
    func offsets(_ text: String, _ kilometres: Int, _ direction: String?) throws {
        let mention = try #require(Self.place(text))
        #expect(mention.location.name == "Kati" && mention.location.precision == .nearTown)
        #expect(mention.offsetKilometres == kilometres && mention.direction == direction)
        #expect(mention.location.latitude == 12.74)  // DefaultTheatre's rounded coordinates of Kati
    }

    @Test(arguments: [
        ("près de Boni", "Boni", LocationPrecision.nearTown), ("near Douentza", "Douentza", .nearTown),
        ("à Kangaba", "Kangaba", .exact), ("in Kidal", "Kidal", .exact),
        ("dans la zone de Macina", "Macina", .nearTown),
        ("dans la région de Tombouctou", "Tombouctou", .region), ("dans le village de Tiguila", "Tiguila", .exact),
    ])
    func towns(_ text: String, _ name: String, _ precision: LocationPrecision) throws {
        let mention = try #require(Self.place(text))
        #expect(mention.location.name == name && mention.location.precision == precision)
    }

    /// An unknown name after « à » is not made a place (the gazetteer does not know it), nor is a sentence
    /// without a place word.
    @Test func unknownNamesNeedANamingWord() {
        #expect(Self.place("à Sofara") == nil)
        #expect(Self.place("le JNIM poursuit son objectif") == nil)
    }

    struct Gazetteer: PlaceResolving {
        var longestPlaceName: Int { 1 }
        func place(folded name: String) -> ResolvedPlace? {
            name == "sofara" ? ResolvedPlace(name: "Sofara", admin1: "Mopti", latitude: 14.0, longitude: -4.2) : nil
        }
    }

    @Test func pluggedResolverIsUsed() throws {
        let mention = try #require(Self.place("in Sofara", resolver: Gazetteer()))
        #expect(mention.location.name == "Sofara" && mention.location.admin1 == "Mopti")
        let extractor = DispatchExtractor(places: Gazetteer())
        let incident = try #require(try extractor.extract(
            "On 24 September 2025, gunmen killed three civilians in Sofara.", sourceID: "s").first).incident
        #expect(incident.location.name == "Sofara" && incident.fatalities.civilian == 3)
    }
}
