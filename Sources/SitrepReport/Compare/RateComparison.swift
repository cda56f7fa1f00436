import SitrepCore
public import SitrepStats
public import SitrepTimeSeries

/// An indicator of `sitrep compare`: how to read it from a region's counts, and whether it is tested.
public struct ComparedIndicator: Sendable {
    public var name: String
    public var definition: String
    /// Tested indicators are counts of events, compared by the exact Poisson rate test; the others
    /// (fatalities, blockade pressure) are shown as rates and their ratio only.
    public var isTested: Bool
    /// Decimals of the count columns (0 for counts, 1 for blockade pressure).
    public var decimals: Int
    public var value: @Sendable (IndicatorCounts) -> Double

    public init(
        name: String, definition: String, isTested: Bool, decimals: Int = 0,
        value: @escaping @Sendable (IndicatorCounts) -> Double
    ) {
        self.name = name
        self.definition = definition
        self.isTested = isTested
        self.decimals = decimals
        self.value = value
    }

    /// The indicator column of `sitrep indicators` with this name, read as a number.
    static func column(_ name: String, isTested: Bool) -> ComparedIndicator {
        let column = IndicatorColumn.all.first { $0.name == name }!
        return ComparedIndicator(name: name, definition: column.definition, isTested: isTested) { counts in
            switch column.value(counts) {
            case .count(let value): Double(value)
            case .real(let value, _): value
            case .undefined: 0
            }
        }
    }

    /// events, violent_events, fatalities (descriptive), the three violent event types, insurgent attacks on
    /// the state and attacks on civilians.
    public static let standard: [ComparedIndicator] =
        ["events", "violent_events"].map { column($0, isTested: true) }
        + [column("fatalities", isTested: false)]
        + [
            "battles", "explosions_remote_violence", "violence_against_civilians", "insurgent_attacks_on_state",
            "attacks_on_civilians",
        ].map { column($0, isTested: true) }

    /// Corridor incidents (tested: they are events) and blockade pressure (descriptive: a weighted sum).
    public static let corridor: [ComparedIndicator] = [
        ComparedIndicator(
            name: "corridor_incidents",
            definition:
                "battles, explosions/remote violence, violence against civilians, or events tagged convoy, fuel"
                + " tanker or checkpoint, on a corridor segment or placed by their coordinates within 10 km of a"
                + " supply corridor into Bamako and within 300 km of Bamako (defaults)",
            isTested: true, value: { Double($0.corridorIncidents) }),
        ComparedIndicator(
            name: "blockade_pressure",
            definition: IndicatorColumn.all.first { $0.name == "blockade_pressure" }!.definition,
            isTested: false, decimals: 1, value: { $0.blockadePressure }),
    ]
}

/// One row of a comparison table: a region and an indicator in periods A and B.
public struct RateComparisonRow: Sendable {
    public var region: String
    public var indicator: String
    public var countA: Double
    public var countB: Double
    /// Count per week: count / (days / 7).
    public var rateA: Double
    public var rateB: Double
    /// The exact test with period 1 = B and period 2 = A, so that its rate ratio is B's rate / A's rate;
    /// `nil` for descriptive indicators and when both counts are 0.
    public var test: PoissonRateTest?
    /// The Benjamini–Hochberg adjusted p-value (q) across the tested rows of the table.
    public var adjustedP: Double?
    public var isTested: Bool
    public var decimals: Int

    /// B's rate / A's rate (+∞ when only B has events, `nil` when neither has).
    public var rateRatio: Double? {
        if let test { return test.rateRatio }
        guard rateA > 0 || rateB > 0 else { return nil }
        return rateA > 0 ? rateB / rateA : .infinity
    }

    /// The test's two-sided p-value (`nil` without a test).
    public var pValue: Double? { test?.pValue }

    /// The exact 95% interval of the rate ratio (`nil` without a test).
    public var interval: (lower: Double, upper: Double)? {
        test.map { ($0.confidenceInterval.lower, $0.confidenceInterval.upper) }
    }

    /// B's weekly rate minus A's.
    public var rateChange: Double { rateB - rateA }

    /// `**` when q < 0.01, `*` when q < 0.05, empty otherwise.
    public var mark: String { adjustedP.map(RateComparisonTable.mark) ?? "" }
}

/// Per region and indicator: the counts in A and B, the weekly rates, the rate ratio B/A with its exact 95%
/// interval and conditional p-value, and the p-values adjusted by Benjamini–Hochberg across the table's tests.
public struct RateComparisonTable: Sendable {
    public var periods: ComparisonPeriods
    public var rows: [RateComparisonRow]

    /// - Parameter regions: each region's counts summed over period A and over period B, in display order.
    ///   Rows follow the regions, then the indicators, in the order given.
    public init(
        periods: ComparisonPeriods, regions: [(name: String, a: IndicatorCounts, b: IndicatorCounts)],
        indicators: [ComparedIndicator]
    ) throws(GSLError) {
        self.periods = periods
        let weeksA = periods.a.weeks, weeksB = periods.b.weeks
        var rows: [RateComparisonRow] = []
        for region in regions {
            for indicator in indicators {
                let countA = indicator.value(region.a), countB = indicator.value(region.b)
                var row = RateComparisonRow(
                    region: region.name, indicator: indicator.name, countA: countA, countB: countB,
                    rateA: countA / weeksA, rateB: countB / weeksB, isTested: indicator.isTested,
                    decimals: indicator.decimals)
                if indicator.isTested, countA + countB > 0 {
                    row.test = try PoissonRateTest(
                        count1: Int(countB), exposure1: weeksB, count2: Int(countA), exposure2: weeksA)
                }
                rows.append(row)
            }
        }
        let tested = rows.indices.filter { rows[$0].test != nil }
        let adjusted = try BenjaminiHochberg.adjust(tested.map { rows[$0].test!.pValue })
        for (index, q) in zip(tested, adjusted) { rows[index].adjustedP = q }
        self.rows = rows
    }

    /// Number of tests the Benjamini–Hochberg adjustment ran over.
    public var testCount: Int { rows.count { $0.test != nil } }

    static func mark(_ q: Double) -> String { q < 0.01 ? "**" : q < 0.05 ? "*" : "" }

    /// The GFM table: Region, Indicator, A, B, A /wk, B /wk, Ratio B/A, 95% CI, p, q, mark (Sig.).
    public func markdown(regionHeader: String) -> String {
        let header = [
            regionHeader, "Indicator", "A", "B", "A /wk", "B /wk", "Ratio B/A", "95% CI", "p", "q (BH)", "Sig.",
        ]
        let alignments: [MarkdownTable.Alignment] =
            [.left, .left] + Array(repeating: .right, count: 8) + [.left]
        return MarkdownTable(header: header, alignments: alignments, rows: rows.map(Self.cells)).text
    }

    static func cells(_ row: RateComparisonRow) -> [String] {
        let counts = [
            NumberFormatting.fixed(row.countA, row.decimals), NumberFormatting.fixed(row.countB, row.decimals),
            NumberFormatting.fixed(row.rateA, 2), NumberFormatting.fixed(row.rateB, 2),
        ]
        guard let ratio = row.rateRatio else {
            return [row.region, row.indicator] + counts + ["no events", "", "", "", ""]
        }
        guard let test = row.test else {
            return [row.region, row.indicator] + counts + [ratioText(ratio), "", "descriptive", "", ""]
        }
        let interval = ratioText(test.confidenceInterval.lower) + "–" + ratioText(test.confidenceInterval.upper)
        return [row.region, row.indicator] + counts + [
            ratioText(ratio), interval, NumberFormatting.pValue(test.pValue),
            row.adjustedP.map(NumberFormatting.pValue) ?? "", row.mark,
        ]
    }

    /// A rate ratio with two decimals, `∞` when B has events and A none.
    static func ratioText(_ ratio: Double) -> String { ratio.isInfinite ? "∞" : NumberFormatting.fixed(ratio, 2) }
}
