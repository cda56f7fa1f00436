import Foundation
import SitrepTestSupport
import Testing

@Suite struct ExportCommandTests {
    /// The exported weekly table is exactly `sitrep indicators`' output; the monthly one `--period month`'s.
    @Test func indicatorTablesEqualTheIndicatorsCommand() throws {
        let folder = try ScratchFolder.newFolder().appendingPathComponent("exports")
        let result = try CommandRunner.run(["export", "indicators", "--input", IndicatorsCommandTests.seed11, "--to", folder.path])
        #expect(result.status == 0)
        let weekly = try String(contentsOf: folder.appendingPathComponent("indicators-week-admin1.csv"), encoding: .utf8)
        #expect(weekly == (try CommandRunner.run(["indicators", "--input", IndicatorsCommandTests.seed11]).stdout))
        let monthly = try String(contentsOf: folder.appendingPathComponent("indicators-month-admin1.csv"), encoding: .utf8)
        #expect(monthly == (try CommandRunner.run(["indicators", "--input", IndicatorsCommandTests.seed11, "--period", "month"]).stdout))
        let corridors = try String(contentsOf: folder.appendingPathComponent("indicators-week-corridor.csv"), encoding: .utf8)
        #expect(corridors.hasPrefix("corridor,week_start,events,"))
    }

    /// The alerts table holds, for the week of 2025-12-20, exactly what `sitrep alerts --format json` reports.
    @Test func alertTableAgreesWithTheAlertsCommand() throws {
        let folder = try ScratchFolder.newFolder()
        let result = try CommandRunner.run([
            "export", "alerts", "--input", IndicatorsCommandTests.seed11, "--from", "2025-11-01", "--through", "2025-12-20",
            "--format", "json", "--to", folder.path,
        ])
        #expect(result.status == 0)
        let table = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("alerts.json"))) as? [[String: Any]])
        let week = table.filter { $0["week_start"] as? String == "2025-12-20" }
        let single = try CommandRunner.run(["alerts", "--input", IndicatorsCommandTests.seed11, "--as-of", "2025-12-20", "--format", "json"])
        let expected = try #require(try JSONSerialization.jsonObject(with: Data(single.stdout.utf8)) as? [[String: Any]])
        #expect(week.count == expected.count)
        #expect(week.map { "\($0["region"]!) \($0["rule"]!)" } == expected.map { "\($0["region"]!) \($0["rule"]!)" })
        #expect(Set(table.compactMap { $0["week_start"] as? String }).isSubset(of: ["2025-11-01", "2025-11-08", "2025-11-15", "2025-11-22", "2025-11-29", "2025-12-06", "2025-12-13", "2025-12-20"]))
    }
}
