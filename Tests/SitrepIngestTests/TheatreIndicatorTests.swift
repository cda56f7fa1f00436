import Foundation
import SitrepCore
import SitrepIngest
import SitrepTestSupport
import SitrepTimeSeries
import Testing

/// Theatre indicators end to end on crafted ACLED rows (coordinates from the shipped gazetteer), and the
/// actor dictionary against the real export in ../shared/data when it is there.
@Suite struct TheatreIndicatorTests {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let theatre: Theatre = {
        do {
            return try Theatre(directory: repository.appendingPathComponent("Notebooks-data/theatres/mali").path)
        } catch {
            fatalError("cannot load the Mali theatre: \(error)")
        }
    }()
    static let sharedExport = repository.deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("shared/data/acled-mali-1997-2020.csv").path
    static let sharedExportCandidates = [sharedExport, "/work/shared/data/acled-mali-1997-2020.csv"]
    static var sharedExportPath: String? { sharedExportCandidates.first { FileManager.default.fileExists(atPath: $0) } }

    static func point(_ name: String) -> GeoPoint { theatre.gazetteer.place(named: name)!.point }

    // MARK: actor dictionary on the real export

    @Test(.enabled(if: sharedExportPath != nil, "the ACLED export in ../shared/data is absent"))
    func actorDictionaryCoversTheSharedExport() throws {
        let reader = try ACLEDReader(path: Self.sharedExportPath!)
        let decoding = ACLEDDecoding(dictionary: Self.theatre.actors)
        var issues = IssueLog()
        var sided = 0
        let summary = try reader.forEachEvent(decoding: decoding, issues: &issues) { record in
            if record.actor1Side != nil { sided += 1 }
        }
        // 4,318 events (../shared/data/README.md); every actor1/actor2 name has a side.
        #expect(summary.used == 4318)
        #expect(decoding.unmappedActors == [])
        #expect(sided == 4318)
    }

    // MARK: crafted events

    static let header =
        "event_id_cnty,event_date,time_precision,event_type,sub_event_type,actor1,actor2,admin1,admin2,location,"
        + "latitude,longitude,geo_precision,fatalities"

    static func row(
        _ id: String, _ date: String, _ type: String, _ subType: String, _ actor1: String, _ actor2: String,
        _ admin1: String, _ admin2: String, _ place: String, precision: Int = 1, fatalities: Int = 0
    ) -> String {
        let p = point(place)
        return "\(id),\(date),1,\(type),\(subType),\(actor1),\(actor2),\(admin1),\(admin2),\(place),"
            + "\(p.latitude),\(p.longitude),\(precision),\(fatalities)"
    }

    static let jnim = "JNIM: Group for Support of Islam and Muslims"
    static let fama = "Military Forces of Mali (2021-)"

    /// Seven events of September–October 2025 (a Saturday-week each, or shared weeks as noted).
    static let craftedRows = [
        row("X1", "2025-09-13", "Battles", "Armed clash", jnim, fama, "Koulikoro", "Kati", "Kati", fatalities: 2),
        row(
            "X2", "2025-09-13", "Violence against civilians", "Attack", jnim, "Civilians (Mali)", "Koulikoro",
            "Kolokani",
            "Didieni", fatalities: 3),
        row("X3", "2025-10-01", "Battles", "Armed clash", fama, jnim, "Koulikoro", "Dioila", "Fana", fatalities: 7),
        row(
            "X4", "2025-09-21", "Battles", "Non-state actor overtakes territory", jnim, fama, "Sikasso", "Bougouni",
            "Bougouni"),
        row(
            "X5", "2025-09-14", "Battles", "Armed clash", "Islamic State (Sahel)", fama, "Gao", "Gao", "Gao",
            fatalities: 4),
        row(
            "X6", "2025-09-15", "Battles", "Government regains territory", fama, jnim, "Segou", "Segou", "Segou",
            precision: 3),
        row("X7", "2025-09-16", "Protests", "Peaceful protest", "Protesters (Mali)", "", "Koulikoro", "Kati", "Kati"),
    ]

    static func writeCrafted() throws -> String {
        try ScratchFolder.write(([header] + craftedRows).joined(separator: "\n").appending("\n"), name: "crafted.csv")
    }

    /// Reads the crafted file grouped at `level`; returns the table and the grouping's left-out count.
    static func table(_ level: RegionGrouping.Level) throws -> (IndicatorTable, Int64) {
        let path = try writeCrafted()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let reader = try ACLEDReader(path: path)
        let decoding = ACLEDDecoding(dictionary: theatre.actors)
        var placement = EventPlacement(network: theatre.corridors)
        var grouping = RegionGrouping(level: level)
        let calendar = PeriodCalendar(kind: .month)
        var accumulator = IndicatorAccumulator(calendar: calendar)
        var issues = IssueLog()
        _ = try reader.forEachEvent(decoding: decoding, issues: &issues) { record in
            placement.place(&record)
            record.admin1 = grouping.key(for: record, admin1Names: decoding.regions, admin2Names: decoding.admin2)
            accumulator.add(record)
        }
        #expect(issues.count == 0)
        let names = grouping.names(admin1Names: decoding.regions, admin2Names: decoding.admin2)
        let table = IndicatorTable(
            regionLevel: grouping.levelName, merging: [(accumulator, names)], calendar: calendar)
        return (table, grouping.leftOutImprecise)
    }

    static func total(_ table: IndicatorTable, _ region: String) -> IndicatorCounts {
        var counts = IndicatorCounts()
        for row in table.series(of: region) { counts.merge(row.counts) }
        return counts
    }

    @Test func craftedEventsLandOnTheirCorridors() throws {
        let (table, leftOut) = try Self.table(.corridor(Self.theatre.corridors.corridors.map(\.name)))
        // Kati → Kayes corridor (tie on the shared Kati–Bamako road goes to the first listed); Didiéni → Nioro;
        // Fana → Ségou; Bougouni → Zégoua; Gao → none; the Ségou event has region-level coordinates (left out);
        // the protest at Kati is not a corridor incident.
        #expect(
            table.regions == [
                "Dakar-Kayes-Kita-Kati-Bamako", "Nioro-Diema-Didieni-Kolokani-Kati-Bamako", "Segou-Fana-Bamako",
                "Zegoua-Sikasso-Bougouni-Bamako",
            ])
        #expect(Self.total(table, "Dakar-Kayes-Kita-Kati-Bamako").events == 1)
        #expect(Self.total(table, "Nioro-Diema-Didieni-Kolokani-Kati-Bamako").attacksOnCivilians == 1)
        #expect(Self.total(table, "Segou-Fana-Bamako").fatalities == 7)
        #expect(Self.total(table, "Zegoua-Sikasso-Bougouni-Bamako").territoryOvertaken == 1)
        #expect(leftOut == 1)
        // Days since the last attack on the Kayes corridor at the end of September 2025 (30th − 13th) and October.
        let days = table.daysSinceLastCorridorIncident
        let kayes = table.regions.firstIndex(of: "Dakar-Kayes-Kita-Kati-Bamako")! * table.periods.count
        #expect(Array(days[kayes..<(kayes + table.periods.count)]) == [17, 48])
    }

    @Test func admin1IndicatorsFromTheCraftedEvents() throws {
        let (table, _) = try Self.table(.admin1)
        let koulikoro = Self.total(table, "Koulikoro")
        // Kati JNIM→FAMa (insurgent attack), Fana FAMa→JNIM (state-initiated): 2 engagements, 1 insurgent-initiated.
        #expect(koulikoro.engagements == 2)
        #expect(koulikoro.insurgentAttacksOnState == 1)
        #expect(koulikoro.insurgentInitiatedShare == 0.5)
        #expect(koulikoro.attacksOnCivilians == 1)
        // ACLED gives no side for deaths: all 12 are of unknown side, and the loss-exchange ratio is undefined.
        #expect(koulikoro.fatalities == 12)
        #expect(koulikoro.fatalitiesUnknown == 12)
        #expect(koulikoro.lossExchangeRatio == nil)
        // Three corridor incidents: Kati (Kayes), Didiéni (Nioro), Fana (Ségou).
        #expect(koulikoro.corridorsHit == 3)
        #expect(koulikoro.corridorIncidents == 3)
        #expect(koulikoro.impreciseLocations == 0)
        let segou = Self.total(table, "Segou")
        #expect(segou.impreciseLocations == 1)
        #expect(segou.territoryRegained == 1)
        #expect(segou.corridorIncidents == 0)
        // Gao: IS Sahel → FAMa is an insurgent attack on the state, far from every corridor.
        let gao = Self.total(table, "Gao")
        #expect(gao.insurgentAttacksOnState == 1)
        #expect(gao.corridorIncidents == 0)
        #expect(gao.blockadePressure == 0)
    }

    @Test func newRegionsFollowTheCrosswalk() throws {
        let (table, _) = try Self.table(.newRegions(Self.theatre.crosswalk))
        // Kolokani and Kati stay in Koulikoro; Dioïla's Fana goes to Dioila; Bougouni becomes its own region.
        #expect(table.regions == ["Bougouni", "Dioila", "Gao", "Koulikoro", "Segou"])
        #expect(Self.total(table, "Koulikoro").events == 3)
        #expect(Self.total(table, "Dioila").fatalities == 7)
    }

    @Test func admin2AndZoneRowsLeaveOutRegionLevelCoordinates() throws {
        let (admin2, leftOut) = try Self.table(.admin2)
        // The Ségou event (geo_precision 3) is in no admin2 row; the other six keep their cercle.
        #expect(admin2.regions == ["Bougouni", "Dioila", "Gao", "Kati", "Kolokani"])
        #expect(Self.total(admin2, "Kati").events == 2)
        #expect(leftOut == 1)
        // 30 km around Kati: the battle and the protest there; Bamako-area events elsewhere are farther.
        let kati = RegionGrouping.Zone(name: "Kati", shape: .radius(center: Self.point("Kati"), km: 30))
        let (zone, zoneLeftOut) = try Self.table(.zone(kati))
        #expect(zone.regions == ["Kati"])
        #expect(Self.total(zone, "Kati").events == 2)
        #expect(zoneLeftOut == 1)
        // The Ségou corridor's 10 km buffer holds Fana only (the Ségou event's coordinates are region-level).
        let segou = Self.theatre.corridors.corridors[3]
        let buffer = RegionGrouping.Zone(name: segou.name, shape: .corridor(segou.path, bufferKm: 10))
        let (corridorZone, _) = try Self.table(.zone(buffer))
        #expect(Self.total(corridorZone, "Segou-Fana-Bamako").events == 1)
        #expect(Self.total(corridorZone, "Segou-Fana-Bamako").fatalities == 7)
    }

    // MARK: blockade pressure

    @Test func pressureWeightsNearnessAndKind() {
        let pressure = BlockadePressure(radiusKm: 300)
        // Kati is 13.0931 km from Bamako (GreatCircleTests): nearness 1 − 13.0931/300 = 0.956356.
        let kati = GreatCircle.distanceKm(Self.point("Kati"), Self.point("Bamako"))
        #expect(abs(pressure.weight(tags: [], hubDistanceKm: kati) - (1 - 13.0931 / 300)) < 1e-6)
        // Kind: tanker or convoy 3, checkpoint 2, other 1; beyond the radius 0.
        #expect(pressure.weight(tags: [.fuelTanker], hubDistanceKm: 150) == 1.5)
        #expect(pressure.weight(tags: [.convoy, .checkpoint], hubDistanceKm: 150) == 1.5)
        #expect(pressure.weight(tags: [.checkpoint], hubDistanceKm: 150) == 1.0)
        #expect(pressure.weight(tags: [], hubDistanceKm: 150) == 0.5)
        #expect(pressure.weight(tags: [.fuelTanker], hubDistanceKm: 400) == 0)
        #expect(pressure.weight(tags: [], hubDistanceKm: nil) == 0.5)
    }

    static func attack(at place: String, tags: EventTags = []) -> EventRecord {
        var record = EventRecord(
            day: Day(year: 2025, month: 9, day: 13)!, eventType: .battles, admin1: 0, fatalities: 0)
        let point = point(place)
        record.latitude = Float(point.latitude)
        record.longitude = Float(point.longitude)
        record.locationPrecision = .exact
        record.tags = tags
        return record
    }

    @Test func sameAttackNearerBamakoWeighsMore() {
        var placement = EventPlacement(network: Self.theatre.corridors)
        // Along the Nioro corridor: Kati (13 km) > Kolokani (about 100 km) > Didiéni (about 135 km).
        var weights: [Float] = []
        for town in ["Kati", "Kolokani", "Didieni"] {
            var record = Self.attack(at: town, tags: [.fuelTanker])
            placement.place(&record)
            #expect(record.corridor >= 0, "\(town)")
            weights.append(record.blockadeWeight)
        }
        #expect(weights[0] > weights[1] && weights[1] > weights[2])
        // At one place: tanker attack > checkpoint incident > other attack.
        var kinds: [Float] = []
        for tags: EventTags in [[.fuelTanker], [.checkpoint], []] {
            var record = Self.attack(at: "Fana", tags: tags)
            placement.place(&record)
            kinds.append(record.blockadeWeight)
        }
        #expect(kinds[0] > kinds[1] && kinds[1] > kinds[2])
    }

    @Test func regionPrecisionIsNeverPlacedButACorridorSegmentIs() {
        var placement = EventPlacement(network: Self.theatre.corridors)
        var imprecise = Self.attack(at: "Fana")
        imprecise.locationPrecision = .region
        placement.place(&imprecise)
        #expect(imprecise.corridor == EventRecord.noCorridor)
        // "Between Ségou and Bamako": the source names the corridor, without coordinates (nearness 0.5).
        var segment = EventRecord(
            day: Day(year: 2025, month: 10, day: 1)!, eventType: .battles, admin1: 0, fatalities: 7)
        segment.locationPrecision = .corridorSegment
        segment.corridor = 3
        segment.tags = [.convoy]
        placement.place(&segment)
        #expect(segment.corridor == 3)
        #expect(segment.blockadeWeight == 1.5)
    }

    // MARK: balance of force

    @Test func balanceOfForceFromSidedCounts() {
        var counts = IndicatorCounts()
        counts.engagements = 4
        counts.insurgentAttacksOnState = 3
        counts.territoryOvertaken = 1
        counts.territoryRegained = 1
        counts.fatalitiesStateSide = 7
        counts.fatalitiesInsurgent = 0
        counts.weaponsCapturedByInsurgents = 16
        // Hand computation: initiative 2·0.75 − 1 = 0.5; territory 0; losses (7 − 0)/7 = 1; materiel 16/16 = 1;
        // mean (0.5 + 0 + 1 + 1)/4 = 0.625. Loss-exchange ratio undefined (no insurgent death).
        #expect(counts.balanceOfForceIndex == 0.625)
        #expect(counts.lossExchangeRatio == nil)
        #expect(counts.netMaterielFlow == 16)
        counts.fatalitiesInsurgent = 2
        #expect(counts.lossExchangeRatio == 3.5)
        #expect(IndicatorCounts().balanceOfForceIndex == nil)
    }
}
