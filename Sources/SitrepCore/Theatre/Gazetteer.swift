/// A named place with coordinates.
public struct Place: Sendable, Hashable {
    public var name: String
    public var aliases: [String]
    public var point: GeoPoint
    /// ISO 3166-1 alpha-2 country code (`ML`, `SN`).
    public var country: String
    /// `capital`, `cercle-seat` or `town`.
    public var kind: String
    /// `geonames` or `curated` (see the theatre's README).
    public var source: String
}

/// Places found by name or alias, with accents, case, hyphens and apostrophes ignored (`TextFolding`).
public struct Gazetteer: Sendable {
    public let places: [Place]
    private let index: [String: Int]

    public init(places: [Place]) {
        self.places = places
        var index: [String: Int] = [:]
        for (position, place) in places.enumerated() {
            for name in [place.name] + place.aliases where index[TextFolding.fold(name)] == nil {
                index[TextFolding.fold(name)] = position
            }
        }
        self.index = index
    }

    /// The place called `name`, e.g. `Ségou`, `segou`, `Didiéni`, `Timbuktu`.
    public func place(named name: String) -> Place? { index[TextFolding.fold(name)].map { places[$0] } }
}
