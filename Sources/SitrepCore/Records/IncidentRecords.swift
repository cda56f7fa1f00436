/// Turns incidents into the compact records aggregation works on, so that an export aggregates the same
/// whether it is read directly or from the store. It holds the name tables the records' ids point into and
/// looks actor names up in the theatre's dictionary.
///
/// A record gets the date, precision, event and sub-event type, best fatalities, admin1 (an empty or missing
/// admin1 gives `EventRecord.none`, as `ACLEDReader.forEachEvent` does) and admin2, the sides of the first
/// initiator and first target (the incident's own side, else the theatre's actor dictionary), coordinates and
/// location precision, tags, deaths by side (state and state-allied deaths count as state-side, capped in the
/// order state, insurgent, civilian so that they never exceed `best`) and materiel (`MaterielCategory`); with
/// a theatre, also the corridor of a corridor-segment location (`Theatre.corridorIndex(forSegment:)`).
public struct IncidentRecords: Sendable {
    public let theatre: Theatre?
    public private(set) var regions = NameTable()
    public private(set) var admin2 = NameTable()
    /// The theatre's dictionary (which remembers its answers), kept apart so that a lookup does not copy the
    /// whole theatre.
    private let actors: ActorDictionary?

    public init(theatre: Theatre?) {
        self.theatre = theatre
        self.actors = theatre?.actors
    }

    public mutating func record(for incident: Incident) -> EventRecord {
        var record = EventRecord(fieldsOf: incident)
        let location = incident.location
        record.admin1 = regionID(of: location.admin1)
        record.admin2 = admin2ID(of: location.admin2)
        record.actor1Side = side(of: incident, .initiator)
        record.actor2Side = side(of: incident, .target)
        if location.precision == .corridorSegment, let ends = location.segment {
            record.corridor = corridor(ofSegment: ends)
        }
        return record
    }

    /// The side of the first actor in `role`: its own, else the theatre dictionary's.
    func side(of incident: Incident, _ role: Actor.Role) -> Side? {
        guard let actor = incident.actors.first(where: { $0.role == role }) else { return nil }
        return actor.side ?? side(ofActorNamed: actor.name)
    }

    // What a record kept without its names needs to be completed, as `record(for:)` completes its own.

    /// The admin1 id of a name (`EventRecord.none` for a missing or empty name).
    public mutating func regionID(of name: String?) -> Int32 {
        guard let name, !name.isEmpty else { return EventRecord.none }
        return regions.id(of: name)
    }

    /// The admin2 id of a name (`EventRecord.none` for a missing or empty name).
    public mutating func admin2ID(of name: String?) -> Int32 {
        guard let name, !name.isEmpty else { return EventRecord.none }
        return admin2.id(of: name)
    }

    /// The theatre dictionary's side for an actor whose record has none.
    public func side(ofActorNamed name: String) -> Side? { actors?.side(of: name) }

    /// The corridor a corridor-segment location counts for (`Theatre.corridorIndex(forSegment:)`), or
    /// `EventRecord.noCorridor`.
    public func corridor(ofSegment ends: [String]) -> Int8 {
        theatre?.corridorIndex(forSegment: ends).map(Int8.init) ?? EventRecord.noCorridor
    }
}

extension EventRecord {
    /// The part of an incident's record that needs neither a theatre nor name tables: day, date precision,
    /// event and sub-event type, best fatalities, coordinates and location precision, tags (and `claim` for
    /// a group's own claim), deaths by side and materiel; the admin ids are `EventRecord.none`, the sides
    /// `nil` and the corridor `noCorridor` (`IncidentRecords.record(for:)` fills them).
    public init(fieldsOf incident: Incident) {
        let location = incident.location
        self.init(
            day: incident.date, datePrecision: incident.datePrecision, eventType: incident.eventType,
            admin1: EventRecord.none, fatalities: Int32(clamping: incident.fatalities.best))
        subEventType = incident.subEventType.flatMap(SubEventType.init(acledName:))
        if let latitude = location.latitude, let longitude = location.longitude {
            self.latitude = Float(latitude)
            self.longitude = Float(longitude)
        }
        locationPrecision = location.precision
        addTags(incident.tags)
        if incident.reliability == .claim { tags.insert(.claim) }
        var remaining = fatalities
        for (count, keyPath) in [
            (incident.fatalities.state, \EventRecord.fatalitiesStateSide),
            (incident.fatalities.insurgent, \EventRecord.fatalitiesInsurgent),
            (incident.fatalities.civilian, \EventRecord.fatalitiesCivilian),
        ] {
            let taken = min(Int32(clamping: count ?? 0), remaining)
            self[keyPath: keyPath] = taken
            remaining -= taken
        }
        addMateriel(incident.materiel)
    }
}

extension EventRecord {
    /// Adds the tags Sitrep's indicators use (convoy, fuel-tanker, checkpoint, IED, base, claim) from their names.
    public mutating func addTags(_ names: [String]) {
        for tag in names {
            switch tag.lowercased() {
            case "convoy": tags.insert(.convoy)
            case "fuel-tanker", "fuel tanker", "tanker": tags.insert(.fuelTanker)
            case "checkpoint": tags.insert(.checkpoint)
            case "ied": tags.insert(.ied)
            case "base": tags.insert(.base)
            case "claim": tags.insert(.claim)
            default: break
            }
        }
    }

    /// Adds materiel losses to the materiel counts: weapons captured by insurgents, weapons captured or recovered
    /// by the state side, vehicles destroyed that the state side lost (or, when the loser is not given, that
    /// insurgents destroyed), and fuel tankers destroyed.
    public mutating func addMateriel(_ losses: [MaterielLoss]) {
        for loss in losses {
            let count = Int32(clamping: loss.count ?? 0)
            switch (MaterielCategory(item: loss.item), loss.disposition) {
            case (.weapon, .captured) where loss.by == .insurgent: weaponsCapturedByInsurgents += count
            case (.weapon, .captured), (.weapon, .recovered):
                if loss.by?.isStateSide ?? false { weaponsRecoveredByState += count }
            case (.vehicle, .destroyed) where loss.from?.isStateSide ?? (loss.by == .insurgent):
                vehiclesDestroyedState += count
            case (.fuelTanker, .destroyed): fuelTankersDestroyed += count
            default: break
            }
        }
    }
}

/// What kind of equipment a `MaterielLoss.item` class is, for the materiel indicators.
public enum MaterielCategory: Sendable, Equatable {
    case weapon, vehicle, fuelTanker, ammunition, other

    /// Weapons: heavy-machine-gun, machine-gun, assault-rifle, rpg, mortar. Vehicles: armoured-vehicle,
    /// military-vehicle, vehicle, truck, motorcycle. Fuel tankers: fuel-tanker. Ammunition: ammunition.
    public init(item: String) {
        switch item {
        case "heavy-machine-gun", "machine-gun", "assault-rifle", "rpg", "mortar": self = .weapon
        case "armoured-vehicle", "military-vehicle", "vehicle", "truck", "motorcycle": self = .vehicle
        case "fuel-tanker": self = .fuelTanker
        case "ammunition": self = .ammunition
        default: self = .other
        }
    }
}
