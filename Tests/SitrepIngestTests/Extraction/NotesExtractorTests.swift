import SitrepCore
import SitrepIngest
import Testing

/// ACLED-style notes, including the two shapes `SyntheticACLED` writes; expected values read off the text.
@Suite struct NotesExtractorTests {
    @Test func syntheticBattleNote() {
        var extractor = NotesExtractor()
        let facts = extractor.extract(
            "On 2025-10-03, JNIM attacked near Kati (Kati, Koulikoro). 4 soldiers were killed. The militants seized "
                + "3 AK-47 rifles, 2 PKM machine guns, 5 RPG launchers and destroyed 2 vehicles.",
            initiator: .insurgent, target: .state)
        #expect(facts.state == 4 && facts.insurgent == nil && facts.civilian == nil && facts.unattributed == nil)
        #expect(facts.materiel == [
            MaterielLoss(item: "assault-rifle", count: 3, disposition: .captured, by: .insurgent, from: .state),
            MaterielLoss(item: "machine-gun", count: 2, disposition: .captured, by: .insurgent, from: .state),
            MaterielLoss(item: "rpg", count: 5, disposition: .captured, by: .insurgent, from: .state),
            MaterielLoss(item: "vehicle", count: 2, disposition: .destroyed, by: .insurgent, from: .state),
        ])
        #expect(facts.reliability == .independent && facts.tags.isEmpty)
    }

    @Test func syntheticTankerNote() {
        var extractor = NotesExtractor()
        let facts = extractor.extract(
            "On 2025-10-03, JNIM militants set fire to 7 fuel tankers of a convoy heading to Bamako near Kati "
                + "(Kati, Koulikoro).",
            initiator: .insurgent, target: nil)
        #expect(facts.materiel == [
            MaterielLoss(item: "fuel-tanker", count: 7, disposition: .destroyed, by: .insurgent, from: nil)
        ])
        #expect(facts.tags == ["fuel-tanker", "convoy"])
        #expect(facts.state == nil && facts.unattributed == nil)
    }

    @Test func acledStyleNoteWithClaimAndSides() {
        var extractor = NotesExtractor()
        let facts = extractor.extract(
            "On 3 March 2025, JNIM militants ambushed a FAMa convoy at a checkpoint near Nara, killing 5 soldiers "
                + "and 2 civilians. JNIM claimed the attack via its media, saying it seized 3 AK-47 rifles and "
                + "destroyed 2 vehicles. An IED also hit a truck.",
            initiator: .insurgent, target: .state)
        #expect(facts.state == 5 && facts.civilian == 2 && facts.insurgent == nil)
        #expect(facts.reliability == .claim)
        #expect(Set(facts.tags) == ["convoy", "checkpoint", "ied", "claim"])
        #expect(facts.materiel.contains(
            MaterielLoss(item: "assault-rifle", count: 3, disposition: .captured, by: .insurgent, from: .state)))
        #expect(facts.materiel.contains(
            MaterielLoss(item: "vehicle", count: 2, disposition: .destroyed, by: .insurgent, from: .state)))
    }

    /// "No group claimed", a calibre, "several" and wounded people give nothing.
    @Test func nothingInvented() {
        var extractor = NotesExtractor()
        let facts = extractor.extract(
            "On 12 May 2025, unidentified gunmen fired on a 12.7 mm position near Gao, wounding 3 soldiers. "
                + "Several people were reportedly killed. No group claimed responsibility.",
            initiator: .other, target: .state)
        #expect(facts == NoteFacts())
    }

    /// Structured fields win: the note only fills what is empty.
    @Test func applyNeverOverrides() {
        var extractor = NotesExtractor()
        let facts = extractor.extract(
            "JNIM militants killed 4 soldiers and seized 2 PKM machine guns. JNIM claimed the attack.",
            initiator: .insurgent, target: .state)
        var incident = Incident(
            source: "acled", sourceID: "MLI1", date: Day(year: 2025, month: 10, day: 1)!, location: Location(),
            eventType: .battles, fatalities: Fatalities(best: 6, state: 5), tags: ["convoy"])
        facts.apply(to: &incident)
        #expect(incident.fatalities.best == 6 && incident.fatalities.state == 5)
        #expect(incident.materiel == [
            MaterielLoss(item: "machine-gun", count: 2, disposition: .captured, by: .insurgent, from: .state)
        ])
        #expect(incident.tags == ["convoy", "claim"])
        #expect(incident.reliability == .claim)
        let stated = MaterielLoss(item: "truck", count: 1, disposition: .destroyed, by: .insurgent, from: .state)
        incident.materiel = [stated]
        facts.apply(to: &incident)
        #expect(incident.materiel == [stated])
    }
}
