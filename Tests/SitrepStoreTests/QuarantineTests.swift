import Foundation
import SitrepCore
import SitrepIngest
import SitrepStore
import Testing

@Suite struct QuarantineTests {
    @Test func unusableRowsAreStoredWithFileLineColumnValueAndReason() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let good = ACLEDFixture.row("MLI1", date: "2025-09-01")
        var text = ACLEDFixture.csv(
            ACLEDFixture.current,
            [
                good,
                ACLEDFixture.row("MLI2", date: "2025-02-30"),
                ACLEDFixture.row("MLI3", date: "2025-09-03", fatalities: "many"),
                ACLEDFixture.row("MLI4", date: "2025-09-04", fatalities: "-2"),
                ACLEDFixture.row("", date: "2025-09-05"),
                ACLEDFixture.row("MLI6", date: "2025-09-06", ["latitude": "95.5"]),
                ACLEDFixture.row("MLI7", date: "2025-09-07", ["timestamp": "yesterday"]),
            ])
        text += "MLI8,2025-09-08,2025\n"
        let path = try scratch.write("bad.csv", text)
        let store = try scratch.store()
        let report = try store.ingest([.init(path: path, format: .acled)], now: 1_760_000_000)
        #expect(
            report.files[0].line.hasSuffix(
                "1 rows: 1 new, 0 updated, 0 unchanged, 0 older revisions kept, 7 quarantined"))
        let file = URLPath.absolute(path)
        #expect(
            try store.quarantine() == [
                QuarantineEntry(
                    file: file, line: 3, column: "event_date", value: "2025-02-30",
                    reason: IngestIssue.Reason.unparseableDate.text, ingestedAt: 1_760_000_000),
                QuarantineEntry(
                    file: file, line: 4, column: "fatalities", value: "many",
                    reason: IngestIssue.Reason.notANumber.text, ingestedAt: 1_760_000_000),
                QuarantineEntry(
                    file: file, line: 5, column: "fatalities", value: "-2",
                    reason: IngestIssue.Reason.negativeCount.text, ingestedAt: 1_760_000_000),
                QuarantineEntry(
                    file: file, line: 6, column: "event_id_cnty", value: nil,
                    reason: IngestIssue.Reason.missingValue.text, ingestedAt: 1_760_000_000),
                QuarantineEntry(
                    file: file, line: 7, column: "latitude", value: "95.5", reason: IngestIssue.Reason.outOfRange.text,
                    ingestedAt: 1_760_000_000),
                QuarantineEntry(
                    file: file, line: 8, column: "timestamp", value: "yesterday",
                    reason: IngestIssue.Reason.notANumber.text, ingestedAt: 1_760_000_000),
                QuarantineEntry(
                    file: file, line: 9, column: nil, value: nil,
                    reason: IngestIssue.Reason.wrongFieldCount(expected: 31, found: 3).text, ingestedAt: 1_760_000_000),
            ])
        // Quarantining the same rows again adds nothing.
        let again = try store.ingest([.init(path: path, format: .acled)], now: 1_760_100_000)
        #expect(again.files[0].quarantined == 7)
        #expect(try store.counts().quarantined == 7)
        #expect(try store.counts().batches == 1)
    }

    @Test func jsonlLinesThatAreNotIncidentsAreQuarantined() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let incident = Incident(
            source: "native", sourceID: "n1", date: Day(year: 2025, month: 10, day: 1)!,
            location: Location(admin1: "Segou"), eventType: .battles)
        let text =
            IncidentJSONWriter.line(incident) + "\n{\"id\": 3\n"
            + IncidentJSONWriter.line(incident).replacingOccurrences(
                of: "\"id\":\"native:n1\"", with: "\"id\":\"native:n2\"") + "\n"
        let path = try scratch.write("bad.jsonl", text)
        let store = try scratch.store()
        let report = try store.ingest([.init(path: path, format: .jsonl)])
        #expect(report.files[0].new == 1)
        #expect(report.files[0].quarantined == 2)
        let entries = try store.quarantine()
        #expect(entries.map(\.line) == [2, 3])
        #expect(entries[1].column == "id")
        #expect(entries[1].value == "native:n2")
    }
}

enum URLPath {
    static func absolute(_ path: String) -> String { URL(fileURLWithPath: path).standardizedFileURL.path }
}
