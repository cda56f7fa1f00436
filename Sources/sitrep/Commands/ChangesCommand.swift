import ArgumentParser
import SitrepCore
import SitrepReport
import SitrepStore

struct ChangesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "changes",
        abstract: "List incidents added, edited (field by field) and deleted since a date.",
        discussion: """
            A change's time is the source's revision stamp (ACLED's timestamp and deleted_timestamp), or the
            ingest time for sources without one. DATE is read as its midnight UTC. Late additions are added
            incidents whose event date is before DATE (ACLED back-fills).
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case md, json }

    @Option(help: "First day to list changes from (YYYY-MM-DD).") var since: Day
    @Option(help: "Output format.") var format: Format = .md
    @Option(help: "Output file (default: standard output).") var out: String?
    @OptionGroup var store: StoreOptions

    func run() throws {
        let changes = try CommandErrors.reporting { try store.open().changes(since: Int64(since.number) * 86_400) }
        let text = format == .md ? markdown(changes) : json(changes)
        try CommandErrors.reporting { try FileOutput.write(text, to: out) }
    }

    func summary(_ incident: Incident) -> String {
        "\(incident.date) \(incident.location.admin1 ?? "no admin1") \(incident.eventType?.acledName ?? "other"), "
            + "\(incident.fatalities.best) killed"
    }

    func markdown(_ changes: IncidentChanges) -> String {
        let late = Set(changes.lateAdditions.map(\.id))
        var lines = ["# Changes since \(since)", ""]
        lines.append(
            "\(changes.added.count) added (\(late.count) late additions), \(changes.edited.count) edited, "
                + "\(changes.deleted.count) deleted.")
        lines.append("")
        lines.append("## Added")
        lines.append("")
        for incident in changes.added {
            lines.append(
                "- `\(incident.id)` \(summary(incident))\(late.contains(incident.id) ? " (late addition)" : "")")
        }
        lines.append("")
        lines.append("## Edited")
        lines.append("")
        for edit in changes.edited {
            lines.append("- `\(edit.incident.id)` \(summary(edit.incident))")
            for field in edit.fields { lines.append("  - \(field.field): `\(field.old)` → `\(field.new)`") }
        }
        lines.append("")
        lines.append("## Deleted")
        lines.append("")
        for deletion in changes.deleted { lines.append("- `\(deletion.incident.id)` \(summary(deletion.incident))") }
        return lines.joined(separator: "\n") + "\n"
    }

    func json(_ changes: IncidentChanges) -> String {
        let late = Set(changes.lateAdditions.map(\.id))
        let added = changes.added.map {
            "{\"id\":\(JSONText.string($0.id)),\"date\":\"\($0.date)\",\"lateAddition\":\(late.contains($0.id))}"
        }
        let edited = changes.edited.map { edit in
            let fields = edit.fields.map {
                "{\"field\":\(JSONText.string($0.field)),\"old\":\(JSONText.string($0.old)),"
                    + "\"new\":\(JSONText.string($0.new))}"
            }
            return "{\"id\":\(JSONText.string(edit.incident.id)),\"fields\":[\(fields.joined(separator: ","))]}"
        }
        let deleted = changes.deleted.map {
            "{\"id\":\(JSONText.string($0.incident.id)),\"deletedAt\":\($0.deletedAt)}"
        }
        return
            "{\"since\":\"\(since)\",\"added\":[\(added.joined(separator: ","))],"
            + "\"edited\":[\(edited.joined(separator: ","))],"
            + "\"deleted\":[\(deleted.joined(separator: ","))]}\n"
    }
}
