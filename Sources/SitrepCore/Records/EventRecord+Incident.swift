extension EventRecord {
    /// The compact record aggregation works on, from a full incident, so that an export aggregates the same
    /// whether it is read directly or from the store.
    ///
    /// Date, precision, event and sub-event type, best fatalities, admin1 (interned into `regions`; an empty
    /// or missing admin1 gives `EventRecord.none`, as `ACLEDReader.forEachEvent` does) and admin2 (into
    /// `admin2Names`), the sides of the first initiator and first target (the incident's own side, else the
    /// theatre's actor dictionary), coordinates and location precision, tags, deaths by side (state and
    /// state-allied deaths count as state-side) and materiel (`MaterielCategory`); with a theatre, also the
    /// corridor of a corridor-segment location (`Theatre.corridorIndex(forSegment:)`).
    public init(incident: Incident, regions: inout NameTable, admin2Names: inout NameTable, theatre: Theatre?) {
        let admin1 = incident.location.admin1
        self.init(
            day: incident.date, datePrecision: incident.datePrecision, eventType: incident.eventType,
            admin1: admin1.map { $0.isEmpty ? EventRecord.none : regions.id(of: $0) } ?? EventRecord.none,
            fatalities: Int32(clamping: incident.fatalities.best))
        subEventType = incident.subEventType.flatMap(SubEventType.init(acledName:))
        if let admin2 = incident.location.admin2, !admin2.isEmpty { self.admin2 = admin2Names.id(of: admin2) }
        func side(_ role: Actor.Role) -> Side? {
            guard let actor = incident.actors.first(where: { $0.role == role }) else { return nil }
            return actor.side ?? theatre?.actors.side(of: actor.name)
        }
        actor1Side = side(.initiator)
        actor2Side = side(.target)
        let location = incident.location
        if let latitude = location.latitude, let longitude = location.longitude {
            self.latitude = Float(latitude)
            self.longitude = Float(longitude)
        }
        locationPrecision = location.precision
        if location.precision == .corridorSegment, let ends = location.segment,
            let corridor = theatre?.corridorIndex(forSegment: ends)
        {
            self.corridor = Int8(corridor)
        }
        addTags(incident.tags)
        if incident.reliability == .claim { tags.insert(.claim) }
        // Deaths by side, capped in the order state, insurgent, civilian so that they never exceed `best`.
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
