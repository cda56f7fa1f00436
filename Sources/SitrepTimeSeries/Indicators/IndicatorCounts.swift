public import SitrepCore

/// The indicator values of one region in one period: sums over its events.
///
/// Every field is a sum, a count or a maximum over events, so cells built on parts of the data merge
/// exactly and in any order (blockade pressure is summed in integer millionths for that reason).
///
/// The fields every event may touch come first, so that counting an event writes the cell's first two cache
/// lines; deaths by side, materiel and corridor fields are written only when the event has them.
public struct IndicatorCounts: Sendable, Equatable {
    /// Number of events.
    public var events: Int64 = 0
    /// Sum of the best fatality estimates.
    public var fatalities: Int64 = 0
    /// Events per ACLED event type, indexed by `EventType.rawValue`.
    public var byType: (Int64, Int64, Int64, Int64, Int64, Int64) = (0, 0, 0, 0, 0, 0)
    /// Events dated only to a week or a month (ACLED `time_precision` 2–3), counted in their coded date's period.
    public var impreciseDates: Int64 = 0
    /// ACLED's "violent events" (its early-warning rules): Battles, Explosions/Remote violence, Violence
    /// against civilians, Riots, and Protests of sub-event "Excessive force against protesters".
    public var violentEvents: Int64 = 0

    /// Events whose coordinates stand only for their region (ACLED `geo_precision` 3): never placed on a
    /// corridor, in a zone or an admin2 by their coordinates.
    public var impreciseLocations: Int64 = 0
    /// Battles and explosions/remote violence with an insurgent actor 1 and a state-side actor 2.
    public var insurgentAttacksOnState: Int64 = 0
    /// Battles and explosions/remote violence between insurgents and the state side, whoever is actor 1.
    public var engagements: Int64 = 0
    /// Violence against civilians, plus explosions/remote violence whose actor 2 is civilian.
    public var attacksOnCivilians: Int64 = 0
    /// Events of ACLED sub-event type "Non-state actor overtakes territory".
    public var territoryOvertaken: Int64 = 0
    /// Events of ACLED sub-event type "Government regains territory".
    public var territoryRegained: Int64 = 0
    /// Deaths by side where the source gives them; state side includes state-allied forces.
    public var fatalitiesStateSide: Int64 = 0
    public var fatalitiesInsurgent: Int64 = 0
    public var fatalitiesCivilian: Int64 = 0
    public var weaponsCapturedByInsurgents: Int64 = 0
    public var weaponsRecoveredByState: Int64 = 0
    public var vehiclesDestroyedState: Int64 = 0
    public var fuelTankersDestroyed: Int64 = 0
    /// Corridor incidents (events placed on a corridor, see `EventPlacement`).
    public var corridorIncidents: Int64 = 0
    /// Sum of the corridor incidents' `blockadeWeight`, in millionths (each weight rounded to 1e-6 first).
    public var blockadePressureMicros: Int64 = 0
    /// Bit i set when corridor i had an incident.
    public var corridorMask: UInt64 = 0
    /// Day number of the latest corridor incident, `Int32.min` when none.
    public var lastCorridorIncident: Int32 = .min

    public init() {}

    /// Deaths whose side the source does not give (or that are neither state side, insurgent nor civilian).
    public var fatalitiesUnknown: Int64 { fatalities - fatalitiesStateSide - fatalitiesInsurgent - fatalitiesCivilian }

    public var blockadePressure: Double { Double(blockadePressureMicros) / 1_000_000 }

    /// Number of distinct corridors with an incident.
    public var corridorsHit: Int64 { Int64(corridorMask.nonzeroBitCount) }

    /// Adds one event. The counts every event may change are added as 0 or 1 without a branch (the event
    /// types of a shuffled export defeat branch prediction); the fields most events leave at zero are tested.
    @inlinable
    public mutating func add(_ record: EventRecord) {
        events += 1
        fatalities += Int64(record.fatalities)
        impreciseDates += Self.one(record.datePrecision != .day)
        let type = record.eventType
        if let type {
            withUnsafeMutableBytes(of: &byType) { counts in
                counts.storeBytes(
                    of: counts.load(fromByteOffset: Int(type.rawValue) * 8, as: Int64.self) + 1,
                    toByteOffset: Int(type.rawValue) * 8, as: Int64.self)
            }
        }
        violentEvents += Self.one(
            type?.isPoliticalViolence ?? false || record.subEventType == .excessiveForceAgainstProtesters)
        impreciseLocations += Self.one(record.locationPrecision == .region)
        let actor1 = record.actor1Side
        let actor2 = record.actor2Side
        let isBattleOrExplosion = type == .battles || type == .explosionsRemoteViolence
        let insurgentOnState = isBattleOrExplosion && actor1 == .insurgent && (actor2?.isStateSide ?? false)
        let stateOnInsurgent = isBattleOrExplosion && (actor1?.isStateSide ?? false) && actor2 == .insurgent
        insurgentAttacksOnState += Self.one(insurgentOnState)
        engagements += Self.one(insurgentOnState || stateOnInsurgent)
        attacksOnCivilians += Self.one(
            type == .violenceAgainstCivilians || (type == .explosionsRemoteViolence && actor2 == .civilian))
        territoryOvertaken += Self.one(record.subEventType == .nonStateActorOvertakesTerritory)
        territoryRegained += Self.one(record.subEventType == .governmentRegainsTerritory)
        if record.fatalitiesStateSide | record.fatalitiesInsurgent | record.fatalitiesCivilian != 0 {
            fatalitiesStateSide += Int64(record.fatalitiesStateSide)
            fatalitiesInsurgent += Int64(record.fatalitiesInsurgent)
            fatalitiesCivilian += Int64(record.fatalitiesCivilian)
        }
        if record.weaponsCapturedByInsurgents | record.weaponsRecoveredByState | record.vehiclesDestroyedState
            | record.fuelTankersDestroyed != 0
        {
            weaponsCapturedByInsurgents += Int64(record.weaponsCapturedByInsurgents)
            weaponsRecoveredByState += Int64(record.weaponsRecoveredByState)
            vehiclesDestroyedState += Int64(record.vehiclesDestroyedState)
            fuelTankersDestroyed += Int64(record.fuelTankersDestroyed)
        }
        if record.corridor >= 0 {
            corridorIncidents += 1
            blockadePressureMicros += Int64((Double(record.blockadeWeight) * 1_000_000).rounded())
            corridorMask |= 1 << UInt64(record.corridor)
            if record.day.number > lastCorridorIncident { lastCorridorIncident = record.day.number }
        }
    }

    /// 1 when `condition` holds, else 0.
    @inlinable @inline(__always)
    static func one(_ condition: Bool) -> Int64 { condition ? 1 : 0 }

    public mutating func merge(_ other: IndicatorCounts) {
        events += other.events
        fatalities += other.fatalities
        impreciseDates += other.impreciseDates
        byType.0 += other.byType.0
        byType.1 += other.byType.1
        byType.2 += other.byType.2
        byType.3 += other.byType.3
        byType.4 += other.byType.4
        byType.5 += other.byType.5
        impreciseLocations += other.impreciseLocations
        violentEvents += other.violentEvents
        insurgentAttacksOnState += other.insurgentAttacksOnState
        engagements += other.engagements
        attacksOnCivilians += other.attacksOnCivilians
        fatalitiesStateSide += other.fatalitiesStateSide
        fatalitiesInsurgent += other.fatalitiesInsurgent
        fatalitiesCivilian += other.fatalitiesCivilian
        weaponsCapturedByInsurgents += other.weaponsCapturedByInsurgents
        weaponsRecoveredByState += other.weaponsRecoveredByState
        vehiclesDestroyedState += other.vehiclesDestroyedState
        fuelTankersDestroyed += other.fuelTankersDestroyed
        territoryOvertaken += other.territoryOvertaken
        territoryRegained += other.territoryRegained
        corridorIncidents += other.corridorIncidents
        blockadePressureMicros += other.blockadePressureMicros
        corridorMask |= other.corridorMask
        lastCorridorIncident = max(lastCorridorIncident, other.lastCorridorIncident)
    }

    /// Events of one type.
    public func count(of type: EventType) -> Int64 {
        switch type {
        case .battles: byType.0
        case .explosionsRemoteViolence: byType.1
        case .violenceAgainstCivilians: byType.2
        case .strategicDevelopments: byType.3
        case .protests: byType.4
        case .riots: byType.5
        }
    }

    public static func == (lhs: IndicatorCounts, rhs: IndicatorCounts) -> Bool {
        lhs.events == rhs.events && lhs.fatalities == rhs.fatalities && lhs.impreciseDates == rhs.impreciseDates
            && EventType.allCases.allSatisfy { lhs.count(of: $0) == rhs.count(of: $0) }
            && lhs.impreciseLocations == rhs.impreciseLocations && lhs.violentEvents == rhs.violentEvents
            && lhs.insurgentAttacksOnState == rhs.insurgentAttacksOnState && lhs.engagements == rhs.engagements
            && lhs.attacksOnCivilians == rhs.attacksOnCivilians
            && lhs.fatalitiesStateSide == rhs.fatalitiesStateSide && lhs.fatalitiesInsurgent == rhs.fatalitiesInsurgent
            && lhs.fatalitiesCivilian == rhs.fatalitiesCivilian
            && lhs.weaponsCapturedByInsurgents == rhs.weaponsCapturedByInsurgents
            && lhs.weaponsRecoveredByState == rhs.weaponsRecoveredByState
            && lhs.vehiclesDestroyedState == rhs.vehiclesDestroyedState
            && lhs.fuelTankersDestroyed == rhs.fuelTankersDestroyed
            && lhs.territoryOvertaken == rhs.territoryOvertaken && lhs.territoryRegained == rhs.territoryRegained
            && lhs.corridorIncidents == rhs.corridorIncidents
            && lhs.blockadePressureMicros == rhs.blockadePressureMicros && lhs.corridorMask == rhs.corridorMask
            && lhs.lastCorridorIncident == rhs.lastCorridorIncident
    }
}
