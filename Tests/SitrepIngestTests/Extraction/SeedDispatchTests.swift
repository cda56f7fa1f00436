import Foundation
import SitrepCore
import SitrepIngest
import Testing

/// The dispatch that started the project (`../shared/examples/dispatch-2025-10-01-fr.txt` beside the
/// repository, which must not copy it): every value of its expected file must come out. Skipped where the
/// shared examples are absent.
@Suite struct SeedDispatchTests {
    /// `../shared/examples`, beside the repository.
    static let examples = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/examples")
    static var examplesArePresent: Bool {
        FileManager.default.fileExists(atPath: examples.appendingPathComponent("dispatch-2025-10-01-fr.txt").path)
    }

    struct Expected: Decodable {
        struct Party: Decodable {
            var name: String
            var side: String
        }
        struct Place: Decodable {
            var kind: String
            var endpoints: [String]
        }
        struct Killed: Decodable {
            var state_forces: Int?
            var insurgents: Int?
            var civilians: Int?
            var unspecified: Int?
        }
        struct Item: Decodable {
            var item: String
            var as_written: String
            var count: Int?
            var disposition: String
            var by: String
        }
        var lang: String
        var event_date: String
        var attacker: Party
        var target: Party
        var event_type: String
        var sub_event_type: String
        var location: Place
        var killed: Killed
        var killed_is_minimum: Bool
        var materiel: [Item]
        var claimed_by_group: Bool
    }

    /// The expected file's item names → `MaterielClass` raw values.
    static let items = [
        "heavy machine gun": "heavy-machine-gun", "machine gun": "machine-gun", "assault rifle": "assault-rifle",
        "ammunition": "ammunition", "military vehicle": "military-vehicle",
    ]

    static func load() throws -> (Expected, Extraction) {
        let folder = examples
        let expected = try JSONDecoder().decode(
            Expected.self,
            from: Data(contentsOf: folder.appendingPathComponent("dispatch-2025-10-01-fr.expected.json")))
        let text = try String(
            contentsOf: folder.appendingPathComponent("dispatch-2025-10-01-fr.txt"), encoding: .utf8)
        let results = try DispatchExtractor().extract(text, sourceID: "dispatch-2025-10-01-fr.txt")
        #expect(results.count == 1)
        return (expected, try #require(results.first))
    }

    @Test(.enabled(if: examplesArePresent, "../shared/examples is absent"))
    func everyExpectedValue() throws {
        let (expected, extraction) = try Self.load()
        let incident = extraction.incident
        #expect(extraction.language.rawValue == expected.lang)
        #expect(incident.date.description == expected.event_date)
        #expect(incident.datePrecision == .day)
        #expect(extraction.warnings.isEmpty)  // 1 October 2025 was a Wednesday: no weekday warning

        let initiator = try #require(incident.actors.first { $0.role == .initiator })
        #expect(initiator.name == expected.attacker.name)
        #expect(initiator.side?.rawValue == expected.attacker.side)
        let target = try #require(incident.actors.first { $0.role == .target })
        #expect(target.name == "FAMa")  // expected: "Malian army convoy (FAMa)"
        #expect(target.side?.rawValue == expected.target.side)

        #expect(incident.eventType?.acledName == expected.event_type)
        #expect(incident.subEventType == expected.sub_event_type)
        #expect(expected.location.kind == "corridor segment")
        #expect(incident.location.precision == .corridorSegment)
        #expect(incident.location.segment == expected.location.endpoints)
        #expect(incident.location.latitude == nil && incident.location.longitude == nil)

        #expect(incident.fatalities.state == expected.killed.state_forces)
        #expect(incident.fatalities.insurgent == expected.killed.insurgents)
        #expect(incident.fatalities.civilian == expected.killed.civilians)
        #expect(expected.killed.unspecified == nil && incident.fatalities.unknown == 0)
        #expect(incident.fatalities.best == 7)
        #expect(incident.fatalities.isMinimum == expected.killed_is_minimum)

        #expect(incident.materiel.count == expected.materiel.count)
        for item in expected.materiel {
            let name = try #require(Self.items[item.item])
            let loss = try #require(incident.materiel.first { $0.item == name }, "\(item.as_written)")
            #expect(loss.count == item.count, "\(item.as_written)")
            #expect(loss.disposition.rawValue == item.disposition, "\(item.as_written)")
            #expect(item.by == "attacker" && loss.by == initiator.side, "\(item.as_written)")
            #expect(loss.from == .state, "\(item.as_written)")
        }
        #expect((incident.reliability == .claim) == expected.claimed_by_group)
        #expect(Set(incident.tags) == ["claim", "convoy", "blockade"])
    }

    /// Evidence quotes the text each value came from, with UTF-8 and character offsets that agree.
    @Test(.enabled(if: examplesArePresent, "../shared/examples is absent"))
    func evidenceQuotesTheText() throws {
        let (_, extraction) = try Self.load()
        func quote(_ field: String) -> String? { extraction.evidence.first { $0.field == field }?.span.text }
        #expect(quote("date") == "Mercredi,1er octobre 2025")
        #expect(quote("fatalities.state") == "au moins sept soldats")
        #expect(quote("fatalities.isMinimum") == "au moins sept")
        #expect(quote("location") == "entre la ville de Ségou et la capitale Bamako")
        #expect(quote("reliability") == "revendiquée")
        #expect(quote("materiel[2]") == "douze fusils d’assaut Kalachnikov")
        #expect(quote("materiel[4]") == "munitions")
        let text = try #require(extraction.incident.notes)
        for evidence in extraction.evidence {
            #expect(evidence.confidence > 0 && evidence.confidence <= 1)
            #expect(evidence.span.characterEnd - evidence.span.characterStart == evidence.span.text.count)
            #expect(evidence.span.utf8End - evidence.span.utf8Start == evidence.span.text.utf8.count)
            #expect(text.contains(evidence.span.text))
        }
    }
}
