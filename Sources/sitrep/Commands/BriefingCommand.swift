import ArgumentParser
import SitrepCore
import SitrepReport
import SitrepTimeSeries

struct BriefingCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "briefing",
        abstract: "Write the weekly briefing for one week as Markdown, with SVG charts beside it.",
        discussion: """
            Sections: headline, alerts, regions, blockade pressure around Bamako, balance of force, materiel
            losses, notable incidents, changes since the last briefing (with --db), methods and coverage.
            Prints the path of the Markdown file.
            """
    )

    @OptionGroup var inputs: InputOptions
    @OptionGroup var theatreOptions: TheatreOptions
    @Option(help: "The week: any day in it (YYYY-MM-DD) or an ISO label (2025-W40). Default: the last complete week.")
    var week: Day?
    @Option(help: "First day of the week.") var weekStart: WeekStartOption = .saturday
    @Option(help: "With --db: list store changes recorded since this day (default: the briefing week's first day).")
    var changesSince: Day?
    @Option(help: "Output file; the charts go beside it.") var out: String = "briefing.md"

    func run() throws {
        let source = AnalysisSource(inputs: inputs, theatre: try theatreOptions.load())
        let data = try BriefingLoader.load(
            source: source, week: week, weekStart: weekStart.weekStart, changesSince: changesSince)
        let (folder, prefix) = ChartFiles.location(beside: out)
        let briefing = try CommandErrors.reporting { try WeeklyBriefing(data: data, week: week, chartPrefix: prefix) }
        try CommandErrors.reporting {
            try FileOutput.write(briefing.markdown, to: out)
            for chart in briefing.charts { try FileOutput.write(chart.svg, to: folder + chart.fileName) }
        }
        try IssueReporting.report(summaries: data.weekly.summaries, issues: data.weekly.issues, options: inputs)
        print(out)
    }
}

/// Reads what a briefing or an alerts document needs: weekly, monthly and corridor indicators, the incidents
/// of the week and the four before it, and the store's changes.
enum BriefingLoader {
    static func load(source: AnalysisSource, week: Day?, weekStart: WeekStart, changesSince: Day?) throws
        -> BriefingData
    {
        let calendar = PeriodCalendar(kind: .week, weekStart: weekStart)
        let runs =
            [(calendar, RegionGrouping.Level.admin1), (PeriodCalendar(kind: .month), .admin1)]
            + (source.corridorLevel.map { [(calendar, $0)] } ?? [])
        let (results, sources) = try source.indicators(runs)
        var data = BriefingData(
            weekly: results[0], monthly: results[1].table, corridors: results.count > 2 ? results[2].table : nil,
            incidents: [], changes: nil, theatre: source.theatre, sources: sources)
        if let start = data.weekStart(for: week) {
            // Two independent reads (each a scan of a store), one per core.
            let range = DateRange(first: start.adding(days: -28), last: start.adding(days: 6))
            (data.incidents, data.changes) = try concurrently(
                { try source.incidents(in: range) }, { try source.changes(since: changesSince ?? start) })
        }
        return data
    }
}
