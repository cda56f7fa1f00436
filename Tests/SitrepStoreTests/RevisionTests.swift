import SitrepCore
import SitrepIngest
import SitrepStore
import Testing

/// Two weekly exports of invented events: v2 edits two, drops one that the deletions list removes, adds
/// one new event and back-fills one old one.
@Suite struct RevisionTests {
    static let v1Stamp = "1757000000"  // 2025-09-04 15:33 UTC
    static let v2Stamp = "1759500000"  // 2025-10-03 14:00 UTC
    static let since = Int64(Day(year: 2025, month: 10, day: 1)!.number) * 86_400

    static let v1 = ACLEDFixture.csv(
        ACLEDFixture.current,
        [
            ACLEDFixture.row("MLI1", date: "2025-09-01", admin1: "Mopti", fatalities: "2", timestamp: v1Stamp),
            ACLEDFixture.row("MLI2", date: "2025-09-02", admin1: "Gao", fatalities: "0", timestamp: v1Stamp),
            ACLEDFixture.row("MLI3", date: "2025-09-03", admin1: "Segou", fatalities: "5", timestamp: v1Stamp),
            ACLEDFixture.row("MLI4", date: "2025-09-04", admin1: "Kidal", fatalities: "1", timestamp: v1Stamp),
        ])

    static let v2 = ACLEDFixture.csv(
        ACLEDFixture.current,
        [
            ACLEDFixture.row("MLI1", date: "2025-09-01", admin1: "Mopti", fatalities: "4", timestamp: v2Stamp),
            ACLEDFixture.row("MLI2", date: "2025-09-02", admin1: "Gao", fatalities: "0", timestamp: v1Stamp),
            ACLEDFixture.row(
                "MLI4", date: "2025-09-04", admin1: "Kidal", fatalities: "1", timestamp: v2Stamp,
                ["admin2": "Tessalit", "notes": "Corrected location."]),
            ACLEDFixture.row("MLI5", date: "2025-10-02", admin1: "Kayes", fatalities: "3", timestamp: v2Stamp),
            ACLEDFixture.row("MLI6", date: "2025-08-15", admin1: "Menaka", fatalities: "6", timestamp: v2Stamp),
        ])

    static let deletions = "event_id_cnty,deleted_timestamp\nMLI3,1759600000\nMLI999,1759600000\n"

    @Test func v2EditsDeletionsAndBackfillsAreExactlyTheChanges() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let store = try scratch.store()
        let v1 = try scratch.write("v1.csv", Self.v1)
        let v2 = try scratch.write("v2.csv", Self.v2)
        let deletions = try scratch.write("deleted.csv", Self.deletions)

        let first = try store.ingest([.init(path: v1, format: .acled)], now: 1_757_100_000)
        #expect(first.totalNew == 4)
        let second = try store.ingest([.init(path: v2, format: .acled)], deletions: [deletions], now: 1_759_700_000)
        #expect(
            second.files[0].line.hasSuffix(
                "5 rows: 2 new, 2 updated, 1 unchanged, 0 older revisions kept, 0 quarantined"))
        #expect(second.files[1].deleted == 1)
        #expect(second.files[1].deletionsOfUnknown == 1)

        // Deleted events leave the analysis but stay in history: 6 incidents, 5 current, 4 + 4 revisions.
        let counts = try store.counts()
        #expect(counts.incidents == 6)
        #expect(counts.current == 5)
        #expect(counts.deleted == 1)
        #expect(counts.revisions == 8)
        #expect(try store.currentIncidents().map(\.sourceID) == ["MLI1", "MLI2", "MLI4", "MLI5", "MLI6"])

        let changes = try store.changes(since: Self.since)
        #expect(changes.added.map(\.sourceID) == ["MLI5", "MLI6"])
        #expect(changes.lateAdditions.map(\.sourceID) == ["MLI6"])
        #expect(changes.edited.map(\.incident.sourceID) == ["MLI1", "MLI4"])
        #expect(changes.edited[0].previousRevision == 1_757_000_000)
        #expect(changes.edited[0].fields == [.init(field: "fatalities.best", old: "2", new: "4")])
        #expect(
            changes.edited[1].fields == [
                .init(field: "location.admin2", old: "Douentza", new: "Tessalit"),
                .init(field: "notes", old: "Invented fixture event.", new: "Corrected location."),
            ])
        #expect(changes.deleted.map(\.incident.sourceID) == ["MLI3"])
        #expect(changes.deleted[0].deletedAt == 1_759_600_000)
        #expect(changes.deleted[0].incident.fatalities.best == 5)

        // Before v2's stamps nothing but v1 happened after 2025-09-01: four additions, nothing else.
        let early = try store.changes(since: Int64(Day(year: 2025, month: 9, day: 1)!.number) * 86_400)
        #expect(early.added.map(\.sourceID) == ["MLI1", "MLI2", "MLI4", "MLI5", "MLI6"])
        #expect(early.edited.isEmpty)
    }

    @Test func reingestingAnOlderExportChangesNothing() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let store = try scratch.store()
        let v1 = try scratch.write("v1.csv", Self.v1)
        let v2 = try scratch.write("v2.csv", Self.v2)
        let deletions = try scratch.write("deleted.csv", Self.deletions)
        _ = try store.ingest([.init(path: v1, format: .acled)])
        _ = try store.ingest([.init(path: v2, format: .acled)], deletions: [deletions])
        let before = try store.counts()
        let again = try store.ingest(
            [.init(path: v1, format: .acled), .init(path: v2, format: .acled)], deletions: [deletions])
        #expect(again.totalNew == 0)
        #expect(again.totalUpdated == 0)
        #expect(again.files.allSatisfy { $0.line.contains("0 new, 0 updated") || $0.format == "acled-deletions" })
        #expect(again.files[2].deletionsIgnored == 2)
        #expect(try store.counts() == before)
    }

    @Test func olderRevisionArrivingLateIsKeptButNotCurrent() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let store = try scratch.store()
        let v2 = try scratch.write("v2.csv", Self.v2)
        let v1 = try scratch.write("v1.csv", Self.v1)
        _ = try store.ingest([.init(path: v2, format: .acled)])
        let late = try store.ingest([.init(path: v1, format: .acled)])
        // MLI1 and MLI4 are older than stored (kept in history), MLI2 identical, MLI3 new.
        #expect(late.files[0].older == 2)
        #expect(late.files[0].unchanged == 1)
        #expect(late.files[0].new == 1)
        #expect(try store.currentIncidents().first { $0.sourceID == "MLI1" }?.fatalities.best == 4)
    }

    @Test func newerRevisionRestoresADeletedEvent() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let store = try scratch.store()
        let v1 = try scratch.write("v1.csv", Self.v1)
        let deletions = try scratch.write("deleted.csv", "event_id_cnty,deleted_timestamp\nMLI1,1758000000\n")
        _ = try store.ingest([.init(path: v1, format: .acled)], deletions: [deletions])
        #expect(try store.counts().current == 3)
        let restored = try scratch.write(
            "v3.csv",
            ACLEDFixture.csv(
                ACLEDFixture.current,
                [
                    ACLEDFixture.row(
                        "MLI1", date: "2025-09-01", admin1: "Mopti", fatalities: "2", timestamp: "1759000000")
                ]))
        let report = try store.ingest([.init(path: restored, format: .acled)])
        #expect(report.totalUpdated == 1)
        #expect(try store.counts().current == 4)
    }
}
