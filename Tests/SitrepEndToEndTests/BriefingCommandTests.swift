import Foundation
#if canImport(FoundationXML)
    import FoundationXML
#endif
import Testing

@Suite struct BriefingCommandTests {
    @Test func briefingMatchesSnapshotByteForByte() throws {
        let out = try CommandRunner.temporaryFolder().appendingPathComponent("briefing-seed11.md")
        let result = try CommandRunner.run([
            "briefing", "--input", IndicatorsCommandTests.seed11, "--week", "2025-12-20", "--out", out.path,
        ])
        #expect(result.status == 0)
        #expect(result.stdout == out.path + "\n")
        let written = try String(contentsOf: out, encoding: .utf8)
        #expect(written == (try CommandRunner.snapshot("briefing-seed11.md")))
        let chart = try String(contentsOf: out.deletingLastPathComponent().appendingPathComponent("briefing-seed11-national.svg"), encoding: .utf8)
        #expect(chart == (try CommandRunner.snapshot("briefing-seed11-national.svg")))
    }

    @Test func defaultWeekIsTheLastCompleteOne() throws {
        // The fixture's last event is Thursday 2026-01-01, so the week of Saturday 2025-12-27 is incomplete
        // and the briefing covers the week of 2025-12-20.
        let out = try CommandRunner.temporaryFolder().appendingPathComponent("b.md")
        let result = try CommandRunner.run([
            "briefing", "--input", CommandRunner.ingestFixture("acled-current.csv"), "--out", out.path,
        ])
        #expect(result.status == 0)
        let text = try String(contentsOf: out, encoding: .utf8)
        #expect(text.hasPrefix("# Weekly briefing: Mali, week of 2025-12-20\n"))
    }
}

@Suite struct BriefingChartTests {
    @Test func chartsAreWellFormedAndLinked() throws {
        let folder = try CommandRunner.temporaryFolder()
        let out = folder.appendingPathComponent("week.md")
        let result = try CommandRunner.run(["briefing", "--input", IndicatorsCommandTests.seed11, "--out", out.path])
        #expect(result.status == 0)
        let markdown = try String(contentsOf: out, encoding: .utf8)
        #expect(markdown.contains("](week-national.svg)"))
        let svg = try Data(contentsOf: folder.appendingPathComponent("week-national.svg"))
        let parser = XMLParser(data: svg)
        #expect(parser.parse(), "the chart is not well-formed XML: \(String(describing: parser.parserError))")
        let text = String(decoding: svg, as: UTF8.self)
        #expect(text.contains("<title>Mali: events and fatalities per week</title>"))
        #expect(text.contains(">count per week</text>"))
    }
}
