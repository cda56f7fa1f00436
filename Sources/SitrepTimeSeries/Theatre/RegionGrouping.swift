public import SitrepCore

/// Chooses the row an event counts in: its admin1 (as coded, or re-assigned to a post-2023 region through
/// the crosswalk), its admin2, its corridor, or a zone.
///
/// Placement by coordinates (admin2, zone) uses only coordinates that may be used
/// (`EventRecord.hasPlaceableCoordinates`); events left out for having region-level coordinates are counted
/// in `leftOutImprecise`. Corridor rows hold the corridor incidents placed by `EventPlacement`.
public struct RegionGrouping: Sendable {
    /// A zone: a radius around a place, or the buffer of one corridor.
    public struct Zone: Sendable {
        public enum Shape: Sendable {
            case radius(center: GeoPoint, km: Double)
            case corridor(Polyline, bufferKm: Double)
        }
        public var name: String
        public var shape: Shape

        public init(name: String, shape: Shape) {
            self.name = name
            self.shape = shape
        }

        @inlinable
        public func contains(_ point: GeoPoint) -> Bool {
            switch shape {
            case .radius(let center, let km): GreatCircle.distanceKm(point, center) <= km
            case .corridor(let path, let bufferKm): path.distanceKm(to: point) <= bufferKm
            }
        }
    }

    public enum Level: Sendable {
        case admin1
        /// admin1 re-assigned to post-2023 regions.
        case newRegions(Crosswalk)
        case admin2
        /// Corridor names, indexed as `EventRecord.corridor`.
        case corridor([String])
        case zone(Zone)

        /// Whether rows differ from the source's admin1 (so `RegionGrouping.key` must run for each event).
        public var regroups: Bool {
            if case .admin1 = self { return false }
            return true
        }

        /// Whether rows need the events' admin2 names.
        public var usesAdmin2: Bool {
            switch self {
            case .admin2, .newRegions: true
            case .admin1, .corridor, .zone: false
            }
        }
    }

    public let level: Level
    /// The first column's name.
    public var levelName: String {
        switch level {
        case .admin1, .newRegions: "admin1"
        case .admin2: "admin2"
        case .corridor: "corridor"
        case .zone: "zone"
        }
    }

    /// Names of the groups for levels that do not use the source's own tables.
    public private(set) var groups = NameTable()
    /// Events not placed because their coordinates only stand for their region.
    public private(set) var leftOutImprecise: Int64 = 0
    /// Events re-assigned to a post-2023 region from their old region's name alone (no known cercle).
    public private(set) var approximateReassignments: Int64 = 0
    private var pairCache: [Int64: Int32] = [:]
    private var approximateCache: [Int64: Int32] = [:]
    private var splitCache: [Int64: (latitude: Double, north: Int32, south: Int32, seat: Int32)] = [:]

    public init(level: Level) {
        self.level = level
        switch level {
        case .corridor(let names): for name in names { _ = groups.id(of: name) }
        case .zone(let zone): _ = groups.id(of: zone.name)
        default: break
        }
    }

    /// The group id of `record` (an id into `names(admin1:admin2:)`), or `EventRecord.none` for no group.
    public mutating func key(for record: EventRecord, admin1Names: NameTable, admin2Names: NameTable) -> Int32 {
        switch level {
        case .admin1:
            return record.admin1
        case .admin2:
            guard record.locationPrecision != .region else {
                leftOutImprecise += 1
                return EventRecord.none
            }
            return record.admin2
        case .corridor:
            if record.corridor < 0, record.locationPrecision == .region, EventPlacement.isCorridorIncident(record) {
                leftOutImprecise += 1
            }
            return Int32(record.corridor)
        case .zone(let zone):
            guard record.hasPlaceableCoordinates, let point = record.point else {
                if record.locationPrecision == .region { leftOutImprecise += 1 }
                return EventRecord.none
            }
            return zone.contains(point) ? 0 : EventRecord.none
        case .newRegions(let crosswalk):
            let pair = Int64(record.admin1) << 32 | Int64(UInt32(bitPattern: record.admin2))
            if let id = pairCache[pair] { return id }
            if let id = approximateCache[pair] {
                approximateReassignments += 1
                return id
            }
            if let split = splitCache[pair] {
                guard record.hasPlaceableCoordinates, let latitude = record.latitude else { return split.seat }
                return Double(latitude) >= split.latitude ? split.north : split.south
            }
            return resolve(
                pair: pair, record: record, crosswalk: crosswalk, admin1Names: admin1Names, admin2Names: admin2Names)
        }
    }

    private mutating func resolve(
        pair: Int64, record: EventRecord, crosswalk: Crosswalk, admin1Names: NameTable, admin2Names: NameTable
    ) -> Int32 {
        let admin1 = record.admin1 >= 0 ? admin1Names.names[Int(record.admin1)] : nil
        let admin2 = record.admin2 >= 0 ? admin2Names.names[Int(record.admin2)] : nil
        if let admin2, let cercle = crosswalk.cercle(named: admin2), let split = cercle.split {
            // The seat side is the default successor; coordinates choose when usable.
            let north = groups.id(of: split.north)
            let south = groups.id(of: split.south)
            let seatIsNorth = cercle.newRegion == split.north
            splitCache[pair] = (split.latitude, north, south, seatIsNorth ? north : south)
            // Without usable coordinates, the seat's region.
            guard record.hasPlaceableCoordinates, let latitude = record.latitude else {
                return seatIsNorth ? north : south
            }
            return Double(latitude) >= split.latitude ? north : south
        }
        guard let assignment = crosswalk.newRegion(admin1: admin1, admin2: admin2, point: nil) else {
            let id = admin1.map { groups.id(of: $0) } ?? EventRecord.none
            pairCache[pair] = id
            return id
        }
        let id = groups.id(of: assignment.region)
        if assignment.isApproximate {
            approximateReassignments += 1
            approximateCache[pair] = id
        } else {
            pairCache[pair] = id
        }
        return id
    }

    /// The names the group ids index.
    public func names(admin1Names: NameTable, admin2Names: NameTable) -> NameTable {
        switch level {
        case .admin1: admin1Names
        case .admin2: admin2Names
        default: groups
        }
    }
}
