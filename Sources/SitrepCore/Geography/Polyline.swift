/// A path on the sphere through points joined by great-circle arcs (a corridor through its waypoint towns).
///
/// The distance from a point to the path is exact on the sphere of `GreatCircle` (no projection): for each
/// arc A→B with pole n = (A × B)/|A × B|, the point P's foot on the great circle is P − (P·n)n; when the
/// foot lies between A and B (both (A × F)·n ≥ 0 and (F × B)·n ≥ 0) the distance is the cross-track
/// distance R · asin(|P·n|), otherwise the nearer end's great-circle distance. The minimum over the arcs is
/// the distance to the path.
public struct Polyline: Sendable {
    public let points: [GeoPoint]
    @usableFromInline let vectors: [UnitVector]
    /// Unit pole of each arc (index i joins points i and i+1); a zero vector for a degenerate arc.
    @usableFromInline let poles: [UnitVector]

    public init(points: [GeoPoint]) {
        precondition(!points.isEmpty, "a polyline needs at least one point")
        self.points = points
        let vectors = points.map(\.unitVector)
        self.vectors = vectors
        var poles: [UnitVector] = []
        for index in vectors.indices.dropLast() {
            let pole = vectors[index].cross(vectors[index + 1])
            let norm = pole.norm
            poles.append(norm > 1e-15 ? pole.scaled(1 / norm) : UnitVector(x: 0, y: 0, z: 0))
        }
        self.poles = poles
    }

    /// Distance in kilometres from `point` to the nearest point of the path.
    @inlinable
    public func distanceKm(to point: GeoPoint) -> Double { distanceKm(to: point.unitVector) }

    @inlinable
    public func distanceKm(to p: UnitVector) -> Double {
        var best = Double.infinity
        for index in vectors.indices {
            best = min(best, p.angle(to: vectors[index]))
        }
        for index in poles.indices {
            let n = poles[index]
            guard n.x != 0 || n.y != 0 || n.z != 0 else { continue }
            let offset = p.dot(n)
            let foot = UnitVector(x: p.x - offset * n.x, y: p.y - offset * n.y, z: p.z - offset * n.z)
            guard vectors[index].cross(foot).dot(n) >= 0, foot.cross(vectors[index + 1]).dot(n) >= 0 else { continue }
            best = min(best, _asin(min(1, abs(offset))))
        }
        return best * GreatCircle.earthRadiusKm
    }
}
