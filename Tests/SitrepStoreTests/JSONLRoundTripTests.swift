import SitrepCore
import SitrepIngest
import SitrepStore
import Testing

@Suite struct JSONLRoundTripTests {
    /// An incident using every field of the model, with text that needs escaping.
    static let full = Incident(
        source: "dispatch", sourceID: "2025-10-01-fr", revision: 3, date: Day(year: 2025, month: 10, day: 1)!,
        datePrecision: .day, dateText: "mercredi 1er octobre",
        location: Location(
            name: "axe Ségou–Bamako", admin1: "Segou", admin2: "Barouéli", latitude: 13.0712, longitude: -6.831,
            precision: .corridorSegment, segment: ["Ségou", "Bamako"]),
        eventType: .battles, subEventType: "Armed clash",
        actors: [
            Actor(name: "JNIM", side: .insurgent, role: .initiator),
            Actor(name: "FAMa", side: .state, role: .target),
        ],
        fatalities: Fatalities(low: 7, best: 7, high: 9, isMinimum: true, state: 7, insurgent: nil, civilian: 0),
        materiel: [
            MaterielLoss(item: "heavy-machine-gun", count: 2, disposition: .captured, by: .insurgent, from: .state),
            MaterielLoss(item: "ammunition", count: nil, disposition: .captured, by: .insurgent, from: .state),
        ],
        tags: ["convoy", "claim"], reliability: .claim, notes: "Line 1\n\"quoted\"\ttab \\ backslash \u{01}")

    @Test func writerAndDecoderAgree() throws {
        let line = IncidentJSONWriter.line(Self.full)
        let scratch = try Scratch()
        defer { scratch.remove() }
        let path = try scratch.write("one.jsonl", line + "\n")
        var decoded: [Incident] = []
        _ = try JSONLReader(path: path).forEachIncident(onIssue: { Issue.record("\($0)") }) { decoded.append($0) }
        #expect(decoded == [Self.full])
    }

    @Test func storeExportImportExportIsIdentical() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let synth = try scratch.write("synth.csv", SyntheticACLED(events: 3000, seed: 11).text)
        let native = try scratch.write("native.jsonl", IncidentJSONWriter.line(Self.full) + "\n")
        let first = try IncidentStore(path: scratch.path("a.db"))
        _ = try first.ingest([.init(path: synth, format: .acled), .init(path: native, format: .jsonl)])
        let exported = try first.currentIncidents()
        #expect(exported.count == 3001)
        let text = exported.map { IncidentJSONWriter.line($0) + "\n" }.joined()
        let exportPath = try scratch.write("export.jsonl", text)

        let second = try IncidentStore(path: scratch.path("b.db"))
        _ = try second.ingest([.init(path: exportPath, format: .jsonl)])
        let reimported = try second.currentIncidents()
        #expect(reimported == exported)
        #expect(reimported.map { IncidentJSONWriter.line($0) + "\n" }.joined() == text)
        #expect(reimported.contains(Self.full))
    }
}
