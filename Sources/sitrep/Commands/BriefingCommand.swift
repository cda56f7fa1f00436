import ArgumentParser
import SitrepCore
import SitrepReport

struct BriefingCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "briefing",
        abstract: "Write the weekly briefing for one week as Markdown."
    )

    @OptionGroup var inputs: InputOptions
    @Option(help: "The week: any day in it (YYYY-MM-DD) or an ISO label (2025-W40). Default: the last complete week.")
    var week: Day?
    @Option(help: "First day of the week.") var weekStart: WeekStartOption = .saturday
    @Option(help: "Output file.") var out: String = "briefing.md"

    func run() throws {
        let calendar = PeriodCalendar(kind: .week, weekStart: weekStart.weekStart)
        let (result, sources) = try CommandErrors.reporting { try inputs.run(IndicatorRun(calendar: calendar)) }
        let (folder, prefix) = ChartFiles.location(beside: out)
        let briefing = try CommandErrors.reporting {
            try WeeklyBriefing(run: result, week: week, sources: sources, chartPrefix: prefix)
        }
        try CommandErrors.reporting {
            try FileOutput.write(briefing.markdown, to: out)
            for chart in briefing.charts { try FileOutput.write(chart.svg, to: folder + chart.fileName) }
        }
        try IssueReporting.report(summaries: result.summaries, issues: result.issues, options: inputs)
        print(out)
    }
}
