import SitrepCore
import SitrepStats
public import SitrepTimeSeries

/// Applies every alert rule (`AlertRules.definitions`) to weekly and monthly indicator tables at one week.
///
/// The ACLED rules and the statistical ones look at each region's weekly count of ACLED's violent events;
/// the theatre-wide rules look at the summed blockade pressure and the country's balance-of-force index.
/// A rule only ever looks at the week in question and the weeks before it.
public struct AlertEngine: Sendable {
    public let weekly: IndicatorTable
    /// Calendar months (for `acled_threat`); `nil` leaves that rule out.
    public let monthly: IndicatorTable?

    public init(weekly: IndicatorTable, monthly: IndicatorTable?) {
        self.weekly = weekly
        self.monthly = monthly
    }

    /// Violent events per week, per region in `weekly.regions` order.
    public var violentSeries: [[Double]] {
        weekly.regions.map { region in weekly.series(of: region).map { Double($0.counts.violentEvents) } }
    }

    /// Blockade pressure per week, summed over regions.
    public var blockadeSeries: [Double] { weekly.totals.map(\.blockadePressure) }

    /// The country's balance-of-force index per week (`nil` where undefined).
    public var balanceSeries: [Double?] { weekly.totals.map(\.balanceOfForceIndex) }

    /// The alerts that fire at week `index` of `weekly.periods`, sorted by severity (high first), then region
    /// and rule. Incident ids are left empty: the caller fills them from the incidents of that week.
    public func alerts(at index: Int) -> [Alert] {
        let week = weekly.periods[index]
        var alerts: [Alert] = []
        let series = violentSeries
        for (region, counts) in zip(weekly.regions, series) {
            for decision in Self.acledDecisions(counts, at: index) {
                guard let severity = decision.severity else { continue }
                alerts.append(
                    Alert(
                        region: region, weekStart: week, rule: decision.rule, severity: severity, value: decision.value,
                        baseline: decision.baseline, detail: decision.band ?? Self.describeChange(decision)))
            }
            if let alert = Self.changePointRise(counts, at: index, region: region, week: week) { alerts.append(alert) }
            if let alert = Self.risingTrend(counts, at: index, region: region, week: week) { alerts.append(alert) }
        }
        alerts += Self.exceedanceAlerts(series, regions: weekly.regions, at: index, week: week).map(\.alert)
        if let monthly, let threat = threatAlerts(monthly: monthly, week: week) { alerts += threat }
        if let alert = Self.blockadeAlert(blockadeSeries, at: index, week: week) { alerts.append(alert) }
        if let alert = Self.balanceShift(balanceSeries, at: index, week: week) { alerts.append(alert) }
        return alerts.sorted {
            ($0.severity, $1.region, $1.rule) > ($1.severity, $0.region, $0.rule)
        }
    }

    /// Surge, both Change Levels and Volatility at one point.
    static func acledDecisions(_ counts: [Double], at index: Int) -> [AlertDecision] {
        [
            ACLEDEarlyWarning.surge(weekly: counts, at: index),
            ACLEDEarlyWarning.changeLevel(weekly: counts, at: index, baselineWeeks: 4),
            ACLEDEarlyWarning.changeLevel(weekly: counts, at: index, baselineWeeks: 52),
            ACLEDEarlyWarning.volatility(weekly: counts, at: index),
        ].compactMap { $0 }
    }

    static func describeChange(_ decision: AlertDecision) -> String {
        if decision.rule == "acled_volatility" { return "\(Int(decision.value)) weeks at 2 SD or more above the mean" }
        return "\(NumberFormatting.fixed(decision.value, 0)) against \(NumberFormatting.fixed(decision.baseline, 1))"
    }

    /// `acled_threat` for the last complete month that ends on or before the week's last day.
    func threatAlerts(monthly: IndicatorTable, week: Day) -> [Alert]? {
        let weekEnd = week.adding(days: 6)
        guard
            let monthIndex = monthly.periods.lastIndex(where: {
                monthly.calendar.lastDay(ofKey: monthly.calendar.key(of: $0)) <= weekEnd
            })
        else { return nil }
        return monthly.regions.compactMap { region in
            let counts = monthly.series(of: region).map { Double($0.counts.violentEvents) }
            guard let decision = ACLEDEarlyWarning.threat(monthly: counts, at: monthIndex),
                let severity = decision.severity
            else { return nil }
            return Alert(
                region: region, weekStart: week, rule: decision.rule, severity: severity, value: decision.value,
                baseline: decision.baseline,
                detail:
                    "\(Int(decision.value)) in the month of \(monthly.periods[monthIndex]) against \(NumberFormatting.fixed(decision.baseline, 1)) a month"
            )
        }
    }

    /// `count_exceedance` at week `index`: each region's count against a negative binomial (else Poisson)
    /// fitted to its previous 52 weeks (at least 8), the p-values Benjamini–Hochberg adjusted across regions;
    /// the alerts at q < 0.05, each with its region's place in `series`.
    static func exceedanceAlerts(
        _ series: [[Double]], regions: [String], at index: Int, week: Day
    ) -> [(region: Int, alert: Alert)] {
        guard index >= 8 else { return [] }
        let tested = series.indices.compactMap { region -> (region: Int, result: CountExceedance)? in
            let counts = series[region]
            return (try? CountExceedance(count: counts[index], baseline: Array(counts[max(0, index - 52)..<index])))
                .map { (region, $0) }
        }
        guard let adjusted = try? BenjaminiHochberg.adjust(tested.map(\.result.pValue)) else { return [] }
        return zip(tested, adjusted).compactMap { test, q in
            guard q < 0.05 else { return nil }
            let result = test.result
            return (
                test.region,
                Alert(
                    region: regions[test.region], weekStart: week, rule: "count_exceedance",
                    severity: q < 0.01 ? .high : .medium, value: result.count, baseline: result.baselineMean, p: q,
                    detail: "P(Y ≥ \(Int(result.count))) under a \(result.model.rawValue) baseline")
            )
        }
    }

    /// A Poisson PELT change in the last 4 weeks that raises the mean by at least 50 %.
    static func changePointRise(_ counts: [Double], at index: Int, region: String, week: Day) -> Alert? {
        let start = max(0, index - 103)
        let window = Array(counts[start...index])
        guard window.count >= 12, window.contains(where: { $0 > 0 }),
            let result = try? PELT.changePoints(window, cost: .poisson, penalty: .bic, minimumSegmentLength: 4),
            let last = result.changePoints.last, last >= window.count - 4
        else { return nil }
        let means = PELT.segmentMeans(window, boundaries: result.boundaries)
        let before = means[means.count - 2], after = means[means.count - 1]
        guard after >= 1.5 * before, after > 0 else { return nil }
        return Alert(
            region: region, weekStart: week, rule: "change_point_rise", severity: .medium, value: after,
            baseline: before,
            detail:
                "mean \(NumberFormatting.fixed(before, 1)) → \(NumberFormatting.fixed(after, 1)) a week from \(last - (window.count - 1)) weeks ago"
        )
    }

    /// A quasi-Poisson 12-week trend rising with p < 0.05.
    static func risingTrend(_ counts: [Double], at index: Int, region: String, week: Day) -> Alert? {
        guard index >= 11 else { return nil }
        let window = Array(counts[(index - 11)...index])
        guard let fit = try? trend(of: window, model: .quasiPoisson), fit.slope.estimate > 0, fit.slope.pValue < 0.05
        else { return nil }
        return Alert(
            region: region, weekStart: week, rule: "trend_12w", severity: .low, value: fit.percentPerPeriod,
            baseline: 0, p: fit.slope.pValue,
            detail: "+\(NumberFormatting.fixed(fit.percentPerPeriod, 1))% a week over 12 weeks")
    }

    /// Blockade pressure above its 52-week 90th percentile (type-7 quantile, numpy's default).
    static func blockadeAlert(_ pressure: [Double], at index: Int, week: Day) -> Alert? {
        guard index >= 8 else { return nil }
        let history = Array(pressure[max(0, index - 52)..<index])
        let threshold = Quantile.type7(history, 0.9)
        let value = pressure[index]
        guard value > threshold, value > 0 else { return nil }
        return Alert(
            region: TheatreSeriesName.corridors, weekStart: week, rule: "blockade_pressure_p90",
            severity: value > (history.max() ?? 0) ? .high : .medium, value: value, baseline: threshold,
            detail:
                "pressure \(NumberFormatting.fixed(value, 2)) above the 90th percentile \(NumberFormatting.fixed(threshold, 2))"
        )
    }

    /// A normal-mean PELT change in the balance-of-force index within the last 4 weeks.
    static func balanceShift(_ index: [Double?], at position: Int, week: Day) -> Alert? {
        let start = max(0, position - 103)
        let window = index[start...position].compactMap { $0 }
        guard window.count >= 12, index[position] != nil,
            let result = try? PELT.changePoints(window, cost: .l2, penalty: .bic, minimumSegmentLength: 4),
            let last = result.changePoints.last, last >= window.count - 4
        else { return nil }
        let means = PELT.segmentMeans(window, boundaries: result.boundaries)
        let before = means[means.count - 2], after = means[means.count - 1]
        return Alert(
            region: TheatreSeriesName.country, weekStart: week, rule: "balance_of_force_shift", severity: .medium,
            value: after, baseline: before,
            detail:
                "index \(NumberFormatting.fixed(before, 2)) → \(NumberFormatting.fixed(after, 2)) (\(after > before ? "towards the insurgents" : "towards the state"))"
        )
    }
}

/// Sample quantiles.
public enum Quantile {
    /// Hyndman & Fan type 7 (linear interpolation between order statistics; numpy's and R's default).
    public static func type7(_ values: [Double], _ probability: Double) -> Double {
        guard !values.isEmpty else { return 0 }
        let sorted = values.sorted()
        let h = Double(sorted.count - 1) * probability
        let lower = Int(h.rounded(.down))
        let upper = min(lower + 1, sorted.count - 1)
        return sorted[lower] + (h - Double(lower)) * (sorted[upper] - sorted[lower])
    }
}
