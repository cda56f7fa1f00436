public import SitrepCore

/// A synthetic ACLED-format export for Mali, shaped like the real data and like
/// `../shared/bench/gen_events.py`: regional weights, ACLED's event-type mix, negative-binomial fatalities,
/// intensity that triples over the period, notes that sometimes report materiel losses, and fuel-tanker
/// attacks on the corridors into Bamako from September 2025. Deterministic for a given seed.
///
/// The values are invented; they are safe to ship, test and benchmark with.
public struct SyntheticACLED: Sendable {
    public var events: Int
    public var seed: UInt64
    public var from: Day
    public var through: Day

    public init(events: Int, seed: UInt64 = 1, from: Day = Day(year: 2018, month: 1, day: 1)!,
                through: Day = Day(year: 2025, month: 12, day: 31)!) {
        self.events = events
        self.seed = seed
        self.from = from
        self.through = through
    }

    /// The 31 columns of a current ACLED export.
    public static let columns = [
        "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
        "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
        "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude",
        "geo_precision", "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
    ]

    struct Region {
        var name: String, weight: Double, latitude: Double, longitude: Double, spread: Double
        var cercles: [String], towns: [String]
    }

    static let regions: [Region] = [
        Region(name: "Mopti", weight: 0.27, latitude: 14.3, longitude: -3.9, spread: 1.0,
               cercles: ["Mopti", "Bandiagara", "Douentza", "Djenne", "Tenenkou", "Koro", "Bankass", "Youwarou"],
               towns: ["Sevare", "Boni", "Dinangourou", "Diafarabé", "Sofara", "Mondoro"]),
        Region(name: "Segou", weight: 0.15, latitude: 13.8, longitude: -5.9, spread: 0.9,
               cercles: ["Segou", "Niono", "Macina", "San", "Tominian", "Bla", "Baroueli"],
               towns: ["Ségou", "Niono", "Diabaly", "Dogofry", "Markala", "Farabougou"]),
        Region(name: "Timbuktu", weight: 0.10, latitude: 16.5, longitude: -3.2, spread: 1.3,
               cercles: ["Timbuktu", "Goundam", "Niafunke", "Dire", "Gourma-Rharous"],
               towns: ["Ber", "Léré", "Gossi", "Tonka"]),
        Region(name: "Gao", weight: 0.12, latitude: 16.0, longitude: 0.0, spread: 1.2,
               cercles: ["Gao", "Ansongo", "Bourem"], towns: ["Tessit", "Talataye", "Ouatagouna", "Ansongo"]),
        Region(name: "Menaka", weight: 0.08, latitude: 15.9, longitude: 2.4, spread: 0.8,
               cercles: ["Menaka", "Anderamboukane", "Inekar", "Tidermene"], towns: ["Ménaka", "Tin-Hama", "Inekar"]),
        Region(name: "Kidal", weight: 0.04, latitude: 18.8, longitude: 1.2, spread: 1.0,
               cercles: ["Kidal", "Abeibara", "Tessalit", "Tin-Essako"], towns: ["Aguelhok", "Tessalit", "Anefis"]),
        Region(name: "Koulikoro", weight: 0.07, latitude: 13.4, longitude: -7.6, spread: 0.8,
               cercles: ["Kati", "Kolokani", "Banamba", "Nara", "Dioila", "Kangaba", "Koulikoro"],
               towns: ["Kati", "Didieni", "Kassela", "Fana", "Kolokani", "Nara"]),
        Region(name: "Sikasso", weight: 0.06, latitude: 11.6, longitude: -6.2, spread: 0.8,
               cercles: ["Sikasso", "Bougouni", "Koutiala", "Kadiolo", "Yanfolila", "Kolondieba"],
               towns: ["Bougouni", "Kadiolo", "Loulouni", "Zegoua"]),
        Region(name: "Kayes", weight: 0.06, latitude: 14.0, longitude: -10.6, spread: 1.0,
               cercles: ["Kayes", "Kita", "Diema", "Nioro", "Bafoulabe", "Kenieba", "Yelimane"],
               towns: ["Diboli", "Kita", "Diéma", "Sandaré", "Nioro"]),
        Region(name: "Bamako", weight: 0.04, latitude: 12.64, longitude: -8.0, spread: 0.08,
               cercles: ["Bamako"], towns: ["Bamako", "Senou", "Kalaban Coro"]),
        Region(name: "Taoudeni", weight: 0.01, latitude: 21.5, longitude: -4.0, spread: 1.5,
               cercles: ["Taoudeni", "Araouane"], towns: ["Taoudeni", "Araouane"]),
    ]

    struct ActorName {
        var name: String, inter: String
    }

    static let jnim = ActorName(name: "JNIM: Group for Support of Islam and Muslims", inter: "Rebel group")
    static let islamicState = ActorName(name: "Islamic State (Sahel)", inter: "Rebel group")
    static let army = ActorName(name: "Military Forces of Mali (2021-)", inter: "State forces")
    static let africaCorps = ActorName(name: "Africa Corps", inter: "External/Other forces")
    static let dozo = ActorName(name: "Dozo Communal Militia (Mali)", inter: "Identity militia")
    static let civilians = ActorName(name: "Civilians (Mali)", inter: "Civilians")
    static let protesters = ActorName(name: "Protesters (Mali)", inter: "Protesters")
    static let rioters = ActorName(name: "Rioters (Mali)", inter: "Rioters")
    static let unidentified = ActorName(name: "Unidentified Armed Group (Mali)", inter: "Political militia")
    static let nobody = ActorName(name: "", inter: "")

    static let types: [(EventType, [String], Double, String)] = [
        (.battles, ["Armed clash", "Government regains territory", "Non-state actor overtakes territory"], 0.34, "Political violence"),
        (.explosionsRemoteViolence, ["Remote explosive/landmine/IED", "Air/drone strike", "Shelling/artillery/missile attack"], 0.15, "Political violence"),
        (.violenceAgainstCivilians, ["Attack", "Abduction/forced disappearance"], 0.30, "Political violence"),
        (.strategicDevelopments, ["Looting/property destruction", "Disrupted weapons use", "Other"], 0.11, "Strategic developments"),
        (.protests, ["Peaceful protest"], 0.07, "Demonstrations"),
        (.riots, ["Violent demonstration", "Mob violence"], 0.03, "Demonstrations"),
    ]

    static let weapons = ["AK-47 rifles", "PKM machine guns", "heavy machine guns", "RPG launchers", "mortars"]
    static let sources = ["Studio Tamani", "RFI", "Le Monde", "Menastream", "Twitter"]
    static let scales = ["National", "International", "New media", "Other-New media"]

    static func meanFatalities(_ type: EventType) -> Double {
        switch type {
        case .battles: 4.0
        case .explosionsRemoteViolence: 2.5
        case .violenceAgainstCivilians: 1.8
        case .strategicDevelopments: 0.1
        case .protests: 0.0
        case .riots: 0.2
        }
    }

    /// Calls `write` with the CSV text in pieces (header first), about 64 KiB at a time.
    public func generate(_ write: (String) -> Void) {
        var rng = SeededGenerator(seed: seed)
        let days = from.days(to: through) + 1
        let blockade = Day(year: 2025, month: 9, day: 1)!
        let regionWeights = Self.regions.map(\.weight)
        let typeWeights = Self.types.map(\.2)
        var buffer = Self.columns.joined(separator: ",") + "\n"
        for index in 0..<events {
            // Intensity grows over time: density proportional to (1 + 2t) on [0, 1], sampled by inversion.
            let u = rng.uniform()
            let t = (-1 + (1 + 8 * u).squareRoot()) / 2
            let day = from.adding(days: min(days - 1, Int(t * Double(days))))
            let region = Self.regions[rng.weightedIndex(regionWeights)]
            var (type, subTypes, _, disorder) = Self.types[rng.weightedIndex(typeWeights)]
            var subType = rng.pick(subTypes)
            let tanker = day >= blockade && ["Kayes", "Sikasso", "Koulikoro", "Segou"].contains(region.name)
                && rng.uniform() < 0.35
            var actor1: ActorName, actor2: ActorName
            switch type {
            case .protests: (actor1, actor2) = (Self.protesters, Self.nobody)
            case .riots: (actor1, actor2) = (Self.rioters, Self.nobody)
            case .violenceAgainstCivilians:
                actor1 = rng.pick([Self.jnim, Self.islamicState, Self.army, Self.africaCorps, Self.dozo, Self.unidentified])
                actor2 = Self.civilians
            default:
                if rng.uniform() < 0.6 {
                    actor1 = rng.pick([Self.jnim, Self.jnim, Self.islamicState])
                    actor2 = rng.pick([Self.army, Self.africaCorps])
                } else {
                    actor1 = rng.pick([Self.army, Self.army, Self.africaCorps])
                    actor2 = rng.pick([Self.jnim, Self.islamicState])
                }
            }
            if tanker {
                (type, subTypes, _, disorder) = Self.types[3]
                subType = "Looting/property destruction"
                (actor1, actor2) = (Self.jnim, Self.nobody)
            }
            let fatalities = rng.negativeBinomial(mean: Self.meanFatalities(type), shape: 0.6)
            let latitude = region.latitude + rng.gaussian(sd: region.spread / 2)
            let longitude = region.longitude + rng.gaussian(sd: region.spread / 2)
            let town = rng.pick(region.towns)
            let cercle = rng.pick(region.cercles)
            let shortName = actor1.name.split(separator: ":").first.map(String.init) ?? actor1.name
            var notes = "On \(day), \(shortName) \(actor2.name.isEmpty ? "was active" : "attacked") near \(town) (\(cercle), \(region.name))."
            if tanker {
                notes = "On \(day), JNIM militants set fire to \(rng.integer(in: 1...12)) fuel tankers of a convoy heading to Bamako near \(town) (\(cercle), \(region.name))."
            } else if type == .battles, actor1.inter == "Rebel group", rng.uniform() < 0.3 {
                let count = rng.integer(in: 1...3)
                var pool = Self.weapons
                var items: [String] = []
                for _ in 0..<count { items.append("\(rng.integer(in: 1...15)) \(pool.remove(at: rng.integer(in: 0...(pool.count - 1))))") }
                notes += " \(fatalities) soldiers were killed. The militants seized \(items.joined(separator: ", ")) and destroyed \(rng.integer(in: 1...4)) vehicles."
            } else if fatalities > 0 {
                notes += " \(fatalities) people were killed."
            }
            let interaction = actor2.name.isEmpty ? "Sole \(actor1.inter.lowercased()) action" : "\(actor1.inter)-\(actor2.inter)"
            let row: [String] = [
                "MLI\(index + 1)", day.description, String(day.civil.year), String(rng.pick([1, 1, 1, 2, 3])), disorder,
                type.acledName, subType, actor1.name, "", actor1.inter, actor2.name, "", actor2.inter, interaction,
                actor2.name == Self.civilians.name ? "Civilian targeting" : "", "466", "Western Africa", "Mali",
                region.name, cercle, "", town, Self.fixed4(latitude), Self.fixed4(longitude),
                String(rng.pick([1, 1, 2, 3])), rng.pick(Self.sources), rng.pick(Self.scales), notes,
                String(fatalities), "", String(1_700_000_000 + index),
            ]
            buffer += row.map(CSVWriting.field).joined(separator: ",")
            buffer += "\n"
            if buffer.utf8.count > 1 << 16 {
                write(buffer)
                buffer = ""
            }
        }
        write(buffer)
    }

    /// `x` with exactly four decimals, rounded half away from zero.
    static func fixed4(_ x: Double) -> String {
        let scaled = Int((abs(x) * 10_000).rounded())
        let fraction = String(scaled % 10_000)
        return (x < 0 && scaled != 0 ? "-" : "") + "\(scaled / 10_000)." + String(repeating: "0", count: 4 - fraction.count) + fraction
    }
}
