import SitrepCore
import SitrepIngest
import SitrepStats

/// Alerts as a flat table for notebooks: one row per alert with the columns region, week_start, rule,
/// severity, value, baseline, p, detail, incident_ids.
public enum AlertTable {
    /// Each column's name, its CSV text and its JSON text.
    static func columns(_ alert: Alert) -> [(name: String, csv: String, json: String)] {
        let p = alert.p.map(JSONText.number)
        return [
            ("region", alert.region, JSONText.string(alert.region)),
            ("week_start", alert.weekStart.description, JSONText.string(alert.weekStart.description)),
            ("rule", alert.rule, JSONText.string(alert.rule)),
            ("severity", alert.severity.rawValue, JSONText.string(alert.severity.rawValue)),
            ("value", JSONText.number(alert.value), JSONText.number(alert.value)),
            ("baseline", JSONText.number(alert.baseline), JSONText.number(alert.baseline)),
            ("p", p ?? "", p ?? "null"),
            ("detail", alert.detail, JSONText.string(alert.detail)),
            ("incident_ids", alert.incidentIDs.joined(separator: ";"),
             "[" + alert.incidentIDs.map(JSONText.string).joined(separator: ", ") + "]"),
        ]
    }

    static let header = ["region", "week_start", "rule", "severity", "value", "baseline", "p", "detail", "incident_ids"]

    /// CSV, ids joined with ';', `p` empty where the rule has none.
    public static func csv(_ alerts: [Alert]) -> String {
        CSVWriting.line(header) + alerts.map { CSVWriting.line(columns($0).map(\.csv)) }.joined()
    }

    /// A JSON array of objects, ids as an array and `p` null where the rule has none.
    public static func json(_ alerts: [Alert]) -> String {
        let objects = alerts.map { alert in
            "  {" + columns(alert).map { "\(JSONText.string($0.name)): \($0.json)" }.joined(separator: ", ") + "}"
        }
        return objects.isEmpty ? "[]\n" : "[\n" + objects.joined(separator: ",\n") + "\n]\n"
    }
}
