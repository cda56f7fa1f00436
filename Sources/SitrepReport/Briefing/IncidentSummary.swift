public import SitrepCore

/// One-line descriptions of incidents for the notable-incidents and evidence lists.
public enum IncidentSummary {
    /// "Battles (Armed clash): JNIM vs Military Forces of Mali; 7 killed (at least); 16 weapons captured,
    /// 2 vehicles destroyed; a group's claim".
    public static func line(_ incident: Incident) -> String {
        var parts: [String] = []
        let type = incident.eventType?.acledName ?? "Event"
        var head = incident.subEventType.map { "\(type) (\($0))" } ?? type
        let initiators = incident.actors.filter { $0.role == .initiator }.map { shortName($0.name) }
        let targets = incident.actors.filter { $0.role == .target }.map { shortName($0.name) }
        if !initiators.isEmpty {
            head += ": " + initiators.joined(separator: ", ")
            if !targets.isEmpty { head += " vs " + targets.joined(separator: ", ") }
        }
        parts.append(head)
        if incident.fatalities.best > 0 {
            parts.append("\(incident.fatalities.best) killed" + (incident.fatalities.isMinimum ? " (at least)" : ""))
        }
        let materiel = materielText(incident.materiel)
        if !materiel.isEmpty { parts.append(materiel) }
        if incident.reliability == .claim { parts.append("a party's own claim") }
        return parts.joined(separator: "; ")
    }

    /// Where: the place name, else admin2 / admin1.
    public static func place(_ incident: Incident) -> String {
        let location = incident.location
        let area = [location.admin2, location.admin1].compactMap { $0 }.filter { !$0.isEmpty }
        if let name = location.name, !name.isEmpty {
            return area.isEmpty ? name : "\(name) (\(area.joined(separator: ", ")))"
        }
        return area.isEmpty ? "unknown" : area.joined(separator: ", ")
    }

    /// Units of materiel lost in an incident (counted items only).
    public static func materielUnits(_ incident: Incident) -> Int { incident.materiel.compactMap(\.count).reduce(0, +) }

    /// "16 weapons captured, 2 vehicles destroyed" (items without a count are named without one).
    static func materielText(_ losses: [MaterielLoss]) -> String {
        var totals: [(key: String, count: Int?)] = []
        for loss in losses {
            let noun: String
            switch MaterielCategory(item: loss.item) {
            case .weapon: noun = "weapons"
            case .vehicle: noun = "vehicles"
            case .fuelTanker: noun = "fuel tankers"
            case .ammunition: noun = "ammunition"
            case .other: noun = loss.item
            }
            let key = "\(noun) \(loss.disposition.rawValue)"
            if let index = totals.firstIndex(where: { $0.key == key }) {
                if let count = loss.count { totals[index].count = (totals[index].count ?? 0) + count }
            } else {
                totals.append((key, loss.count))
            }
        }
        return totals.map { total in total.count.map { "\($0) \(total.key)" } ?? total.key }.joined(separator: ", ")
    }

    /// An ACLED actor name without its description after a colon ("JNIM: Group for …" → "JNIM").
    static func shortName(_ name: String) -> String {
        name.split(separator: ":", maxSplits: 1).first.map { String($0) } ?? name
    }
}
