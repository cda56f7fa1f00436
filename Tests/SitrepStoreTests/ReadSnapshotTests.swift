import SitrepCore
import SitrepIngest
import SitrepStore
import Testing

/// A read snapshot keeps writers from committing, so that reads through other connections agree with it.
@Suite struct ReadSnapshotTests {
    @Test func writerWaitsForTheSnapshot() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let first = try scratch.write("first.csv", SyntheticACLED(events: 300, seed: 5).text)
        let second = try scratch.write(
            "second.csv", ACLEDFixture.csv(ACLEDFixture.current, [ACLEDFixture.row("ZZ1", date: "2025-01-01")]))
        let db = scratch.path("store.db")
        _ = try IncidentStore(path: db).ingest([.init(path: first, format: .acled)])
        let counted = try IncidentStore(path: db).withReadSnapshot { halves in
            #expect(halves.count == 2)
            try ingestExpectingLock(second, into: db, "the ingest should have waited for the snapshot")
            var seen = 0
            let reader = try IncidentStore(path: db)
            var records = IncidentRecords(theatre: nil)
            for keys in halves { try reader.forEachCurrentRecord(keys: keys, records: &records) { _, _ in seen += 1 } }
            return seen
        }
        #expect(counted == 300)
        _ = try IncidentStore(path: db).ingest([.init(path: second, format: .acled)])
        #expect(try IncidentStore(path: db).counts().current == 301)
    }
}
