import SitrepCore
import SitrepIngest
import SitrepStore
import Testing

@Suite struct ACLEDLayoutTests {
    @Test func currentLayoutDecodesEveryModelledColumn() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let path = try scratch.write(
            "current.csv",
            ACLEDFixture.csv(
                ACLEDFixture.current,
                [
                    ACLEDFixture.row(
                        "MLI90001", date: "2025-10-01", admin1: "Segou", fatalities: "7", timestamp: "1759400000",
                        [
                            "time_precision": "2", "sub_event_type": "Armed clash",
                            "assoc_actor_1": "Katiba Macina; Katiba Serma",
                            "admin2": "Barouéli", "location": "Konodimini", "latitude": "13.0712",
                            "longitude": "-6.8310",
                            "geo_precision": "2", "notes": "Ambush on a convoy, \"seven\" soldiers killed.",
                            "tags": "convoy; ambush;",
                        ])
                ]))
        #expect(try IncidentFormat.detect(path: path) == .acled)
        var incidents: [Incident] = []
        let summary = try ACLEDIncidentDecoder(path: path).forEachIncident(onIssue: { Issue.record("\($0)") }) {
            incidents.append($0)
        }
        #expect(summary.used == 1)
        let incident = try #require(incidents.first)
        #expect(incident.id == "acled:MLI90001")
        #expect(incident.revision == 1_759_400_000)
        #expect(incident.date == Day(year: 2025, month: 10, day: 1))
        #expect(incident.datePrecision == .week)
        #expect(
            incident.location
                == Location(
                    name: "Konodimini", admin1: "Segou", admin2: "Barouéli", latitude: 13.0712, longitude: -6.831,
                    precision: .nearTown))
        #expect(incident.eventType == .battles)
        #expect(incident.subEventType == "Armed clash")
        #expect(
            incident.actors == [
                Actor(name: "JNIM: Group for Support of Islam and Muslims", side: nil, role: .initiator),
                Actor(name: "Military Forces of Mali (2021-)", side: nil, role: .target),
                Actor(name: "Katiba Macina", side: nil, role: .associated),
                Actor(name: "Katiba Serma", side: nil, role: .associated),
            ])
        #expect(incident.fatalities == Fatalities(best: 7))
        #expect(incident.tags == ["convoy", "ambush"])
        #expect(incident.notes == "Ambush on a convoy, \"seven\" soldiers killed.")
    }

    @Test func sideResolverIsApplied() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let path = try scratch.write(
            "current.csv",
            ACLEDFixture.csv(
                ACLEDFixture.current,
                [
                    ACLEDFixture.row("MLI90002", date: "2025-10-02")
                ]))
        var actors: [Actor] = []
        _ = try ACLEDIncidentDecoder(
            path: path, sideOf: { $0.hasPrefix("JNIM") ? .insurgent : $0.hasPrefix("Military") ? .state : nil }
        )
        .forEachIncident(onIssue: { Issue.record("\($0)") }) { actors = $0.actors }
        #expect(actors.map(\.side) == [.insurgent, .state])
    }

    @Test func pre2023LayoutWithIndexColumnAndLongDates() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let row: [String: String] = [
            "": "0", "data_id": "9123456", "iso": "466", "event_id_cnty": "MLI80001", "event_id_no_cnty": "80001",
            "event_date": "14 March 2019", "year": "2019", "time_precision": "3",
            "event_type": "Violence against civilians",
            "sub_event_type": "Attack", "actor1": "Dozo Communal Militia (Mali)", "inter1": "4",
            "actor2": "Civilians (Mali)", "inter2": "7", "interaction": "47", "region": "Western Africa",
            "country": "Mali", "admin1": "Mopti", "admin2": "Bankass", "location": "Invented Village",
            "latitude": "14.1", "longitude": "-3.5", "geo_precision": "3", "source": "Invented",
            "source_scale": "Local partner-National", "notes": "Invented.", "fatalities": "12",
            "timestamp": "1552600000", "iso3": "MLI",
        ]
        let path = try scratch.write("old.csv", ACLEDFixture.csv(ACLEDFixture.pre2023, [row]))
        let decoder = try ACLEDIncidentDecoder(path: path)
        #expect(decoder.reader.columns.layout == .pre2023)
        var incidents: [Incident] = []
        _ = try decoder.forEachIncident(onIssue: { Issue.record("\($0)") }) { incidents.append($0) }
        let incident = try #require(incidents.first)
        #expect(incident.id == "acled:MLI80001")
        #expect(incident.date == Day(year: 2019, month: 3, day: 14))
        #expect(incident.datePrecision == .month)
        #expect(incident.location.precision == .region)
        #expect(incident.eventType == .violenceAgainstCivilians)
        #expect(incident.fatalities.best == 12)
        #expect(incident.tags == [])

        let store = try scratch.store()
        let report = try store.ingest([.init(path: path, format: .acled)])
        #expect(report.totalNew == 1)
        #expect(try store.currentIncidents() == [incident])
    }
}
