/// Positions of the UCDP GED / UCDP Candidate columns Sitrep reads, found by name in the header.
///
/// Header names are compared case-insensitively after trimming spaces. GED and Candidate exports share
/// these names; both are read the same way.
public struct UCDPColumns: Sendable {
    /// The columns every UCDP file must have.
    public static let required = ["id", "date_start", "type_of_violence", "best"]

    public let names: [String]
    public let id: Int
    public let dateStart: Int
    public let typeOfViolence: Int
    public let best: Int
    public let dateEnd: Int?
    public let datePrecision: Int?
    public let sideA: Int?
    public let sideB: Int?
    public let deathsA: Int?
    public let deathsB: Int?
    public let deathsCivilians: Int?
    public let deathsUnknown: Int?
    public let low: Int?
    public let high: Int?
    public let wherePrecision: Int?
    public let admin1: Int?
    public let admin2: Int?
    public let latitude: Int?
    public let longitude: Int?
    public let country: Int?
    public let whereCoordinates: Int?
    public let whereDescription: Int?

    /// Resolves the header's names. Throws `missingColumns` naming every required column that is absent.
    public init(header: [String], file: String) throws(IngestError) {
        let index = HeaderColumns(header)
        try index.require(UCDPColumns.required, file: file)
        names = header
        id = index("id")!
        dateStart = index("date_start")!
        typeOfViolence = index("type_of_violence")!
        best = index("best")!
        dateEnd = index("date_end")
        datePrecision = index("date_prec")
        sideA = index("side_a")
        sideB = index("side_b")
        deathsA = index("deaths_a")
        deathsB = index("deaths_b")
        deathsCivilians = index("deaths_civilians")
        deathsUnknown = index("deaths_unknown")
        low = index("low")
        high = index("high")
        wherePrecision = index("where_prec")
        admin1 = index("adm_1")
        admin2 = index("adm_2")
        latitude = index("latitude")
        longitude = index("longitude")
        country = index("country")
        whereCoordinates = index("where_coordinates")
        whereDescription = index("where_description")
    }

    /// Whether a header looks like UCDP's (used by format detection).
    public static func matches(header: [String]) -> Bool {
        HeaderColumns(header).contains(required)
    }
}
