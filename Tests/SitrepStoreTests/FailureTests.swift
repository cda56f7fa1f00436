import Foundation
import SitrepCore
import SitrepIngest
import SitrepStore
import Testing

/// Bad inputs give a clear error and write nothing, not even the good files of the same ingest.
@Suite struct FailureTests {
    static let good = ACLEDFixture.csv(ACLEDFixture.current, [ACLEDFixture.row("MLI1", date: "2025-09-01")])

    func expectNothingWritten(_ name: String, _ contents: Data, format: IncidentFormat, message: String) throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let store = try scratch.store()
        let good = try scratch.write("good.csv", Self.good)
        let badPath = scratch.path(name)
        try contents.write(to: URL(fileURLWithPath: badPath))
        let before = try store.counts()
        do {
            _ = try store.ingest([.init(path: good, format: .acled), .init(path: badPath, format: format)])
            Issue.record("ingest of \(name) should have failed")
        } catch {
            #expect("\(error)".contains(badPath))
            #expect("\(error)".contains(message), "\(error)")
        }
        #expect(try store.counts() == before)
        #expect(try store.integrityCheck() == ["ok"])
    }

    @Test func emptyFile() throws {
        try expectNothingWritten("empty.csv", Data(), format: .acled, message: "the file is empty")
    }

    @Test func binaryFile() throws {
        try expectNothingWritten(
            "image.csv", Data([0x89, 0x50, 0x4E, 0x47, 0, 0, 1]), format: .acled, message: "not a text file")
    }

    @Test func truncatedCSV() throws {
        let text =
            Self.good + Self.good.split(separator: "\n")[1].replacingOccurrences(of: "MLI1", with: "MLI2").prefix(60)
        try expectNothingWritten("cut.csv", Data(text.utf8), format: .acled, message: "looks truncated")
    }

    @Test func truncatedJSONL() throws {
        let line = IncidentJSONWriter.line(
            Incident(
                source: "native", sourceID: "a", date: Day(year: 2025, month: 1, day: 1)!, location: Location(),
                eventType: nil))
        try expectNothingWritten(
            "cut.jsonl", Data((line + "\n" + line.prefix(40)).utf8), format: .jsonl, message: "looks truncated")
    }

    @Test func notAnIncidentFile() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let path = try scratch.write("other.csv", "name,value\na,1\n")
        #expect(throws: IngestError.self) { try IncidentFormat.detect(path: path) }
    }

    @Test func notADatabase() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let path = try scratch.write("fake.db", String(repeating: "this is not sqlite\n", count: 300))
        do {
            _ = try IncidentStore(path: path)
            Issue.record("opening a text file as a store should fail")
        } catch let error as StoreError {
            #expect(error.kind == .notADatabase)
        }
    }
}
