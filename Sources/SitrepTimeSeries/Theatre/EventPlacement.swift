public import SitrepCore

/// Places events on the supply corridors and weighs them for blockade pressure.
///
/// A corridor incident is a political-violence event (battles, explosions/remote violence, violence against
/// civilians) or any event tagged convoy, fuel tanker or checkpoint. An incident whose record already names a
/// corridor (its location is a corridor segment) counts for that corridor. Otherwise an incident whose
/// coordinates may be used (`EventRecord.hasPlaceableCoordinates`: never a `region`-precision location) is
/// assigned to the nearest corridor within the buffer and inside the radius (`CorridorNetwork.assign`).
/// Events that are not incidents keep `corridor == noCorridor`. A class, so that the per-row call copies
/// nothing.
public final class EventPlacement: Sendable {
    public let network: CorridorNetwork
    public let pressure: BlockadePressure

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
    public func place(_ record: inout EventRecord) {
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
        guard record.hasPlaceableCoordinates, let point = record.point else { return }
        let placement = network.assign(point)
        guard let corridor = placement.corridor else { return }
        record.corridor = Int8(corridor)
        record.blockadeWeight = Float(pressure.weight(tags: record.tags, hubDistanceKm: placement.hubDistanceKm))
    }
}
