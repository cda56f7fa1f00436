/// One incident in Sitrep's native model (serialised as one JSON line; schema in
/// `Notebooks-data/schema/incident.schema.json`).
public struct Incident: Hashable, Sendable, Codable {
    /// Stable identifier: `source:sourceID`, e.g. `acled:SYN1`.
    public var id: String
    /// Where the record comes from: `acled`, `ucdp`, `dispatch`, `native`.
    public var source: String
    /// The source's own record identifier (ACLED `event_id_cnty`, UCDP `id`).
    public var sourceID: String
    /// Revision stamp from the source (ACLED `timestamp`), higher is newer.
    public var revision: Int64?
    public var date: Day
    public var datePrecision: DatePrecision
    /// The text the date was read from, when it came from prose.
    public var dateText: String?
    public var location: Location
    public var eventType: EventType?
    public var subEventType: String?
    public var actors: [Actor]
    public var fatalities: Fatalities
    public var materiel: [MaterielLoss]
    public var tags: [String]
    public var reliability: Reliability
    public var notes: String?

    public init(
        source: String, sourceID: String, revision: Int64? = nil, date: Day, datePrecision: DatePrecision = .day,
        dateText: String? = nil, location: Location, eventType: EventType?, subEventType: String? = nil,
        actors: [Actor] = [], fatalities: Fatalities = Fatalities(), materiel: [MaterielLoss] = [],
        tags: [String] = [], reliability: Reliability = .independent, notes: String? = nil
    ) {
        self.id = "\(source):\(sourceID)"
        self.source = source
        self.sourceID = sourceID
        self.revision = revision
        self.date = date
        self.datePrecision = datePrecision
        self.dateText = dateText
        self.location = location
        self.eventType = eventType
        self.subEventType = subEventType
        self.actors = actors
        self.fatalities = fatalities
        self.materiel = materiel
        self.tags = tags
        self.reliability = reliability
        self.notes = notes
    }
}

/// Where an incident happened.
public struct Location: Hashable, Sendable, Codable {
    public var name: String?
    public var admin1: String?
    public var admin2: String?
    public var latitude: Double?
    public var longitude: Double?
    public var precision: LocationPrecision
    /// For a corridor segment ("between Ségou and Bamako"): the two named ends.
    public var segment: [String]?

    public init(
        name: String? = nil, admin1: String? = nil, admin2: String? = nil, latitude: Double? = nil,
        longitude: Double? = nil, precision: LocationPrecision = .exact, segment: [String]? = nil
    ) {
        self.name = name
        self.admin1 = admin1
        self.admin2 = admin2
        self.latitude = latitude
        self.longitude = longitude
        self.precision = precision
        self.segment = segment
    }
}

/// A party to an incident.
public struct Actor: Hashable, Sendable, Codable {
    public enum Role: String, Sendable, Codable {
        /// `actor1` in ACLED: the side that initiated.
        case initiator
        /// `actor2` in ACLED.
        case target
        /// An associated actor.
        case associated
    }

    public var name: String
    public var side: Side?
    public var role: Role

    public init(name: String, side: Side?, role: Role) {
        self.name = name
        self.side = side
        self.role = role
    }
}

/// Deaths in an incident: a low / best / high range, and a split by side where the source gives one.
///
/// The split never guesses: deaths the source does not attribute stay in `unknown`.
public struct Fatalities: Hashable, Sendable, Codable {
    public var low: Int?
    public var best: Int
    public var high: Int?
    /// True when the source says "at least".
    public var isMinimum: Bool
    public var state: Int?
    public var insurgent: Int?
    public var civilian: Int?

    public init(
        low: Int? = nil, best: Int = 0, high: Int? = nil, isMinimum: Bool = false, state: Int? = nil,
        insurgent: Int? = nil, civilian: Int? = nil
    ) {
        self.low = low
        self.best = best
        self.high = high
        self.isMinimum = isMinimum
        self.state = state
        self.insurgent = insurgent
        self.civilian = civilian
    }

    /// Deaths not attributed to a side: `best` less the attributed counts, never below zero.
    public var unknown: Int { max(0, best - (state ?? 0) - (insurgent ?? 0) - (civilian ?? 0)) }
}

/// Equipment lost in an incident.
public struct MaterielLoss: Hashable, Sendable, Codable {
    public enum Disposition: String, Sendable, Codable {
        case captured
        case destroyed
        case recovered
    }

    /// Item class (`heavy-machine-gun`, `assault-rifle`, `vehicle`, `fuel-tanker`, …).
    public var item: String
    /// Count, `nil` when the source gives none ("a large quantity of ammunition").
    public var count: Int?
    public var disposition: Disposition
    /// The side that took or destroyed it.
    public var by: Side?
    /// The side that lost it.
    public var from: Side?

    public init(item: String, count: Int?, disposition: Disposition, by: Side?, from: Side?) {
        self.item = item
        self.count = count
        self.disposition = disposition
        self.by = by
        self.from = from
    }
}

/// Whether an account is an independent report or comes from a party alone: an armed group's own claim, or the
/// state side's own statement (a communiqué, « selon l'armée ») with no outside source.
public enum Reliability: String, Sendable, Codable {
    case independent
    case claim
}
