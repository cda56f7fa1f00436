import Numerics
import SitrepCore
import Testing

@Suite struct GreatCircleTests {
    static let radius = GreatCircle.earthRadiusKm

    @Test func closedFormDistances() {
        // A quarter meridian is πR/2; one degree along the equator is πR/180; a point to itself is 0.
        let pole = GreatCircle.distanceKm(GeoPoint(latitude: 0, longitude: 0), GeoPoint(latitude: 90, longitude: 0))
        #expect(pole.isApproximatelyEqual(to: Double.pi * Self.radius / 2, relativeTolerance: 1e-12))
        let degree = GreatCircle.distanceKm(GeoPoint(latitude: 0, longitude: 10), GeoPoint(latitude: 0, longitude: 11))
        #expect(degree.isApproximatelyEqual(to: Double.pi * Self.radius / 180, relativeTolerance: 1e-12))
        let bamako = TheatreFixture.point("Bamako")
        #expect(GreatCircle.distanceKm(bamako, bamako) == 0)
    }

    /// (from, to, WGS 84 geodesic km, haversine km), printed by
    /// `Notebooks-data/theatres/mali/tools/reference_distances.py` with geographiclib 2.1.
    static let reference: [(String, String, Double, Double)] = [
        ("Bamako", "Kati", 13.0566, 13.0931),
        ("Bamako", "Segou", 211.9783, 211.9313),
        ("Bamako", "Gao", 946.4969, 946.3140),
        ("Bamako", "Dakar", 1046.3054, 1045.2517),
        ("Kayes", "Kidal", 1441.4173, 1440.2600),
    ]

    @Test(arguments: reference)
    func agreesWithReference(from: String, to: String, geodesic: Double, haversine: Double) {
        let distance = GreatCircle.distanceKm(TheatreFixture.point(from), TheatreFixture.point(to))
        // Same formula and radius as the script: equal to its 4 printed decimals.
        #expect(abs(distance - haversine) < 0.00006)
        // The sphere against the ellipsoid: within 0.3 % at these latitudes (documented bound).
        #expect(distance.isApproximatelyEqual(to: geodesic, relativeTolerance: 0.003))
    }

    @Test func polylineCrossTrackAndEnds() {
        // Along the equator from 0° to 10° E: a point 1° north of its middle is R·π/180 away (the meridian
        // through the foot meets the equator at a right angle); a point beyond the end is as far as the end.
        let path = Polyline(points: [GeoPoint(latitude: 0, longitude: 0), GeoPoint(latitude: 0, longitude: 10)])
        let oneDegree = Double.pi * Self.radius / 180
        #expect(
            path.distanceKm(to: GeoPoint(latitude: 1, longitude: 5)).isApproximatelyEqual(
                to: oneDegree, relativeTolerance: 1e-12))
        #expect(
            path.distanceKm(to: GeoPoint(latitude: 0, longitude: 12)).isApproximatelyEqual(
                to: 2 * oneDegree, relativeTolerance: 1e-12))
        #expect(path.distanceKm(to: GeoPoint(latitude: 0, longitude: 3)) < 1e-9)
    }

    @Test func polylineMatchesSphericalCrossTrackOffTheEquator() {
        // Segment Ségou → Bamako; the point Fana. Closed form on the sphere: cross-track
        // d = R·asin(sin(δ₁₃)·sin(θ₁₃ − θ₁₂)) with δ₁₃ the angular distance and θ the initial bearings,
        // computed here independently of Polyline's vector method.
        let a = TheatreFixture.point("Segou")
        let b = TheatreFixture.point("Bamako")
        let p = TheatreFixture.point("Fana")
        func bearing(_ x: GeoPoint, _ y: GeoPoint) -> Double {
            let f1 = x.latitude * .pi / 180
            let f2 = y.latitude * .pi / 180
            let dl = (y.longitude - x.longitude) * .pi / 180
            return Double.atan2(y: .sin(dl) * .cos(f2), x: .cos(f1) * .sin(f2) - .sin(f1) * .cos(f2) * .cos(dl))
        }
        let delta = GreatCircle.distanceKm(a, p) / Self.radius
        let crossTrack = abs(Double.asin(.sin(delta) * .sin(bearing(a, p) - bearing(a, b)))) * Self.radius
        let distance = Polyline(points: [a, b]).distanceKm(to: p)
        #expect(distance.isApproximatelyEqual(to: crossTrack, relativeTolerance: 1e-9))
        // Fana lies about 35 km off the straight Ségou–Bamako arc: the road bends, hence Fana as a waypoint.
        #expect(distance > 30 && distance < 40)
    }
}
