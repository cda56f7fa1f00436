/// A path on the sphere through points joined by great-circle arcs (a corridor through its waypoint towns).
///
/// The distance from a point to the path is exact on the sphere of `GreatCircle` (no projection): for each
/// arc A→B with pole n = (A × B)/|A × B|, the point P's foot on the great circle is P − (P·n)n; when the
/// foot lies between A and B (both (A × F)·n ≥ 0 and (F × B)·n ≥ 0) the distance is the cross-track
/// distance R · asin(|P·n|), otherwise the nearer end's great-circle distance. The minimum over the arcs is
/// the distance to the path.
public struct Polyline: Sendable {
    public let points: [GeoPoint]
    /// Each arc with its box and end vectors (one arc from the point to itself for a one-point path), in one
    /// array of plain values, so that a search reads it without reference counting.
    public let arcs: [Arc]

    /// One arc of a path: its end points' unit vectors, its pole (zero when degenerate) and its box.
    public struct Arc: Sendable {
        @usableFromInline let start: UnitVector, end: UnitVector, pole: UnitVector
        /// Latitude/longitude box of the arc: its end points' box widened by `arcBulgeDegrees`.
        @usableFromInline let minLatitude: Double, maxLatitude: Double, minLongitude: Double, maxLongitude: Double

        /// Whether the arc's box, widened by `margins`, holds `point`: else the arc is surely farther than
        /// `margins.limitKm`.
        @inlinable
        func mayLieWithin(_ margins: Margins, of point: GeoPoint) -> Bool {
            point.latitude >= minLatitude - margins.latitude && point.latitude <= maxLatitude + margins.latitude
                && point.longitude >= minLongitude - margins.longitude
                && point.longitude <= maxLongitude + margins.longitude
        }
    }

    /// Whether every point of `arc` is more than `angle` radians from `p` (0 < `angle` < π/2; `cosine` and `sine`
    /// are its cosine and sine). The same distance as `distanceKm`, compared without inverse trigonometry: the
    /// angle to an end exceeds `angle` when the dot product is below `cosine`, and the cross-track angle when
    /// |p · pole| exceeds `sine`, which counts only when the foot of the perpendicular lies on the arc.
    @inlinable
    static func isFarther(than angle: (cosine: Double, sine: Double), from p: UnitVector, arc: Arc) -> Bool {
        guard p.dot(arc.start) < angle.cosine, p.dot(arc.end) < angle.cosine else { return false }
        guard let offset = crossTrackOffset(p, arc: arc) else { return true }
        return offset.magnitude > angle.sine
    }

    /// How far (in degrees) a great-circle arc may leave the box of its end points. An arc of length L at
    /// latitude φ bulges poleward by about L²·tan φ/(8R): 0.8 km for 400 km at 15° N; 0.05° (5.5 km) covers
    /// arcs up to 1000 km below 30° of latitude.
    public static let arcBulgeDegrees = 0.05

    public init(points: [GeoPoint]) {
        precondition(!points.isEmpty, "a polyline needs at least one point")
        self.points = points
        let vectors = points.map(\.unitVector)
        var arcs: [Arc] = []
        for index in vectors.indices.dropLast() {
            let pole = vectors[index].cross(vectors[index + 1])
            let norm = pole.norm
            let a = points[index]
            let b = points[index + 1]
            let bulge = Polyline.arcBulgeDegrees
            arcs.append(
                Arc(
                    start: vectors[index], end: vectors[index + 1],
                    pole: norm > 1e-15 ? pole.scaled(1 / norm) : UnitVector(x: 0, y: 0, z: 0),
                    minLatitude: min(a.latitude, b.latitude) - bulge, maxLatitude: max(a.latitude, b.latitude) + bulge,
                    minLongitude: min(a.longitude, b.longitude) - bulge,
                    maxLongitude: max(a.longitude, b.longitude) + bulge))
        }
        if points.count == 1 {
            let p = points[0]
            arcs.append(
                Arc(
                    start: vectors[0], end: vectors[0], pole: UnitVector(x: 0, y: 0, z: 0), minLatitude: p.latitude,
                    maxLatitude: p.latitude, minLongitude: p.longitude, maxLongitude: p.longitude))
        }
        self.arcs = arcs
    }

    /// Distance in kilometres from `point` to the nearest point of the path.
    @inlinable
    public func distanceKm(to point: GeoPoint) -> Double { distanceKm(to: point.unitVector) }

    @inlinable
    public func distanceKm(to p: UnitVector) -> Double {
        var best = Double.infinity
        for arc in arcs {
            best = min(best, p.angle(to: arc.start), p.angle(to: arc.end), Polyline.crossTrackAngle(p, arc: arc))
        }
        return best * GreatCircle.earthRadiusKm
    }

    /// Degrees of latitude and longitude that surely hold `limitKm` anywhere within `limitKm` of the path
    /// (longitude degrees shrink with cos φ; the path's highest latitude plus the margin bounds φ; below 60°).
    public func margins(forLimitKm limitKm: Double) -> Margins {
        let latitude = limitKm / 110.5
        let highest = points.map { abs($0.latitude) }.max()! + Polyline.arcBulgeDegrees + latitude
        return Margins(
            limitKm: limitKm, latitude: latitude,
            longitude: limitKm / (111.3 * _cos(min(60, highest) * GreatCircle.radiansPerDegree)))
    }

    /// Pre-computed search margins for `distanceKm(to:vector:within:)`.
    public struct Margins: Sendable {
        public let limitKm: Double
        public let latitude: Double
        public let longitude: Double
    }

    /// The distance to the path when it is at most `margins.limitKm`, else `nil`. Arcs whose box (widened by
    /// the margins) does not hold the point are skipped without trigonometry, so points far from the path cost
    /// a few comparisons.
    @inlinable
    public func distanceKm(to point: GeoPoint, vector p: UnitVector, within margins: Margins) -> Double? {
        arcs.withUnsafeBufferPointer { Polyline.distanceKm(along: $0, to: point, vector: p, within: margins) }
    }

    /// `distanceKm(to:vector:within:)` over `arcs` (a path's, or a slice of several paths' arcs laid end to end).
    @inlinable
    public static func distanceKm(
        along arcs: UnsafeBufferPointer<Arc>, to point: GeoPoint, vector p: UnitVector, within margins: Margins
    ) -> Double? {
        var best = Double.infinity
        for arc in arcs where arc.mayLieWithin(margins, of: point) {
            best = min(best, p.angle(to: arc.start), p.angle(to: arc.end), crossTrackAngle(p, arc: arc))
        }
        let distance = best * GreatCircle.earthRadiusKm
        return distance <= margins.limitKm ? distance : nil
    }

    /// The cross-track angle to `arc` when the foot of the perpendicular lies on it, else ∞ (also for a
    /// degenerate arc, whose pole is zero).
    @inlinable
    static func crossTrackAngle(_ p: UnitVector, arc: Arc) -> Double {
        crossTrackOffset(p, arc: arc).map { _asin(min(1, $0.magnitude)) } ?? .infinity
    }

    /// p · pole, the sine of the signed cross-track angle, when the foot of the perpendicular from `p` to the
    /// arc's great circle, p − (p · n)n, lies between its ends; `nil` when it does not, or the arc is degenerate
    /// (its pole is zero).
    @inlinable
    static func crossTrackOffset(_ p: UnitVector, arc: Arc) -> Double? {
        let n = arc.pole
        guard n.x != 0 || n.y != 0 || n.z != 0 else { return nil }
        let offset = p.dot(n)
        let foot = UnitVector(x: p.x - offset * n.x, y: p.y - offset * n.y, z: p.z - offset * n.z)
        guard arc.start.cross(foot).dot(n) >= 0, foot.cross(arc.end).dot(n) >= 0 else { return nil }
        return offset
    }
}
