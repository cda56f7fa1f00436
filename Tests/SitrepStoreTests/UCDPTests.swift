import SitrepCore
import SitrepIngest
import SitrepStore
import Testing

@Suite struct UCDPTests {
    static let columns = [
        "id", "relid", "year", "active_year", "type_of_violence", "conflict_name", "side_a", "side_b", "country",
        "adm_1", "adm_2", "where_prec", "where_coordinates", "where_description", "latitude", "longitude",
        "date_prec", "date_start", "date_end", "deaths_a", "deaths_b", "deaths_civilians", "deaths_unknown",
        "best", "high", "low",
    ]

    /// Invented events in UCDP GED's CSV layout.
    static let text = ACLEDFixture.csv(
        columns,
        [
            // State-based: government (side A) vs JNIM; 7 state, 3 insurgent, 1 civilian, 2 unknown deaths.
            [
                "id": "990001", "type_of_violence": "1", "side_a": "Government of Mali", "side_b": "JNIM",
                "country": "Mali", "adm_1": "Ségou region", "adm_2": "Barouéli cercle", "where_prec": "2",
                "where_coordinates": "Konodimini village", "where_description": "between Ségou and Bamako",
                "latitude": "13.07", "longitude": "-6.83", "date_prec": "1", "date_start": "2025-10-01 00:00:00.000",
                "date_end": "2025-10-01 00:00:00.000", "deaths_a": "7", "deaths_b": "3", "deaths_civilians": "1",
                "deaths_unknown": "2", "best": "13", "high": "20", "low": "11",
            ],
            // One-sided: IS Sahel against civilians, located only to the province (where_prec 4), month-dated.
            [
                "id": "990002", "type_of_violence": "3", "side_a": "IS Sahel", "side_b": "Civilians", "country": "Mali",
                "adm_1": "Ménaka region", "where_prec": "4", "where_coordinates": "Ménaka region", "latitude": "15.9",
                "longitude": "2.4", "date_prec": "4", "date_start": "2025-09-03", "date_end": "2025-09-29",
                "deaths_a": "0", "deaths_b": "0", "deaths_civilians": "21", "deaths_unknown": "0", "best": "21",
                "high": "25", "low": "21",
            ],
            // Non-state: two armed groups, neither side resolvable by the default rule.
            [
                "id": "990003", "type_of_violence": "2", "side_a": "JNIM", "side_b": "IS Sahel", "country": "Mali",
                "adm_1": "Gao region", "where_prec": "1", "latitude": "16.2", "longitude": "0.1", "date_prec": "1",
                "date_start": "2025-08-10", "date_end": "2025-08-10", "deaths_a": "4", "deaths_b": "6",
                "deaths_civilians": "0", "deaths_unknown": "0", "best": "10", "high": "10", "low": "10",
            ],
            // Unusable: type_of_violence out of range.
            ["id": "990004", "type_of_violence": "9", "date_start": "2025-08-11", "best": "1"],
        ])

    @Test func mapsSidesRangesTypesAndPrecision() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let path = try scratch.write("ged.csv", Self.text)
        #expect(try IncidentFormat.detect(path: path) == .ucdp)
        var incidents: [Incident] = []
        var issues: [IngestIssue] = []
        let summary = try UCDPReader(path: path).forEachIncident(onIssue: { issues.append($0) }) {
            incidents.append($0)
        }
        #expect(summary.used == 3)
        #expect(
            issues == [IngestIssue(file: path, line: 5, column: "type_of_violence", value: "9", reason: .outOfRange)])

        let battle = incidents[0]
        #expect(battle.id == "ucdp:990001")
        #expect(battle.revision == nil)
        #expect(battle.date == Day(year: 2025, month: 10, day: 1))
        #expect(battle.datePrecision == .day)
        #expect(battle.dateText == nil)
        #expect(battle.eventType == .battles)
        #expect(
            battle.location
                == Location(
                    name: "Konodimini village", admin1: "Ségou region", admin2: "Barouéli cercle", latitude: 13.07,
                    longitude: -6.83, precision: .nearTown))
        #expect(
            battle.actors == [
                Actor(name: "Government of Mali", side: .state, role: .associated),
                Actor(name: "JNIM", side: .insurgent, role: .associated),
            ])
        // Hand-computed: state 7 (deaths_a), insurgent 3 (deaths_b), civilian 1; unknown = 13 − 11 = 2.
        #expect(battle.fatalities == Fatalities(low: 11, best: 13, high: 20, state: 7, insurgent: 3, civilian: 1))
        #expect(battle.fatalities.unknown == 2)
        #expect(battle.tags == ["ucdp-state-based"])
        #expect(battle.notes == "between Ségou and Bamako")

        let massacre = incidents[1]
        #expect(massacre.eventType == .violenceAgainstCivilians)
        #expect(massacre.location.precision == .region)
        #expect(massacre.datePrecision == .month)
        #expect(massacre.dateText == "2025-09-03..2025-09-29")
        #expect(massacre.actors.map(\.role) == [.initiator, .target])
        #expect(massacre.fatalities == Fatalities(low: 21, best: 21, high: 25, civilian: 21))

        let clash = incidents[2]
        #expect(clash.eventType == .battles)
        #expect(clash.fatalities == Fatalities(low: 10, best: 10, high: 10, civilian: 0))
        #expect(clash.fatalities.unknown == 10)
    }

    @Test func resolverAttributesNonStateDeaths() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let path = try scratch.write("ged.csv", Self.text)
        var incidents: [Incident] = []
        _ = try UCDPReader(path: path, sideOf: { ["JNIM", "IS Sahel"].contains($0) ? .insurgent : nil })
            .forEachIncident(onIssue: { _ in }) { incidents.append($0) }
        // JNIM (4) and IS Sahel (6) both insurgent.
        #expect(incidents[2].fatalities.insurgent == 10)
    }

    @Test func ingestsIntoStoreWithQuarantine() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let path = try scratch.write("ged.csv", Self.text)
        let store = try scratch.store()
        let report = try store.ingest([.init(path: path, format: .ucdp)])
        #expect(
            report.files[0].line.hasSuffix(
                "3 rows: 3 new, 0 updated, 0 unchanged, 0 older revisions kept, 1 quarantined"))
        #expect(try store.currentIncidents().map(\.id) == ["ucdp:990001", "ucdp:990002", "ucdp:990003"])
        #expect(try store.quarantine().map(\.line) == [5])
    }
}
