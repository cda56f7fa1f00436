import ArgumentParser
import SitrepCore
import SitrepReport
import SitrepTimeSeries

struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Compare two periods per region as weekly rates, with exact tests, as Markdown.",
        discussion: """
            A_FROM..A_TO is the reference period A, B_FROM..B_TO the period compared with it (YYYY-MM-DD, both
            ends included); they may also follow --input's files. The periods may differ in length (counts are
            compared per week: days / 7) and come in either order, but must not overlap.

            Per region and indicator: both counts and weekly rates, the rate ratio B/A with its exact 95%
            interval and conditional p-value, and p-values adjusted by Benjamini-Hochberg across each table
            (* q < 0.05, ** q < 0.01). Fatalities and blockade pressure are shown without a test. Then the event
            types and actors that drive the difference, and the methods and coverage.
            """
    )

    enum Level: String, ExpressibleByArgument, CaseIterable { case admin1, admin2, corridor }

    @OptionGroup var inputs: InputOptions
    @Argument(help: "Period A, the reference (A_FROM..A_TO), then period B (B_FROM..B_TO).")
    var periods: [String] = []
    @Option(help: "Rows of the regional table.") var by: Level = .admin1
    @Option(help: "Output file.") var out: String = "compare.md"
    @OptionGroup var theatreOptions: TheatreOptions

    /// Takes the periods that `--input FILE...` swallowed (it reads up to the next option), then checks them.
    ///
    /// Trailing `--input` values that start with a digit, hold `..` and no `/` are periods, not files.
    mutating func validate() throws {
        while periods.count < 2, let last = inputs.input.last, last.first?.isNumber == true, last.contains(".."),
            !last.contains("/")
        {
            periods.insert(inputs.input.removeLast(), at: 0)
        }
        guard periods.count == 2 else {
            throw ValidationError(
                "Give two periods, A_FROM..A_TO B_FROM..B_TO (e.g. 2025-06-01..2025-08-31 2025-09-01..2025-11-28);"
                    + " got \(periods.count)\(periods.isEmpty ? "" : ": " + periods.joined(separator: " "))."
            )
        }
        if inputs.input.isEmpty, inputs.db == nil {
            throw ValidationError("Give either --input FILE... or --db PATH (one of them).")
        }
        do {
            _ = try ComparisonPeriods(a: periods[0], b: periods[1])
        } catch {
            throw ValidationError("\(error.description.prefix(1).uppercased())\(error.description.dropFirst()).")
        }
    }

    func run() throws {
        let periods = try ComparisonPeriods(a: self.periods[0], b: self.periods[1])
        let theatre = try theatreOptions.load(required: by == .admin1 ? nil : "--by \(by.rawValue)")
        let level: RegionGrouping.Level =
            switch by {
            case .admin1: .admin1
            case .admin2: .admin2
            case .corridor: .corridor(theatre!.corridors.corridors.map(\.name))
            }
        let (incidents, summaries, issues, sources) = try AnalysisSource(inputs: inputs, theatre: theatre).allIncidents()
        let comparison = try CommandErrors.reporting {
            try PeriodComparison(
                incidents: incidents, periods: periods, summaries: summaries, sources: sources, theatre: theatre,
                level: level)
        }
        try CommandErrors.reporting { try FileOutput.write(comparison.markdown, to: out) }
        try IssueReporting.report(summaries: summaries, issues: issues, options: inputs)
        print(out)
    }
}
