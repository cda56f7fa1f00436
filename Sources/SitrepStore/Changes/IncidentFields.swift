public import SitrepCore

/// An incident as a list of named fields with text values, for field-by-field comparison.
///
/// Names follow the native JSON keys (`location.admin1`, `fatalities.best`); absent values are empty;
/// lists are joined with `; ` (actors as `name [role/side]`). `id`, `source`, `sourceID` and `revision`
/// are left out: they identify a revision rather than describe the event.
public enum IncidentFields {
    public static func values(of incident: Incident) -> [(field: String, value: String)] {
        let l = incident.location
        let f = incident.fatalities
        func text(_ value: Int?) -> String { value.map { String($0) } ?? "" }
        func text(_ value: Double?) -> String { value.map { $0.description } ?? "" }
        return [
            ("date", incident.date.description),
            ("datePrecision", incident.datePrecision.rawValue),
            ("dateText", incident.dateText ?? ""),
            ("location.name", l.name ?? ""),
            ("location.admin1", l.admin1 ?? ""),
            ("location.admin2", l.admin2 ?? ""),
            ("location.latitude", text(l.latitude)),
            ("location.longitude", text(l.longitude)),
            ("location.precision", l.precision.rawValue),
            ("location.segment", (l.segment ?? []).joined(separator: "; ")),
            ("eventType", incident.eventType?.acledName ?? ""),
            ("subEventType", incident.subEventType ?? ""),
            (
                "actors",
                incident.actors.map { "\($0.name) [\($0.role.rawValue)/\($0.side?.rawValue ?? "?")]" }.joined(
                    separator: "; ")
            ),
            ("fatalities.low", text(f.low)),
            ("fatalities.best", String(f.best)),
            ("fatalities.high", text(f.high)),
            ("fatalities.isMinimum", f.isMinimum ? "true" : "false"),
            ("fatalities.state", text(f.state)),
            ("fatalities.insurgent", text(f.insurgent)),
            ("fatalities.civilian", text(f.civilian)),
            (
                "materiel",
                incident.materiel.map { "\($0.count.map { String($0) } ?? "?") \($0.item) \($0.disposition.rawValue)" }
                    .joined(separator: "; ")
            ),
            ("tags", incident.tags.joined(separator: "; ")),
            ("reliability", incident.reliability.rawValue),
            ("notes", incident.notes ?? ""),
        ]
    }

    /// The fields whose values differ, in `values(of:)` order.
    public static func differences(from old: Incident, to new: Incident) -> [IncidentChanges.FieldChange] {
        zip(values(of: old), values(of: new)).compactMap { before, after in
            before.value == after.value
                ? nil : IncidentChanges.FieldChange(field: before.field, old: before.value, new: after.value)
        }
    }
}
