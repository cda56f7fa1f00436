/// Maps a pre-2023 cercle (admin2) to its post-2023 region (loi n°2023-006), so that series keep their
/// meaning across the reform.
///
/// Rule: an event in cercle C goes to C's new region. When C was split between two new regions, the split is
/// a parallel: an event whose coordinates may be used (location precision exact or near a town) goes to the
/// northern successor at or above that latitude and to the southern one below it; an event without usable
/// coordinates goes to the successor holding the cercle seat (`newRegion`). An event whose cercle is unknown
/// keeps a region that is already a post-2023 region, or else goes to the old region's namesake successor
/// (e.g. old Mopti → new Mopti), which `isApproximate` reports.
public struct Crosswalk: Sendable {
    public struct Split: Sendable, Hashable {
        public var latitude: Double
        public var north: String
        public var south: String
    }

    public struct Cercle: Sendable, Hashable {
        public var name: String
        public var aliases: [String]
        public var oldRegion: String
        public var newRegion: String
        public var split: Split?
    }

    /// The outcome of one look-up.
    public struct Assignment: Sendable, Equatable {
        /// Id of the post-2023 region.
        public var region: String
        /// True when the region was chosen without the cercle (from the old region's name alone).
        public var isApproximate: Bool

        public init(region: String, isApproximate: Bool) {
            self.region = region
            self.isApproximate = isApproximate
        }
    }

    public let cercles: [Cercle]
    private let index: [String: Int]
    private let regions: RegionDirectory

    public init(cercles: [Cercle], regions: RegionDirectory) {
        self.cercles = cercles
        self.regions = regions
        var index: [String: Int] = [:]
        for (position, cercle) in cercles.enumerated() {
            for name in [cercle.name] + cercle.aliases where index[TextFolding.fold(name)] == nil {
                index[TextFolding.fold(name)] = position
            }
        }
        self.index = index
    }

    /// The cercle called `name` (its name or an alias, compared by `TextFolding`), also when the word
    /// "cercle" is written with it, as UCDP's `adm_2` does (`Douentza cercle`) and French usage (`Cercle de
    /// Douentza`).
    public func cercle(named name: String) -> Cercle? {
        let key = TextFolding.fold(name)
        if let position = index[key] { return cercles[position] }
        let suffix = " cercle", prefix = "cercle de "
        let bare =
            key.hasSuffix(suffix)
            ? key.dropLast(suffix.count) : key.hasPrefix(prefix) ? key.dropFirst(prefix.count) : nil
        return bare.flatMap { index[String($0)] }.map { cercles[$0] }
    }

    /// The post-2023 region of an event in `admin1`/`admin2`, with its coordinates when they may be used.
    public func newRegion(admin1: String?, admin2: String?, point: GeoPoint?) -> Assignment? {
        if let admin2, let cercle = cercle(named: admin2) {
            if let split = cercle.split, let point {
                return Assignment(
                    region: point.latitude >= split.latitude ? split.north : split.south, isApproximate: false)
            }
            return Assignment(region: cercle.newRegion, isApproximate: false)
        }
        guard let admin1 else { return nil }
        if let old = regions.oldRegion(named: admin1), let successor = regions.newRegion(named: old.id) {
            // The namesake successor; exact when the old region was not split (its cercles all stayed).
            let split = cercles.contains {
                regions.oldRegion(named: $0.oldRegion)?.id == old.id && $0.newRegion != old.id
            }
            return Assignment(region: successor.id, isApproximate: split)
        }
        if let region = regions.newRegion(named: admin1) { return Assignment(region: region.id, isApproximate: false) }
        return nil
    }
}
