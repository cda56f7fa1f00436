public import SitrepCore
public import SitrepStats
import SitrepTimeSeries

/// The escalation alerts of one week, as Markdown or JSON.
public struct AlertsDocument: Sendable {
    public let week: Day
    public let alerts: [Alert]
    public let trackRecord: [AlertTrackRecord]

    /// The alerts at the week holding `asOf` (default: the last complete week), with their evidence.
    public init(data: BriefingData, asOf: Day?) throws {
        let index = try data.weekIndex(for: asOf)
        let engine = AlertEngine(weekly: data.weekly.table, monthly: data.monthly)
        week = data.weekly.table.periods[index]
        alerts = data.alerts(at: index, engine: engine)
        trackRecord = engine.trackRecord(before: index)
    }

    /// Every alert of every week from the one holding `first` to the one holding `last`, with evidence from
    /// `data.incidents` (which should cover those weeks), in week order.
    public static func history(data: BriefingData, from first: Day, through last: Day) -> [Alert] {
        let table = data.weekly.table
        let engine = AlertEngine(weekly: table, monthly: data.monthly)
        let (firstWeek, lastWeek) = (data.weekStart(for: first)!, data.weekStart(for: last)!)
        return table.periods.indices.filter { table.periods[$0] >= firstWeek && table.periods[$0] <= lastWeek }
            .flatMap { data.alerts(at: $0, engine: engine) }
    }

    /// The most severe alert, if any fired.
    public var highestSeverity: AlertDecision.Severity? { alerts.map(\.severity).max() }

    /// A JSON array of objects with `region`, `week_start`, `rule`, `severity`, `value`, `baseline`, `p` (null
    /// where the rule has none), `detail` and `incident_ids` (see `AlertTable.json`).
    public var json: String { AlertTable.json(alerts) }

    public var markdown: String {
        var lines = ["# Escalation alerts: Mali, week of \(week)", ""]
        let counts = AlertDecision.Severity.allCases.reversed().map { severity in
            "\(alerts.filter { $0.severity == severity }.count) \(severity.rawValue)"
        }
        lines.append(
            "\(alerts.count) alerts fired for the week \(week) to \(week.adding(days: 6)): \(counts.joined(separator: ", "))."
        )
        lines.append("")
        if !alerts.isEmpty {
            lines.append(
                MarkdownTable(
                    header: ["Severity", "Region", "Rule", "What", "Value", "Baseline", "p"],
                    alignments: [.left, .left, .left, .left, .right, .right, .right],
                    rows: alerts.map {
                        [
                            $0.severity.rawValue, $0.region, $0.rule, $0.detail, NumberFormatting.compact($0.value),
                            NumberFormatting.fixed($0.baseline, 2), $0.p.map(NumberFormatting.pValue) ?? "",
                        ]
                    }
                ).text)
            lines.append("## Evidence")
            lines.append("")
            for alert in alerts {
                let ids =
                    alert.incidentIDs.isEmpty
                    ? "no incident listed in the data of this week" : alert.incidentIDs.joined(separator: ", ")
                lines.append("- **\(alert.region), \(alert.rule)** (\(alert.severity.rawValue)): \(ids).")
            }
            lines.append("")
        }
        lines.append("## Rules and their record on this data")
        lines.append("")
        let record = Dictionary(uniqueKeysWithValues: trackRecord.map { ($0.rule, $0) })
        lines.append(
            MarkdownTable(
                header: ["Rule", "Definition", "Fired", "Followed by 4 weeks above baseline"],
                alignments: [.left, .left, .right, .right],
                rows: AlertRules.definitions.map { rule, definition in
                    let entry = record[rule]
                    return [
                        rule, definition, entry.map { String($0.fired) } ?? "–",
                        entry.flatMap(\.sustainedShare).map { NumberFormatting.fixed($0 * 100, 0) + "%" } ?? "–",
                    ]
                }
            ).text)
        lines.append(
            "The record covers every week with four weeks after it in the data; the rules that fit a model each week (\(AlertRules.refitted.sorted().joined(separator: ", "))) are refitted at each of the last \(AlertEngine.refittedRuleRecordWeeks) such weeks. A firing counts as followed by 4 weeks above baseline when the mean of the next four weeks is above the baseline the rule compared with (for trend_12w the mean of the 12 weeks fitted; for balance_of_force_shift the mean before the change, on the side the index moved to). A dash means the rule did not fire or, for acled_threat (monthly), that it has no record."
        )
        lines.append("")
        return lines.joined(separator: "\n")
    }
}
