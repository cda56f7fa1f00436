import SitrepCore

/// The meaning of a lexicon phrase for the extraction rules. One phrase may carry several cues
/// (`incendié` is both a destruction of materiel and an attack).
enum Cue: Sendable, Hashable {
    /// An item of equipment; `specificity` 2 for a model or a qualified class (DShK, « mitrailleuses lourdes »,
    /// « véhicules militaires »), 1 for a generic noun (véhicule, mitrailleuse). The most specific one in a
    /// noun phrase names its class.
    case materiel(MaterielClass, specificity: UInt8)
    /// Equipment taken or destroyed.
    case disposition(MaterielLoss.Disposition)
    /// Deaths: tués, morts, neutralisés, killed, dead.
    case kill
    /// Harm that is not death (blessés, wounded, enlevés, captured people): stops a victim from being counted dead.
    case otherHarm
    /// A noun for people of a side (soldats → state, terroristes → insurgent, civils → civilian); `nil` for
    /// people of no stated side (personnes, people).
    case victim(Side?)
    /// A group's own claim: revendiqué, claimed, via its media.
    case claim
    /// The state side speaking for itself: « communiqué de l'état-major », « selon l'armée », "the army said".
    case officialStatement
    /// A source outside the parties: « sources locales », « selon des habitants », "residents said", witnesses.
    case independentSource
    case tag(IncidentTag)
    /// A verb or noun of attack whose grammatical subject is the initiator.
    case attack
    /// A fight with no stated initiator (affrontements, clashes): the parties count in the order named.
    case clash
    /// A negation just before a claim word (« n'a pas », "no group has"): the claim is denied.
    case negation
    /// A verb whose subject suffered the event (a sauté sur une mine, came under attack).
    case suffered
    /// A word that marks the following verb as passive when just before it (été, was, were).
    case passive
    /// `par` / `by`: introduces the agent of a passive verb.
    case agent
    case ied
    case airStrike
    case shelling
    case abduction
    /// Starts a new incident: par ailleurs, separately, in another incident.
    case separator
    /// Repeats the date of the previous incident: le même jour, the same day.
    case sameDay
    /// Introduces a breakdown of a total: dont, including, among them.
    case breakdown
}
