import SitrepCore

/// A place as a text states it.
struct PlaceMention {
    var location: Location
    /// Distance from the named place in kilometres (« à 50 km de Kati »).
    var offsetKilometres: Int?
    /// Direction from the named place as written, folded (« nord-est », "north-east").
    var direction: String?
    var tokens: Range<Int>
    /// The place is not in the gazetteer: its name is kept as written, without coordinates.
    var isUnresolved: Bool
}

/// Reads the first place of an incident, in text order, from these patterns (French and English):
/// - « entre X et Y », "between X and Y": a corridor segment with both ends, no coordinates (no point is made
///   up); its admin1 only when both ends share one.
/// - « à 50 km (au nord) de X », "50 km (north) of/from X": precision near-town, X's coordinates and the offset.
/// - « près de X », « non loin de X », « aux environs de X », "near X", "outside X", "close to X": near-town.
/// - « à X », « dans X », "in X", "at X": exact; « région de X », "X region": region.
/// - « le camp (militaire) de X », « le poste (de sécurité) de X », « le marché de X »: exact.
/// X is a capitalised name the gazetteer resolves (up to its longest name), after optional fillers
/// (« la ville de », « la capitale », « le village de », "the town of"); « la zone de X » makes it near-town.
/// After « village de » / « localité de » / "village of" / « camp de » an unknown capitalised name is kept as
/// written, without coordinates.
enum PlaceReader {
    private static let fillers: Set<String> = [
        "la", "le", "l", "les", "ville", "localite", "village", "capitale", "commune", "cite", "de", "d", "du",
        "the", "town", "city", "capital", "of", "localities", "area", "zone", "secteur", "cercle", "hameau",
        "marche", "market", "environs", "vicinity",
    ]
    /// Fillers that make a place approximate: « dans la zone de X » is near X.
    private static let areaFillers: Set<String> = ["zone", "secteur", "area", "environs", "vicinity"]
    private static let namingFillers: Set<String> = ["village", "localite", "commune", "hameau", "town"]
    private static let directions: Set<String> = [
        "nord", "sud", "est", "ouest", "nord-est", "nord-ouest", "sud-est", "sud-ouest", "north", "south", "east",
        "west", "north-east", "north-west", "south-east", "south-west", "northeast", "northwest", "southeast",
        "southwest", "au", "a", "l", "of",
    ]
    private static let nearMarkers: PhraseLexicon<Bool> = {
        var lexicon = PhraseLexicon<Bool>()
        for phrase in [
            "pres de", "pres d", "non loin de", "non loin d", "aux environs de", "dans les environs de",
            "a proximite de", "aux abords de", "a la sortie de", "near", "close to", "outside", "in the vicinity of",
            "on the outskirts of", "aux alentours de",
        ] {
            lexicon.add(phrase, true)
        }
        for phrase in [
            "a", "au", "dans", "in", "at", "sur", "poste de", "poste de securite de", "camp de", "camp militaire de",
            "base de", "marche de", "checkpoint at", "checkpoint in",
        ] {
            lexicon.add(phrase, false)
        }
        return lexicon
    }()

    static func first(in text: inout TextAnalysis, range: Range<Int>, resolver: any PlaceResolving) -> PlaceMention? {
        for i in range {
            if let mention = read(text, at: i, limit: range.upperBound, resolver: resolver) {
                for t in mention.tokens { text.blocked[t] = true }
                return mention
            }
        }
        return nil
    }

    private static func read(
        _ text: TextAnalysis, at i: Int, limit: Int, resolver: any PlaceResolving
    ) -> PlaceMention? {
        let tokens = text.tokens
        let k = tokens[i].key
        if k == "entre" || k == "between",
            let a = name(text, at: i + 1, limit: limit, resolver: resolver, allowUnknown: false),
            a.end < limit, tokens[a.end].key == "et" || tokens[a.end].key == "and",
            let b = name(text, at: a.end + 1, limit: limit, resolver: resolver, allowUnknown: false)
        {
            let admin1 = a.place.admin1 == b.place.admin1 ? a.place.admin1 : nil
            let location = Location(
                name: "\(a.place.name)–\(b.place.name)", admin1: admin1, precision: .corridorSegment,
                segment: [a.place.name, b.place.name])
            return PlaceMention(location: location, tokens: i..<b.end, isUnresolved: false)
        }
        let units = ["km", "kms", "kilometres", "kilometers", "kilometre", "kilometer"]
        if let number = NumberReader.read(tokens, at: i), !number.isArticle, number.tokens.upperBound < limit,
            units.contains(tokens[number.tokens.upperBound].key)
        {
            let distance = number.best
            var j = number.tokens.upperBound + 1
            var direction: [String] = []
            while j < limit, directions.contains(tokens[j].key) {
                if !["au", "a", "l", "of"].contains(tokens[j].key) { direction.append(tokens[j].key) }
                j += 1
            }
            if j < limit, ["de", "d", "du", "from", "of"].contains(tokens[j].key) { j += 1 }
            if let place = name(text, at: j, limit: limit, resolver: resolver, allowUnknown: false) {
                var location = location(for: place.place)
                location.precision = .nearTown
                return PlaceMention(
                    location: location, offsetKilometres: distance,
                    direction: direction.isEmpty ? nil : direction.joined(separator: " "), tokens: i..<place.end,
                    isUnresolved: false)
            }
        }
        if let marker = nearMarkers.match(tokens, at: i),
            let place = name(text, at: i + marker.length, limit: limit, resolver: resolver, allowUnknown: true)
        {
            var location = location(for: place.place)
            if place.place.isRegion {
                location.precision = .region
            } else {
                location.precision = marker.value || place.isArea ? .nearTown : .exact
            }
            return PlaceMention(location: location, tokens: i..<place.end, isUnresolved: place.isUnknown)
        }
        if k == "region" || k == "regions", i + 1 < limit, ["de", "of"].contains(tokens[i + 1].key),
            let place = name(text, at: i + 2, limit: limit, resolver: resolver, allowUnknown: false),
            let admin1 = place.place.admin1
        {
            return PlaceMention(
                location: Location(name: admin1, admin1: admin1, precision: .region), tokens: i..<place.end,
                isUnresolved: false)
        }
        return nil
    }

    private static func location(for place: ResolvedPlace) -> Location {
        Location(
            name: place.name, admin1: place.admin1, admin2: place.admin2, latitude: place.latitude,
            longitude: place.longitude, precision: place.isRegion ? .region : .exact)
    }

    /// A place name at `start` after optional fillers: the longest capitalised name the gazetteer knows, or,
    /// when `allowUnknown` and a naming filler (village, localité) came before it, the capitalised words.
    private static func name(
        _ text: TextAnalysis, at start: Int, limit: Int, resolver: any PlaceResolving, allowUnknown: Bool
    ) -> (place: ResolvedPlace, end: Int, isUnknown: Bool, isArea: Bool)? {
        let tokens = text.tokens
        var i = start
        var named = start > 0 && ["de", "d"].contains(tokens[start - 1].key)
        var isArea = false
        while i < limit, i - start < 4, fillers.contains(tokens[i].key), !tokens[i].isCapitalized || i == start {
            if namingFillers.contains(tokens[i].key) { named = true }
            if areaFillers.contains(tokens[i].key) { isArea = true }
            i += 1
        }
        guard i < limit, tokens[i].kind == .word, tokens[i].isCapitalized else { return nil }
        var words: [String] = []
        var end = i
        while end < limit, words.count < resolver.longestPlaceName, tokens[end].kind == .word {
            words.append(tokens[end].key)
            end += 1
        }
        while !words.isEmpty {
            if let place = resolver.place(folded: words.joined(separator: " ")) {
                return (place, i + words.count, false, isArea)
            }
            words.removeLast()
        }
        guard allowUnknown, named else { return nil }
        end = i
        while end < limit, tokens[end].kind == .word, tokens[end].isCapitalized { end += 1 }
        return (ResolvedPlace(name: text.written(i..<end), admin1: nil), end, true, isArea)
    }
}
