import ArgumentParser
import SitrepCore
import SitrepReport
import SitrepTimeSeries

/// `--format csv|json` and `--to DIR` for the table exports.
struct ExportDestination: ParsableArguments {
    enum Format: String, ExpressibleByArgument, CaseIterable { case csv, json }

    @Option(help: "Table format.") var format: Format = .csv
    @Option(help: "Folder to write into (created if missing).") var to: String

    func path(_ name: String) throws -> String {
        try CommandErrors.reporting {
            guard mkdirIfMissing(to) else { throw CommandFailure("cannot create the folder \(to)") }
        }
        return to + (to.hasSuffix("/") ? "" : "/") + name + "." + format.rawValue
    }
}

struct ExportTables: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "indicators",
        abstract: "Write the indicator tables for notebooks: weekly and monthly per admin1, weekly per corridor.",
        discussion: """
            Files: indicators-week-admin1, indicators-month-admin1 and (with a theatre) indicators-week-corridor,
            as .csv or .json; the columns are those of 'sitrep indicators' (see its --help). One row per region
            and period, dense, sorted by region then period.
            """
    )

    @OptionGroup var inputs: InputOptions
    @OptionGroup var theatreOptions: TheatreOptions
    @OptionGroup var destination: ExportDestination
    @Option(help: "First day of the week.") var weekStart: WeekStartOption = .saturday

    func run() throws {
        let source = AnalysisSource(inputs: inputs, theatre: try theatreOptions.load())
        let week = PeriodCalendar(kind: .week, weekStart: weekStart.weekStart)
        var tables: [(String, IndicatorTable)] = [
            ("indicators-week-admin1", try source.indicators(calendar: week).result.table),
            ("indicators-month-admin1", try source.indicators(calendar: PeriodCalendar(kind: .month)).result.table),
        ]
        if let corridor = source.corridorLevel {
            tables.append(("indicators-week-corridor", try source.indicators(calendar: week, level: corridor).result.table))
        }
        for (name, table) in tables {
            let text = destination.format == .csv ? IndicatorTableRendering.csv(table) : IndicatorTableRendering.json(table)
            let path = try destination.path(name)
            try CommandErrors.reporting { try FileOutput.write(text, to: path) }
            print(path)
        }
    }
}

struct ExportAlerts: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "alerts",
        abstract: "Write every alert of every week in a date range as one table (alerts.csv or alerts.json).",
        discussion: """
            Columns: region, week_start, rule, severity, value, baseline, p, detail, incident_ids (ids joined
            with ';' in CSV). Weeks run from --from to --to (default: the last 52 complete weeks).
            """
    )

    @OptionGroup var inputs: InputOptions
    @OptionGroup var theatreOptions: TheatreOptions
    @OptionGroup var destination: ExportDestination
    @Option(help: "First day of the week.") var weekStart: WeekStartOption = .saturday
    @Option(help: "First week (any day in it).") var from: Day?
    @Option(help: "Last week (any day in it; default: the last complete week).") var through: Day?

    func run() throws {
        let source = AnalysisSource(inputs: inputs, theatre: try theatreOptions.load())
        let data = try BriefingLoader.load(source: source, week: through, weekStart: weekStart.weekStart, changesSince: nil)
        guard let last = data.weekStart(for: through) else { throw CommandFailure("the input holds no usable events") }
        let first = from.map { data.weekStart(for: $0)! } ?? last.adding(days: -7 * 51)
        var history = data
        history.incidents = try source.incidents(in: DateRange(first: first, last: last.adding(days: 6)))
        let alerts = AlertsDocument.history(data: history, from: first, through: last)
        let path = try destination.path("alerts")
        let text = destination.format == .csv ? AlertTable.csv(alerts) : AlertTable.json(alerts)
        try CommandErrors.reporting { try FileOutput.write(text, to: path) }
        print(path)
    }
}
