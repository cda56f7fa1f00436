import Foundation

/// Everything Sitrep knows about one theatre of operations, loaded from a directory of JSON files:
/// `regions.json` (pre- and post-2023 regions with aliases), `crosswalk.json` (cercle → post-2023 region),
/// `places.json` (gazetteer), `corridors.json` (supply corridors into the hub) and `actors.json` (actor name
/// → side). `Notebooks-data/theatres/mali/README.md` lists the sources and licences of each file.
public struct Theatre: Sendable {
    public var directory: String
    public var regions: RegionDirectory
    public var crosswalk: Crosswalk
    public var gazetteer: Gazetteer
    public var corridors: CorridorNetwork
    public var actors: ActorDictionary

    /// The file names a theatre directory must hold.
    public static let fileNames = ["regions.json", "crosswalk.json", "places.json", "corridors.json", "actors.json"]

    /// Loads the theatre in `directory`, with the corridor buffer and radius given (kilometres).
    ///
    /// Throws `TheatreError` naming the file when one is missing or not valid, or when a corridor waypoint or
    /// the hub is not in the gazetteer.
    public init(
        directory: String, bufferKm: Double = CorridorNetwork.defaultBufferKm,
        radiusKm: Double = CorridorNetwork.defaultRadiusKm
    ) throws(TheatreError) {
        self.directory = directory
        // The files are decoded on two threads, in two sets of about the same size; which file fails first is
        // reported as if they were decoded in order.
        let ((regionsFile, crosswalkFile, placesFile), (corridorsFile, actorsFile)) = try concurrently {
            () throws(TheatreError) -> (TheatreFiles.Regions, TheatreFiles.Crosswalk, TheatreFiles.Places) in
            (
                try Theatre.decode("regions.json", in: directory), try Theatre.decode("crosswalk.json", in: directory),
                try Theatre.decode("places.json", in: directory)
            )
        } _: { () throws(TheatreError) -> (TheatreFiles.Corridors, TheatreFiles.Actors) in
            (try Theatre.decode("corridors.json", in: directory), try Theatre.decode("actors.json", in: directory))
        }

        regions = RegionDirectory(
            old: regionsFile.old.map { Region(id: $0.id, name: $0.name, aliases: $0.aliases) },
            new: regionsFile.new.map { Region(id: $0.id, name: $0.name, aliases: $0.aliases) })
        let crosswalkPath = directory + "/crosswalk.json"
        var cercles: [Crosswalk.Cercle] = []
        for row in crosswalkFile.cercles {
            for region in [row.new_region] + (row.split.map { [$0.north, $0.south] } ?? [])
            where regions.newRegion(named: region) == nil {
                throw TheatreError(
                    file: crosswalkPath,
                    reason: "cercle \(row.cercle): new region '\(region)' is not in regions.json's \"new\" list")
            }
            cercles.append(
                Crosswalk.Cercle(
                    name: row.cercle, aliases: row.aliases, oldRegion: row.old_region, newRegion: row.new_region,
                    split: row.split.map { Crosswalk.Split(latitude: $0.latitude, north: $0.north, south: $0.south) }))
        }
        crosswalk = Crosswalk(cercles: cercles, regions: regions)
        gazetteer = Gazetteer(
            places: placesFile.places.map {
                Place(
                    name: $0.name, aliases: $0.aliases, point: GeoPoint(latitude: $0.latitude, longitude: $0.longitude),
                    country: $0.country, kind: $0.kind, source: $0.source)
            })
        let corridorsPath = directory + "/corridors.json"
        guard let hub = gazetteer.place(named: corridorsFile.hub) else {
            throw TheatreError(file: corridorsPath, reason: "hub '\(corridorsFile.hub)' is not in places.json")
        }
        var corridors: [Corridor] = []
        for entry in corridorsFile.corridors {
            var points: [GeoPoint] = []
            for waypoint in entry.waypoints {
                guard let place = gazetteer.place(named: waypoint) else {
                    throw TheatreError(
                        file: corridorsPath,
                        reason: "corridor \(entry.name): waypoint '\(waypoint)' is not in places.json; add it there")
                }
                points.append(place.point)
            }
            guard points.count >= 2 else {
                throw TheatreError(file: corridorsPath, reason: "corridor \(entry.name): needs at least two waypoints")
            }
            corridors.append(
                Corridor(
                    name: entry.name, short: entry.short, aliases: entry.aliases, waypoints: entry.waypoints,
                    path: Polyline(points: points)))
        }
        self.corridors = CorridorNetwork(
            hubName: hub.name, hub: hub.point, corridors: corridors, bufferKm: bufferKm, radiusKm: radiusKm)
        let actorsPath = directory + "/actors.json"
        var exact: [String: Side] = [:]
        for (name, sideName) in actorsFile.exact {
            guard let side = Side(rawValue: sideName) else {
                throw TheatreError(file: actorsPath, reason: "actor '\(name)': unknown side '\(sideName)'")
            }
            exact[name] = side
        }
        var patterns: [(String, Side)] = []
        for pattern in actorsFile.patterns {
            guard let side = Side(rawValue: pattern.side) else {
                throw TheatreError(
                    file: actorsPath, reason: "pattern '\(pattern.match)': unknown side '\(pattern.side)'")
            }
            patterns.append((pattern.match, side))
        }
        actors = ActorDictionary(exact: exact, patterns: patterns)
    }

    static func decode<Value: Decodable>(_ name: String, in directory: String) throws(TheatreError) -> Value {
        let path = directory + "/" + name
        guard let data = FileManager.default.contents(atPath: path) else {
            throw TheatreError(file: path, reason: "cannot be read; is --theatre the theatre directory?")
        }
        do {
            return try JSONDecoder().decode(Value.self, from: data)
        } catch let error as DecodingError {
            throw TheatreError(file: path, reason: "not a valid theatre file: \(Theatre.describe(error))")
        } catch {
            throw TheatreError(file: path, reason: "not a valid theatre file: \(error)")
        }
    }

    static func describe(_ error: DecodingError) -> String {
        func path(_ context: DecodingError.Context) -> String {
            context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
        }
        switch error {
        case .keyNotFound(let key, let context): return "missing key '\(key.stringValue)' at \(path(context))"
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            return "\(context.debugDescription) at \(path(context))"
        @unknown default: return "\(error)"
        }
    }

    /// The default theatre directory: `Notebooks-data/theatres/mali` under the current directory or one of
    /// its ancestors, else under the executable's directory or one of its ancestors; `nil` when none exists.
    public static func defaultDirectory(executablePath: String? = CommandLine.arguments.first) -> String? {
        var starts = [FileManager.default.currentDirectoryPath]
        if let executablePath {
            starts.append(
                URL(fileURLWithPath: executablePath).resolvingSymlinksInPath().deletingLastPathComponent().path)
        }
        for start in starts {
            var url = URL(fileURLWithPath: start)
            for _ in 0..<8 {
                let candidate = url.appendingPathComponent("Notebooks-data/theatres/mali")
                if FileManager.default.fileExists(atPath: candidate.appendingPathComponent("regions.json").path) {
                    return candidate.path
                }
                let parent = url.deletingLastPathComponent()
                if parent.path == url.path { break }
                url = parent
            }
        }
        return nil
    }
}
