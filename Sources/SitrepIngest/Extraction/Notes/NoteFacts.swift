public import SitrepCore

/// What an ACLED `notes` text reports beyond the structured columns.
public struct NoteFacts: Sendable, Equatable {
    /// Deaths by side, `nil` when the note gives none for that side.
    public var state: Int?
    public var insurgent: Int?
    public var civilian: Int?
    /// Deaths the note does not attribute ("4 people were killed").
    public var unattributed: Int?
    /// The note's figure is a minimum ("at least").
    public var isMinimum = false
    public var materiel: [MaterielLoss] = []
    /// Tag names (`IncidentTag` raw values) in first-mention order.
    public var tags: [String] = []
    public var reliability = Reliability.independent

    public init() {}

    /// Fills `incident` with what its structured fields leave empty, never overriding one: deaths by side only
    /// where `incident.fatalities` has none for that side (the total `best` is never touched), materiel only
    /// when the incident lists none, tags added to those present, reliability set to `.claim` when the note
    /// reports a group's own claim (ACLED has no structured field for it).
    public func apply(to incident: inout Incident) {
        if incident.fatalities.state == nil { incident.fatalities.state = state }
        if incident.fatalities.insurgent == nil { incident.fatalities.insurgent = insurgent }
        if incident.fatalities.civilian == nil { incident.fatalities.civilian = civilian }
        if incident.materiel.isEmpty { incident.materiel = materiel }
        for tag in tags where !incident.tags.contains(tag) { incident.tags.append(tag) }
        if reliability == .claim { incident.reliability = .claim }
    }
}
