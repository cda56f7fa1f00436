import Foundation
import SitrepIngest
import Testing

/// The store commands end to end, through the built `sitrep` executable.
@Suite struct CommandTests {
    @Test(.enabled(if: SitrepBinary.path != nil, "build the sitrep executable first (make test does)"))
    func dbGivesTheSameOutputAsInput() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let data = try scratch.write(
            "synth.csv",
            SyntheticACLED(events: 6000, seed: 5).text)
        let db = scratch.path("store.db")
        let first = try SitrepBinary.run(["ingest", data, "--db", db])
        #expect(first.status == 0)
        #expect(first.out.contains("6000 rows: 6000 new, 0 updated"))
        let second = try SitrepBinary.run(["ingest", data, "--db", db])
        #expect(second.out.contains("6000 rows: 0 new, 0 updated, 6000 unchanged"))

        for format in ["csv", "json", "md"] {
            let direct = try SitrepBinary.run(["indicators", "--input", data, "--format", format])
            let stored = try SitrepBinary.run(["indicators", "--db", db, "--format", format])
            #expect(direct.status == 0 && stored.status == 0)
            #expect(stored.out == direct.out, "indicators --format \(format)")
        }
        let monthly = ["--period", "month", "--from", "2024-01-01", "--to", "2025-06-30"]
        #expect(
            try SitrepBinary.run(["indicators", "--db", db] + monthly).out
                == SitrepBinary.run(["indicators", "--input", data] + monthly).out)

        let briefA = scratch.path("a.md")
        let briefB = scratch.path("b.md")
        #expect(try SitrepBinary.run(["briefing", "--input", data, "--out", briefA]).status == 0)
        #expect(try SitrepBinary.run(["briefing", "--db", db, "--out", briefB]).status == 0)
        // The documents differ only in the names of their charts, which follow the Markdown file's name, and in
        // the store's "Changed since the last briefing" section, which files cannot have.
        let markdownA = try String(contentsOfFile: briefA, encoding: .utf8)
        let markdownB = try String(contentsOfFile: briefB, encoding: .utf8)
        let changes = try #require(markdownB.range(of: "\n## Changed since the last briefing\n"))
        let methods = try #require(markdownB.range(of: "\n## Methods and coverage\n"))
        let withoutChanges = String(markdownB[..<changes.lowerBound]) + String(markdownB[methods.lowerBound...])
        #expect(withoutChanges.split(separator: "](b-").joined(separator: "](a-") == markdownA)
    }

    @Test(.enabled(if: SitrepBinary.path != nil, "build the sitrep executable first (make test does)"))
    func exportRoundTripQuarantineAndChanges() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let v1 = try scratch.write("v1.csv", RevisionTests.v1)
        let v2 = try scratch.write("v2.csv", RevisionTests.v2)
        let deletions = try scratch.write("deleted.csv", RevisionTests.deletions)
        let bad = try scratch.write(
            "bad.csv",
            ACLEDFixture.csv(
                ACLEDFixture.current,
                [
                    ACLEDFixture.row("MLI77", date: "not a date")
                ]))
        let db = scratch.path("store.db")
        let environment = ProcessInfo.processInfo.environment.merging(["SITREP_DB": db]) { _, new in new }
        #expect(try SitrepBinary.run(["ingest", v1, bad], environment: environment).status == 0)
        let ingest = try SitrepBinary.run(["ingest", v2, "--deletions", deletions], environment: environment)
        #expect(ingest.out.contains("total: 2 new, 2 updated, 1 deleted, 0 quarantined"))

        let quarantine = try SitrepBinary.run(["quarantine", "--db", db])
        #expect(
            quarantine.out.hasSuffix(
                "bad.csv:2: column 'event_date': value 'not a date': "
                    + "\(IngestIssue.Reason.unparseableDate.text)\n1 quarantined row\n"
            ))

        let changes = try SitrepBinary.run(["changes", "--since", "2025-10-01", "--db", db, "--format", "json"])
        #expect(
            changes.out == """
                {"since":"2025-10-01","added":[{"id":"acled:MLI5","date":"2025-10-02","lateAddition":false},\
                {"id":"acled:MLI6","date":"2025-08-15","lateAddition":true}],"edited":[{"id":"acled:MLI1","fields":\
                [{"field":"fatalities.best","old":"2","new":"4"}]},{"id":"acled:MLI4","fields":\
                [{"field":"location.admin2","old":"Douentza","new":"Tessalit"},{"field":"notes",\
                "old":"Invented fixture event.","new":"Corrected location."}]}],"deleted":[{"id":"acled:MLI3","deletedAt":1759600000}]}

                """)

        let exported = scratch.path("export.jsonl")
        let again = scratch.path("again.jsonl")
        #expect(try SitrepBinary.run(["export", "--format", "jsonl", "--db", db, "--out", exported]).status == 0)
        let copy = scratch.path("copy.db")
        #expect(try SitrepBinary.run(["ingest", exported, "--db", copy]).out.contains("5 rows: 5 new"))
        #expect(try SitrepBinary.run(["export", "--format", "jsonl", "--db", copy, "--out", again]).status == 0)
        let text = try String(contentsOfFile: exported, encoding: .utf8)
        #expect(text.split(separator: "\n").count == 5)
        #expect(try String(contentsOfFile: again, encoding: .utf8) == text)

        let csv = try SitrepBinary.run(["export", "--format", "csv", "--db", db])
        #expect(csv.out.split(separator: "\n").count == 6)
    }

    @Test(.enabled(if: SitrepBinary.path != nil, "build the sitrep executable first (make test does)"))
    func badInputsExitNonZeroWithTheFileNamed() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let db = scratch.path("store.db")
        let empty = try scratch.write("empty.csv", "")
        let other = try scratch.write("other.csv", "name,value\na,1\n")
        for path in [empty, other, scratch.path("missing.csv")] {
            let result = try SitrepBinary.run(["ingest", path, "--db", db])
            #expect(result.status == 1)
            #expect(result.err.contains(path), "\(result.err)")
        }
        let missingStore = try SitrepBinary.run(["export", "--format", "jsonl", "--db", scratch.path("none.db")])
        #expect(missingStore.status == 1)
        #expect(missingStore.err.contains("no store there"))
    }
}
