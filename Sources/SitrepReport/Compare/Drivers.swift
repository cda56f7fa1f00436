import SitrepCore

/// What drives the difference between two periods across Mali: the count of incidents per event type and
/// per actor1 name in A and B, with the change in weekly rate (B's count / B's weeks − A's count / A's weeks).
struct Drivers {
    struct Entry {
        var name: String
        var side: String
        var countA = 0
        var countB = 0
    }

    var types: [Entry]
    /// Actors ranked by the absolute change of their weekly rate, then by name (code points).
    var actors: [Entry]
    var periods: ComparisonPeriods

    init(incidents: [Incident], periods: ComparisonPeriods, theatre: Theatre?) {
        self.periods = periods
        var types = EventType.allCases.map { Entry(name: $0.acledName, side: "") }
        var actors: [String: Entry] = [:]
        for incident in incidents {
            let inA = periods.a.contains(incident.date)
            guard inA || periods.b.contains(incident.date) else { continue }
            if let type = incident.eventType {
                if inA { types[Int(type.rawValue)].countA += 1 } else { types[Int(type.rawValue)].countB += 1 }
            }
            guard let actor = incident.actors.first(where: { $0.role == .initiator }), !actor.name.isEmpty else {
                continue
            }
            var entry = actors[actor.name] ?? Entry(name: actor.name, side: "")
            if entry.side.isEmpty, let side = actor.side ?? theatre?.actors.side(of: actor.name) {
                entry.side = side.rawValue
            }
            if inA { entry.countA += 1 } else { entry.countB += 1 }
            actors[actor.name] = entry
        }
        func ranked(_ entries: [Entry]) -> [Entry] {
            entries.sorted {
                let left = abs(Self.change($0, periods)), right = abs(Self.change($1, periods))
                if left != right { return left > right }
                return $0.name.unicodeScalars.lexicographicallyPrecedes($1.name.unicodeScalars)
            }
        }
        self.types = ranked(types)
        self.actors = Array(ranked(Array(actors.values)).prefix(PeriodComparison.driverActors))
    }

    /// B's weekly rate minus A's.
    static func change(_ entry: Entry, _ periods: ComparisonPeriods) -> Double {
        Double(entry.countB) / periods.b.weeks - Double(entry.countA) / periods.a.weeks
    }

    func change(_ entry: Entry) -> Double { Self.change(entry, periods) }

    func row(_ entry: Entry, withSide: Bool) -> [String] {
        let rateA = Double(entry.countA) / periods.a.weeks, rateB = Double(entry.countB) / periods.b.weeks
        let change = rateB - rateA
        return [entry.name] + (withSide ? [entry.side.isEmpty ? "unknown" : entry.side] : []) + [
            String(entry.countA), String(entry.countB), NumberFormatting.fixed(rateA, 2),
            NumberFormatting.fixed(rateB, 2), (change > 0 ? "+" : "") + NumberFormatting.fixed(change, 2),
        ]
    }

    /// The section's Markdown lines: the event-type table and the actor table.
    var lines: [String] {
        let numbers = ["A", "B", "A /wk", "B /wk", "Change /wk"]
        var lines = ["### Event types", ""]
        lines.append(
            MarkdownTable(
                header: ["Event type"] + numbers, alignments: [.left] + Array(repeating: .right, count: 5),
                rows: types.map { row($0, withSide: false) }
            ).text)
        lines += ["### Actors (actor1) with the largest change", ""]
        if actors.isEmpty {
            lines += ["No incident in A or B names its actor1.", ""]
        } else {
            lines.append(
                MarkdownTable(
                    header: ["Actor", "Side"] + numbers,
                    alignments: [.left, .left] + Array(repeating: .right, count: 5),
                    rows: actors.map { row($0, withSide: true) }
                ).text)
        }
        return lines
    }
}
