import Foundation
import SitrepTestSupport
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The weekly briefing and the alerts document, against committed expected files (Snapshots/, made by
/// make_snapshots.sh) byte for byte, plus the structural checks a reader relies on.
@Suite struct BriefingCommandTests {
    static let charts = ["national", "blockade", "balance"]

    @Test func briefingMatchesSnapshotByteForByte() throws {
        let out = try ScratchFolder.newFolder().appendingPathComponent("briefing-seed11.md")
        let result = try CommandRunner.run([
            "briefing", "--input", IndicatorsCommandTests.seed11, "--week", "2025-12-20", "--extract-notes", "--out", out.path,
        ])
        #expect(result.status == 0)
        #expect(result.stdout == out.path + "\n")
        #expect(try String(contentsOf: out, encoding: .utf8) == (try CommandRunner.snapshot("briefing-seed11.md")))
        for chart in Self.charts {
            let name = "briefing-seed11-\(chart).svg"
            let written = try String(contentsOf: out.deletingLastPathComponent().appendingPathComponent(name), encoding: .utf8)
            #expect(written == (try CommandRunner.snapshot(name)), "\(name)")
        }
    }

    /// The project's hand-coded 2025 blockade incidents: the 1 October ambush between Ségou and Bamako counts
    /// on the Ségou corridor with its 7 soldiers and 16 weapons.
    @Test func realBlockadeIncidents() throws {
        let out = try ScratchFolder.newFolder().appendingPathComponent("briefing-blockade.md")
        let result = try CommandRunner.run([
            "briefing", "--input", CommandRunner.repositoryFile("Notebooks-data/incidents/mali-2025-blockade.jsonl"),
            "--week", "2025-10-01", "--out", out.path,
        ])
        #expect(result.status == 0)
        let text = try String(contentsOf: out, encoding: .utf8)
        #expect(text == (try CommandRunner.snapshot("briefing-blockade.md")))
        #expect(text.contains("| Segou-Fana-Bamako | 1 | 1.50 |"))
        #expect(text.contains("| Weapons captured by insurgents | 16 |"))
        #expect(text.contains("sitrep-2025:2025-1001-segou-bamako"))
    }

    @Test func defaultWeekIsTheLastCompleteOne() throws {
        // The fixture's last event is Thursday 2026-01-01, so the week of Saturday 2025-12-27 is incomplete
        // and the briefing covers the week of 2025-12-20.
        let out = try ScratchFolder.newFolder().appendingPathComponent("b.md")
        let result = try CommandRunner.run([
            "briefing", "--input", CommandRunner.ingestFixture("acled-current.csv"), "--out", out.path,
        ])
        #expect(result.status == 0)
        let text = try String(contentsOf: out, encoding: .utf8)
        #expect(text.hasPrefix("# Weekly briefing: Mali, week of 2025-12-20\n"))
    }

    @Test func chartsAreWellFormedAndLinked() throws {
        let folder = try ScratchFolder.newFolder()
        let out = folder.appendingPathComponent("week.md")
        let result = try CommandRunner.run(["briefing", "--input", IndicatorsCommandTests.seed11, "--out", out.path])
        #expect(result.status == 0)
        let markdown = try String(contentsOf: out, encoding: .utf8)
        for chart in Self.charts {
            #expect(markdown.contains("](week-\(chart).svg)"))
            let svg = try Data(contentsOf: folder.appendingPathComponent("week-\(chart).svg"))
            let parser = XMLParser(data: svg)
            #expect(parser.parse(), "week-\(chart).svg is not well-formed XML: \(String(describing: parser.parserError))")
            #expect(String(decoding: svg, as: UTF8.self).contains("<title>"))
        }
    }

    /// Every table of the documents parses as a GFM table with as many cells in each row as in its header
    /// (rendered by cmark-gfm, which `make test` installs).
    @Test(.enabled(if: GFM.isAvailable, "cmark-gfm is not installed (make test installs it)"),
          arguments: ["briefing-seed11.md", "alerts-seed11.md", "briefing-blockade.md"])
    func tablesAreValidGFM(snapshot: String) throws {
        let html = try GFM.render(try CommandRunner.snapshot(snapshot))
        let tables = html.components(separatedBy: "<table>").dropFirst()
        #expect(!tables.isEmpty)
        for table in tables {
            let body = table.components(separatedBy: "</table>")[0]
            let headerCells = GFM.count("th", in: body)
            let rows = body.components(separatedBy: "<tr>").dropFirst().dropFirst()
            #expect(headerCells > 0)
            for row in rows { #expect(GFM.count("td", in: row) == headerCells) }
        }
    }
}

@Suite struct AlertsCommandTests {
    @Test func markdownAndJSONMatchSnapshots() throws {
        let arguments = ["alerts", "--input", IndicatorsCommandTests.seed11, "--as-of", "2025-12-20", "--extract-notes"]
        let markdown = try CommandRunner.run(arguments)
        #expect(markdown.status == 0)
        #expect(markdown.stdout == (try CommandRunner.snapshot("alerts-seed11.md")))
        let json = try CommandRunner.run(arguments + ["--format", "json"])
        #expect(json.stdout == (try CommandRunner.snapshot("alerts-seed11.json")))
        let alerts = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        for alert in alerts {
            for key in ["region", "week_start", "rule", "severity", "value", "baseline", "p", "incident_ids"] {
                #expect(alert[key] != nil, "alert without \(key)")
            }
            #expect(alert["week_start"] as? String == "2025-12-20")
        }
    }

    /// --fail-on exits with 3 when an alert at or above that severity fires, else 0.
    @Test func failOnSetsTheExitStatus() throws {
        let json = try CommandRunner.run([
            "alerts", "--input", IndicatorsCommandTests.seed11, "--as-of", "2025-12-20", "--format", "json",
        ])
        let alerts = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        let severities = Set(alerts.compactMap { $0["severity"] as? String })
        for level in ["low", "medium", "high"] {
            let ranks = ["low": 0, "medium": 1, "high": 2]
            let expected: Int32 = severities.contains { ranks[$0]! >= ranks[level]! } ? 3 : 0
            let result = try CommandRunner.run([
                "alerts", "--input", IndicatorsCommandTests.seed11, "--as-of", "2025-12-20", "--format", "json",
                "--fail-on", level,
            ])
            #expect(result.status == expected, "--fail-on \(level)")
        }
    }
}

/// GitHub-flavoured Markdown rendered by cmark-gfm with the table extension.
enum GFM {
    static let path = ["/usr/bin/cmark-gfm", "/usr/local/bin/cmark-gfm"].first { FileManager.default.isExecutableFile(atPath: $0) }
    static var isAvailable: Bool { path != nil }

    /// Cells of an HTML element (`<td>` or `<td align=…>`) in `html`.
    static func count(_ element: String, in html: String) -> Int {
        html.components(separatedBy: "<\(element)>").count - 1 + html.components(separatedBy: "<\(element) ").count - 1
    }

    static func render(_ markdown: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(path))
        process.arguments = ["--extension", "table"]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(Data(markdown.utf8))
        try input.fileHandleForWriting.close()
        let html = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: html, as: UTF8.self)
    }
}
