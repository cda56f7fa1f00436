public import SitrepCore

/// How much one corridor incident weighs in blockade pressure.
///
/// `weight = kind × nearness`, where
/// - kind is 3 for an attack on a convoy or on fuel tankers (tags `convoy`, `fuelTanker`), 2 for a
///   checkpoint incident (tag `checkpoint`), 1 for any other incident;
/// - nearness decays linearly with the great-circle distance d to the hub: `1 − d / radius`, clamped to
///   [0, 1] (1 in Bamako, 0.5 halfway to the radius, 0 at the radius). An incident known only as a
///   corridor segment, without coordinates, takes nearness 0.5.
///
/// A region's blockade pressure in a period is the sum of its incidents' weights.
public struct BlockadePressure: Sendable {
    public var radiusKm: Double

    public static let convoyOrTankerWeight = 3.0
    public static let checkpointWeight = 2.0
    public static let otherWeight = 1.0
    public static let nearnessWithoutCoordinates = 0.5

    public init(radiusKm: Double = CorridorNetwork.defaultRadiusKm) { self.radiusKm = radiusKm }

    @inlinable
    public static func kindWeight(_ tags: EventTags) -> Double {
        if !tags.isDisjoint(with: [.convoy, .fuelTanker]) { return convoyOrTankerWeight }
        if tags.contains(.checkpoint) { return checkpointWeight }
        return otherWeight
    }

    @inlinable
    public func nearness(hubDistanceKm: Double?) -> Double {
        guard let distance = hubDistanceKm else { return BlockadePressure.nearnessWithoutCoordinates }
        return min(1, max(0, 1 - distance / radiusKm))
    }

    @inlinable
    public func weight(tags: EventTags, hubDistanceKm: Double?) -> Double {
        BlockadePressure.kindWeight(tags) * nearness(hubDistanceKm: hubDistanceKm)
    }
}
