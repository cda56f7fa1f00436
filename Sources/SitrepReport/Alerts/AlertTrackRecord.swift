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
    /// The record of the cheap, history-only rules (Surge, both Change Levels, Volatility, blockade pressure
    /// p90) over every week from the first they can judge to four weeks before `index`. The statistical rules
    /// that fit a model each week (exceedance, change points, trend) are left out of the record: refitting
    /// them at every past week costs more than a briefing should.
    public func trackRecord(before index: Int) -> [AlertTrackRecord] {
        var records: [String: AlertTrackRecord] = [:]
        func note(_ rule: String, fired: Bool, following: ArraySlice<Double>, baseline: Double) {
            guard fired else { return }
            var record = records[rule] ?? AlertTrackRecord(rule: rule, fired: 0, sustained: 0)
            record.fired += 1
            if following.reduce(0, +) / Double(following.count) > baseline { record.sustained += 1 }
            records[rule] = record
        }
        let last = index - 4
        guard last > 0 else { return [] }
        for counts in violentSeries {
            for week in 0..<last {
                for decision in Self.acledDecisions(counts, at: week) {
                    note(decision.rule, fired: decision.fired, following: counts[(week + 1)...(week + 4)], baseline: decision.baseline)
                }
            }
        }
        let pressure = blockadeSeries
        for week in 0..<last {
            if let alert = Self.blockadeAlert(pressure, at: week, week: weekly.periods[week]) {
                note(alert.rule, fired: true, following: pressure[(week + 1)...(week + 4)], baseline: alert.baseline)
            }
        }
        return AlertRules.definitions.compactMap { records[$0.rule] }
    }
}
