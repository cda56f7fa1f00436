import SitrepCore

/// Every phrase the rules react to, French and English, as folded keys. Materiel aliases come from
/// `MaterielLexicon`; numbers are read by `NumberReader`.
///
/// Kept in code rather than in a data file: the entries carry typed cues, and the compiler checks them.
enum CueLexicon {
    static let shared: PhraseLexicon<[Cue]> = build()

    static let table: [(phrases: [String], cues: [Cue])] = [
        // Materiel taken or destroyed.
        (
            [
                "saisi", "saisis", "saisie", "saisies", "saisir", "saisissant", "recupere", "recuperes", "recuperee",
                "recuperees", "recuperer", "recuperant", "emporte", "emportes", "emportee", "emportees", "emporter",
                "emportant", "butin", "capture", "captures", "capturee", "capturees", "capturer", "capturant", "empare",
                "emparer", "emparant", "empares", "mis la main", "mettre la main", "mettant la main", "confisque",
                "confisques", "seized", "seize", "seizing", "seizes", "captured", "capturing", "looted", "looting",
                "took", "taken", "confiscated", "recovered", "made off with", "carted off", "booty", "spoils",
            ], [.disposition(.captured)]
        ),
        (
            [
                "detruit", "detruits", "detruite", "detruites", "detruire", "detruisant", "destruction", "calcine",
                "calcines", "calcinee", "calcinees", "destroyed", "destroy", "destroying", "destroys", "burned",
                "burnt",
                "burning",
            ], [.disposition(.destroyed)]
        ),
        (
            [
                "incendie", "incendies", "incendiee", "incendiees", "incendier", "incendiant", "brule", "brules",
                "brulee", "brulees", "bruler", "brulant", "mis le feu", "mettant le feu", "mis feu", "set fire",
                "setting fire", "set ablaze", "setting ablaze", "torched", "torching", "set alight",
            ], [.disposition(.destroyed), .attack]
        ),
        // Deaths and other harm.
        (
            [
                "tue", "tues", "tuee", "tuees", "tuant", "tuer", "mort", "morts", "peri", "perdu la vie",
                "perdu leur vie",
                "trouve la mort", "killed", "killing", "kill", "kills", "dead", "died", "perished",
                "lost their lives", "claimed the lives", "claiming the lives", "deces", "abattu", "abattus",
                "executes", "executed",
            ], [.kill]
        ),
        (
            [
                "neutralise", "neutralises", "neutralisee", "neutralisees", "neutraliser", "neutralisant",
                "neutralized",
                "neutralised", "neutralizing", "neutralising",
            ], [.kill, .attack]
        ),
        (
            [
                "blesse", "blesses", "blessee", "blessees", "blessant", "wounded", "wounding", "injured", "injuring",
                "arrete", "arretes", "interpelle", "interpelles", "arrested", "detained",
            ], [.otherHarm]
        ),
        // Victims and people by side.
        (
            [
                "soldat", "soldats", "militaire", "militaires", "fama", "gendarme", "gendarmes", "policier",
                "policiers", "garde", "gardes", "soldier", "soldiers", "troops", "servicemen", "officers", "escorts",
            ], [.victim(.state)]
        ),
        (
            [
                "terroriste", "terroristes", "jihadiste", "jihadistes", "djihadiste", "djihadistes", "assaillant",
                "assaillants", "insurge", "insurges", "combattant", "combattants", "moudjahidine", "moudjahidines",
                "terrorist", "terrorists", "jihadist", "jihadists", "assailant", "assailants", "attackers", "militant",
                "militants", "insurgent", "insurgents", "fighters", "mujahideen",
            ], [.victim(.insurgent)]
        ),
        (
            [
                "civil", "civils", "villageois", "chauffeur", "chauffeurs", "passager", "passagers", "habitant",
                "habitants", "berger", "bergers", "orpailleurs", "femmes", "enfants", "civilian", "civilians",
                "villager",
                "villagers", "driver", "drivers", "passengers", "residents", "herders", "miners", "women", "children",
            ], [.victim(.civilian)]
        ),
        (["personne", "personnes", "people", "persons", "individus", "individuals"], [.victim(nil)]),
        // Claims.
        (
            [
                "revendique", "revendiquee", "revendiques", "revendiquees", "revendiquant", "revendication", "claimed",
                "claiming", "claim", "claims", "canaux medias", "canaux medis", "via its media", "propagande",
            ], [.claim]
        ),
        // Who speaks: the state side for itself, or sources outside the parties. Phrases holding a victim word
        // keep its cue.
        (
            [
                "communique de l etat-major", "communique de l armee", "communique du gouvernement",
                "dans un communique",
                "par voie de communique", "selon l armee", "selon l armee malienne", "selon l etat-major",
                "selon le gouvernement", "selon les autorites", "d apres l armee", "d apres l etat-major",
                "a annonce l armee", "a annonce l etat-major", "a annonce le gouvernement", "a indique l armee",
                "a indique l etat-major", "l armee a annonce", "l armee malienne a annonce", "l armee a indique",
                "l armee malienne a indique", "l etat-major a annonce", "le gouvernement a annonce", "the army said",
                "the malian army said", "the armed forces said", "the military said", "the government said",
                "forces said", "the army announced", "the armed forces announced",
                "the military announced", "according to the army", "according to the armed forces",
                "according to the military", "according to the government", "army statement", "military statement",
            ], [.officialStatement]
        ),
        (["communique des fama", "selon les fama", "les fama ont annonce"], [.officialStatement, .victim(.state)]),
        (
            [
                "sources locales", "source locale", "selon un habitant", "selon des temoins", "selon un temoin",
                "des temoins", "source hospitaliere", "sources hospitalieres", "local sources", "a local source",
                "a resident said", "witnesses said", "according to witnesses", "according to local sources",
                "hospital sources",
            ], [.independentSource]
        ),
        (
            ["selon des habitants", "residents said", "according to residents"],
            [.independentSource, .victim(.civilian)]
        ),
        // Attacks.
        (
            [
                "attaque", "attaques", "attaquee", "attaquees", "attaquer", "attaquant", "embuscade", "embuscades",
                "assaut", "raid", "raids", "offensive", "ouvert le feu", "vise", "visee", "vises", "visant", "cible",
                "ciblee", "cibles", "ciblant", "pris d assaut", "attacked", "attack", "attacks", "attacking",
                "ambushed", "ambush", "ambushing", "assaulted", "stormed", "raided", "targeted", "targeting",
                "opened fire", "overran", "overrun",
            ], [.attack]
        ),
        (
            [
                "affrontement", "affrontements", "combats", "accrochage", "accrochages", "clash", "clashes", "clashed",
                "fighting", "fought", "heurts",
            ], [.attack, .clash]
        ),
        (
            [
                "a saute", "ont saute", "saute sur", "sautant sur", "ran over", "victime", "victimes", "came under",
                "repousse", "repousses", "repoussee", "repelled", "repulsed",
            ], [.suffered]
        ),
        (["ete", "was", "were", "been"], [.passive]),
        (["par", "by", "attribuee a", "attribue a", "attribuees a", "attributed to", "blamed on"], [.agent]),
        (
            [
                "no", "not", "pas", "aucun", "aucune", "ne", "n", "jamais", "never", "yet to", "nobody", "none",
            ], [.negation]
        ),
        // Kinds of event.
        (
            [
                "eei", "ied", "ieds", "engin explosif", "engins explosifs", "engin explosif improvise",
                "engins explosifs improvises", "mine", "mines", "landmine", "landmines", "explosive device",
                "explosive devices", "improvised explosive device", "roadside bomb", "vehicule piege", "car bomb",
                "vbied",
                "moto piegee", "motos piegees", "vehicules pieges",
            ], [.ied, .tag(.ied)]
        ),
        (
            [
                "drone", "drones", "frappe aerienne", "frappes aeriennes", "frappe de drone", "frappes de drone",
                "frappes de drones", "frappe de drones",
                "airstrike", "airstrikes", "air strike", "air strikes", "drone strike", "drone strikes",
            ], [.airStrike, .attack, .tag(.drone)]
        ),
        (["frappe", "frappes", "strike", "strikes", "bombarde", "bombardement", "bombed", "struck"], [.attack]),
        (
            [
                "obus", "tirs de mortier", "tirs d obus", "shelling", "shelled", "mortar fire", "mortar shells",
                "mortar rounds", "artillery", "pilonne", "pilonnage",
            ], [.shelling, .attack]
        ),
        (
            [
                "enleve", "enleves", "enlevee", "enlevees", "enlevement", "enlevements", "kidnappe", "kidnappes",
                "kidnappee", "kidnappees", "kidnapped", "kidnapping", "abducted", "abduction", "abducting", "otage",
                "otages", "pris en otage", "hostage", "hostages", "taken hostage",
            ], [.abduction, .otherHarm, .attack, .tag(.abduction)]
        ),
        // Tags.
        (["convoi", "convois", "convoy", "convoys"], [.tag(.convoy)]),
        (
            [
                "poste de controle", "postes de controle", "checkpoint", "checkpoints", "barrage routier",
                "barrages routiers",
            ], [.tag(.checkpoint)]
        ),
        (
            [
                "camp militaire", "camps militaires", "base militaire", "bases militaires", "poste militaire",
                "postes militaires", "garnison", "garrison", "military camp", "army camp", "military base", "army base",
                "military post", "army post", "camp de l armee", "base", "bases", "poste", "postes",
            ], [.tag(.base)]
        ),
        // Phrases that contain a cue word but mean nothing here.
        (["sur la base de", "sur la base d", "a la base", "poste de police", "mine d or", "mines d or"], []),
        (["blocus", "blockade"], [.tag(.blockade)]),
        // Discourse.
        (
            [
                "par ailleurs", "dans un autre incident", "lors d un autre incident", "dans une autre attaque",
                "separately", "in a separate incident", "in another incident", "in a separate attack",
                "in another attack", "elsewhere", "ailleurs", "meanwhile",
            ], [.separator]
        ),
        (
            ["le meme jour", "the same day", "on the same day", "that same day", "ce meme jour"],
            [.separator, .sameDay]
        ),
        (["dont", "including", "among them", "parmi eux", "parmi lesquels", "among whom"], [.breakdown]),
    ]

    /// First words of the phrases that can make a note report something: a death word, a disposition word
    /// (no materiel loss without one), a tag word (fuel-tanker aliases included), a claim word. A note with
    /// none of them is skipped before any other work.
    static let noteTriggers: KeyTable<Bool> = {
        var triggers = KeyTable<Bool>()
        func add(_ phrase: String) { triggers.set(KeyHash.of(String(phrase.split(separator: " ")[0])), true) }
        for (phrases, cues) in table
        where cues.contains(where: { cue in
            switch cue {
            case .kill, .disposition, .tag, .claim: true
            default: false
            }
        }) {
            phrases.forEach(add)
        }
        for entry in MaterielLexicon.entries where entry.item == .fuelTanker { entry.phrases.forEach(add) }
        return triggers
    }()

    private static func build() -> PhraseLexicon<[Cue]> {
        var lexicon = PhraseLexicon<[Cue]>()
        for (phrases, cues) in table {
            for phrase in phrases { lexicon.add(phrase, cues) }
        }
        for (phrases, item, specificity) in MaterielLexicon.entries {
            var cues: [Cue] = [.materiel(item, specificity: specificity)]
            if item == .fuelTanker { cues.append(.tag(.fuelTanker)) }
            for phrase in phrases { lexicon.add(phrase, cues) }
        }
        return lexicon
    }
}
