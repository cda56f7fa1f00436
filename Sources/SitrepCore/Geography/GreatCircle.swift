#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Distances on a spherical Earth.
///
/// The sphere has the IUGG mean radius R₁ = 6371.0088 km (Moritz, *Geodetic Reference System 1980*, the
/// mean of the WGS 84 ellipsoid's three semi-axes). Against the ellipsoid (GeographicLib's geodesic) the
/// spherical distance is within 0.5 % everywhere, and within about 0.3 % for the distances of a few hundred
/// kilometres at Mali's latitudes (10°–25° N) that Sitrep measures (checked in `GreatCircleTests`).
public enum GreatCircle {
    /// Mean Earth radius R₁ in kilometres.
    public static let earthRadiusKm = 6371.0088
    public static let radiansPerDegree = Double.pi / 180

    /// Great-circle distance in kilometres by the haversine formula:
    /// `d = 2R · asin(√(sin²(Δφ/2) + cos φ₁ cos φ₂ sin²(Δλ/2)))`, well conditioned for small distances.
    @inlinable
    public static func distanceKm(_ a: GeoPoint, _ b: GeoPoint) -> Double {
        let phi1 = a.latitude * radiansPerDegree
        let phi2 = b.latitude * radiansPerDegree
        let sinHalfDPhi = _sin((phi2 - phi1) / 2)
        let sinHalfDLambda = _sin((b.longitude - a.longitude) * radiansPerDegree / 2)
        let h = sinHalfDPhi * sinHalfDPhi + _cos(phi1) * _cos(phi2) * sinHalfDLambda * sinHalfDLambda
        return 2 * earthRadiusKm * _asin(min(1, h.squareRoot()))
    }
}

@usableFromInline func _sin(_ x: Double) -> Double { sin(x) }
@usableFromInline func _cos(_ x: Double) -> Double { cos(x) }
@usableFromInline func _asin(_ x: Double) -> Double { asin(x) }
@usableFromInline func _atan2(_ y: Double, _ x: Double) -> Double { atan2(y, x) }
