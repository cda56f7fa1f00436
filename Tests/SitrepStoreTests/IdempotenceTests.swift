import SitrepCore
import SitrepIngest
import SitrepStore
import Testing

@Suite struct IdempotenceTests {
    @Test(arguments: [IncidentFormat.acled, .jsonl])
    func sameFileTwiceChangesNothing(format: IncidentFormat) throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        var path = try scratch.write("synth.csv", SyntheticACLED(events: 2000, seed: 7).text)
        if format == .jsonl {
            let staging = try IncidentStore(path: scratch.path("staging.db"))
            _ = try staging.ingest([.init(path: path, format: .acled)])
            path = try scratch.write(
                "synth.jsonl", try staging.currentIncidents().map { IncidentJSONWriter.line($0) + "\n" }.joined())
        }
        let store = try scratch.store()
        let first = try store.ingest([.init(path: path, format: format)])
        #expect(first.totalNew == 2000)
        let counts = try store.counts()
        let second = try store.ingest([.init(path: path, format: format)])
        #expect(second.files[0].line.contains(": 2000 rows: 0 new, 0 updated, 2000 unchanged"))
        #expect(try store.counts() == counts)
        #expect(counts.batches == 1)
    }
}
