import SitrepCore

/// A 64-bit fingerprint of everything an incident says (FNV-1a over its fields in a fixed order, each
/// value preceded by a type byte and each string followed by a 0xFF byte, which never occurs in UTF-8).
///
/// Stable across runs and machines (unlike `Hasher`), so the store can tell an unchanged row from an
/// edited one without reading the stored revision back. The revision stamp itself is left out: a row
/// whose only change is its stamp is not a new revision.
struct IncidentDigest {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    init(_ incident: Incident) {
        let l = incident.location, f = incident.fatalities
        add(incident.id)
        add(Int64(incident.date.number))
        add(incident.datePrecision.rawValue)
        add(incident.dateText)
        add(l.name)
        add(l.admin1)
        add(l.admin2)
        add(l.latitude)
        add(l.longitude)
        add(l.precision.rawValue)
        add(l.segment?.count)
        for part in l.segment ?? [] { add(part) }
        add(incident.eventType.map { Int($0.rawValue) })
        add(incident.subEventType)
        add(incident.actors.count)
        for actor in incident.actors {
            add(actor.name)
            add(actor.side?.rawValue)
            add(actor.role.rawValue)
        }
        for count in [f.low, f.best, f.high, f.isMinimum ? 1 : 0, f.state, f.insurgent, f.civilian] { add(count) }
        add(incident.materiel.count)
        for loss in incident.materiel {
            add(loss.item)
            add(loss.count)
            add(loss.disposition.rawValue)
            add(loss.by?.rawValue)
            add(loss.from?.rawValue)
        }
        add(incident.tags.count)
        for tag in incident.tags { add(tag) }
        add(incident.reliability.rawValue)
        add(incident.notes)
    }

    /// The digest as SQLite stores it (same bits, signed).
    var signed: Int64 { Int64(bitPattern: value) }

    private mutating func byte(_ b: UInt8) { value = (value ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }

    private mutating func add(_ text: String?) {
        guard let text else { return byte(0) }
        byte(1)
        for b in text.utf8 { byte(b) }
        byte(0xFF)
    }

    private mutating func add(_ number: Int64?) {
        guard let number else { return byte(0) }
        byte(2)
        var bits = UInt64(bitPattern: number)
        for _ in 0..<8 {
            byte(UInt8(truncatingIfNeeded: bits))
            bits >>= 8
        }
    }

    private mutating func add(_ number: Int?) { add(number.map(Int64.init)) }

    private mutating func add(_ number: Double?) { add(number.map { Int64(bitPattern: $0.bitPattern) }) }
}
