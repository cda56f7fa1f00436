import Foundation
import GRDB
import SitrepCore
import SitrepIngest
import Testing

@testable import SitrepStore

/// A store written by schema v1 (no aggregation columns) is brought up to date when opened, with the columns an
/// ingest writes; and what those columns hold equals what the stored revisions say.
@Suite struct MigrationTests {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let theatre: Theatre = {
        do {
            return try Theatre(directory: repository.appendingPathComponent("Notebooks-data/theatres/mali").path)
        } catch {
            fatalError("cannot load the Mali theatre: \(error)")
        }
    }()
    /// Coded incidents with own sides, materiel, claims and corridor segments.
    static let blockade = repository.appendingPathComponent("Notebooks-data/incidents/mali-2025-blockade.jsonl").path

    /// A store holding edits, an older revision, deletions and a back-filled event: RevisionTests' two exports
    /// and deletions list, an older revision of MLI1, a synthetic export and the coded blockade incidents.
    static func populatedStore(_ scratch: Scratch) throws -> IncidentStore {
        let store = try scratch.store()
        // Other ids than the fixtures' (MLI prefix replaced), so that both add incidents.
        let synthetic = SyntheticACLED(events: 2000, seed: 11).text.replacingOccurrences(of: "\nMLI", with: "\nSYN")
        let older = ACLEDFixture.csv(
            ACLEDFixture.current,
            [ACLEDFixture.row("MLI1", date: "2025-09-01", fatalities: "3", timestamp: "1756000000")])
        _ = try store.ingest(
            [.init(path: try scratch.write("v1.csv", RevisionTests.v1), format: .acled)], now: 1_757_100_000)
        _ = try store.ingest(
            [
                .init(path: try scratch.write("v2.csv", RevisionTests.v2), format: .acled),
                .init(path: try scratch.write("older.csv", older), format: .acled),
                .init(path: try scratch.write("synthetic.csv", synthetic), format: .acled),
                .init(path: blockade, format: .jsonl),
            ],
            deletions: [try scratch.write("deleted.csv", RevisionTests.deletions)], now: 1_759_700_000)
        return store
    }

    /// Copies `store`'s v1 tables into a new database at `path` whose schema stops at v1: a store as written
    /// before v2.
    static func v1Copy(of store: String, to path: String) throws {
        let queue = try DatabaseQueue(path: path)
        try StoreSchema.migrator.migrate(queue, upTo: "v1: incidents, revisions, deletions, quarantine")
        try queue.writeWithoutTransaction { db in
            try db.execute(sql: "ATTACH DATABASE ? AS written", arguments: [store])
            try db.inTransaction {
                try db.execute(
                    sql: """
                        INSERT INTO main.batch SELECT * FROM written.batch;
                        INSERT INTO main.incident
                            SELECT key, id, source, source_id, current, revision, digest, deleted_timestamp
                            FROM written.incident;
                        INSERT INTO main.revision SELECT * FROM written.revision;
                        INSERT INTO main.deletion SELECT * FROM written.deletion;
                        INSERT INTO main.quarantine SELECT * FROM written.quarantine;
                        """)
                return .commit
            }
            try db.execute(sql: "DETACH DATABASE written")
        }
    }

    /// The aggregation columns besides `record` (whose name ids depend on the order names were met; compared
    /// decoded, in `describedRecords`).
    static func aggregationColumns(_ path: String) throws -> [Row] {
        try DatabaseQueue(path: path).read { db in
            try Row.fetchAll(db, sql: "SELECT key, day, changed_at FROM incident ORDER BY key")
        }
    }

    /// Each current record (made under `theatre`) with its names in place of its ids, as text, sorted:
    /// comparable across stores and orders of reading.
    static func describedRecords(_ store: IncidentStore, theatre: Theatre? = MigrationTests.theatre) throws
        -> [String]
    {
        var records = IncidentRecords(theatre: theatre)
        var described: [String] = []
        try store.forEachCurrentRecord(records: &records) { record, names in
            described.append(describe(record, names))
        }
        return described.sorted()
    }

    static func describe(_ record: EventRecord, _ names: IncidentRecords) -> String {
        var anonymous = record
        anonymous.admin1 = EventRecord.none
        anonymous.admin2 = EventRecord.none
        let admin1 = record.admin1 == EventRecord.none ? "-" : names.regions.names[Int(record.admin1)]
        let admin2 = record.admin2 == EventRecord.none ? "-" : names.admin2.names[Int(record.admin2)]
        return "\(admin1) \(admin2) \(anonymous)"
    }

    @Test func v1StoreMigratesToTheColumnsAnIngestWrites() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let store = try Self.populatedStore(scratch)
        let old = scratch.path("v1.db")
        try Self.v1Copy(of: store.path, to: old)
        let v1Columns = try DatabaseQueue(path: old).read { try $0.columns(in: "incident").map(\.name) }
        #expect(!v1Columns.contains("record") && !v1Columns.contains("changed_at"))

        let migrated = try IncidentStore(path: old)
        #expect(try migrated.integrityCheck() == ["ok"])
        #expect(try Self.aggregationColumns(old) == Self.aggregationColumns(store.path))
        let names = "SELECT text FROM name ORDER BY text"
        #expect(
            try DatabaseQueue(path: old).read { try String.fetchAll($0, sql: names) }
                == DatabaseQueue(path: store.path).read { try String.fetchAll($0, sql: names) })
        #expect(try migrated.counts() == store.counts())
        #expect(try Self.describedRecords(migrated) == Self.describedRecords(store))
        #expect(try migrated.changes(since: RevisionTests.since) == store.changes(since: RevisionTests.since))
        let week = DateRange(first: Day(year: 2025, month: 9, day: 27)!, last: Day(year: 2025, month: 10, day: 3)!)
        var dated: [Incident] = []
        try migrated.forEachCurrentIncident(dated: week) { dated.append($0) }
        var expected: [Incident] = []
        try store.forEachCurrentIncident(dated: week) { expected.append($0) }
        #expect(!dated.isEmpty && dated == expected)

        // The migrated store's digests are those an ingest writes: the same file again changes nothing.
        let again = try migrated.ingest(
            [.init(path: scratch.path("v2.csv"), format: .acled), .init(path: Self.blockade, format: .jsonl)],
            now: 1_760_000_000)
        #expect(again.totalNew == 0 && again.files.allSatisfy { $0.updated == 0 && $0.older == 0 })
    }

    /// Every stored record equals `IncidentRecords.record(for:)` of its current revision, under a theatre
    /// (actor sides from its dictionary, corridor segments placed) and without one.
    @Test(arguments: [true, false])
    func storedRecordsAreTheRecordsOfTheCurrentRevisions(withTheatre: Bool) throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let store = try Self.populatedStore(scratch)
        let theatre = withTheatre ? Self.theatre : nil
        let fromStore = try Self.describedRecords(store, theatre: theatre)
        var made = IncidentRecords(theatre: theatre)
        let fromRevisions = try store.currentIncidents().map { Self.describe(made.record(for: $0), made) }
        #expect(fromStore.count == (try store.counts().current))
        #expect(fromStore == fromRevisions.sorted())
        if withTheatre {
            #expect(fromStore.contains { !$0.contains("corridor: -1") })
            #expect(fromStore.contains { $0.contains("actor1Side: Optional(SitrepCore.Side.insurgent)") })
        }
    }
}
