import ArgumentParser
import SitrepStore

struct QuarantineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quarantine",
        abstract: "List the rows ingest could not use: file, line, column, value and reason.",
        discussion: "One row per line, as FILE:LINE: column 'C': value 'V': REASON; then the count."
    )

    @OptionGroup var store: StoreOptions

    func run() throws {
        let entries = try CommandErrors.reporting { try store.open().quarantine() }
        var text = ""
        for entry in entries {
            text += "\(entry.file):\(entry.line):"
            if let column = entry.column { text += " column '\(column)':" }
            if let value = entry.value { text += " value '\(value)':" }
            text += " \(entry.reason)\n"
        }
        text += "\(entries.count) quarantined row\(entries.count == 1 ? "" : "s")\n"
        try CommandErrors.reporting { try FileOutput.write(text, to: nil) }
    }
}
