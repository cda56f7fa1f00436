public import SitrepCore
import SitrepIngest
import SitrepStats
import SitrepTimeSeries

/// The weekly briefing: what happened in one week, against the weeks before it.
///
/// This first version covers events and fatalities by region and event type, baselines, a 12-week trend
/// per region, and the data coverage. Blockade pressure, balance of force and alerts come with the theatre
/// and alert modules.
public struct WeeklyBriefing: Sendable {
    /// Weeks in the short baseline (ACLED's Change Level rule uses 4).
    public static let shortBaselineWeeks = 4
    /// Weeks in the long baseline.
    public static let longBaselineWeeks = 52
    /// Weeks in the trend window.
    public static let trendWeeks = 12

    public let markdown: String
    /// SVG charts the Markdown links to, by file name (written beside the Markdown file).
    public let charts: [(fileName: String, svg: String)]

    public enum Failure: Error, CustomStringConvertible {
        case noData
        case weekOutsideData(week: Day, first: Day, last: Day)

        public var description: String {
            switch self {
            case .noData: "the input holds no usable events, so there is nothing to brief"
            case .weekOutsideData(let week, let first, let last):
                "the week of \(week) is outside the data (\(first) to \(last)); pick a week in that range"
            }
        }
    }

    /// - Parameters:
    ///   - week: a day in the week to brief; by default the last complete week in the data (the last week
    ///     whose final day is on or before the last event's date).
    /// - Parameter chartPrefix: file-name prefix of the charts (the Markdown file's name without `.md`).
    public init(run: IndicatorRun.Result, week: Day?, sources: [String], chartPrefix: String = "briefing") throws {
        let table = run.table
        let calendar = table.calendar
        guard let firstDay = run.firstDay, let lastDay = run.lastDay, !table.periods.isEmpty else { throw Failure.noData }
        let lastCompleteKey: Int32 = {
            let key = calendar.key(of: lastDay)
            return calendar.lastDay(ofKey: key) <= lastDay ? key : key - 7
        }()
        let weekKey = week.map(calendar.key(of:)) ?? lastCompleteKey
        let weekStart = calendar.firstDay(ofKey: weekKey)
        guard let weekIndex = table.periods.firstIndex(of: weekStart) else {
            throw Failure.weekOutsideData(week: weekStart, first: firstDay, last: lastDay)
        }
        let weekEnd = calendar.lastDay(ofKey: weekKey)

        let totals = table.totals
        let nationalEvents = Double(totals[weekIndex].events)
        let nationalFatalities = Double(totals[weekIndex].fatalities)
        let nationalBaseline = Self.average(totals.map { Double($0.events) }, before: weekIndex, weeks: Self.shortBaselineWeeks)

        var regionRows: [[String]] = []
        var rising: (String, Double, Double)?
        var deadliest: (String, Int64)?
        for region in table.regions {
            let series = Array(table.series(of: region))
            let events = series.map { Double($0.counts.events) }
            let thisWeek = events[weekIndex]
            let short = Self.average(events, before: weekIndex, weeks: Self.shortBaselineWeeks)
            let long = Self.average(events, before: weekIndex, weeks: Self.longBaselineWeeks)
            let fatalities = series[weekIndex].counts.fatalities
            let trendStart = max(0, weekIndex - Self.trendWeeks + 1)
            let window = Array(events[trendStart...weekIndex])
            let trend = Self.trend(window)
            regionRows.append([
                region, NumberFormatting.fixed(thisWeek, 0), short.map { NumberFormatting.fixed($0, 1) } ?? "n/a",
                long.map { NumberFormatting.fixed($0, 1) } ?? "n/a",
                short.map { NumberFormatting.percentChange(from: $0, to: thisWeek) } ?? "n/a",
                String(fatalities), Sparkline.text(window), trend,
            ])
            if let short, thisWeek - short > (rising.map { $0.1 - $0.2 } ?? 0) { rising = (region, thisWeek, short) }
            if fatalities > (deadliest?.1 ?? 0) { deadliest = (region, fatalities) }
        }

        var lines: [String] = []
        lines.append("# Weekly briefing: Mali, week of \(weekStart)")
        lines.append("")
        lines.append("Week \(weekStart) to \(weekEnd) (\(calendar.weekStart == .saturday ? "Saturday to Friday, as ACLED's weeks" : "ISO week \(ISOWeek(containing: weekStart))")).")
        lines.append("")
        lines.append("## Headline")
        lines.append("")
        let baselineText = nationalBaseline.map {
            "\(NumberFormatting.percentChange(from: $0, to: nationalEvents)) against the \(Self.shortBaselineWeeks)-week average of \(NumberFormatting.fixed($0, 1))"
        } ?? "no earlier weeks to compare with"
        lines.append("- **\(Int(nationalEvents)) events, \(Int(nationalFatalities)) reported fatalities** across Mali: \(baselineText).")
        if let rising {
            lines.append("- **Largest rise: \(rising.0)**, \(Int(rising.1)) events against a \(Self.shortBaselineWeeks)-week average of \(NumberFormatting.fixed(rising.2, 1)).")
        } else {
            lines.append("- **No region rose** above its \(Self.shortBaselineWeeks)-week average.")
        }
        if let deadliest {
            lines.append("- **Deadliest region: \(deadliest.0)**, \(deadliest.1) reported fatalities.")
        } else {
            lines.append("- **No fatalities** were reported this week.")
        }
        lines.append("")
        let chartStart = max(0, weekIndex - Self.longBaselineWeeks + 1)
        let chartLabels = table.periods[chartStart...weekIndex].map(\.description)
        let eventsChart = SVGLineChart(
            title: "Mali: events and fatalities per week", yLabel: "count per week", xLabels: chartLabels,
            series: [
                .init(name: "events", values: totals[chartStart...weekIndex].map { Double($0.events) }, color: SVGLineChart.palette[0]),
                .init(name: "fatalities", values: totals[chartStart...weekIndex].map { Double($0.fatalities) }, color: SVGLineChart.palette[1]),
            ],
            highlight: weekIndex - chartStart)
        let eventsChartName = "\(chartPrefix)-national.svg"
        charts = [(eventsChartName, eventsChart.svg)]
        lines.append("![Events and fatalities per week, last \(chartLabels.count) weeks](\(eventsChartName))")
        lines.append("")
        lines.append("## Regions")
        lines.append("")
        lines.append(MarkdownTable(
            header: ["Region", "Events", "\(Self.shortBaselineWeeks)-wk avg", "\(Self.longBaselineWeeks)-wk avg", "Change vs \(Self.shortBaselineWeeks)-wk", "Fatalities", "Last \(Self.trendWeeks) weeks", "Trend /wk (p)"],
            alignments: [.left, .right, .right, .right, .right, .right, .left, .right],
            rows: regionRows).text)
        lines.append("## Event types this week")
        lines.append("")
        lines.append(MarkdownTable(
            header: ["Event type", "Events", "\(Self.shortBaselineWeeks)-wk avg"],
            alignments: [.left, .right, .right],
            rows: EventType.allCases.map { type in
                let series = totals.map { Double($0.count(of: type)) }
                return [type.acledName, String(totals[weekIndex].count(of: type)),
                        Self.average(series, before: weekIndex, weeks: Self.shortBaselineWeeks).map { NumberFormatting.fixed($0, 1) } ?? "n/a"]
            }).text)
        lines.append("## Methods and coverage")
        lines.append("")
        let used = run.summaries.reduce(0) { $0 + $1.used }
        let skipped = run.summaries.reduce(0) { $0 + $1.skipped }
        lines.append("- **Data:** \(sources.map { "`\(Self.fileName($0))`" }.joined(separator: ", ")); \(used) events used, \(skipped) rows skipped as unusable, events dated \(firstDay) to \(lastDay).")
        let imprecise = table.rows.filter { $0.periodStart == weekStart }.reduce(Int64(0)) { $0 + $1.counts.impreciseDates }
        lines.append("- **Date precision:** \(imprecise) of this week's events are dated only to a week or a month (ACLED time_precision 2-3) and count in the week of their coded date.")
        if table.eventsWithoutRegion > 0 {
            lines.append("- **No region:** \(table.eventsWithoutRegion) events have no admin1 and appear only in national totals.")
        }
        lines.append("- **Baselines:** the average weekly count over the \(Self.shortBaselineWeeks) and \(Self.longBaselineWeeks) weeks before this one (fewer where the data starts later); change is relative to the \(Self.shortBaselineWeeks)-week average.")
        lines.append("- **Trend:** ordinary least-squares slope of weekly events on week number over the last \(Self.trendWeeks) weeks, with its two-sided t-test p-value; `*` marks p < 0.05. A first approximation: count models (Poisson / negative binomial) replace it in the statistics module.")
        lines.append("- **Sparkline:** weekly events over the last \(Self.trendWeeks) weeks, scaled to the region's maximum in that window.")
        lines.append("- **Not yet covered:** blockade pressure on Bamako's corridors, balance of force, materiel losses and alerts.")
        markdown = lines.joined(separator: "\n") + "\n"
    }

    /// Mean of the `weeks` values before `index` (fewer at the start of the data); `nil` when there are none.
    static func average(_ values: [Double], before index: Int, weeks: Int) -> Double? {
        let start = max(0, index - weeks)
        guard start < index else { return nil }
        return values[start..<index].reduce(0, +) / Double(index - start)
    }

    /// "+0.4 (0.012)*" — OLS slope per week with p-value, or "n/a" when the window cannot support a fit.
    static func trend(_ window: [Double]) -> String {
        let design = window.indices.map { [1.0, Double($0)] }
        guard window.count >= 4, Set(window).count > 1, let fit = try? LinearFit(design: design, response: window) else {
            return "n/a"
        }
        let slope = fit.coefficients[1], p = fit.pValues[1]
        return (slope >= 0 ? "+" : "") + NumberFormatting.fixed(slope, 2) + " (" + NumberFormatting.pValue(p) + ")" + (p < 0.05 ? "*" : "")
    }

    static func fileName(_ path: String) -> String { path.split(separator: "/").last.map(String.init) ?? path }
}
