public import SitrepCore

/// Writes an `Incident` as one line of Sitrep's native JSON Lines format
/// (`Notebooks-data/schema/incident.schema.json`).
///
/// The output is canonical, so that the same incident always gives the same bytes: keys in the order of
/// the schema (the order of `Incident`'s properties), absent optional values left out (as `Codable`
/// does), no spaces, strings escaped per RFC 8259 (`"`, `\`, and control characters; everything else as
/// UTF-8), numbers as Swift prints them (integers in decimal, doubles in their shortest round-trip form).
/// `JSONLReader` decodes it back to an equal `Incident`. Everything is appended to a byte array, so a
/// caller can pack several values into one buffer.
public enum IncidentJSONWriter {
    /// The JSON object, without a line break.
    public static func line(_ incident: Incident) -> String {
        var out = JSONBytes()
        append(incident, to: &out)
        return String(decoding: out.bytes, as: UTF8.self)
    }

    /// Appends a JSON array of actor objects (as in a line's `actors`) to `bytes`.
    public static func append(_ actors: [Actor], to bytes: inout [UInt8]) {
        with(&bytes) { appendArray(actors, to: &$0, element: actor) }
    }

    /// Appends a JSON array of materiel objects (as in a line's `materiel`) to `bytes`.
    public static func append(_ materiel: [MaterielLoss], to bytes: inout [UInt8]) {
        with(&bytes) { appendArray(materiel, to: &$0, element: Self.materiel) }
    }

    /// Appends a JSON array of strings (as in a line's `tags`) to `bytes`.
    public static func append(_ strings: [String], to bytes: inout [UInt8]) {
        with(&bytes) { appendArray(strings, to: &$0) { $1.string($0) } }
    }

    private static func with(_ bytes: inout [UInt8], _ body: (inout JSONBytes) -> Void) {
        var out = JSONBytes(bytes: bytes)
        bytes = []
        body(&out)
        bytes = out.bytes
    }

    static func append(_ incident: Incident, to out: inout JSONBytes) {
        out.open()
        out.key("id", string: incident.id)
        out.key("source", string: incident.source)
        out.key("sourceID", string: incident.sourceID)
        out.key("revision", integer: incident.revision)
        out.key("date", string: incident.date.description)
        out.key("datePrecision", string: incident.datePrecision.rawValue)
        out.key("dateText", string: incident.dateText)
        out.key("location")
        location(incident.location, to: &out)
        out.key("eventType", string: incident.eventType?.acledName)
        out.key("subEventType", string: incident.subEventType)
        out.key("actors")
        appendArray(incident.actors, to: &out, element: actor)
        out.key("fatalities")
        fatalities(incident.fatalities, to: &out)
        out.key("materiel")
        appendArray(incident.materiel, to: &out, element: materiel)
        out.key("tags")
        appendArray(incident.tags, to: &out) { $1.string($0) }
        out.key("reliability", string: incident.reliability.rawValue)
        out.key("notes", string: incident.notes)
        out.close()
    }

    static func location(_ location: Location, to out: inout JSONBytes) {
        out.open()
        out.key("name", string: location.name)
        out.key("admin1", string: location.admin1)
        out.key("admin2", string: location.admin2)
        out.key("latitude", number: location.latitude)
        out.key("longitude", number: location.longitude)
        out.key("precision", string: location.precision.rawValue)
        if let segment = location.segment {
            out.key("segment")
            appendArray(segment, to: &out) { $1.string($0) }
        }
        out.close()
    }

    static func actor(_ actor: Actor, to out: inout JSONBytes) {
        out.open()
        out.key("name", string: actor.name)
        out.key("side", string: actor.side?.rawValue)
        out.key("role", string: actor.role.rawValue)
        out.close()
    }

    static func fatalities(_ fatalities: Fatalities, to out: inout JSONBytes) {
        out.open()
        out.key("low", integer: fatalities.low.map(Int64.init))
        out.key("best", integer: Int64(fatalities.best))
        out.key("high", integer: fatalities.high.map(Int64.init))
        out.key("isMinimum")
        out.raw(fatalities.isMinimum ? "true" : "false")
        out.key("state", integer: fatalities.state.map(Int64.init))
        out.key("insurgent", integer: fatalities.insurgent.map(Int64.init))
        out.key("civilian", integer: fatalities.civilian.map(Int64.init))
        out.close()
    }

    static func materiel(_ loss: MaterielLoss, to out: inout JSONBytes) {
        out.open()
        out.key("item", string: loss.item)
        out.key("count", integer: loss.count.map(Int64.init))
        out.key("disposition", string: loss.disposition.rawValue)
        out.key("by", string: loss.by?.rawValue)
        out.key("from", string: loss.from?.rawValue)
        out.close()
    }

    static func appendArray<T>(_ elements: [T], to out: inout JSONBytes, element: (T, inout JSONBytes) -> Void) {
        out.raw("[")
        for (index, value) in elements.enumerated() {
            if index > 0 { out.raw(",") }
            element(value, &out)
        }
        out.raw("]")
    }
}

/// JSON text built byte by byte: objects member by member (absent values left out), with the commas.
struct JSONBytes {
    var bytes: [UInt8]
    /// Whether the innermost open object has no member yet.
    private var isFirst = true

    init(bytes: [UInt8] = []) { self.bytes = bytes }

    mutating func raw(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    mutating func open() {
        bytes.append(UInt8(ascii: "{"))
        isFirst = true
    }

    mutating func close() {
        bytes.append(UInt8(ascii: "}"))
        isFirst = false
    }

    /// Starts a member: `,"name":` (no comma before the first).
    mutating func key(_ name: StaticString) {
        if !isFirst { bytes.append(UInt8(ascii: ",")) }
        isFirst = false
        bytes.append(UInt8(ascii: "\""))
        raw(name)
        raw("\":")
    }

    mutating func key(_ name: StaticString, string value: String?) {
        guard let value else { return }
        key(name)
        string(value)
    }

    mutating func key(_ name: StaticString, integer value: Int64?) {
        guard let value else { return }
        key(name)
        bytes.append(contentsOf: String(value).utf8)
    }

    /// A finite double in its shortest round-trip form (`14.3`, `-3.912`, `2.0`).
    mutating func key(_ name: StaticString, number value: Double?) {
        guard let value else { return }
        key(name)
        bytes.append(contentsOf: value.description.utf8)
    }

    /// `value` as a JSON string literal: quotes, backslashes and control characters escaped, every other
    /// byte copied as it is (runs of them at once).
    mutating func string(_ value: String) {
        bytes.append(UInt8(ascii: "\""))
        var value = value
        value.withUTF8 { utf8 in
            var unwritten = 0
            for index in utf8.indices {
                let byte = utf8[index]
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[unwritten..<index]))
                escape(byte)
                unwritten = index + 1
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[unwritten...]))
        }
        bytes.append(UInt8(ascii: "\""))
    }

    private mutating func escape(_ byte: UInt8) {
        switch byte {
        case UInt8(ascii: "\""): raw("\\\"")
        case UInt8(ascii: "\\"): raw("\\\\")
        case 0x0A: raw("\\n")
        case 0x0D: raw("\\r")
        case 0x09: raw("\\t")
        default:
            raw("\\u00")
            let digits: StaticString = "0123456789abcdef"
            bytes.append(digits.utf8Start[Int(byte >> 4)])
            bytes.append(digits.utf8Start[Int(byte & 0xF)])
        }
    }
}
