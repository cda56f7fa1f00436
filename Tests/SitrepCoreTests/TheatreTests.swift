import SitrepCore
import Testing

@Suite struct TheatreTests {
    let theatre = TheatreFixture.mali

    @Test func foldingIgnoresAccentsCaseAndDashes() {
        #expect(TextFolding.fold("Ségou") == "segou")
        #expect(TextFolding.fold("  GOURMA-Rharous ") == "gourma rharous")
        #expect(TextFolding.fold("Ké-Macina") == "ke macina")
        #expect(TextFolding.fold("Dioïla") == "dioila")
        #expect(TextFolding.fold("Groupe de soutien à l'islam") == "groupe de soutien a lislam")
    }

    @Test(arguments: [
        ("Tombouctou", "Tombouctou"), ("Timbuktu", "Tombouctou"), ("Ségou", "Segou"), ("SEGOU", "Segou"),
        ("Ménaka", "Menaka"), ("Menaka", "Menaka"), ("Taoudénit", "Taoudenit"), ("Taoudeni", "Taoudenit"),
        ("Bamako District", "Bamako"), ("District de Bamako", "Bamako"),
    ])
    func regionAliases(alias: String, id: String) {
        #expect(theatre.regions.oldRegion(named: alias)?.id == id)
        #expect(theatre.regions.newRegion(named: alias)?.id == id)
    }

    @Test func regionCounts() {
        // Post-2023: 19 regions plus the District of Bamako (loi n°2023-006).
        #expect(theatre.regions.new.count == 20)
        #expect(theatre.regions.new.filter { $0.id != "Bamako" }.count == 19)
        #expect(theatre.regions.newRegion(named: "Nioro du Sahel")?.id == "Nioro")
        #expect(theatre.regions.oldRegion(named: "Nioro") == nil)
    }

    @Test func everyOldCercleMapsToANewRegion() {
        // The 49 cercles of the eight historical regions plus the District and ACLED's Ménaka admin2 values.
        let historical = theatre.crosswalk.cercles.filter { $0.oldRegion != "Menaka" && $0.name != "Bamako" }
        #expect(historical.count == 49)
        for cercle in theatre.crosswalk.cercles {
            #expect(theatre.regions.newRegion(named: cercle.newRegion) != nil, "\(cercle.name)")
            #expect(theatre.regions.oldRegion(named: cercle.oldRegion) != nil, "\(cercle.name)")
            let assignment = theatre.crosswalk.newRegion(admin1: cercle.oldRegion, admin2: cercle.name, point: nil)
            #expect(assignment == Crosswalk.Assignment(region: cercle.newRegion, isApproximate: false))
        }
        // Every one of the 19 new regions and the District receives at least one cercle.
        let reached = Set(
            theatre.crosswalk.cercles.flatMap { [$0.newRegion] + ($0.split.map { [$0.north, $0.south] } ?? []) })
        #expect(reached == Set(theatre.regions.new.map(\.id)))
    }

    @Test(arguments: [
        ("Douentza cercle", "Douentza"), ("Barouéli cercle", "Baroueli"), ("Cercle de Ké-Macina", "Macina"),
        ("GOURMA-RHAROUS CERCLE", "Gourma-Rharous"),
    ])
    func cerclesWrittenWithTheWordCercle(written: String, cercle: String) {
        #expect(theatre.crosswalk.cercle(named: written)?.name == cercle)
    }

    @Test func ucdpNamesReachThePost2023Regions() {
        // UCDP GED writes `adm_1` as "Mopti region" and `adm_2` as "Douentza cercle": Douentza became a region of
        // its own in 2023, so the cercle decides, exactly.
        #expect(
            theatre.crosswalk.newRegion(admin1: "Mopti region", admin2: "Douentza cercle", point: nil)
                == Crosswalk.Assignment(region: "Douentza", isApproximate: false))
        #expect(theatre.crosswalk.cercle(named: "Douentza region") == nil)
        #expect(theatre.crosswalk.cercle(named: "cercle") == nil)
    }

    @Test func splitCerclesFollowCoordinates() {
        let crosswalk = theatre.crosswalk
        // Araouane (18.9° N) lies in the part of the Tombouctou cercle that became Taoudénit; Timbuktu does not.
        #expect(
            crosswalk.newRegion(admin1: "Tombouctou", admin2: "Tombouctou", point: TheatreFixture.point("Araouane"))?
                .region == "Taoudenit")
        #expect(
            crosswalk.newRegion(admin1: "Tombouctou", admin2: "Timbuktu", point: TheatreFixture.point("Tombouctou"))?
                .region == "Tombouctou")
        // Ouélessébougou (11.93° N) went from the Kati cercle to the Bougouni region.
        #expect(
            crosswalk.newRegion(admin1: "Koulikoro", admin2: "Kati", point: TheatreFixture.point("Ouelessebougou"))?
                .region == "Bougouni")
        #expect(crosswalk.newRegion(admin1: "Koulikoro", admin2: "Kati", point: nil)?.region == "Koulikoro")
        // Without a cercle: the old region's namesake, approximate when that region was split.
        #expect(
            crosswalk.newRegion(admin1: "Mopti", admin2: nil, point: nil)
                == Crosswalk.Assignment(region: "Mopti", isApproximate: true))
        #expect(
            crosswalk.newRegion(admin1: "Kidal", admin2: nil, point: nil)
                == Crosswalk.Assignment(region: "Kidal", isApproximate: false))
        #expect(
            crosswalk.newRegion(admin1: "Bougouni", admin2: nil, point: nil)
                == Crosswalk.Assignment(region: "Bougouni", isApproximate: false))
    }

    @Test func gazetteerHasEveryCercleSeatAndWaypoint() {
        for cercle in theatre.crosswalk.cercles where cercle.oldRegion != "Menaka" || cercle.name == "Anderamboukane" {
            #expect(theatre.gazetteer.place(named: cercle.name) != nil, "cercle seat \(cercle.name)")
        }
        for corridor in theatre.corridors.corridors {
            for waypoint in corridor.waypoints { #expect(theatre.gazetteer.place(named: waypoint) != nil) }
        }
        #expect(theatre.gazetteer.place(named: "didiéni")?.name == "Didieni")
        #expect(theatre.gazetteer.place(named: "TIMBUKTU")?.name == "Tombouctou")
        #expect(theatre.gazetteer.place(named: "Nioro du Sahel")?.name == "Nioro")
    }

    @Test func defaultDirectoryIsFoundFromTheExecutablesFolder() throws {
        // Walking up from this file's folder (standing in for the executable's) reaches the checkout's theatre.
        let found = try #require(Theatre.defaultDirectory(executablePath: #filePath))
        #expect(found.hasSuffix("Notebooks-data/theatres/mali"))
        #expect(try Theatre(directory: found).regions.new.count == 20)
    }

    @Test func missingFileNamesTheFile() {
        #expect {
            try Theatre(directory: "/nonexistent-theatre")
        } throws: { error in
            (error as? TheatreError)?.file == "/nonexistent-theatre/regions.json"
        }
    }
}
