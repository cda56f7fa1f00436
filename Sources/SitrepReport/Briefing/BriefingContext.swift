import SitrepCore
import SitrepStats
import SitrepTimeSeries

/// The numbers one briefing is written from: the week's position in the series, national totals, alerts and
/// the incidents of the week. Each section of `WeeklyBriefing` is a method of this type.
struct BriefingContext {
    let data: BriefingData
    let table: IndicatorTable
    /// Position of the briefing week in `table.periods`.
    let index: Int
    let week: Day
    let weekEnd: Day
    let totals: [IndicatorCounts]
    let alerts: [Alert]
    let engine: AlertEngine
    /// Incidents dated in the briefing week.
    let weekIncidents: [Incident]
    let chartPrefix: String

    init(data: BriefingData, index: Int, chartPrefix: String) {
        self.data = data
        table = data.weekly.table
        self.index = index
        week = table.periods[index]
        weekEnd = table.calendar.lastDay(ofKey: table.calendar.key(of: week))
        totals = table.totals
        engine = AlertEngine(weekly: table, monthly: data.monthly)
        weekIncidents = data.incidents(inWeek: index)
        alerts = data.alerts(at: index, engine: engine)
        self.chartPrefix = chartPrefix
    }

    /// First index of a window of `weeks` weeks ending at the briefing week.
    func windowStart(_ weeks: Int) -> Int { max(0, index - weeks + 1) }

    /// Mean of `values` over the `weeks` weeks before the briefing week (fewer at the start of the data).
    func baseline(_ values: [Double], weeks: Int) -> Double? {
        let start = max(0, index - weeks)
        guard start < index else { return nil }
        return values[start..<index].reduce(0, +) / Double(index - start)
    }

    var title: String {
        let kind =
            table.calendar.weekStart == .saturday
            ? "Saturday to Friday, as ACLED's weeks" : "ISO week \(ISOWeek(containing: week))"
        return "# Weekly briefing: Mali, week of \(week)\n\nWeek \(week) to \(weekEnd) (\(kind)).\n"
    }

    /// The charts the sections link to.
    var charts: [(fileName: String, svg: String)] {
        let start = windowStart(WeeklyBriefing.longBaselineWeeks)
        let labels = table.periods[start...index].map(\.description)
        let national = SVGLineChart(
            title: "Mali: events and fatalities per week", yLabel: "count per week", xLabels: labels,
            series: [
                .init(name: "events", values: totals[start...index].map { Double($0.events) }, color: SVGLineChart.palette[0]),
                .init(name: "fatalities", values: totals[start...index].map { Double($0.fatalities) }, color: SVGLineChart.palette[1]),
            ],
            highlight: index - start)
        let pressure = SVGLineChart(
            title: "Blockade pressure on the corridors into Bamako", yLabel: "weighted incidents per week",
            xLabels: labels,
            series: [.init(name: "blockade pressure", values: totals[start...index].map(\.blockadePressure), color: SVGLineChart.palette[1])],
            highlight: index - start)
        let balance = SVGLineChart(
            title: "Balance of force (-1 state, +1 insurgents)", yLabel: "index (weeks with engagements)", xLabels: labels,
            series: [.init(name: "balance-of-force index", values: totals[start...index].map { $0.balanceOfForceIndex ?? .nan }, color: SVGLineChart.palette[2])],
            highlight: index - start)
        return [
            (chartName("national"), national.svg), (chartName("blockade"), pressure.svg), (chartName("balance"), balance.svg),
        ]
    }

    func chartName(_ name: String) -> String { "\(chartPrefix)-\(name).svg" }
}
