import SitrepCore
import SitrepIngest
import Testing

/// Who speaks for an incident: the state side alone (a communiqué, « selon l'armée », "the army said") makes
/// the account a party's own claim (reliability `claim`, tag `claim`), as an armed group's revendication does;
/// a source outside the parties (local sources, residents, witnesses) keeps it an independent report.
@Suite struct StatementReliabilityTests {
    static let claim = Reliability.claim, independent = Reliability.independent

    @Test(arguments: [
        (
            "Communiqué de l’état-major général des armées. Le 8 octobre 2025, les FAMa ont neutralisé douze terroristes près de Niono.",
            claim
        ),
        ("Le 8 octobre 2025, douze terroristes ont été neutralisés près de Niono, a annoncé l’état-major.", claim),
        ("Le 8 octobre 2025, selon l’armée, douze terroristes ont été neutralisés près de Niono.", claim),
        ("Five IS Sahel fighters were killed near Ansongo on 1 October 2025, the army said.", claim),
        ("According to the military, five IS Sahel fighters were killed near Ansongo on 1 October 2025.", claim),
        // The army's figure, but local sources or residents are cited too.
        (
            "Le 1er juillet 2025, selon l’armée, vingt assaillants ont été neutralisés à Boulkessi, tandis que des sources locales font état de trente soldats tués.",
            independent
        ),
        (
            "Five IS Sahel fighters were killed near Ansongo on 1 October 2025, the army said. Residents said two civilians were also killed.",
            independent
        ),
        // « communiquées » is a verb, not a communiqué; the army is the target, not a speaker.
        (
            "D’après les informations communiquées, sept soldats ont été tués le 1er octobre 2025 dans une embuscade près de Ségou.",
            independent
        ),
        ("L’armée a été attaquée près de Kati le 3 octobre 2025 : deux soldats ont été tués.", independent),
    ])
    func reliabilityFollowsWhoSpeaks(text: String, expected: Reliability) throws {
        let incident = try #require(try DispatchExtractor().extract(text, sourceID: "test").first).incident
        #expect(incident.reliability == expected)
        #expect(incident.tags.contains("claim") == (expected == .claim))
    }
}
