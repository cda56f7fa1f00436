import Foundation
import Testing

@Suite struct BriefingCommandTests {
    @Test func briefingMatchesSnapshotByteForByte() throws {
        let out = try CommandRunner.temporaryFolder().appendingPathComponent("briefing.md")
        let result = try CommandRunner.run([
            "briefing", "--input", IndicatorsCommandTests.seed11, "--week", "2025-12-20", "--out", out.path,
        ])
        #expect(result.status == 0)
        #expect(result.stdout == out.path + "\n")
        let written = try String(contentsOf: out, encoding: .utf8)
        #expect(written == (try CommandRunner.snapshot("briefing-seed11.md")))
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
