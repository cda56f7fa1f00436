import Foundation
import SitrepTestSupport
import Testing

/// `--extract-notes` on three invented ACLED rows (Snapshots/acled-notes.csv), checked by hand against their notes.
@Suite struct ExtractNotesTests {
    static func columns(_ csv: String) -> [[String: String]] {
        let lines = csv.split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        return lines.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(lines[0], $0)) }
    }

    /// Sum of a column over all rows.
    static func total(_ rows: [[String: String]], _ column: String) -> Int {
        rows.reduce(0) { $0 + (Int($1[column] ?? "") ?? 0) }
    }

    @Test func notesFillDeathsBySideAndMateriel() throws {
        let path = try CommandRunner.snapshotPath("acled-notes.csv")
        let plain = Self.columns(try CommandRunner.run(["indicators", "--input", path]).stdout)
        let read = try CommandRunner.run(["indicators", "--input", path, "--extract-notes"])
        #expect(read.status == 0)
        let rows = Self.columns(read.stdout)
        // Without --extract-notes nothing is attributed.
        #expect(Self.total(plain, "fatalities_state") == 0 && Self.total(plain, "weapons_captured_by_insurgents") == 0)
        // NOTE1: "4 soldiers were killed", "seized 3 AK-47 rifles and 2 PKM machine guns", "destroyed 2 vehicles";
        // NOTE2: "set fire to 7 fuel tankers"; NOTE3 states no side for its 2 dead.
        #expect(Self.total(rows, "fatalities") == 6)
        #expect(Self.total(rows, "fatalities_state") == 4)
        #expect(Self.total(rows, "fatalities_unknown") == 2)
        #expect(Self.total(rows, "weapons_captured_by_insurgents") == 5)
        #expect(Self.total(rows, "vehicles_destroyed_state") == 2)
        #expect(Self.total(rows, "fuel_tankers_destroyed") == 7)
    }

    /// The store path reads the notes the same way.
    @Test func ingestWithNotesMatchesInput() throws {
        let path = try CommandRunner.snapshotPath("acled-notes.csv")
        let db = try ScratchFolder.newFolder().appendingPathComponent("notes.db").path
        #expect(try CommandRunner.run(["ingest", path, "--db", db, "--extract-notes"]).status == 0)
        let stored = try CommandRunner.run(["indicators", "--db", db])
        let direct = try CommandRunner.run(["indicators", "--input", path, "--extract-notes"])
        #expect(stored.stdout == direct.stdout)
    }
}
