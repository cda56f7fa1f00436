/// How precisely an incident's date is known (ACLED `time_precision` 1–3, UCDP `date_prec`).
public enum DatePrecision: String, Sendable, Codable, CaseIterable {
    case day
    case week
    case month

    /// ACLED's `time_precision`: 1 = day, 2 = week, 3 = month.
    public init?(acledCode: Int) {
        switch acledCode {
        case 1: self = .day
        case 2: self = .week
        case 3: self = .month
        default: return nil
        }
    }
}

/// How precisely an incident's location is known.
///
/// `.region` means the coordinates are only a regional capital standing in for the region
/// (ACLED `geo_precision` 3, UCDP `where_prec` ≥ 4): such an incident counts in its region's
/// totals but is never placed on a corridor, in a zone or in an admin2 by its coordinates.
public enum LocationPrecision: String, Sendable, Codable, CaseIterable {
    case exact
    case nearTown = "near-town"
    case region
    case corridorSegment = "corridor-segment"

    /// ACLED's `geo_precision`: 1 = exact town, 2 = near a town / part of a district, 3 = region.
    public init?(acledCode: Int) {
        switch acledCode {
        case 1: self = .exact
        case 2: self = .nearTown
        case 3: self = .region
        default: return nil
        }
    }

    /// Whether the coordinates may be used to place the incident on a corridor, zone or admin2.
    public var placesByCoordinates: Bool { self == .exact || self == .nearTown }
}
