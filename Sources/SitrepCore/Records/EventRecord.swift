/// The compact form of an incident that aggregation works on: fixed-size, no strings, no arrays.
///
/// Names (regions, cercles) are ids into `NameTable`s held beside the records, so millions of records
/// stream through aggregation without an allocation per row. Actor names are reduced to their `Side` when the
/// record is decoded (through an `ActorDictionary`); `nil` means the side is unknown or unmapped.
public struct EventRecord: Sendable, Equatable {
    /// Marks a missing name id (no admin1, no admin2).
    public static let none: Int32 = -1
    /// Marks "on no corridor" in `corridor`.
    public static let noCorridor: Int8 = -1

    public var day: Day
    public var datePrecision: DatePrecision
    /// `nil` when the source's event type is not one of ACLED's six.
    public var eventType: EventType?
    /// Id of the admin1 name in the source's region table, or `EventRecord.none`.
    public var admin1: Int32
    /// Best fatality estimate.
    public var fatalities: Int32

    /// Id of the admin2 (cercle) name in the source's admin2 table, or `EventRecord.none`.
    public var admin2: Int32 = EventRecord.none
    /// ACLED's sub-event type, when it is one of the 25.
    public var subEventType: SubEventType?
    /// Side of actor 1 (the initiator where the source codes one), `nil` when unknown or unmapped.
    public var actor1Side: Side?
    /// Side of actor 2 (the target), `nil` when unknown or unmapped.
    public var actor2Side: Side?
    /// Coordinates in decimal degrees (single precision: about 0.1 m at Mali's latitudes), `nil` when absent.
    public var latitude: Float?
    public var longitude: Float?
    public var locationPrecision: LocationPrecision?
    public var tags: EventTags = []
    /// Corridor index (`CorridorNetwork.corridors`) the event counts for, or `noCorridor`. Set by the source
    /// when the location is a corridor segment, or by corridor placement from the coordinates.
    public var corridor: Int8 = EventRecord.noCorridor
    /// Weight of the event in blockade pressure (`BlockadePressure.weight`), 0 when it is on no corridor.
    public var blockadeWeight: Float = 0

    /// Deaths by side where the source gives them (UCDP deaths_a/deaths_b, dispatches); the rest of
    /// `fatalities` is of unknown side. State-side includes state-allied forces.
    public var fatalitiesStateSide: Int32 = 0
    public var fatalitiesInsurgent: Int32 = 0
    public var fatalitiesCivilian: Int32 = 0

    /// Materiel counts from structured fields or extraction (0 when the source has none).
    public var weaponsCapturedByInsurgents: Int32 = 0
    public var weaponsRecoveredByState: Int32 = 0
    public var vehiclesDestroyedState: Int32 = 0
    public var fuelTankersDestroyed: Int32 = 0

    @inlinable
    public init(
        day: Day, datePrecision: DatePrecision = .day, eventType: EventType?, admin1: Int32, fatalities: Int32
    ) {
        self.day = day
        self.datePrecision = datePrecision
        self.eventType = eventType
        self.admin1 = admin1
        self.fatalities = fatalities
    }

    /// The coordinates when both are present.
    @inlinable
    public var point: GeoPoint? {
        guard let latitude, let longitude else { return nil }
        return GeoPoint(latitude: Double(latitude), longitude: Double(longitude))
    }

    /// Whether the coordinates may place the event on a corridor, in a zone or in an admin2: present, and
    /// precise to a town (a `region`-precision location stands on a regional capital, not where it happened;
    /// an unknown precision is treated as usable).
    @inlinable
    public var hasPlaceableCoordinates: Bool {
        latitude != nil && longitude != nil && (locationPrecision?.placesByCoordinates ?? true)
    }
}

/// Flags describing what an event hit or how it is known.
public struct EventTags: OptionSet, Sendable, Hashable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    /// A convoy (military or commercial) was attacked.
    public static let convoy = EventTags(rawValue: 1 << 0)
    /// Fuel tankers were attacked.
    public static let fuelTanker = EventTags(rawValue: 1 << 1)
    /// A checkpoint was attacked or set up.
    public static let checkpoint = EventTags(rawValue: 1 << 2)
    public static let ied = EventTags(rawValue: 1 << 3)
    /// A base or camp was attacked.
    public static let base = EventTags(rawValue: 1 << 4)
    /// Known only from a group's own claim.
    public static let claim = EventTags(rawValue: 1 << 5)
}
