import Numerics
import SitrepCore
import Testing

@Suite struct CorridorTests {
    let network = TheatreFixture.mali.corridors

    func corridorName(at point: GeoPoint) -> String? {
        network.assign(point).corridor.map { network.corridors[$0].name }
    }

    @Test func katiLiesOnTheSharedRoadAndTheFirstListedCorridorWins() throws {
        // Kati is 13.09 km from Bamako (haversine, GreatCircleTests) on the Kati–Bamako road shared by the Kayes and
        // Nioro corridors: distance 0 to both, so the tie goes to the one listed first.
        let placement = network.assign(TheatreFixture.point("Kati"))
        #expect(try #require(placement.hubDistanceKm).isApproximatelyEqual(to: 13.0931, relativeTolerance: 1e-4))
        #expect(placement.corridor.map { network.corridors[$0].name } == "Dakar-Kayes-Kita-Kati-Bamako")
    }

    @Test func nearestCorridorWinsOffTheSharedRoad() {
        // 0.05° north of Kati, toward Kolokani: nearer the Nioro road (Kati–Kolokani) than the Kita road.
        let kati = TheatreFixture.point("Kati")
        #expect(
            corridorName(at: GeoPoint(latitude: kati.latitude + 0.05, longitude: kati.longitude))
                == "Nioro-Diema-Didieni-Kolokani-Kati-Bamako")
        // 0.05° west of Kati, toward Kita: the Kayes corridor.
        #expect(
            corridorName(at: GeoPoint(latitude: kati.latitude, longitude: kati.longitude - 0.05))
                == "Dakar-Kayes-Kita-Kati-Bamako")
    }

    @Test(arguments: [
        ("Didieni", "Nioro-Diema-Didieni-Kolokani-Kati-Bamako"),
        ("Fana", "Segou-Fana-Bamako"),
        ("Bougouni", "Zegoua-Sikasso-Bougouni-Bamako"),
        ("Kangaba", "Kouremale-Kangaba-Bamako"),
        ("Koulikoro", "Bamako-Koulikoro"),
        ("Kita", "Dakar-Kayes-Kita-Kati-Bamako"),
    ])
    func townsOnTheirCorridor(town: String, corridor: String) {
        #expect(corridorName(at: TheatreFixture.point(town)) == corridor)
    }

    @Test func gaoIsOnNoCorridorAndOutsideTheRadius() {
        // Gao is 946 km from Bamako: rejected by the bounding box before any trigonometry.
        let placement = network.assign(TheatreFixture.point("Gao"))
        #expect(placement.corridor == nil)
        #expect(placement.hubDistanceKm == nil)
        // Mopti (about 470 km) is inside no corridor either, and beyond the 300 km radius.
        let mopti = network.assign(TheatreFixture.point("Mopti"))
        #expect(mopti.corridor == nil)
        #expect(mopti.hubDistanceKm == nil)
    }

    @Test func bamakoItselfIsOnNoCorridor() {
        #expect(network.assign(TheatreFixture.point("Bamako")).corridor == nil)
    }

    @Test func corridorNamesResolve() {
        #expect(network.corridorIndex(named: "ségou") == 3)
        #expect(network.corridorIndex(named: "Ségou-Bamako") == 3)
        #expect(network.corridorIndex(named: "Zegoua-Sikasso-Bougouni-Bamako") == 2)
        #expect(network.corridorIndex(named: "Gao") == nil)
    }

    @Test func boxedSearchAgreesWithTheFullDistance() {
        // A 0.02° grid over the Bamako–Ségou area (about 2 km steps): within 10 km, the boxed search gives the
        // full distance; beyond, it gives nil.
        for corridor in network.corridors {
            let margins = corridor.path.margins(forLimitKm: 10)
            for i in 0..<60 {
                for j in 0..<90 {
                    let point = GeoPoint(latitude: 12.2 + Double(i) * 0.02, longitude: -8.2 + Double(j) * 0.03)
                    let full = corridor.path.distanceKm(to: point)
                    let boxed = corridor.path.distanceKm(to: point, vector: point.unitVector, within: margins)
                    if full <= 10 {
                        #expect(boxed.map { abs($0 - full) < 1e-9 } == true, "\(corridor.short) \(point)")
                    } else {
                        #expect(boxed == nil)
                    }
                }
            }
        }
    }

    /// The corridor of `point` by the definition, with no box and no prefilter: the nearest within the buffer
    /// (ties to the first listed), for a point inside the radius and outside the hub's exclusion.
    func corridorByDefinition(at point: GeoPoint) -> Int? {
        let hubDistance = GreatCircle.distanceKm(point, network.hub)
        guard hubDistance <= network.radiusKm, hubDistance > network.hubExclusionKm else { return nil }
        var expected: Int?
        var best = Double.infinity
        for (index, corridor) in network.corridors.enumerated() {
            let distance = corridor.path.distanceKm(to: point)
            if distance <= network.bufferKm, distance < best - CorridorNetwork.tieKm {
                expected = index
                best = distance
            }
        }
        return expected
    }

    /// The grid that rejects points before any trigonometry (`NearArcGrid`, which clears cells lying wholly
    /// beyond the buffer) never changes a placement, in particular at the buffer's edge: 60,000 points within
    /// 0.2° of the corridors' arcs (an additive recurrence, `i · α mod 1` for three irrational α, spreads them
    /// evenly and the same way each run), each assigned as the definition says, on a corridor or off.
    @Test func prefilterKeepsEveryPointAtTheBuffersEdge() {
        var placed = 0, nearEdge = 0
        let alphas = [0.618_033_988_749_895, 0.414_213_562_373_095, 0.732_050_807_568_877]
        for i in 0..<60_000 {
            let fractions = alphas.map { (Double(i) * $0).truncatingRemainder(dividingBy: 1) }
            let corridor = network.corridors[i % network.corridors.count]
            let points = corridor.path.points
            let index = (i / network.corridors.count) % max(1, points.count - 1)
            let a = points[index], b = points[min(index + 1, points.count - 1)]
            let point = GeoPoint(
                latitude: a.latitude + fractions[0] * (b.latitude - a.latitude) + (fractions[1] - 0.5) * 0.4,
                longitude: a.longitude + fractions[0] * (b.longitude - a.longitude) + (fractions[2] - 0.5) * 0.4)
            let expected = corridorByDefinition(at: point)
            #expect(network.assign(point).corridor == expected, "\(point)")
            if expected != nil { placed += 1 }
            if abs(corridor.path.distanceKm(to: point) - network.bufferKm) < 0.5 { nearEdge += 1 }
        }
        #expect(placed > 10_000)
        #expect(nearEdge > 1_000)
    }

    /// `assign` against the definition, with no box and no prefilter: over a 0.05° grid of 6° × 6° around
    /// Bamako, the corridor is the nearest within the buffer (ties to the first listed) for a point inside the
    /// radius and outside the hub's exclusion, and the hub distance is the haversine distance whenever a
    /// corridor is found.
    @Test func assignmentAgreesWithTheDefinition() throws {
        let hub = network.hub
        var placed = 0
        for i in 0..<120 {
            for j in 0..<120 {
                let point = GeoPoint(
                    latitude: hub.latitude - 3 + Double(i) * 0.05, longitude: hub.longitude - 3 + Double(j) * 0.05)
                let hubDistance = GreatCircle.distanceKm(point, hub)
                let placement = network.assign(point)
                #expect(placement.corridor == corridorByDefinition(at: point), "\(point)")
                if placement.corridor != nil {
                    placed += 1
                    let distance = try #require(placement.hubDistanceKm)
                    #expect(distance.isApproximatelyEqual(to: hubDistance, relativeTolerance: 1e-9))
                }
            }
        }
        #expect(placed > 500)
    }
}
