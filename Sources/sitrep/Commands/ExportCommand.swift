import ArgumentParser
import SitrepIngest
import SitrepStore

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write incidents, indicators or alerts as files for notebooks.",
        subcommands: [ExportIncidents.self, ExportTables.self, ExportAlerts.self],
        defaultSubcommand: ExportIncidents.self
    )
}

struct ExportIncidents: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "incidents",
        abstract: "Write the store's current incidents (deleted ones left out) as JSON Lines or CSV.",
        discussion: """
            jsonl is Sitrep's native format (Notebooks-data/schema/incident.schema.json), one incident per line,
            ordered by id, canonical: exporting, ingesting the export into a new store and exporting again gives
            the same bytes. csv is a flat table for notebooks (lists joined with '; ').
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case jsonl, csv }

    @Option(help: "Output format.") var format: Format
    @Option(help: "Output file (default: standard output).") var out: String?
    @OptionGroup var store: StoreOptions

    func run() throws {
        try CommandErrors.reporting {
            let source = try store.open()
            let output = try FileOutput(path: out)
            if format == .csv { output.write(IncidentCSV.header) }
            var buffer = ""
            try source.forEachCurrentIncident { incident in
                buffer += format == .csv ? IncidentCSV.line(incident) : IncidentJSONWriter.line(incident) + "\n"
                if buffer.utf8.count > 1 << 16 {
                    output.write(buffer)
                    buffer = ""
                }
            }
            output.write(buffer)
            try output.close()
        }
    }
}
