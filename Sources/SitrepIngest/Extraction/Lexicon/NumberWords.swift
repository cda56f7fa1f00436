/// Number words in French and English, and the approximations ACLED codes as numbers.
enum NumberWords {
    /// Cardinal words; a hyphenated compound (`vingt-deux`, `quatre-vingt-dix`, `twenty-two`) is read part by
    /// part: units and tens add, `cent`/`hundred` multiplies what precedes, `mille`/`thousand` closes a group.
    static let cardinals: [String: Int] = [
        "zero": 0, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8, "neuf": 9,
        "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16, "vingt": 20,
        "vingts": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60, "cent": 100, "cents": 100,
        "mille": 1000,
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
        "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
        "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
        "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "thousand": 1000,
    ]

    /// Words that are a number only inside a compound or after `et`/`and` (`vingt et un`, `trente-et-une`);
    /// alone they are articles (`un`, `une`, `a`, `an`: see `TextAnalysis.articles`) and read as one only right
    /// before the counted noun.
    static let units: [String: Int] = ["un": 1, "une": 1]

    /// Approximations, as ACLED codes them: « une dizaine » / "tens" = 10, « des dizaines » / "dozens" = 12,
    /// « une douzaine » / "a dozen" = 12, "hundreds" / « des centaines » = 100; « une vingtaine » = 20 and the like
    /// are read at their face value. Written as folded phrases; `de`/`of` after them is part of the phrase.
    static let approximations: [(phrase: String, value: Int)] = [
        ("une dizaine", 10), ("tens", 10), ("des dizaines", 12), ("dozens", 12), ("une douzaine", 12),
        ("a dozen", 12), ("des douzaines", 12), ("hundreds", 100), ("des centaines", 100), ("une centaine", 100),
        ("une quinzaine", 15), ("une vingtaine", 20), ("une trentaine", 30), ("une quarantaine", 40),
        ("une cinquantaine", 50), ("a hundred", 100), ("scores", 20),
    ]

    /// Words that make the number a minimum: « au moins », « plus de », « pas moins de », "at least", "more than",
    /// "over", "no fewer than", "upwards of".
    static let minimumMarkers: [String] = [
        "au moins", "plus de", "plus d", "pas moins de", "pas moins d", "at least", "more than", "over",
        "no fewer than", "no less than", "upwards of", "au minimum",
    ]

    /// Words that make the number approximate (lower confidence, same value): environ, about, some, nearly.
    static let approximateMarkers: [String] = [
        "environ", "quelque", "pres de", "pres d", "about", "around", "approximately", "some", "nearly", "almost",
        "roughly",
    ]
}
