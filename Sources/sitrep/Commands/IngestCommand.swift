import ArgumentParser
import SitrepIngest
import SitrepStore

struct IngestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Add ACLED, UCDP or Sitrep JSONL files to the store, keeping every revision.",
        discussion: """
            All files (and --deletions lists) go in one transaction: on any error nothing is written, and a
            process killed half-way leaves the store as it was. Incidents are keyed on (source, source id);
            a changed row becomes a new revision (ACLED's timestamp orders them), an identical one changes
            nothing, so ingesting the same file twice reports "0 new, 0 updated". Unusable rows go to the
            quarantine ('sitrep quarantine' lists them). A store locked by another ingest is waited for
            (30 s) before failing.

            --format auto tells the format from the file: '{' first → jsonl; a CSV header with
            event_id_cnty, event_date, event_type, admin1, fatalities → acled; with id, date_start,
            type_of_violence, best → ucdp.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case auto, acled, ucdp, jsonl }

    @Argument(help: "Files to ingest.") var files: [String] = []
    @Option(help: "Input format.") var format: Format = .auto
    @Option(help: "ACLED deleted-events list (CSV: event_id_cnty, deleted_timestamp); repeatable.")
    var deletions: [String] = []
    @OptionGroup var store: StoreOptions
    @Flag(help: "Read ACLED notes for deaths by side, materiel, tags and claims (never overriding a structured field).")
    var extractNotes = false

    func validate() throws {
        guard !files.isEmpty || !deletions.isEmpty else {
            throw ValidationError("Give at least one FILE or --deletions FILE.")
        }
    }

    func run() throws {
        let inputs = try CommandErrors.reporting {
            try files.map { path in
                let detected = try format == .auto ? IncidentFormat.detect(path: path) : IncidentFormat(rawValue: format.rawValue)!
                return IncidentStore.Input(path: path, format: detected, extractNotes: extractNotes)
            }
        }
        let report = try CommandErrors.reporting {
            try store.open(create: true).ingest(inputs, deletions: deletions)
        }
        for file in report.files { print(file.line) }
        print(report.totalLine)
    }
}
