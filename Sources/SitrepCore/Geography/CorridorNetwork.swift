/// The corridors into a hub, with the buffer and radius that decide which events lie on them.
///
/// An event lies on corridor c when its great-circle distance to the hub is at most `radiusKm` and its
/// distance to c's polyline (`Polyline.distanceKm`, exact on the sphere) is at most `bufferKm`. When several
/// corridors qualify the nearest wins (distances within `tieKm`, 50 m, count as equal); on a tie (corridors
/// sharing a road, as Kayes and Nioro do from Kati to Bamako) the one listed first wins. Events within
/// `hubExclusionKm` of the hub (the city itself, where every corridor ends) lie on none.
///
/// For speed, `assign` first rejects points outside a latitude/longitude box that holds the whole disc of
/// `radiusKm` around the hub, then points in a cell of `NearArcGrid` that lies wholly beyond the buffer of
/// every arc (no trigonometry for either), then checks the hub distance, then the corridors.
public struct CorridorNetwork: Sendable {
    public let hubName: String
    public let hub: GeoPoint
    public let corridors: [Corridor]
    public let bufferKm: Double
    public let radiusKm: Double
    /// Radius of the hub city left out of every corridor.
    public let hubExclusionKm: Double
    @usableFromInline let hubVector: UnitVector
    /// Every corridor's arcs laid end to end, corridor by corridor, so that the per-event loop reads one array of
    /// plain values (no reference counting); `arcRanges[c]` are corridor c's.
    @usableFromInline let arcs: [Polyline.Arc]
    @usableFromInline let arcRanges: [Range<Int>]
    /// Search margins of each corridor for `bufferKm`.
    @usableFromInline let margins: [Polyline.Margins]
    /// Squared chords (unit sphere) of `radiusKm` and `hubExclusionKm`: (2 sin(d / 2R))².
    @usableFromInline let chordSquaredLimits: (radius: Double, exclusion: Double)
    @usableFromInline let box: (minLatitude: Double, maxLatitude: Double, minLongitude: Double, maxLongitude: Double)
    /// The box cut in cells of `NearArcGrid.cellDegrees`, marked where an arc may lie within the buffer.
    @usableFromInline let nearArcs: NearArcGrid

    public static let defaultBufferKm = 10.0
    public static let defaultRadiusKm = 300.0
    /// Distances to two corridors closer than this are a tie (single-precision coordinates move a point by ~1 m).
    public static let tieKm = 0.05
    /// Bamako's built-up area reaches about 8 km from the GeoNames centre (the District covers 245 km²).
    public static let defaultHubExclusionKm = 8.0

    public init(
        hubName: String, hub: GeoPoint, corridors: [Corridor], bufferKm: Double = defaultBufferKm,
        radiusKm: Double = defaultRadiusKm, hubExclusionKm: Double = defaultHubExclusionKm
    ) {
        self.hubExclusionKm = hubExclusionKm
        self.hubName = hubName
        self.hub = hub
        self.corridors = corridors
        self.bufferKm = bufferKm
        self.radiusKm = radiusKm
        self.hubVector = hub.unitVector
        var arcs: [Polyline.Arc] = []
        self.arcRanges = corridors.map { corridor in
            let start = arcs.count
            arcs += corridor.path.arcs
            return start..<arcs.count
        }
        self.arcs = arcs
        self.margins = corridors.map { $0.path.margins(forLimitKm: bufferKm) }
        func chordSquared(_ km: Double) -> Double {
            let chord = 2 * _sin(km / GreatCircle.earthRadiusKm / 2)
            return chord * chord
        }
        self.chordSquaredLimits = (chordSquared(radiusKm), chordSquared(hubExclusionKm))
        // A disc of radius r around the hub spans ±r/R radians of latitude, and in longitude at most
        // asin(sin(r/R)/cos φ) on either side (the tangent meridians); one degree of margin keeps it safe.
        let angular = radiusKm / GreatCircle.earthRadiusKm
        let dLatitude = angular / GreatCircle.radiansPerDegree + 1
        let cosLatitude = _cos(min(89, abs(hub.latitude) + dLatitude) * GreatCircle.radiansPerDegree)
        let dLongitude = min(
            180, _asin(min(1, _sin(angular) / max(cosLatitude, 1e-6))) / GreatCircle.radiansPerDegree + 1)
        self.box = (
            hub.latitude - dLatitude, hub.latitude + dLatitude, hub.longitude - dLongitude, hub.longitude + dLongitude
        )
        self.nearArcs = NearArcGrid(box: box, arcs: arcs, arcRanges: arcRanges, margins: margins)
    }

    /// Where an event lies relative to the network.
    public struct Placement: Sendable, Equatable {
        /// Index into `corridors`, or `nil` when the event lies on none.
        public var corridor: Int?
        /// Great-circle distance to the hub in kilometres of an event that lies on a corridor; `nil` for the
        /// others.
        public var hubDistanceKm: Double?

        /// On no corridor, hub distance not given.
        @inlinable public static var offNetwork: Placement { Placement(corridor: nil, hubDistanceKm: nil) }

        @inlinable
        public init(corridor: Int?, hubDistanceKm: Double?) {
            self.corridor = corridor
            self.hubDistanceKm = hubDistanceKm
        }
    }

    /// The corridor an event at `point` lies on (nearest within the buffer, inside the radius), if any.
    @inlinable
    public func assign(_ point: GeoPoint) -> Placement {
        mayPlace(point) ? assign(mayPlace: point) : .offNetwork
    }

    /// `assign` of a point that `mayPlace` keeps (which it does not test again).
    @inlinable
    public func assign(mayPlace point: GeoPoint) -> Placement {
        let vector = point.unitVector
        // Chord length c = 2 sin(θ/2) grows with the angle θ: compare squared chords before any inverse trig.
        let dx = vector.x - hubVector.x
        let dy = vector.y - hubVector.y
        let dz = vector.z - hubVector.z
        let chordSquared = dx * dx + dy * dy + dz * dz
        guard chordSquared <= chordSquaredLimits.radius, chordSquared > chordSquaredLimits.exclusion else {
            return .offNetwork
        }
        var best: Int?
        var bestDistance = Double.infinity
        arcs.withUnsafeBufferPointer { arcs in
            for index in arcRanges.indices {
                guard
                    let distance = Polyline.distanceKm(
                        along: UnsafeBufferPointer(rebasing: arcs[arcRanges[index]]), to: point, vector: vector,
                        within: margins[index])
                else { continue }
                if distance < bestDistance - CorridorNetwork.tieKm {
                    best = index
                    bestDistance = distance
                }
            }
        }
        guard let best else { return .offNetwork }
        return Placement(corridor: best, hubDistanceKm: vector.angle(to: hubVector) * GreatCircle.earthRadiusKm)
    }

    /// Whether `point` may lie on a corridor: inside the box of the radius, in a cell of `nearArcs` near some
    /// arc. When it is not, `assign` gives no corridor, found without trigonometry.
    @inlinable
    public func mayPlace(_ point: GeoPoint) -> Bool {
        point.latitude >= box.minLatitude && point.latitude <= box.maxLatitude
            && point.longitude >= box.minLongitude && point.longitude <= box.maxLongitude
            && nearArcs.mayHoldArc(near: point)
    }

    /// The index of the corridor named `name` (full name, short key or alias; accents and case ignored).
    public func corridorIndex(named name: String) -> Int? {
        let key = TextFolding.fold(name)
        return corridors.firstIndex { corridor in
            TextFolding.fold(corridor.name) == key || TextFolding.fold(corridor.short) == key
                || corridor.aliases.contains { TextFolding.fold($0) == key }
        }
    }
}

/// A bit per cell of `cellDegrees` × `cellDegrees` over a network's box, set when some point of the cell may
/// lie within the buffer of some arc. A point in a clear cell is farther than the buffer from every arc, so on
/// no corridor: `assign` rejects it with one lookup, before any trigonometry.
///
/// A cell is clear when its centre c is more than buffer + r + 10 m from the arc (`Polyline.isFarther`), where
/// r is the largest distance from c to a corner of the cell: by the triangle inequality every point p of the
/// cell is then more than the buffer away (d(p, arc) ≥ d(c, arc) − d(p, c)), and the 10 m cover the rounding
/// of a point's cell and of the dot products. Only the cells that the arc's box, widened by its corridor's
/// margins and one more cell, meets are tested.
@usableFromInline
struct NearArcGrid: Sendable {
    @usableFromInline static let cellDegrees = 0.05
    /// Added to the buffer and the cell's reach before a cell is cleared.
    static let slackKm = 0.01
    @usableFromInline let minLatitude: Double, minLongitude: Double
    @usableFromInline let rows: Int, columns: Int
    @usableFromInline let bits: [UInt64]

    init(
        box: (minLatitude: Double, maxLatitude: Double, minLongitude: Double, maxLongitude: Double),
        arcs: [Polyline.Arc], arcRanges: [Range<Int>], margins: [Polyline.Margins]
    ) {
        let cell = Self.cellDegrees
        minLatitude = box.minLatitude
        minLongitude = box.minLongitude
        rows = Int(((box.maxLatitude - box.minLatitude) / cell).rounded(.up)) + 1
        columns = Int(((box.maxLongitude - box.minLongitude) / cell).rounded(.up)) + 1
        var bits = Array(repeating: UInt64(0), count: (rows * columns + 63) / 64)
        func cells(_ low: Double, _ high: Double, from origin: Double, count: Int) -> ClosedRange<Int>? {
            let first = max(0, Int(((low - origin) / cell).rounded(.down)) - 1)
            let last = min(count - 1, Int(((high - origin) / cell).rounded(.down)) + 1)
            return first <= last ? first...last : nil
        }
        // Cell centres: latitudes by row, longitudes by column, as the sines and cosines of their unit vectors.
        let minLatitude = self.minLatitude, minLongitude = self.minLongitude
        let rowLatitudes = (0..<rows).map { minLatitude + (Double($0) + 0.5) * cell }
        let rowAngles = rowLatitudes.map { $0 * GreatCircle.radiansPerDegree }
        let columnAngles = (0..<columns).map {
            (minLongitude + (Double($0) + 0.5) * cell) * GreatCircle.radiansPerDegree
        }
        let rowCosines = rowAngles.map(_cos), rowSines = rowAngles.map(_sin)
        let columnCosines = columnAngles.map(_cos), columnSines = columnAngles.map(_sin)
        // A cell's reach: the distance from its centre to its farther corners (those nearer the equator).
        let reachKm = rowLatitudes.map { latitude in
            [latitude - cell / 2, latitude + cell / 2].map { corner in
                GreatCircle.distanceKm(
                    GeoPoint(latitude: latitude, longitude: 0), GeoPoint(latitude: corner, longitude: cell / 2))
            }.max()!
        }
        for (corridor, range) in arcRanges.enumerated() {
            let margin = margins[corridor]
            for arc in arcs[range] {
                guard
                    let rowRange = cells(
                        arc.minLatitude - margin.latitude, arc.maxLatitude + margin.latitude, from: minLatitude,
                        count: rows),
                    let columnRange = cells(
                        arc.minLongitude - margin.longitude, arc.maxLongitude + margin.longitude, from: minLongitude,
                        count: columns)
                else { continue }
                for row in rowRange {
                    let limit = (margin.limitKm + reachKm[row] + Self.slackKm) / GreatCircle.earthRadiusKm
                    let angle = (cosine: _cos(limit), sine: _sin(limit))
                    for column in columnRange {
                        let centre = UnitVector(
                            x: rowCosines[row] * columnCosines[column], y: rowCosines[row] * columnSines[column],
                            z: rowSines[row])
                        guard !Polyline.isFarther(than: angle, from: centre, arc: arc) else { continue }
                        let index = row * columns + column
                        bits[index / 64] |= 1 << UInt64(index % 64)
                    }
                }
            }
        }
        self.bits = bits
    }

    /// Whether the cell of `point`, which must lie in the box, is marked.
    @inlinable
    func mayHoldArc(near point: GeoPoint) -> Bool {
        let row = min(rows - 1, Int((point.latitude - minLatitude) / Self.cellDegrees))
        let column = min(columns - 1, Int((point.longitude - minLongitude) / Self.cellDegrees))
        let index = row &* columns &+ column
        return bits[index &>> 6] & (1 &<< UInt64(index & 63)) != 0
    }
}
