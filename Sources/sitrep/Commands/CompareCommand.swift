import ArgumentParser
import SitrepCore
import SitrepIngest
import SitrepReport
import SitrepStore
import SitrepTimeSeries

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

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
    @Option(help: "Theatre directory (default: Notebooks-data/theatres/mali, found from here or the executable).")
    var theatre: String?

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
        let theatre = try loadTheatre()
        let level: RegionGrouping.Level =
            switch by {
            case .admin1: .admin1
            case .admin2: .admin2
            case .corridor: .corridor(theatre!.corridors.corridors.map(\.name))
            }
        let (incidents, summaries, issues, sources) = try CommandErrors.reporting { try read(theatre: theatre) }
        let comparison = try CommandErrors.reporting {
            try PeriodComparison(
                incidents: incidents, periods: periods, summaries: summaries, sources: sources, theatre: theatre,
                level: level)
        }
        try CommandErrors.reporting { try FileOutput.write(comparison.markdown, to: out) }
        try IssueReporting.report(summaries: summaries, issues: issues, options: inputs)
        print(out)
    }

    /// The theatre, or `nil` when none is found and `--by admin1` does not need it.
    func loadTheatre() throws -> Theatre? {
        guard let directory = theatre ?? Theatre.defaultDirectory() else {
            if by != .admin1 {
                throw ValidationError(
                    "--by \(by.rawValue) needs the theatre: give --theatre DIR (Notebooks-data/theatres/mali).")
            }
            StandardError.print(
                "sitrep: no theatre directory found (--theatre DIR); actor sides and corridors left empty")
            return nil
        }
        return try CommandErrors.reporting { try Theatre(directory: directory) }
    }

    /// Every incident of the `--input` files (any format, sides from the theatre), or the current incidents of
    /// the `--db` store, with what was read and skipped.
    func read(theatre: Theatre?) throws -> ([Incident], [ReadSummary], IssueLog, [String]) {
        var incidents: [Incident] = []
        var issues = IssueLog()
        guard let db = inputs.db else {
            let sideOf = theatre.map { theatre in { @Sendable (name: String) in theatre.actors.side(of: name) } }
            var summaries: [ReadSummary] = []
            for path in inputs.input {
                let format = try IncidentFormat.detect(path: path)
                summaries.append(
                    try format.forEachIncident(
                        path: path, sideOf: sideOf, extractNotes: inputs.extractNotes, onIssue: { issues.record($0) }
                    ) { incidents.append($0) })
            }
            return (incidents, summaries, issues, inputs.input)
        }
        guard access(db, F_OK) == 0 else {
            throw CommandFailure("\(db): no store there; create one with 'sitrep ingest FILE --db \(db)'")
        }
        let store = try IncidentStore(path: db)
        let counts = try store.counts()
        var summary = ReadSummary(file: db)
        summary.used = counts.current
        summary.skipped = counts.quarantined
        try store.forEachCurrentIncident { incidents.append($0) }
        return (incidents, [summary], issues, try store.sourceFiles())
    }
}
