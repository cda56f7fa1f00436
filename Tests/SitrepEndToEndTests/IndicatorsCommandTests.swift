import Foundation
import SitrepTestSupport
import Testing

@Suite(.serialized) struct IndicatorsCommandTests {
    /// The synthetic export the pandas snapshots were made from (see Snapshots/make_snapshots.sh).
    static let seed11: String = {
        let folder = try! ScratchFolder.newFolder()
        let path = folder.appendingPathComponent("seed11.csv").path
        let result = try! CommandRunner.run(["synth", "--events", "3000", "--seed", "11", "--out", path])
        precondition(result.status == 0, result.stderr)
        return path
    }()

    /// The first ten columns equal, byte for byte, what the pandas peer printed for the same file.
    @Test(arguments: [("saturday", "indicators-seed11-saturday.pandas.csv"), ("monday", "indicators-seed11-monday.pandas.csv")])
    func agreesWithThePandasPeer(weekStart: String, snapshot: String) throws {
        let result = try CommandRunner.run(["indicators", "--input", Self.seed11, "--week-start", weekStart])
        #expect(result.status == 0)
        #expect(result.stderr == "\(Self.seed11): 3000 rows used, 0 skipped\n")
        let expected = try CommandRunner.snapshot(snapshot)
        #expect(CommandRunner.firstColumns(result.stdout, 10) == expected)
        #expect(result.stdout.hasPrefix(
            "admin1,week_start,events,fatalities,battles,explosions_remote_violence,violence_against_civilians,"
                + "strategic_developments,protests,riots"))
    }

    @Test func monthlyMarkdownMatchesSnapshot() throws {
        let result = try CommandRunner.run([
            "indicators", "--input", CommandRunner.ingestFixture("acled-pre2023.csv"), "--period", "month", "--format", "md",
        ])
        #expect(result.status == 0)
        #expect(result.stdout == (try CommandRunner.snapshot("indicators-fixture-month.md")))
    }

    @Test func weeklyJSONMatchesSnapshot() throws {
        let result = try CommandRunner.run([
            "indicators", "--input", CommandRunner.ingestFixture("acled-pre2023.csv"), "--format", "json",
        ])
        #expect(result.status == 0)
        #expect(result.stdout == (try CommandRunner.snapshot("indicators-fixture-week.json")))
        let rows = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]]
        #expect(rows?.count == 5 * 14)
    }

    /// Both layouts of the same events give the same table.
    @Test func layoutsAgree() throws {
        let current = try CommandRunner.run(["indicators", "--input", CommandRunner.ingestFixture("acled-current.csv")])
        let old = try CommandRunner.run(["indicators", "--input", CommandRunner.ingestFixture("acled-pre2023.csv")])
        #expect(current.status == 0 && old.status == 0)
        #expect(current.stdout == old.stdout)
    }

    @Test func dateFilterBoundsTheSeries() throws {
        let result = try CommandRunner.run([
            "indicators", "--input", CommandRunner.ingestFixture("acled-current.csv"), "--from", "2025-10-01", "--to",
            "2025-10-10",
        ])
        let lines = result.stdout.split(separator: "\n")
        // Weeks 2025-09-27 and 2025-10-04, for the three regions with events in those days.
        #expect(lines.dropFirst().map { $0.split(separator: ",").prefix(4).joined(separator: ",") } == [
            "Bamako,2025-09-27,0,0", "Bamako,2025-10-04,1,0", "Kayes,2025-09-27,1,0", "Kayes,2025-10-04,0,0",
            "Segou,2025-09-27,1,7", "Segou,2025-10-04,0,0",
        ])
    }
}

@Suite struct BadInputCommandTests {
    @Test func badRowsAreListedAndCounted() throws {
        let path = CommandRunner.ingestFixture("bad/non-numeric-fatalities.csv")
        let result = try CommandRunner.run(["indicators", "--input", path])
        #expect(result.status == 0)
        #expect(result.stderr == "\(path):3: column 'fatalities': value 'three': not a whole number\n\(path): 1 rows used, 1 skipped\n")
    }

    @Test func strictExitsWithFour() throws {
        let path = CommandRunner.ingestFixture("bad/unparseable-date.csv")
        let result = try CommandRunner.run(["indicators", "--input", path, "--strict"])
        #expect(result.status == 4)
        #expect(result.stderr.contains("\(path):3: column 'event_date': value '2025-02-30': not a date"))
    }

    @Test(arguments: [
        ("bad/missing-column.csv", ":1: required column 'fatalities' not found in the header"),
        ("bad/empty.csv", ": the file is empty"),
        ("bad/binary.csv", ": this is not a text file (a NUL byte at byte 8)"),
    ])
    func unreadableFilesExitWithOne(file: String, message: String) throws {
        let path = CommandRunner.ingestFixture(file)
        let result = try CommandRunner.run(["indicators", "--input", path])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix("sitrep: \(path)\(message)"))
    }

    @Test func usageErrorsExitWith64() throws {
        let result = try CommandRunner.run(["indicators"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("--input"))
    }
}
