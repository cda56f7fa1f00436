import SitrepCore

/// A date as a text states it.
struct DateMention {
    var day: Day
    var precision: DatePrecision
    var tokens: Range<Int>
    /// Resolved against the publication date (hier, "on Sunday", "last week").
    var isRelative: Bool
    /// A weekday was written beside an absolute date and does not match it.
    var weekdayMismatch: String?
}

/// Reads dates in French and English.
///
/// Absolute: « [mercredi] 1er octobre 2025 », « du 28 au 29 août 2025 » (the first day), "[Wednesday,]
/// October 1, 2025", "1 October 2025", `01/10/2025` (day first), `2025-10-01`; without a year, the year of
/// the publication date (the year before when that would put the day after publication), else the first year
/// the text states. « octobre 2025 » gives the month
/// (precision month, first day). A weekday written beside an absolute date is checked against it.
/// Relative to the publication date P: hier / yesterday = P − 1; avant-hier = P − 2; aujourd'hui / today /
/// ce matin = P; « mercredi dernier » / "last Wednesday" = the latest Wednesday before P; a weekday alone
/// (« dimanche », "on Sunday") = the latest such day on or before P; « il y a N jours » / "N days ago" = P − N;
/// « la semaine dernière » / "last week" = P − 7 with precision week; « le mois dernier » / "last month" = the
/// first day of the month before P with precision month. Without P, relative dates are not read.
enum DateReader {
    static let months: [String: Int] = [
        "janvier": 1, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7, "aout": 8,
        "septembre": 9, "octobre": 10, "novembre": 11, "decembre": 12, "january": 1, "february": 2, "march": 3,
        "april": 4, "may": 5, "june": 6, "july": 7, "august": 8, "september": 9, "october": 10, "november": 11,
        "december": 12, "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
        "sept": 9, "oct": 10, "nov": 11, "dec": 12, "janv": 1, "fevr": 2, "avr": 4, "juil": 7,
    ]

    private static let monthHashes: KeyTable<Int> = {
        var table = KeyTable<Int>()
        for (name, month) in months { table.set(KeyHash.of(name), month) }
        return table
    }()

    /// Monday = 0 … Sunday = 6, as `Day.weekdayFromMonday`.
    static let weekdays: [String: Int] = [
        "lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5, "dimanche": 6,
        "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
    ]

    static let weekdayNames = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

    /// The first date in `range`.
    static func first(
        in text: TextAnalysis, range: Range<Int>, published: Day?, contextYear: Int?
    ) -> DateMention? {
        var index = range.lowerBound
        while index < range.upperBound {
            if let mention = read(text.tokens, at: index, limit: range.upperBound, published: published,
                contextYear: contextYear)
            {
                return mention
            }
            index += 1
        }
        return nil
    }

    /// Marks as blocked the numbers that belong to a date (next to a month name, « 3 March 2025 »), the
    /// cheap form of `all` the notes path uses: ISO and numeric dates are single tokens that are no count.
    static func blockDateNumbers(in text: inout TextAnalysis) {
        let tokens = text.tokens
        for i in tokens.indices where tokens[i].isDigitLed {
            func isMonth(_ j: Int) -> Bool { j >= 0 && j < tokens.count && monthHashes.find(tokens[j].hash) != nil }
            if isMonth(i - 1) || isMonth(i + 1) || (i > 1 && tokens[i - 1].key == "," && isMonth(i - 2))
            {
                text.blocked[i] = true
            }
        }
    }

    /// Every date in `range`, in text order, without overlaps.
    static func all(
        in text: TextAnalysis, range: Range<Int>, published: Day?, contextYear: Int?
    ) -> [DateMention] {
        var mentions: [DateMention] = []
        var index = range.lowerBound
        while index < range.upperBound {
            if let mention = read(text.tokens, at: index, limit: range.upperBound, published: published,
                contextYear: contextYear)
            {
                mentions.append(mention)
                index = max(index + 1, mention.tokens.upperBound)
            } else {
                index += 1
            }
        }
        return mentions
    }

    private static func key(_ tokens: [TextToken], _ i: Int, _ limit: Int) -> String? {
        i < limit && i >= 0 ? tokens[i].key : nil
    }

    /// The day-of-month in `1`, `1er`, `1st`, `2nd`, `3rd`, `4th`, `2e`, `2eme`.
    private static func dayNumber(_ key: String) -> Int? {
        var digits = 0
        var value = 0
        for byte in key.utf8 {
            guard byte >= 48, byte <= 57 else { break }
            value = value * 10 + Int(byte - 48)
            digits += 1
        }
        guard digits > 0, digits <= 2, (1...31).contains(value) else { return nil }
        let suffix = String(key.dropFirst(digits))
        return ["", "er", "st", "nd", "rd", "th", "e", "eme"].contains(suffix) ? value : nil
    }

    private static func year(_ key: String?) -> Int? {
        guard let key, key.utf8.count == 4, let value = Int(key), value >= 1990, value <= 2100 else { return nil }
        return value
    }

    private static func read(
        _ tokens: [TextToken], at i: Int, limit: Int, published: Day?, contextYear: Int?
    ) -> DateMention? {
        let token = tokens[i]
        guard token.kind == .word else { return nil }
        let k = token.key
        // Numeric: 01/10/2025, 2025-10-01.
        if k.utf8.count == 10, let first = k.utf8.first, first >= 48, first <= 57 {
            let parts = k.split(whereSeparator: { $0 == "/" || $0 == "-" }).compactMap { Int($0) }
            if parts.count == 3 {
                let day = k.contains("/") ? Day(year: parts[2], month: parts[1], day: parts[0])
                    : Day(year: parts[0], month: parts[1], day: parts[2])
                if let day { return DateMention(day: day, precision: .day, tokens: i..<(i + 1), isRelative: false) }
            }
        }
        // « du 28 au 29 août 2025 », "28 to 29 August": the first day, with the month and year of the second.
        if let d = dayNumber(k), ["au", "to", "et", "and", "-"].contains(key(tokens, i + 1, limit) ?? ""),
            key(tokens, i + 2, limit).flatMap(dayNumber) != nil,
            let m = key(tokens, i + 3, limit).flatMap({ months[$0] })
        {
            var end = i + 4
            let y = year(key(tokens, end, limit))
            if y != nil { end += 1 }
            return absolute(tokens, weekdayBefore: i, year: y, month: m, day: d, range: i..<end, published: published,
                contextYear: contextYear)
        }
        // D MONTH [YEAR]
        if let d = dayNumber(k), let m = key(tokens, i + 1, limit).flatMap({ months[$0] }) {
            var end = i + 2
            let y = year(key(tokens, end, limit))
            if y != nil { end += 1 }
            return absolute(tokens, weekdayBefore: i, year: y, month: m, day: d, range: i..<end, published: published,
                contextYear: contextYear)
        }
        // MONTH D[,] YEAR
        if let m = months[k], let d = key(tokens, i + 1, limit).flatMap(dayNumber), tokens[i + 1].isDigitLed {
            var end = i + 2
            if key(tokens, end, limit) == "," { end += 1 }
            let y = year(key(tokens, end, limit))
            end = y == nil ? i + 2 : end + 1
            return absolute(tokens, weekdayBefore: i, year: y, month: m, day: d, range: i..<end, published: published,
                contextYear: contextYear)
        }
        // MONTH YEAR
        if let m = months[k], k != "may" || token.isCapitalized, let y = year(key(tokens, i + 1, limit)),
            let day = Day(year: y, month: m, day: 1)
        {
            return DateMention(day: day, precision: .month, tokens: i..<(i + 2), isRelative: false)
        }
        guard let published else { return nil }
        func relative(_ offset: Int, _ length: Int, _ precision: DatePrecision = .day) -> DateMention {
            DateMention(day: published.adding(days: -offset), precision: precision, tokens: i..<(i + length),
                isRelative: true)
        }
        switch k {
        case "hier", "yesterday": return relative(1, 1)
        case "avant-hier": return relative(2, 1)
        case "aujourd" where key(tokens, i + 1, limit) == "hui": return relative(0, 2)
        case "today": return relative(0, 1)
        case "ce" where key(tokens, i + 1, limit) == "matin": return relative(0, 2)
        case "this" where key(tokens, i + 1, limit) == "morning": return relative(0, 2)
        case "day" where key(tokens, i + 1, limit) == "before" && key(tokens, i + 2, limit) == "yesterday":
            return relative(2, 3)
        case "la" where key(tokens, i + 1, limit) == "semaine" && key(tokens, i + 2, limit) == "derniere":
            return relative(7, 3, .week)
        case "last" where key(tokens, i + 1, limit) == "week": return relative(7, 2, .week)
        case "le" where key(tokens, i + 1, limit) == "mois" && key(tokens, i + 2, limit) == "dernier",
            "last" where key(tokens, i + 1, limit) == "month":
            let (y, m, _) = published.civil
            let day = m == 1 ? Day(year: y - 1, month: 12, day: 1)! : Day(year: y, month: m - 1, day: 1)!
            return DateMention(day: day, precision: .month, tokens: i..<(i + (k == "le" ? 3 : 2)), isRelative: true)
        case "il" where key(tokens, i + 1, limit) == "y" && key(tokens, i + 2, limit) == "a"
            && key(tokens, i + 4, limit) == "jours":
            if let n = i + 3 < limit ? NumberReader.read(tokens, at: i + 3) : nil, !n.isArticle,
                n.tokens.upperBound == i + 4
            {
                return relative(n.best, 5)
            }
        case "last":
            if let w = key(tokens, i + 1, limit).flatMap({ weekdays[$0] }) {
                return relative(daysBack(from: published, to: w, strictly: true), 2)
            }
        default:
            break
        }
        if let n = tokens[i].integer, key(tokens, i + 1, limit) == "days", key(tokens, i + 2, limit) == "ago" {
            return relative(n, 3)
        }
        if let w = weekdays[k] {
            // A weekday that introduces an absolute date is read with it, from the day number.
            for ahead in 1...2 where i + ahead < limit {
                if dayNumber(tokens[i + ahead].key) != nil, i + ahead + 1 < limit,
                    months[tokens[i + ahead + 1].key] != nil
                {
                    return nil
                }
                if months[tokens[i + ahead].key] != nil { return nil }
            }
            if ["dernier", "derniere"].contains(key(tokens, i + 1, limit) ?? "") {
                return relative(daysBack(from: published, to: w, strictly: true), 2)
            }
            return relative(daysBack(from: published, to: w, strictly: false), 1)
        }
        return nil
    }

    /// Days from the latest weekday `w` on or before (or strictly before) `published` back to `published`.
    private static func daysBack(from published: Day, to w: Int, strictly: Bool) -> Int {
        let back = (published.weekdayFromMonday - w + 7) % 7
        return back == 0 && strictly ? 7 : back
    }

    private static func absolute(
        _ tokens: [TextToken], weekdayBefore start: Int, year: Int?, month: Int, day: Int, range: Range<Int>,
        published: Day?, contextYear: Int?
    ) -> DateMention? {
        var resolved: Day?
        if let year {
            resolved = Day(year: year, month: month, day: day)
        } else if let published {
            let y = published.civil.year
            if let candidate = Day(year: y, month: month, day: day) {
                resolved = candidate > published ? Day(year: y - 1, month: month, day: day) : candidate
            }
        } else if let contextYear {
            resolved = Day(year: contextYear, month: month, day: day)
        }
        guard let resolved else { return nil }
        var mention = DateMention(day: resolved, precision: .day, tokens: range, isRelative: false)
        // A weekday just before: « mercredi 1er », « Mercredi, 1er », « le mercredi 1er », "Wednesday, October 1".
        for back in 1...2 where start - back >= 0 {
            guard let w = weekdays[tokens[start - back].key] else { continue }
            mention.tokens = (start - back)..<range.upperBound
            if w != resolved.weekdayFromMonday {
                let actual = weekdayNames[resolved.weekdayFromMonday]
                mention.weekdayMismatch = "\(tokens[start - back].key) does not match \(resolved) (a \(actual))"
            }
            break
        }
        return mention
    }
}

extension TextToken {
    /// Whether the token starts with an ASCII digit.
    var isDigitLed: Bool {
        guard let first = key.utf8.first else { return false }
        return first >= 48 && first <= 57
    }
}
