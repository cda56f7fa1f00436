import SitrepCore

/// Deaths stated for one kind of victim: « au moins sept soldats maliens ont été tués ».
struct CasualtyMention {
    /// `nil` when the text names no side (personnes, people, « 12 morts »).
    var side: Side?
    var number: NumberPhrase
    /// Part of a breakdown of a total stated before it (« 12 morts, dont 7 soldats »).
    var isBreakdown: Bool
    /// The number and the victim noun.
    var tokens: Range<Int>
}

/// Equipment taken or destroyed: « deux mitrailleuses lourdes « Dushka » », saisies.
struct MaterielMention {
    var item: MaterielClass
    /// `nil` when the text gives no count (« une grande quantité de munitions »).
    var number: NumberPhrase?
    var disposition: MaterielLoss.Disposition
    /// The side that took or destroyed it, when the sentence names it.
    var by: Side?
    /// The noun phrase, count included.
    var tokens: Range<Int>
    /// The verb or noun of disposition.
    var dispositionTokens: Range<Int>

    var count: Int? {
        guard let number else { return nil }
        if number.isArticle && !item.takesArticleCount { return nil }
        return number.best
    }
}

/// A party named in the text: a group from the actor dictionary, or a noun of a side (soldats, terroristes).
struct ActorMention {
    var actor: ResolvedActor
    /// A side noun rather than a name; replaced by a named actor of the same side when the incident has one.
    var isGeneric: Bool
    var tokens: Range<Int>
}

extension ResolvedActor {
    /// The actor a side noun stands for in a Mali dispatch: gendarmes are the Gendarmerie, policiers the Police,
    /// other soldiers the FAMa; terroristes, jihadistes and the like unidentified insurgents; civils civilians.
    static func generic(_ side: Side, noun: String) -> ResolvedActor? {
        switch side {
        case .state where noun.hasPrefix("gendarme"): ResolvedActor(name: "Gendarmerie", side: .state)
        case .state where noun.hasPrefix("polic"): ResolvedActor(name: "Police", side: .state)
        case .state: ResolvedActor(name: "FAMa", side: .state)
        case .insurgent: ResolvedActor(name: "unidentified insurgents", side: .insurgent)
        case .civilian: ResolvedActor(name: "civilians", side: .civilian)
        default: nil
        }
    }
}
