import ArgumentParser

@main
struct Sitrep: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sitrep",
        abstract: "Situation-trend analytics for armed-conflict incident data (Mali and the Sahel).",
        discussion: """
            Reads ACLED exports, aggregates them into weekly or monthly regional indicators and writes
            Markdown briefings. Run 'sitrep help COMMAND' for a command's options.

            EXIT CODES
              0   success
              1   an input file could not be read (the message names it), or an output could not be written
              3   'alerts --fail-on': an alert at or above that severity fired
              4   '--strict': some rows could not be used (each is listed on stderr)
              64  the command line is wrong
            """,
        subcommands: [
            IndicatorsCommand.self, BriefingCommand.self, CompareCommand.self, AlertsCommand.self, FitCommand.self,
            ExtractCommand.self, IngestCommand.self, ExportCommand.self, ChangesCommand.self, QuarantineCommand.self,
            SynthCommand.self,
        ]
    )
}
