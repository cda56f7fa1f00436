/// A position on the Earth in decimal degrees (WGS 84 latitude and longitude, as GeoNames and ACLED give them).
public struct GeoPoint: Sendable, Hashable, Codable {
    public var latitude: Double
    public var longitude: Double

    public init(latitude: Double, longitude: Double) {
        self.latitude = latitude
        self.longitude = longitude
    }

    /// The unit vector from the Earth's centre through this point, on the sphere that `GreatCircle` uses.
    @inlinable
    public var unitVector: UnitVector {
        let phi = latitude * GreatCircle.radiansPerDegree
        let lambda = longitude * GreatCircle.radiansPerDegree
        let cosPhi = _cos(phi)
        return UnitVector(x: cosPhi * _cos(lambda), y: cosPhi * _sin(lambda), z: _sin(phi))
    }
}

/// A point of the unit sphere as a 3-vector (`x² + y² + z² = 1`), for cross-track computations.
public struct UnitVector: Sendable, Hashable {
    public var x: Double
    public var y: Double
    public var z: Double

    @inlinable
    public init(x: Double, y: Double, z: Double) {
        self.x = x
        self.y = y
        self.z = z
    }

    @inlinable
    public func dot(_ other: UnitVector) -> Double { x * other.x + y * other.y + z * other.z }

    /// The cross product (not normalised).
    @inlinable
    public func cross(_ other: UnitVector) -> UnitVector {
        UnitVector(x: y * other.z - z * other.y, y: z * other.x - x * other.z, z: x * other.y - y * other.x)
    }

    @inlinable
    public var norm: Double { dot(self).squareRoot() }

    @inlinable
    public func scaled(_ factor: Double) -> UnitVector { UnitVector(x: x * factor, y: y * factor, z: z * factor) }

    /// The angle between two vectors in radians, `atan2(|a × b|, a · b)`: accurate at every angle (unlike
    /// `acos` near 0 and π).
    @inlinable
    public func angle(to other: UnitVector) -> Double { _atan2(cross(other).norm, dot(other)) }
}
