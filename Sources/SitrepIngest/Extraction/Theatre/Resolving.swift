public import SitrepCore

/// A place the gazetteer knows.
public struct ResolvedPlace: Sendable, Hashable {
    /// The name as the gazetteer writes it (`Ségou`).
    public var name: String
    /// ACLED's admin1 spelling (`Segou`).
    public var admin1: String?
    public var admin2: String?
    public var latitude: Double?
    public var longitude: Double?
    /// True for a region or country name: an incident placed there has precision `.region`.
    public var isRegion: Bool

    public init(
        name: String, admin1: String?, admin2: String? = nil, latitude: Double? = nil, longitude: Double? = nil,
        isRegion: Bool = false
    ) {
        self.name = name
        self.admin1 = admin1
        self.admin2 = admin2
        self.latitude = latitude
        self.longitude = longitude
        self.isRegion = isRegion
    }
}

/// An actor the dictionary knows.
public struct ResolvedActor: Sendable, Hashable {
    /// Canonical short name (`JNIM`, `FAMa`).
    public var name: String
    public var side: Side

    public init(name: String, side: Side) {
        self.name = name
        self.side = side
    }
}

/// Looks place names up. Keys are folded: lower case, accents removed, apostrophes and hyphens as written
/// by the tokenizer, words separated by one space (`nioro du sahel`, `kati`).
public protocol PlaceResolving: Sendable {
    /// The most words a place name has.
    var longestPlaceName: Int { get }
    func place(folded name: String) -> ResolvedPlace?
}

/// Looks actor names and aliases up (folded as for `PlaceResolving`: `jnim`, `armee malienne`,
/// `jama at nusratul islam wal muslimeen`).
public protocol ActorResolving: Sendable {
    /// The most words an alias has.
    var longestActorAlias: Int { get }
    func actor(folded alias: String) -> ResolvedActor?
}
