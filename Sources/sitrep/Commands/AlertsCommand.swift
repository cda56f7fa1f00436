import ArgumentParser
import SitrepCore
import SitrepReport
import SitrepStats

struct AlertsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "alerts",
        abstract: "Apply ACLED's early-warning rules and Sitrep's statistical ones to one week.",
        discussion: """
            Rules: \(AlertRules.definitions.map(\.rule).joined(separator: ", ")). 'sitrep alerts --help' lists
            the options; the Markdown document defines each rule and gives its record on the data.
            With --fail-on SEVERITY the command exits with status 3 when an alert at or above that severity
            fires, so that a scheduled job can notify someone.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case md, json }
    enum Severity: String, ExpressibleByArgument, CaseIterable {
        case low, medium, high
        var level: AlertDecision.Severity { AlertDecision.Severity(rawValue: rawValue)! }
    }

    @OptionGroup var inputs: InputOptions
    @OptionGroup var theatreOptions: TheatreOptions
    @Option(help: "A day in the week to check (default: the last complete week in the data).") var asOf: Day?
    @Option(help: "First day of the week.") var weekStart: WeekStartOption = .saturday
    @Option(help: "Output format.") var format: Format = .md
    @Option(help: "Exit with status 3 when an alert at or above this severity fires.") var failOn: Severity?
    @Option(help: "Output file (default: standard output).") var out: String?

    func run() throws {
        let source = AnalysisSource(inputs: inputs, theatre: try theatreOptions.load())
        let data = try BriefingLoader.load(source: source, week: asOf, weekStart: weekStart.weekStart, changesSince: nil)
        let document = try CommandErrors.reporting { try AlertsDocument(data: data, asOf: asOf) }
        try CommandErrors.reporting { try FileOutput.write(format == .md ? document.markdown : document.json, to: out) }
        try IssueReporting.report(summaries: data.weekly.summaries, issues: data.weekly.issues, options: inputs)
        if let failOn, let highest = document.highestSeverity, highest >= failOn.level { throw ExitCode(3) }
    }
}
