import Foundation
import Testing
import SitrepCore

@Suite struct IncidentCodingTests {
    /// The project's hand-coded 2025 blockade incidents decode into the native model.
    @Test func shippedIncidentsDecode() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Notebooks-data/incidents/mali-2025-blockade.jsonl")
        let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n")
        let incidents = try lines.map { try JSONDecoder().decode(Incident.self, from: Data($0.utf8)) }
        #expect(incidents.count == 7)
        let ambush = try #require(incidents.first { $0.sourceID == "2025-1001-segou-bamako" })
        #expect(ambush.date.description == "2025-10-01")
        #expect(ambush.eventType == .battles)
        #expect(ambush.fatalities.state == 7 && ambush.fatalities.isMinimum)
        #expect(ambush.location.segment == ["Ségou", "Bamako"])
        #expect(ambush.materiel.filter { $0.disposition == .captured }.compactMap(\.count).reduce(0, +) == 16)
        #expect(ambush.reliability == .claim)
    }

    @Test func roundTrip() throws {
        let incident = Incident(
            source: "acled", sourceID: "SYN1", revision: 1_760_000_000, date: Day(year: 2025, month: 9, day: 27)!,
            location: Location(name: "Segou", admin1: "Segou", latitude: 13.4317, longitude: -6.2157),
            eventType: .explosionsRemoteViolence, fatalities: Fatalities(best: 3, state: 3))
        let data = try JSONEncoder().encode(incident)
        #expect(try JSONDecoder().decode(Incident.self, from: data) == incident)
        #expect(String(decoding: data, as: UTF8.self).contains("\"eventType\":\"Explosions\\/Remote violence\""))
        #expect(incident.id == "acled:SYN1")
        #expect(incident.fatalities.unknown == 0)
    }
}
