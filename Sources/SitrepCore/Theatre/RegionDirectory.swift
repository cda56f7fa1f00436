/// A first-level region (or the District of Bamako).
public struct Region: Sendable, Hashable {
    /// Identifier and output label: ACLED's ASCII spelling (`Segou`, `Tombouctou`, `Menaka`).
    public var id: String
    /// Official French name (`Ségou`, `Tombouctou`, `Ménaka`).
    public var name: String
    public var aliases: [String]

    public init(id: String, name: String, aliases: [String]) {
        self.id = id
        self.name = name
        self.aliases = aliases
    }
}

/// The regions before the 2023 reform (8 regions, plus Ménaka and Taoudénit operational from 2016, plus the
/// District of Bamako) and after it (19 regions plus the District), each found by id, name or alias with
/// accents and case ignored (`TextFolding`).
public struct RegionDirectory: Sendable {
    public let old: [Region]
    public let new: [Region]
    private let oldIndex: [String: Int]
    private let newIndex: [String: Int]

    public init(old: [Region], new: [Region]) {
        self.old = old
        self.new = new
        oldIndex = RegionDirectory.index(old)
        newIndex = RegionDirectory.index(new)
    }

    private static func index(_ regions: [Region]) -> [String: Int] {
        var index: [String: Int] = [:]
        for (position, region) in regions.enumerated() {
            for name in [region.id, region.name] + region.aliases where index[TextFolding.fold(name)] == nil {
                index[TextFolding.fold(name)] = position
            }
        }
        return index
    }

    /// The pre-2023 region called `name` (id, French or English name, with or without accents).
    public func oldRegion(named name: String) -> Region? { oldIndex[TextFolding.fold(name)].map { old[$0] } }

    /// The post-2023 region called `name`.
    public func newRegion(named name: String) -> Region? { newIndex[TextFolding.fold(name)].map { new[$0] } }
}
