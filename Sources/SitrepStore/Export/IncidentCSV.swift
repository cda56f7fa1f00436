public import SitrepCore
import SitrepIngest

/// The flat CSV form of incidents that `sitrep export --format csv` writes for notebooks: one row per
/// incident, the columns below, lists joined with `; `, absent values empty, quoting as Python's `csv`
/// module does (QUOTE_MINIMAL).
///
/// `actors` lists every actor as `name [role/side]` (side `?` when unknown); `tags` and `materiel`
/// (`count item disposition by/from`) likewise. The JSON Lines export is the lossless one.
public enum IncidentCSV {
    public static let columns = [
        "id", "source", "source_id", "revision", "event_date", "date_precision", "location", "admin1", "admin2",
        "latitude", "longitude", "location_precision", "event_type", "sub_event_type", "actor1", "actor2", "actors",
        "fatalities_low", "fatalities_best", "fatalities_high", "fatalities_state", "fatalities_insurgent",
        "fatalities_civilian", "materiel", "tags", "reliability", "notes",
    ]

    public static var header: String { CSVWriting.line(columns) }

    public static func line(_ incident: Incident) -> String {
        let l = incident.location
        let f = incident.fatalities
        func text(_ value: Int?) -> String { value.map { String($0) } ?? "" }
        func text(_ value: Double?) -> String { value.map { $0.description } ?? "" }
        let actors = incident.actors.map { "\($0.name) [\($0.role.rawValue)/\($0.side?.rawValue ?? "?")]" }
        let materiel = incident.materiel.map { loss in
            "\(loss.count.map { String($0) } ?? "?") \(loss.item) \(loss.disposition.rawValue) "
                + "\(loss.by?.rawValue ?? "?")/\(loss.from?.rawValue ?? "?")"
        }
        return CSVWriting.line([
            incident.id, incident.source, incident.sourceID, incident.revision.map { String($0) } ?? "",
            incident.date.description, incident.datePrecision.rawValue, l.name ?? "", l.admin1 ?? "", l.admin2 ?? "",
            text(l.latitude), text(l.longitude), l.precision.rawValue, incident.eventType?.acledName ?? "",
            incident.subEventType ?? "", incident.actors.first { $0.role == .initiator }?.name ?? "",
            incident.actors.first { $0.role == .target }?.name ?? "", actors.joined(separator: "; "),
            text(f.low), String(f.best), text(f.high), text(f.state), text(f.insurgent), text(f.civilian),
            materiel.joined(separator: "; "), incident.tags.joined(separator: "; "), incident.reliability.rawValue,
            incident.notes ?? "",
        ])
    }
}
