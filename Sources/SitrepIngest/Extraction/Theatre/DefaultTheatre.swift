import SitrepCore

/// A small built-in gazetteer and actor dictionary for Mali, enough for the extractor's tests and for use
/// before the theatre module is plugged in (`DispatchExtractor(places:actors:)` takes any `PlaceResolving` and
/// `ActorResolving`).
///
/// Places: the towns on the five supply corridors into Bamako and the regional capitals, 36 in all.
/// Coordinates are approximate (rounded to 0.01°, from general-reference maps): good to a few kilometres,
/// not a survey. admin1 uses ACLED's spellings (pre-2023 regions). Actors: the groups of the Mali theatre
/// with their French and English aliases and their side; unidentified gunmen (« hommes armés ») have side
/// `other`.
public struct DefaultTheatre: PlaceResolving, ActorResolving {
    public init() {}

    public var longestPlaceName: Int { 3 }
    public var longestActorAlias: Int { 9 }

    public func place(folded name: String) -> ResolvedPlace? { Self.places[name] }
    public func actor(folded alias: String) -> ResolvedActor? { Self.actors[alias] }

    private static let places: [String: ResolvedPlace] = {
        let table: [(aliases: [String], name: String, admin1: String, lat: Double, lon: Double)] = [
            (["bamako"], "Bamako", "Bamako", 12.65, -8.00),
            (["kati"], "Kati", "Koulikoro", 12.74, -8.07),
            (["koulikoro"], "Koulikoro", "Koulikoro", 12.86, -7.56),
            (["fana"], "Fana", "Koulikoro", 12.77, -6.95),
            (["didieni"], "Didiéni", "Koulikoro", 13.88, -8.09),
            (["kolokani"], "Kolokani", "Koulikoro", 13.57, -8.03),
            (["nara"], "Nara", "Koulikoro", 15.17, -7.29),
            (["kangaba"], "Kangaba", "Koulikoro", 11.93, -8.41),
            (["kouremale"], "Kourémalé", "Koulikoro", 11.96, -8.79),
            (["segou"], "Ségou", "Segou", 13.44, -6.26),
            (["niono"], "Niono", "Segou", 14.25, -5.99),
            (["diabaly"], "Diabaly", "Segou", 14.69, -6.02),
            (["macina"], "Macina", "Segou", 13.96, -5.36),
            (["san"], "San", "Segou", 13.30, -4.90),
            (["kayes"], "Kayes", "Kayes", 14.45, -11.44),
            (["diema"], "Diéma", "Kayes", 14.54, -9.18),
            (["nioro", "nioro du sahel"], "Nioro du Sahel", "Kayes", 15.23, -9.59),
            (["kita"], "Kita", "Kayes", 13.04, -9.49),
            (["sikasso"], "Sikasso", "Sikasso", 11.32, -5.67),
            (["bougouni"], "Bougouni", "Sikasso", 11.42, -7.48),
            (["zegoua"], "Zégoua", "Sikasso", 10.93, -5.64),
            (["koutiala"], "Koutiala", "Sikasso", 12.39, -5.46),
            (["mopti"], "Mopti", "Mopti", 14.49, -4.18),
            (["sevare"], "Sévaré", "Mopti", 14.53, -4.09),
            (["djenne"], "Djenné", "Mopti", 13.91, -4.55),
            (["bandiagara"], "Bandiagara", "Mopti", 14.35, -3.61),
            (["douentza"], "Douentza", "Mopti", 15.00, -2.95),
            (["boni"], "Boni", "Mopti", 15.05, -2.22),
            (["hombori"], "Hombori", "Mopti", 15.28, -1.70),
            (["tombouctou", "timbuktu"], "Tombouctou", "Tombouctou", 16.77, -3.01),
            (["lere"], "Léré", "Tombouctou", 15.72, -4.91),
            (["gao"], "Gao", "Gao", 16.27, -0.04),
            (["ansongo"], "Ansongo", "Gao", 15.66, 0.50),
            (["bourem"], "Bourem", "Gao", 16.95, -0.35),
            (["kidal"], "Kidal", "Kidal", 18.44, 1.41),
            (["menaka"], "Ménaka", "Menaka", 15.92, 2.40),
        ]
        var places: [String: ResolvedPlace] = [:]
        for entry in table {
            for alias in entry.aliases {
                places[alias] = ResolvedPlace(
                    name: entry.name, admin1: entry.admin1, latitude: entry.lat, longitude: entry.lon)
            }
        }
        for (alias, name) in [
            ("region de kayes", "Kayes"), ("region de koulikoro", "Koulikoro"), ("region de sikasso", "Sikasso"),
            ("region de segou", "Segou"), ("region de mopti", "Mopti"), ("region de tombouctou", "Tombouctou"),
            ("region de gao", "Gao"), ("region de kidal", "Kidal"), ("region de menaka", "Menaka"),
        ] {
            places[alias] = ResolvedPlace(name: name, admin1: name, isRegion: true)
        }
        return places
    }()

    private static let actors: [String: ResolvedActor] = {
        let table: [(aliases: [String], name: String, side: Side)] = [
            ([
                "jnim", "gsim", "jama at nusratul islam wal muslimeen", "jama at nusrat al islam wal muslimin",
                "jamaat nusrat al-islam wal-muslimin", "jama at nusrat al-islam wal-muslimin",
                "groupe de soutien a l islam et aux musulmans", "group for support of islam and muslims",
                "katiba macina", "katiba serma",
            ], "JNIM", .insurgent),
            ([
                "eigs", "eis", "isgs", "issp", "is sahel", "islamic state sahel", "islamic state sahel province",
                "islamic state in the greater sahara", "etat islamique au grand sahara", "etat islamique au sahel",
                "etat islamique", "islamic state",
            ], "IS Sahel", .insurgent),
            ([
                "fama", "armee malienne", "forces armees maliennes", "armee", "l armee", "malian army",
                "malian armed forces", "malian forces", "army", "forces armees", "forces de defense et de securite",
                "fds", "etat-major general des armees", "malian military",
            ], "FAMa", .state),
            (["africa corps", "instructeurs russes", "paramilitaires russes", "russian paramilitaries"],
             "Africa Corps", .stateAllied),
            (["wagner", "groupe wagner", "wagner group"], "Wagner", .stateAllied),
            (["gendarmerie", "gendarmerie nationale"], "Gendarmerie", .state),
            (["police", "police nationale"], "Police", .state),
            ([
                "hommes armes", "hommes armes non identifies", "individus armes", "gunmen", "unidentified gunmen",
                "armed men", "unidentified armed men", "unidentified armed group",
            ], "unidentified armed group", .other),
            (["dozo", "dozos", "chasseurs dozo", "chasseurs traditionnels dozo", "dan na ambassagou"], "Dozo",
             .militia),
        ]
        var actors: [String: ResolvedActor] = [:]
        for entry in table {
            for alias in entry.aliases { actors[alias] = ResolvedActor(name: entry.name, side: entry.side) }
        }
        return actors
    }()
}
