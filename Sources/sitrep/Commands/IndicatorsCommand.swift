public import ArgumentParser
public import SitrepCore
import SitrepReport

struct IndicatorsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "indicators",
        abstract: "Aggregate incidents into indicators per region and week or month.",
        discussion: """
            One row per region and period, dense (a region with no event in a period has a zero row), sorted
            by region then period. Weeks run Saturday to Friday (ACLED's convention) unless
            --week-start monday gives ISO weeks; a period is named by its first day.

            COLUMNS
            """ + IndicatorColumn.all.map { "  \($0.name): \($0.definition)" }.joined(separator: "\n")
    )

    enum Level: String, ExpressibleByArgument, CaseIterable { case admin1 }
    enum Format: String, ExpressibleByArgument, CaseIterable { case csv, json, md }

    @OptionGroup var inputs: InputOptions
    @Option(help: "Regional level.") var by: Level = .admin1
    @Option(help: "Period length.") var period: PeriodKind = .week
    @Option(help: "First day of the week.") var weekStart: WeekStartOption = .saturday
    @Option(help: "First day to count (YYYY-MM-DD); the series starts in its period.") var from: Day?
    @Option(help: "Last day to count (YYYY-MM-DD); the series ends in its period.") var to: Day?
    @Option(help: "Output format.") var format: Format = .csv
    @Option(help: "Output file (default: standard output).") var out: String?

    func validate() throws {
        if let from, let to, from > to { throw ValidationError("--from \(from) is after --to \(to).") }
    }

    func run() throws {
        let calendar = PeriodCalendar(kind: period, weekStart: weekStart.weekStart)
        let result = try CommandErrors.reporting {
            try inputs.run(IndicatorRun(calendar: calendar, from: from, through: to)).result
        }
        let text: String
        switch format {
        case .csv: text = IndicatorTableRendering.csv(result.table)
        case .json: text = IndicatorTableRendering.json(result.table)
        case .md: text = IndicatorTableRendering.markdown(result.table)
        }
        try CommandErrors.reporting { try FileOutput.write(text, to: out) }
        try IssueReporting.report(summaries: result.summaries, issues: result.issues, options: inputs)
    }
}

extension PeriodKind: ExpressibleByArgument {}
