public import ArgumentParser
public import SitrepCore
import SitrepIngest

/// `--input FILE...` and what to do with rows that cannot be used.
struct InputOptions: ParsableArguments {
    @Option(
        name: .long, parsing: .upToNextOption,
        help: "Incident files to read: ACLED exports (either layout), UCDP GED/Candidate CSV, or Sitrep JSON Lines.")
    var input: [String] = []

    @Option(help: "A Sitrep store to read instead of --input files (built by 'sitrep ingest').")
    var db: String?

    @Flag(help: "Read ACLED notes for deaths by side, materiel, tags and claims (never overriding a structured field).")
    var extractNotes = false

    @Flag(help: "Exit with status 4 when any row could not be used.")
    var strict = false

    @Option(help: "How many unusable rows to describe on stderr (all are counted).")
    var showIssues = 20

    func validate() throws {
        guard input.isEmpty != (db == nil) else {
            throw ValidationError("Give either --input FILE... or --db PATH (one of them).")
        }
    }
}

/// `--week-start`, shared by the commands that build weekly series.
enum WeekStartOption: String, ExpressibleByArgument, CaseIterable {
    case saturday, monday

    var weekStart: WeekStart { self == .saturday ? .saturday : .monday }
}

extension Day: ExpressibleByArgument {
    /// A `YYYY-MM-DD` date, or an ISO week label such as `2025-W40` (its Monday).
    public init?(argument: String) {
        if let day = Day(parsing: argument) {
            self = day
        } else if let week = ISOWeek(parsing: argument), let monday = week.monday {
            self = monday
        } else {
            return nil
        }
    }
}

/// Prints what a read left out, and applies `--strict`.
enum IssueReporting {
    static func report(summaries: [ReadSummary], issues: IssueLog, options: InputOptions) throws {
        for issue in issues.details.prefix(options.showIssues) { StandardError.print(issue.description) }
        if issues.count > options.showIssues {
            StandardError.print("... and \(issues.count - options.showIssues) more unusable rows (--show-issues N to list them)")
        }
        for summary in summaries { StandardError.print(summary.line) }
        if options.strict, issues.count > 0 { throw ExitCode(4) }
    }
}
