public import SitrepCore

/// Places events on the supply corridors and weighs them for blockade pressure.
///
/// A corridor incident is a political-violence event (battles, explosions/remote violence, violence against
/// civilians) or any event tagged convoy, fuel tanker or checkpoint. An incident whose record already names a
/// corridor (its location is a corridor segment) counts for that corridor. Otherwise an incident whose
/// coordinates may be used (`EventRecord.hasPlaceableCoordinates`: never a `region`-precision location) is
/// assigned to the nearest corridor within the buffer and inside the radius (`CorridorNetwork.assign`).
/// Events that are not incidents keep `corridor == noCorridor`.
///
/// Placements are remembered by coordinates (`PlacementCache`): an export repeats a few thousand locations
/// over and over, and the cache turns the trigonometry of `CorridorNetwork.assign` into one probe. Use one
/// value per thread.
public struct EventPlacement: Sendable {
    public let network: CorridorNetwork
    public let pressure: BlockadePressure
    @usableFromInline var cache = PlacementCache()

    public init(network: CorridorNetwork) {
        self.network = network
        self.pressure = BlockadePressure(radiusKm: network.radiusKm)
    }

    @inlinable
    public static func isCorridorIncident(_ record: EventRecord) -> Bool {
        switch record.eventType {
        case .battles?, .explosionsRemoteViolence?, .violenceAgainstCivilians?: true
        default: !record.tags.isDisjoint(with: [.convoy, .fuelTanker, .checkpoint])
        }
    }

    /// Sets `corridor` and `blockadeWeight` of `record`.
    @inlinable
    public mutating func place(_ record: inout EventRecord) {
        guard EventPlacement.isCorridorIncident(record) else {
            record.corridor = EventRecord.noCorridor
            record.blockadeWeight = 0
            return
        }
        if record.corridor >= 0 {
            let distance = record.point.map { GreatCircle.distanceKm($0, network.hub) }
            record.blockadeWeight = Float(pressure.weight(tags: record.tags, hubDistanceKm: distance))
            return
        }
        guard record.hasPlaceableCoordinates, let latitude = record.latitude, let longitude = record.longitude
        else { return }
        let placement = cache.placement(latitude: latitude, longitude: longitude, in: network)
        guard let corridor = placement.corridor else { return }
        record.corridor = Int8(corridor)
        record.blockadeWeight = Float(pressure.weight(tags: record.tags, hubDistanceKm: placement.hubDistanceKm))
    }
}

/// A direct-mapped memo of `CorridorNetwork.assign` keyed by an event's single-precision coordinates.
///
/// 1,024 slots (40 KiB); a slot holds the last coordinates that hashed to it, so a miss only recomputes.
/// The memo never changes a result: `assign` is a pure function of the point.
public struct PlacementCache: Sendable {
    @usableFromInline static let slotBits = 10
    /// Both coordinates' bit patterns; all ones (two NaNs, which are never placed) marks an empty slot.
    @usableFromInline var keys: [UInt64]
    @usableFromInline var placements: [CorridorNetwork.Placement]

    public init() {
        keys = Array(repeating: .max, count: 1 << Self.slotBits)
        placements = Array(repeating: .offNetwork, count: 1 << Self.slotBits)
    }

    /// `network.assign` of the point, from the memo when these coordinates were the last to use their slot.
    /// Points that `network.mayPlace` rejects (most) are answered without the memo.
    @inlinable
    public mutating func placement(latitude: Float, longitude: Float, in network: CorridorNetwork)
        -> CorridorNetwork.Placement
    {
        let point = GeoPoint(latitude: Double(latitude), longitude: Double(longitude))
        guard network.mayPlace(point) else { return .offNetwork }
        let key = UInt64(latitude.bitPattern) << 32 | UInt64(longitude.bitPattern)
        let slot = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> UInt64(64 - Self.slotBits))
        if keys[slot] == key { return placements[slot] }
        let placement = network.assign(mayPlace: point)
        keys[slot] = key
        placements[slot] = placement
        return placement
    }
}
