public import SitrepCore

/// Where a value was read in a text: UTF-8 byte offsets and `Character` offsets (both half-open), and the
/// text itself.
public struct TextSpan: Sendable, Hashable, Codable {
    public var utf8Start: Int
    public var utf8End: Int
    public var characterStart: Int
    public var characterEnd: Int
    public var text: String
}

/// The evidence for one extracted field.
///
/// `field` is a path into the incident: `date`, `location`, `eventType`, `initiator`, `target`,
/// `fatalities.best` (one entry per number it sums), `fatalities.state`, `fatalities.insurgent`,
/// `fatalities.civilian`, `fatalities.isMinimum`, `fatalities.low`, `fatalities.high`, `materiel[i]`,
/// `materiel[i].count`, `materiel[i].disposition`, `tags[tag]`, `reliability`.
///
/// `confidence` (0…1) is fixed by the rule that read the value, not estimated: 0.95 digits, an absolute date,
/// a gazetteer place or a dictionary name in subject or agent position; 0.9 number words; 0.85 an article
/// read as one, a relative date; 0.8 a disposition or tag word; 0.7 an approximation (« une dizaine »), the
/// event type inferred from its cues, a side noun standing for an actor (« les soldats » → FAMa); 0.6 a place
/// not in the gazetteer, who took materiel when only the initiator says it; 0.5 a date whose written weekday
/// does not match it.
public struct FieldEvidence: Sendable, Hashable, Codable {
    public var field: String
    public var span: TextSpan
    public var confidence: Double
}

/// A distance and direction from a named place: « à 50 km au nord de Kati ».
public struct PlaceOffset: Sendable, Hashable, Codable {
    public var kilometres: Int
    /// As written, folded (`nord`, `north-east`); `nil` when the text gives none.
    public var direction: String?
    public var from: String
}

/// The language of a dispatch.
public enum DispatchLanguage: String, Sendable, Codable, CaseIterable {
    case fr
    case en
}

/// One incident read from a dispatch, with the evidence for each field.
///
/// Fields the text does not state keep their model defaults (`fatalities.best` 0, empty `materiel`,
/// `eventType` nil) and have no evidence; `statedFields` lists only the fields with evidence.
public struct Extraction: Sendable, Codable {
    public var incident: Incident
    public var evidence: [FieldEvidence]
    /// Set when the place is given as a distance from a named town; the incident's location is that town,
    /// precision near-town.
    public var offset: PlaceOffset?
    public var language: DispatchLanguage
    /// True when the text states no date and `incident.date` is the publication date (precision week).
    public var dateFromPublication: Bool
    /// Inconsistencies found while reading (a weekday that does not match its date).
    public var warnings: [String]

    /// The fields the text states, flattened to `path → value` strings for comparison with expected values:
    /// `date` (`2025-10-01`, with ` (week)` / ` (month)` for coarser precision), `location.name`,
    /// `location.precision`, `location.segment` (`Ségou|Bamako`), `location.offsetKm`, `eventType`,
    /// `subEventType`, `initiator` and `target` (`JNIM (insurgent)`), `fatalities.best`, `.low`, `.high`,
    /// `.isMinimum` (only when true), `.state`, `.insurgent`, `.civilian`, `materiel.ITEM.DISPOSITION`
    /// (`count=2 by=insurgent`, `count=null` when uncounted), `tags.TAG` (`true`), `reliability` (`claim` only).
    public var statedFields: [String: String] {
        let evidenced = Set(evidence.map(\.field))
        var fields: [String: String] = [:]
        if evidenced.contains("date") {
            let p = incident.datePrecision
            fields["date"] = incident.date.description + (p == .day ? "" : " (\(p.rawValue))")
        }
        if evidenced.contains("location") {
            let location = incident.location
            if let name = location.name { fields["location.name"] = name }
            fields["location.precision"] = location.precision.rawValue
            if let segment = location.segment { fields["location.segment"] = segment.joined(separator: "|") }
            if let offset { fields["location.offsetKm"] = String(offset.kilometres) }
        }
        if evidenced.contains("eventType"), let type = incident.eventType {
            fields["eventType"] = type.acledName
            if let sub = incident.subEventType { fields["subEventType"] = sub }
        }
        for role in [Actor.Role.initiator, .target] where evidenced.contains(role.rawValue) {
            if let actor = incident.actors.first(where: { $0.role == role }) {
                fields[role.rawValue] = "\(actor.name) (\(actor.side?.rawValue ?? "unknown"))"
            }
        }
        let f = incident.fatalities
        if evidenced.contains("fatalities.best") { fields["fatalities.best"] = String(f.best) }
        if evidenced.contains("fatalities.low"), let low = f.low { fields["fatalities.low"] = String(low) }
        if evidenced.contains("fatalities.high"), let high = f.high { fields["fatalities.high"] = String(high) }
        if evidenced.contains("fatalities.isMinimum"), f.isMinimum { fields["fatalities.isMinimum"] = "true" }
        if let state = f.state { fields["fatalities.state"] = String(state) }
        if let insurgent = f.insurgent { fields["fatalities.insurgent"] = String(insurgent) }
        if let civilian = f.civilian { fields["fatalities.civilian"] = String(civilian) }
        for loss in incident.materiel {
            let count = loss.count.map(String.init) ?? "null"
            fields["materiel.\(loss.item).\(loss.disposition.rawValue)"] =
                "count=\(count) by=\(loss.by?.rawValue ?? "null")"
        }
        for tag in incident.tags { fields["tags.\(tag)"] = "true" }
        if incident.reliability == .claim { fields["reliability"] = "claim" }
        return fields
    }
}

/// A dispatch that cannot be turned into incidents.
public struct ExtractionError: Error, Sendable, CustomStringConvertible {
    public var description: String

    public init(_ description: String) { self.description = description }
}
