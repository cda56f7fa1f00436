public import SitrepCore

/// Writes an `Incident` as one line of Sitrep's native JSON Lines format
/// (`Notebooks-data/schema/incident.schema.json`).
///
/// The output is canonical, so that the same incident always gives the same bytes: keys in the order of
/// the schema (the order of `Incident`'s properties), absent optional values left out (as `Codable`
/// does), no spaces, strings escaped per RFC 8259 (`"`, `\`, and control characters; everything else as
/// UTF-8), numbers as Swift prints them (integers in decimal, doubles in their shortest round-trip form).
/// `JSONLReader` decodes it back to an equal `Incident`.
public enum IncidentJSONWriter {
    /// The JSON object, without a line break.
    public static func line(_ incident: Incident) -> String {
        var out = JSONObjectWriter()
        out.key("id", string: incident.id)
        out.key("source", string: incident.source)
        out.key("sourceID", string: incident.sourceID)
        out.key("revision", raw: incident.revision.map { String($0) })
        out.key("date", string: incident.date.description)
        out.key("datePrecision", string: incident.datePrecision.rawValue)
        out.key("dateText", string: incident.dateText)
        out.key("location", raw: location(incident.location))
        out.key("eventType", raw: incident.eventType.map { String($0.rawValue) })
        out.key("subEventType", string: incident.subEventType)
        out.key("actors", raw: array(incident.actors.map(actor)))
        out.key("fatalities", raw: fatalities(incident.fatalities))
        out.key("materiel", raw: array(incident.materiel.map(materiel)))
        out.key("tags", raw: array(incident.tags.map(JSONObjectWriter.quoted)))
        out.key("reliability", string: incident.reliability.rawValue)
        out.key("notes", string: incident.notes)
        return out.finished
    }

    /// A JSON array of actor objects (as in a line's `actors`).
    public static func json(_ actors: [Actor]) -> String { array(actors.map(actor)) }

    /// A JSON array of materiel objects (as in a line's `materiel`).
    public static func json(_ materiel: [MaterielLoss]) -> String { array(materiel.map(Self.materiel)) }

    /// A JSON array of strings (as in a line's `tags`).
    public static func json(_ strings: [String]) -> String { array(strings.map(JSONObjectWriter.quoted)) }

    static func location(_ location: Location) -> String {
        var out = JSONObjectWriter()
        out.key("name", string: location.name)
        out.key("admin1", string: location.admin1)
        out.key("admin2", string: location.admin2)
        out.key("latitude", raw: location.latitude.map(number))
        out.key("longitude", raw: location.longitude.map(number))
        out.key("precision", string: location.precision.rawValue)
        out.key("segment", raw: location.segment.map { array($0.map(JSONObjectWriter.quoted)) })
        return out.finished
    }

    static func actor(_ actor: Actor) -> String {
        var out = JSONObjectWriter()
        out.key("name", string: actor.name)
        out.key("side", string: actor.side?.rawValue)
        out.key("role", string: actor.role.rawValue)
        return out.finished
    }

    static func fatalities(_ fatalities: Fatalities) -> String {
        var out = JSONObjectWriter()
        out.key("low", raw: fatalities.low.map { String($0) })
        out.key("best", raw: String(fatalities.best))
        out.key("high", raw: fatalities.high.map { String($0) })
        out.key("isMinimum", raw: fatalities.isMinimum ? "true" : "false")
        out.key("state", raw: fatalities.state.map { String($0) })
        out.key("insurgent", raw: fatalities.insurgent.map { String($0) })
        out.key("civilian", raw: fatalities.civilian.map { String($0) })
        return out.finished
    }

    static func materiel(_ loss: MaterielLoss) -> String {
        var out = JSONObjectWriter()
        out.key("item", string: loss.item)
        out.key("count", raw: loss.count.map { String($0) })
        out.key("disposition", string: loss.disposition.rawValue)
        out.key("by", string: loss.by?.rawValue)
        out.key("from", string: loss.from?.rawValue)
        return out.finished
    }

    static func array(_ elements: [String]) -> String { "[" + elements.joined(separator: ",") + "]" }

    /// A finite double in its shortest round-trip form (`14.3`, `-3.912`, `2.0`).
    static func number(_ value: Double) -> String { value.description }
}

/// Builds one JSON object, member by member; `nil` values are left out.
struct JSONObjectWriter {
    private var text = "{"
    private var isFirst = true

    mutating func key(_ name: String, raw value: String?) {
        guard let value else { return }
        if !isFirst { text += "," }
        isFirst = false
        text += "\""
        text += name
        text += "\":"
        text += value
    }

    mutating func key(_ name: String, string value: String?) { key(name, raw: value.map(Self.quoted)) }

    var finished: String { text + "}" }

    /// `value` as a JSON string literal.
    static func quoted(_ value: String) -> String {
        var needsEscape = false
        for byte in value.utf8 where byte < 0x20 || byte == 0x22 || byte == 0x5C {
            needsEscape = true
            break
        }
        guard needsEscape else { return "\"" + value + "\"" }
        var out = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
