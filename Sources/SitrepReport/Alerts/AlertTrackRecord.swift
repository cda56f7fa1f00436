import SitrepCore
import SitrepStats
import SitrepTimeSeries

/// How a rule has done on the data at hand: how often it fired, and how often the four weeks after a firing
/// stayed above the baseline it was compared with (mean of those weeks > baseline).
public struct AlertTrackRecord: Sendable, Equatable {
    public var rule: String
    /// Region-weeks at which the rule fired, with four later weeks in the data to judge by.
    public var fired: Int
    /// Of those, how many were followed by four weeks averaging above the rule's baseline.
    public var sustained: Int

    public init(rule: String, fired: Int, sustained: Int) {
        self.rule = rule
        self.fired = fired
        self.sustained = sustained
    }

    /// The share sustained, or `nil` when the rule never fired.
    public var sustainedShare: Double? { fired > 0 ? Double(sustained) / Double(fired) : nil }
}

extension AlertEngine {
    /// Weeks over which the rules that fit a model each week are judged: the last 52 with four weeks after them.
    public static let refittedRuleRecordWeeks = 52

    /// The record of the rules over the weeks before `index` that have four weeks after them in the data:
    /// every such week for the history-only rules (Surge, both Change Levels, Volatility, blockade pressure
    /// p90), the last `refittedRuleRecordWeeks` of them for the rules that fit a model each week (exceedance,
    /// change-point rise, 12-week trend, balance-of-force shift), which are refitted at each of those weeks.
    /// `acled_threat`, a monthly rule, has no record.
    ///
    /// A firing is sustained when the mean of the four weeks after it is above the baseline the rule compared
    /// with: the rule's baseline mean; for `trend_12w`, the mean of the 12 weeks it fitted; for
    /// `balance_of_force_shift`, the index's mean before the change, on the side the index moved to.
    public func trackRecord(before index: Int) -> [AlertTrackRecord] {
        var records: [String: AlertTrackRecord] = [:]
        func note(_ firing: Firing) {
            var record = records[firing.rule] ?? AlertTrackRecord(rule: firing.rule, fired: 0, sustained: 0)
            record.fired += 1
            if firing.sustained { record.sustained += 1 }
            records[firing.rule] = record
        }
        let last = index - 4
        guard last > 0 else { return [] }
        let series = violentSeries
        for counts in series {
            for week in 0..<last {
                for decision in Self.acledDecisions(counts, at: week) where decision.fired {
                    note(Firing(rule: decision.rule, sustained: Self.following(counts, week) > decision.baseline))
                }
            }
        }
        let pressure = blockadeSeries
        for week in 0..<last {
            if let alert = Self.blockadeAlert(pressure, at: week, week: weekly.periods[week]) {
                note(Firing(rule: alert.rule, sustained: Self.following(pressure, week) > alert.baseline))
            }
        }
        // The refitted rules, one half of the weeks on each core.
        let judged = max(0, last - Self.refittedRuleRecordWeeks)..<last
        let middle = judged.lowerBound + judged.count / 2
        let balance = balanceSeries
        let (early, late) = concurrently(
            { self.refittedRuleFirings(judged.lowerBound..<middle, series: series, balance: balance) },
            { self.refittedRuleFirings(middle..<judged.upperBound, series: series, balance: balance) })
        for firing in early + late { note(firing) }
        return AlertRules.definitions.compactMap { records[$0.rule] }
    }

    /// One firing of a rule, and whether the four weeks after it were sustained.
    struct Firing: Sendable {
        var rule: String
        var sustained: Bool
    }

    /// The firings of the rules that fit a model each week (`AlertRules.refitted`) at `weeks`.
    func refittedRuleFirings(_ weeks: Range<Int>, series: [[Double]], balance: [Double?]) -> [Firing] {
        var firings: [Firing] = []
        for week in weeks {
            let day = weekly.periods[week]
            for (region, counts) in zip(weekly.regions, series) {
                if let alert = Self.changePointRise(counts, at: week, region: region, week: day) {
                    firings.append(Firing(rule: alert.rule, sustained: Self.following(counts, week) > alert.baseline))
                }
                if let alert = Self.risingTrend(counts, at: week, region: region, week: day) {
                    let fitted = Descriptive.windowMean(counts[(week - 11)...week])
                    firings.append(Firing(rule: alert.rule, sustained: Self.following(counts, week) > fitted))
                }
            }
            for (region, alert) in Self.exceedanceAlerts(series, regions: weekly.regions, at: week, week: day) {
                firings.append(
                    Firing(rule: alert.rule, sustained: Self.following(series[region], week) > alert.baseline))
            }
            let after = balance[(week + 1)...(week + 4)].compactMap { $0 }
            if !after.isEmpty, let alert = Self.balanceShift(balance, at: week, week: day) {
                let afterMean = Descriptive.windowMean(after[...])
                let held = alert.value > alert.baseline ? afterMean > alert.baseline : afterMean < alert.baseline
                firings.append(Firing(rule: alert.rule, sustained: held))
            }
        }
        return firings
    }

    /// The mean of the four weeks after `week`.
    static func following(_ values: [Double], _ week: Int) -> Double {
        Descriptive.windowMean(values[(week + 1)...(week + 4)])
    }
}
