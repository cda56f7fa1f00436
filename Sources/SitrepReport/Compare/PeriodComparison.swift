public import SitrepCore
public import SitrepIngest
import SitrepStats
public import SitrepTimeSeries

/// The `sitrep compare` document: two periods side by side, per region and indicator, with exact rate tests,
/// the event types and actors that drive the difference, and the methods and coverage.
///
/// The incidents are aggregated in one pass through `IndicatorRun`, with `from`/`through` set to each period,
/// at the chosen level for the regional table and at admin1 for the national table, so every count is the one
/// `sitrep indicators --from --to` gives.
public struct PeriodComparison: Sendable {
    /// How many actors the drivers section lists.
    public static let driverActors = 10

    public let markdown: String
    public let national: RateComparisonTable
    public let regional: RateComparisonTable

    public enum Failure: Error, CustomStringConvertible {
        case noEvents(ComparisonPeriods)

        public var description: String {
            switch self {
            case .noEvents(let periods):
                "no event of the input falls in period A (\(periods.a)) or period B (\(periods.b)); pick periods"
                    + " inside the data"
            }
        }
    }

    /// - Parameters:
    ///   - incidents: all the incidents read (those outside both periods are ignored).
    ///   - summaries: what was read and skipped, for the coverage section.
    ///   - sources: the input files (or the store's source files), named in the methods section.
    ///   - theatre: gives actor sides and corridors; without it side-based indicators are 0.
    ///   - level: the rows of the regional table (admin1, admin2 or corridor).
    public init(
        incidents: [Incident], periods: ComparisonPeriods, summaries: [ReadSummary], sources: [String],
        theatre: Theatre?, level: RegionGrouping.Level
    ) throws {
        let inPeriods = incidents.filter { periods.contains($0.date) }
        guard !inPeriods.isEmpty else { throw Failure.noEvents(periods) }
        let dataFirst = incidents.map(\.date).min()!, dataLast = incidents.map(\.date).max()!
        let calendar = PeriodCalendar(kind: .week, weekStart: .saturday)
        // One pass over the incidents for every table: admin1 for the national figures, and the chosen level.
        let isCorridor: Bool
        let levels: [RegionGrouping.Level]
        switch level {
        case .admin1: (levels, isCorridor) = ([.admin1], false)
        case .corridor: (levels, isCorridor) = ([.admin1, level], true)
        default: (levels, isCorridor) = ([.admin1, level], false)
        }
        let runs = levels.flatMap { level in
            [periods.a, periods.b].map { range in
                var run = IndicatorRun(calendar: calendar, from: range.first, through: range.last)
                run.theatre = theatre
                run.level = level
                return run
            }
        }
        let results = try IndicatorRun.run(
            runs, incidents: { body in inPeriods.forEach(body) }, summaries: summaries
        ).map(\.table)
        let admin1 = (a: results[0], b: results[1])
        let chosen = (a: results[results.count - 2], b: results[results.count - 1])
        let nationalCounts = (a: Self.total(admin1.a), b: Self.total(admin1.b))
        let corridorIndicators = theatre == nil ? [] : ComparedIndicator.corridor
        national = try RateComparisonTable(
            periods: periods, regions: [("Mali", nationalCounts.a, nationalCounts.b)],
            indicators: ComparedIndicator.standard + corridorIndicators)
        let regionIndicators = ComparedIndicator.standard + (isCorridor ? ComparedIndicator.corridor : [])
        var allRegions: [String] = []
        if case .corridor(let names) = level { allRegions = names }
        regional = try RateComparisonTable(
            periods: periods, regions: Self.regionCounts(chosen.a, chosen.b, also: allRegions),
            indicators: regionIndicators)
        let drivers = Drivers(incidents: inPeriods, periods: periods, theatre: theatre)

        var lines: [String] = []
        let a = periods.a, b = periods.b
        lines.append("# Period comparison: Mali, \(a) against \(b)")
        lines.append("")
        lines.append(
            "Period A (reference): \(a.first) to \(a.last), \(a.dayCount) days (\(NumberFormatting.compact(a.weeks))"
                + " weeks). Period B: \(b.first) to \(b.last), \(b.dayCount) days"
                + " (\(NumberFormatting.compact(b.weeks)) weeks). Counts are compared as rates per week;"
                + " a ratio above 1 means B is higher.")
        lines.append("")
        lines.append("## Headline")
        lines.append("")
        lines += Self.headline(national: national, regional: regional)
        lines.append("")
        lines.append("## Mali")
        lines.append("")
        lines.append(national.markdown(regionHeader: "Country"))
        let levelName = RegionGrouping(level: level).levelName
        lines.append("## By \(levelName)")
        lines.append("")
        lines.append(regional.markdown(regionHeader: levelName.prefix(1).uppercased() + levelName.dropFirst()))
        lines.append("## Drivers")
        lines.append("")
        lines += drivers.lines
        lines += Self.regionDrivers(
            regional: regional, incidents: inPeriods, periods: periods, theatre: theatre, level: level)
        lines.append("## Methods and coverage")
        lines.append("")
        let used = summaries.reduce(0) { $0 + $1.used }, skipped = summaries.reduce(0) { $0 + $1.skipped }
        let sourceList = SourceList.markdown(sources)
        lines.append(
            "- **Data:** \(sourceList); \(used)"
                + " events used, \(skipped) rows skipped as unusable, events dated \(dataFirst) to \(dataLast);"
                + " \(Int64(nationalCounts.a.events)) events in A, \(Int64(nationalCounts.b.events)) in B.")
        for (label, range) in [("A", a), ("B", b)] where range.first < dataFirst || range.last > dataLast {
            lines.append(
                "- **Coverage:** period \(label) (\(range)) reaches outside the data (\(dataFirst) to \(dataLast));"
                    + " its rate counts the days without data as days without events and is understated.")
        }
        lines.append(
            "- **Rates:** count / weeks, with weeks = days / 7 (both ends of a period included), so periods of"
                + " unequal length compare fairly.")
        lines.append(
            "- **Rate test:** exact conditional Poisson test. Given n = a + b events, b is Binomial(n,"
                + " w_B / (w_A + w_B)) under equal weekly rates (w: weeks); the two-sided p-value sums the"
                + " outcomes no more likely than the one observed (scipy's binomtest). The ratio is B's rate /"
                + " A's rate, its 95% interval the Clopper–Pearson interval of the binomial proportion mapped to"
                + " the ratio (as R's poisson.test). ∞: events in B and none in A. \"no events\": 0 in both, no"
                + " test.")
        lines.append(
            "- **Multiple testing:** Benjamini–Hochberg adjusted p-values (q) within each table: the Mali"
                + " table (\(national.testCount) tests) and the \(levelName) table (\(regional.testCount) tests)."
                + " `*` marks q < 0.05, `**` q < 0.01.")
        lines.append(
            "- **Descriptive only:** fatalities (deaths are not independent events: one attack can add dozens,"
                + " so a Poisson test on them would overstate significance) and blockade pressure (a weighted"
                + " sum). Their ratio is shown without a test.")
        let impreciseDates = nationalCounts.a.impreciseDates + nationalCounts.b.impreciseDates
        lines.append(
            "- **Date precision:** \(impreciseDates) events in A or B are dated only to a week or a month"
                + " (ACLED time_precision 2-3); they count on their coded date, so a period boundary can cut"
                + " them either way.")
        let impreciseLocations = nationalCounts.a.impreciseLocations + nationalCounts.b.impreciseLocations
        lines.append(
            "- **Location precision:** \(impreciseLocations) events in A or B have region-level coordinates"
                + " (ACLED geo_precision 3); they count in their region but are never put on a corridor, in a"
                + " zone or in an admin2 by their coordinates.")
        let withoutRegion = admin1.a.eventsWithoutRegion + admin1.b.eventsWithoutRegion
        if withoutRegion > 0 {
            lines.append(
                "- **No region:** \(withoutRegion) events in A or B have no admin1 and are left out of the tables.")
        }
        if isCorridor {
            lines.append(
                "- **Corridor rows:** only corridor incidents are placed on a corridor, so each row's events equal"
                    + " its corridor_incidents; events with region-level coordinates are never placed.")
        }
        if theatre == nil {
            lines.append(
                "- **No theatre:** actor sides and corridors are unknown, so insurgent_attacks_on_state and"
                    + " attacks on civilians by actor2 are 0 (--theatre DIR).")
        }
        lines.append(
            "- **Drivers:** national counts per event type and per actor1 name; actors are ranked by the absolute"
                + " change of their weekly rate (ties by name); the top \(Self.driverActors) are listed. For each"
                + " region whose events changed significantly, the event type and actor1 with the largest"
                + " absolute change there (admin1 and admin2 rows, by the incident's coded region; none for corridors)."
        )
        lines.append("- **Indicators:**")
        for indicator in ComparedIndicator.standard + corridorIndicators {
            lines.append("  - `\(indicator.name)`: \(indicator.definition).")
        }
        markdown = lines.joined(separator: "\n") + "\n"
    }

    /// The three headline lines: Mali's change in events and fatalities, the largest significant rise and fall
    /// of events among the regions (by change in weekly rate, q < 0.05).
    static func headline(national: RateComparisonTable, regional: RateComparisonTable) -> [String] {
        var lines: [String] = []
        let events = national.rows.first { $0.indicator == "events" }!
        let deaths = national.rows.first { $0.indicator == "fatalities" }!
        var eventText =
            "- **Mali: \(NumberFormatting.fixed(events.rateA, 1)) → \(NumberFormatting.fixed(events.rateB, 1)) events"
            + " per week** (\(NumberFormatting.percentChange(from: events.rateA, to: events.rateB)))"
        if let test = events.test {
            eventText +=
                ", ratio \(RateComparisonTable.ratioText(test.rateRatio)) (95% CI"
                + " \(RateComparisonTable.ratioText(test.confidenceInterval.lower))–"
                + "\(RateComparisonTable.ratioText(test.confidenceInterval.upper)), \(Self.pText(test.pValue)))"
        }
        eventText +=
            "; fatalities \(NumberFormatting.fixed(deaths.rateA, 1)) → \(NumberFormatting.fixed(deaths.rateB, 1))"
            + " per week (\(NumberFormatting.percentChange(from: deaths.rateA, to: deaths.rateB)), descriptive)."
        lines.append(eventText)
        let significant = regional.rows.filter { $0.indicator == "events" && ($0.adjustedP ?? 1) < 0.05 }
        func describe(_ row: RateComparisonRow) -> String {
            "\(NumberFormatting.fixed(row.rateA, 1)) → \(NumberFormatting.fixed(row.rateB, 1)) events per week"
                + " (ratio \(RateComparisonTable.ratioText(row.rateRatio!)), \(Self.pText(row.adjustedP!, name: "q")))."
        }
        let rises = significant.filter { $0.rateChange > 0 }
        if let rise = rises.max(by: { $0.rateChange < $1.rateChange }) {
            lines.append("- **Largest significant rise: \(rise.region)**, " + describe(rise))
        } else {
            lines.append("- **No significant rise** in events in any region (q < 0.05).")
        }
        let falls = significant.filter { $0.rateChange < 0 }
        if let fall = falls.min(by: { $0.rateChange < $1.rateChange }) {
            lines.append("- **Largest significant fall: \(fall.region)**, " + describe(fall))
        } else {
            lines.append("- **No significant fall** in events in any region (q < 0.05).")
        }
        return lines
    }

    /// For each region whose events changed significantly (q < 0.05), the event type and the actor1 whose
    /// weekly rate changed most there. Regions are matched on the incident's coded admin1 or admin2 (admin2 only
    /// for incidents placed by their coordinates, as in the admin2 rows); corridor rows depend on placement by
    /// coordinates and get no such table.
    static func regionDrivers(
        regional: RateComparisonTable, incidents: [Incident], periods: ComparisonPeriods, theatre: Theatre?,
        level: RegionGrouping.Level
    ) -> [String] {
        let region: (Incident) -> String?
        switch level {
        case .admin1: region = { $0.location.admin1 }
        // As the admin2 rows: events with region-level coordinates are in no admin2.
        case .admin2: region = { $0.location.precision.placesByCoordinates ? $0.location.admin2 : nil }
        default: return []
        }
        let significant = regional.rows.filter { $0.indicator == "events" && ($0.adjustedP ?? 1) < 0.05 }
        var lines = ["### Regions with a significant change in events", ""]
        guard !significant.isEmpty else {
            return lines + ["No region's events changed significantly (q < 0.05).", ""]
        }
        func change(_ entry: Drivers.Entry, _ drivers: Drivers) -> String {
            let value = drivers.change(entry)
            return "\(entry.name) (\(value > 0 ? "+" : "")\(NumberFormatting.fixed(value, 2)) /wk)"
        }
        let rows = significant.map { row in
            let drivers = Drivers(
                incidents: incidents.filter { region($0) == row.region }, periods: periods, theatre: theatre)
            return [
                row.region, "\(NumberFormatting.fixed(row.rateA, 2)) → \(NumberFormatting.fixed(row.rateB, 2))",
                row.mark, change(drivers.types[0], drivers),
                drivers.actors.first.map { change($0, drivers) } ?? "none named",
            ]
        }
        lines.append(
            MarkdownTable(
                header: ["Region", "Events /wk A → B", "Sig.", "Event type changing most", "Actor1 changing most"],
                alignments: [.left, .right, .left, .left, .left], rows: rows
            ).text)
        return lines
    }

    /// "p = 0.034", "p < 0.001".
    static func pText(_ p: Double, name: String = "p") -> String {
        p < 0.001 ? "\(name) < 0.001" : "\(name) = \(NumberFormatting.fixed(p, 3))"
    }

    /// All rows of a table summed.
    static func total(_ table: IndicatorTable) -> IndicatorCounts {
        var total = IndicatorCounts()
        for row in table.rows { total.merge(row.counts) }
        return total
    }

    /// Each region's counts summed over period A's table and period B's, regions in code-point order; the
    /// regions of `also` (all corridors, for `--by corridor`) are listed even without events.
    static func regionCounts(
        _ a: IndicatorTable, _ b: IndicatorTable, also: [String] = []
    ) -> [(name: String, a: IndicatorCounts, b: IndicatorCounts)] {
        func sums(_ table: IndicatorTable) -> [String: IndicatorCounts] {
            var sums: [String: IndicatorCounts] = [:]
            for row in table.rows { sums[row.region, default: IndicatorCounts()].merge(row.counts) }
            return sums
        }
        let sumsA = sums(a), sumsB = sums(b)
        let names = Set(sumsA.keys).union(sumsB.keys).union(also)
            .sorted { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) }
        return names.map { ($0, sumsA[$0] ?? IndicatorCounts(), sumsB[$0] ?? IndicatorCounts()) }
    }
}
