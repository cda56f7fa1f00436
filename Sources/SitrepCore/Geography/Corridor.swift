/// A supply corridor into the hub (Bamako): a named polyline through waypoint towns.
public struct Corridor: Sendable {
    /// Full name, e.g. `Segou-Fana-Bamako`: the row label of `--by corridor`.
    public let name: String
    /// Short key, e.g. `segou`.
    public let short: String
    public let aliases: [String]
    /// Waypoint town names, in order, as in places.json.
    public let waypoints: [String]
    public let path: Polyline

    public init(name: String, short: String, aliases: [String] = [], waypoints: [String], path: Polyline) {
        self.name = name
        self.short = short
        self.aliases = aliases
        self.waypoints = waypoints
        self.path = path
    }
}
