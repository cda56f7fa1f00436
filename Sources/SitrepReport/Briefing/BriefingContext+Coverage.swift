import SitrepCore
import SitrepIngest
import SitrepStore
import SitrepTimeSeries

extension BriefingContext {
    /// Edits, deletions and late additions the store recorded since the previous briefing.
    func changesSection(_ changes: IncidentChanges) -> String {
        var lines = ["## Changed since the last briefing", ""]
        lines.append(
            "Since \(changes.sinceDay): \(changes.added.count) incidents added (\(changes.lateAdditions.count) of them dated before that day: late additions), \(changes.edited.count) edited, \(changes.deleted.count) deleted."
        )
        lines.append("")
        var rows: [[String]] = []
        for incident in changes.lateAdditions.prefix(10) {
            rows.append(["late addition", incident.id, incident.date.description, IncidentSummary.line(incident)])
        }
        for edit in changes.edited.prefix(10) {
            let fields = edit.fields.map { "\($0.field): \($0.old) → \($0.new)" }.joined(separator: "; ")
            rows.append(["edited", edit.incident.id, edit.incident.date.description, fields])
        }
        for deletion in changes.deleted.prefix(10) {
            rows.append([
                "deleted", deletion.incident.id, deletion.incident.date.description,
                IncidentSummary.line(deletion.incident),
            ])
        }
        if !rows.isEmpty {
            lines.append(MarkdownTable(header: ["Change", "Id", "Date", "What"], rows: rows).text)
            lines.append(
                "At most ten of each kind are listed; `sitrep changes --since \(changes.sinceDay)` lists them all.")
            lines.append("")
        }
        return lines.joined(separator: "\n")
    }

    func methodsSection(firstDay: Day, lastDay: Day) -> String {
        let weekly = data.weekly
        let used = weekly.summaries.reduce(0) { $0 + $1.used }
        let skipped = weekly.summaries.reduce(0) { $0 + $1.skipped }
        let sources = SourceList.markdown(data.sources)
        var lines = ["## Methods and coverage", ""]
        lines.append(
            "- **Data:** \(sources); \(used) incidents used, \(skipped) rows skipped as unusable (listed on stderr), dated \(firstDay) to \(lastDay)."
        )
        lines.append(
            "- **Date precision:** \(totals[index].impreciseDates) of this week's \(totals[index].events) events are dated only to a week or a month and count in the week of their coded date."
        )
        lines.append(
            "- **Location precision:** \(totals[index].impreciseLocations) of this week's events have region-level coordinates (ACLED geo_precision 3): they count in their region but are never placed on a corridor."
        )
        if weekly.table.eventsWithoutRegion > 0 {
            lines.append(
                "- **No region:** \(weekly.table.eventsWithoutRegion) events have no admin1 and appear only in national totals."
            )
        }
        if !weekly.unmappedActors.isEmpty {
            lines.append(
                "- **Actors without a side:** \(weekly.unmappedActors.count) actor names are not in the theatre's dictionary; their events count in no side's figures."
            )
        }
        lines.append(
            "- **Baselines:** averages over the \(WeeklyBriefing.shortBaselineWeeks) and \(WeeklyBriefing.longBaselineWeeks) weeks before this one (fewer where the data starts later)."
        )
        lines.append(
            "- **Trend:** quasi-Poisson regression of weekly events on the week index over the last \(WeeklyBriefing.trendWeeks) weeks (IRLS; dispersion = Pearson χ²/(n − 2); t-test of the slope); % per week = 100 (exp(β₁) − 1); ▲/▼ mark p < 0.05."
        )
        lines.append(
            "- **Blockade pressure:** incidents within \(data.theatre.map { NumberFormatting.compact($0.corridors.bufferKm) } ?? "10") km of a supply corridor and \(data.theatre.map { NumberFormatting.compact($0.corridors.radiusKm) } ?? "300") km of Bamako, weighted 3 for a convoy or tanker attack, 2 at a checkpoint, 1 otherwise, times 1 − distance to Bamako / radius; corridor segments named in a source count for their corridor."
        )
        lines.append(
            "- **Balance of force:** the mean of its defined parts, each in [−1, 1] with +1 towards the insurgents: the share of engagements they initiated (rescaled), territory overtaken vs regained, the loss-exchange ratio and the net materiel flow (see `sitrep indicators --help`)."
        )
        lines.append(
            "- **Sides:** from the source where it gives them (UCDP deaths by side, dispatches, `--extract-notes`); otherwise deaths stay unattributed, never guessed."
        )
        lines.append("")
        lines.append("**Alert rules**")
        lines.append("")
        let record = Dictionary(uniqueKeysWithValues: engine.trackRecord(before: index).map { ($0.rule, $0) })
        let rows = AlertRules.definitions.map { rule, definition -> [String] in
            let scope =
                AlertRules.refitted.contains(rule)
                ? " in the last \(AlertEngine.refittedRuleRecordWeeks) weeks judged" : ""
            let history = record[rule].map {
                "fired \($0.fired)×\(scope); \($0.sustained) followed by 4 weeks above baseline"
            }
            return [
                rule, definition,
                history ?? (AlertRules.untracked.contains(rule) ? "not tracked" : "never fired\(scope)"),
            ]
        }
        lines.append(MarkdownTable(header: ["Rule", "Definition", "Record on this data"], rows: rows).text)
        return lines.joined(separator: "\n")
    }
}
