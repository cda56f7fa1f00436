/// Positions of the ACLED columns Sitrep reads, found by name in the header (never by position).
///
/// Both layouts found in the wild resolve: the current one (31 columns, `inter1`/`inter2` as text,
/// `disorder_type`, `tags`) and the pre-2023 one (numeric inter codes, `data_id`, `event_id_no_cnty`,
/// `iso3`, often an unnamed pandas index column first). Header names are compared case-insensitively
/// after trimming spaces.
public struct ACLEDColumns: Sendable {
    /// The columns every use of an ACLED file needs.
    public static let required = ["event_date", "event_type", "admin1", "fatalities"]

    public enum Layout: String, Sendable {
        case current
        case pre2023 = "pre-2023"
    }

    public let names: [String]
    public let layout: Layout
    public let eventDate: Int
    public let eventType: Int
    public let admin1: Int
    public let fatalities: Int
    public let eventID: Int?
    public let timePrecision: Int?
    public let subEventType: Int?
    public let actor1: Int?
    public let actor2: Int?
    public let assocActor1: Int?
    public let assocActor2: Int?
    public let admin2: Int?
    public let location: Int?
    public let latitude: Int?
    public let longitude: Int?
    public let geoPrecision: Int?
    public let source: Int?
    public let notes: Int?
    public let tags: Int?
    public let timestamp: Int?

    /// Resolves the header's names. Throws `missingColumns` naming every required column that is absent.
    public init(header: [String], file: String) throws(IngestError) {
        let index = HeaderColumns(header)
        try index.require(ACLEDColumns.required, file: file)
        names = header
        eventDate = index("event_date")!
        eventType = index("event_type")!
        admin1 = index("admin1")!
        fatalities = index("fatalities")!
        eventID = index("event_id_cnty")
        timePrecision = index("time_precision")
        subEventType = index("sub_event_type")
        actor1 = index("actor1")
        actor2 = index("actor2")
        assocActor1 = index("assoc_actor_1")
        assocActor2 = index("assoc_actor_2")
        admin2 = index("admin2")
        location = index("location")
        latitude = index("latitude")
        longitude = index("longitude")
        geoPrecision = index("geo_precision")
        source = index("source")
        notes = index("notes")
        tags = index("tags")
        timestamp = index("timestamp")
        layout = index("data_id") != nil || index("event_id_no_cnty") != nil || index("disorder_type") == nil
            ? .pre2023 : .current
    }

    /// Whether a header looks like ACLED's (used by format detection).
    public static func matches(header: [String]) -> Bool {
        HeaderColumns(header).contains(required + ["event_id_cnty"])
    }
}

extension String {
    var trimmingSpaces: Substring {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { $0 != " " && $0 != "\t" }) else { return "" }
        let last = scalars.lastIndex(where: { $0 != " " && $0 != "\t" })!
        return self[first...last]
    }
}
