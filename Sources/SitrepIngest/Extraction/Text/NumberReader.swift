/// A number as a text states it.
struct NumberPhrase: Sendable, Equatable {
    /// The value to use: the number, the lower end of a range, or ACLED's value for an approximation.
    var best: Int
    /// Ends of a stated range (« entre 10 et 15 », "10 to 15"); `nil` otherwise.
    var low: Int?
    var high: Int?
    /// « au moins », « plus de », "at least", "more than".
    var isMinimum = false
    /// An approximation word (« une dizaine », "dozens") or « environ », "about".
    var isApproximate = false
    /// A bare article (un, une, a, an) read as one; only valid right before the counted noun.
    var isArticle = false
    /// Written in words rather than digits.
    var isWords = false
    /// Token indices the phrase covers, modifiers included.
    var tokens: Range<Int>
}

/// Reads the number phrase starting at a token, if any: modifiers, ranges, digits, words, approximations.
///
/// A number never comes from a word that is not a number: only digits, the cardinals of `NumberWords`, the
/// listed approximations and (flagged `isArticle`) the articles qualify. A digit token with a decimal mark
/// (`12,7`) is not a count.
enum NumberReader {
    private static let markers: PhraseLexicon<Bool> = {
        var lexicon = PhraseLexicon<Bool>()
        for phrase in NumberWords.minimumMarkers { lexicon.add(phrase, true) }
        for phrase in NumberWords.approximateMarkers { lexicon.add(phrase, false) }
        return lexicon
    }()

    private static let cardinals: KeyTable<Int> = {
        var table = KeyTable<Int>()
        for (word, value) in NumberWords.cardinals { table.set(KeyHash.of(word), value) }
        return table
    }()

    private static let approximations: PhraseLexicon<Int> = {
        var lexicon = PhraseLexicon<Int>()
        for (phrase, value) in NumberWords.approximations { lexicon.add(phrase, value) }
        return lexicon
    }()

    /// First words that can open a number phrase: markers, approximations, cardinals, articles, `entre`.
    private static let starters: KeyTable<Bool> = {
        var table = KeyTable<Bool>()
        let phrases = NumberWords.minimumMarkers + NumberWords.approximateMarkers
            + NumberWords.approximations.map(\.phrase) + Array(NumberWords.cardinals.keys)
            + ["un", "une", "a", "an", "entre", "between"]
        for phrase in phrases { table.set(KeyHash.of(String(phrase.split(separator: " ")[0])), true) }
        return table
    }()

    static func read(
        _ tokens: [TextToken], at start: Int, articles: [UInt64] = [Words.un, Words.une, Words.a, Words.an]
    ) -> NumberPhrase? {
        let first = tokens[start]
        guard first.kind == .word, first.isDigitLed || first.hasHyphen || starters.find(first.hash) != nil else {
            return nil
        }
        var index = start
        var isMinimum = false
        var isApproximate = false
        if let marker = markers.match(tokens, at: index) {
            if marker.value { isMinimum = true } else { isApproximate = true }
            index += marker.length
        }
        guard index < tokens.count else { return nil }
        if tokens[index].hash == Words.entre || tokens[index].hash == Words.between,
            let low = value(tokens, at: index + 1), !low.isArticle, low.end < tokens.count,
            tokens[low.end].hash == Words.et || tokens[low.end].hash == Words.and,
            let high = value(tokens, at: low.end + 1), !high.isArticle, high.value >= low.value
        {
            return NumberPhrase(
                best: low.value, low: low.value, high: high.value, isMinimum: isMinimum,
                isApproximate: isApproximate || low.isApproximate, isWords: low.isWords, tokens: start..<high.end)
        }
        let key = tokens[index].key
        if tokens[index].hasHyphen, tokens[index].integer == nil, let dash = key.firstIndex(of: "-"),
            let low = Int(key[..<dash]), let high = Int(key[key.index(after: dash)...]), low < high, high < 100_000
        {
            return NumberPhrase(best: low, low: low, high: high, isMinimum: isMinimum, tokens: start..<(index + 1))
        }
        guard let first = value(tokens, at: index, articles: articles) else { return nil }
        if !first.isArticle, first.end + 1 < tokens.count,
            ["a", "to", "ou", "or", "-"].contains(tokens[first.end].key),
            let second = value(tokens, at: first.end + 1), !second.isArticle, second.value > first.value
        {
            return NumberPhrase(
                best: first.value, low: first.value, high: second.value, isMinimum: isMinimum,
                isApproximate: isApproximate, isWords: first.isWords, tokens: start..<second.end)
        }
        return NumberPhrase(
            best: first.value, isMinimum: isMinimum, isApproximate: isApproximate || first.isApproximate,
            isArticle: first.isArticle && !isMinimum && !isApproximate, isWords: first.isWords,
            tokens: start..<first.end)
    }

    private struct Value {
        var value: Int
        var end: Int
        var isWords = false
        var isArticle = false
        var isApproximate = false
    }

    private static func value(
        _ tokens: [TextToken], at index: Int, articles: [UInt64] = []
    ) -> Value? {
        guard index < tokens.count, tokens[index].kind == .word else { return nil }
        if let approximation = approximations.match(tokens, at: index) {
            var end = index + approximation.length
            if end < tokens.count, ["de", "d", "of"].contains(tokens[end].key) { end += 1 }
            return Value(value: approximation.value, end: end, isWords: true, isApproximate: true)
        }
        if let integer = tokens[index].integer { return Value(value: integer, end: index + 1) }
        var parts: [Int] = []
        var end = index
        while end < tokens.count, tokens[end].kind == .word {
            if let compound = compoundParts(tokens[end], allowUnits: !parts.isEmpty) {
                parts += compound
                end += 1
            } else if let last = parts.last, last >= 20, tokens[end].hash == Words.et || tokens[end].hash == Words.and,
                end + 1 < tokens.count, let next = compoundParts(tokens[end + 1], allowUnits: true),
                next.count == 1, next[0] < 10 || next[0] == 11 || (last >= 100 && next[0] < 100)
            {
                parts += next
                end += 2
            } else {
                break
            }
        }
        if !parts.isEmpty { return Value(value: combine(parts), end: end, isWords: true) }
        if articles.contains(tokens[index].hash) {
            return Value(value: 1, end: index + 1, isWords: true, isArticle: true)
        }
        return nil
    }

    /// The parts of a hyphenated or single number word, or `nil` when any part is not a number word.
    private static func compoundParts(_ token: TextToken, allowUnits: Bool) -> [Int]? {
        if let value = cardinals.find(token.hash) { return [value] }
        if allowUnits, token.hash == Words.un || token.hash == Words.une { return [1] }
        guard token.hasHyphen, !token.isDigitLed else { return nil }
        var parts: [Int] = []
        for piece in token.key.split(separator: "-") {
            let word = String(piece)
            if word == "et" { continue }
            guard let value = NumberWords.cardinals[word] ?? NumberWords.units[word] else { return nil }
            parts.append(value)
        }
        return parts.isEmpty ? nil : parts
    }

    /// `et` / `and` joins only a unit (or `onze`) after tens (« vingt et un », « soixante et onze ») or a number
    /// below 100 after hundreds ("one hundred and five"), so « entre dix et quinze » stays two numbers.
    /// Units and tens add; 20 after a unit multiplies it (quatre-vingt = 80); 100 multiplies what precedes
    /// (deux cents = 200); 1000 closes a group.
    private static func combine(_ parts: [Int]) -> Int {
        var total = 0
        var current = 0
        var previous = 0
        for part in parts {
            switch part {
            case 1000:
                total += max(current, 1) * 1000
                current = 0
            case 100:
                current = max(current, 1) * 100
            case 20 where previous >= 2 && previous <= 9 && current % 100 == previous:
                current += previous * 19
            default:
                current += part
            }
            previous = part
        }
        return total + current
    }
}
