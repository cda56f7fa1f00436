import SitrepCore
import SitrepReport
import SitrepStats
import SitrepTimeSeries
import Testing

/// The alert engine on series built by hand.
@Suite struct AlertEngineTests {
    /// A weekly table of Battles: `counts[r][w]` events in region r in week w (weeks from Saturday 2024-01-06).
    static func table(_ counts: [String: [Int]]) -> IndicatorTable {
        let calendar = PeriodCalendar(kind: .week, weekStart: .saturday)
        var accumulator = IndicatorAccumulator(calendar: calendar)
        var names = NameTable()
        let start = Day(year: 2024, month: 1, day: 6)!
        for (region, weeks) in counts.sorted(by: { $0.key < $1.key }) {
            let id = names.id(of: region)
            for (week, count) in weeks.enumerated() {
                for _ in 0..<count {
                    accumulator.add(
                        EventRecord(
                            day: start.adding(days: 7 * week + 2), eventType: .battles, admin1: id, fatalities: 1))
                }
            }
        }
        return IndicatorTable(merging: [(accumulator, names)], calendar: calendar)
    }

    /// Gao: 70 weeks cycling 2, 3, 4, 3 (every 4-week average is 3), with 9 planted at week 60; a surge needs
    /// at least twice the 4-week average, so it fires at week 60 and at no other week of Gao.
    @Test func plantedSurgeFiresOnItsWeekOnly() {
        var gao = (0..<70).map { [2, 3, 4, 3][$0 % 4] }
        gao[60] = 9
        let quiet = Array(repeating: 1, count: 70)
        let engine = AlertEngine(weekly: Self.table(["Gao": gao, "Kidal": quiet]), monthly: nil)
        var surgeWeeks: [Int] = []
        for week in 0..<70
        where engine.alerts(at: week).contains(where: { $0.region == "Gao" && $0.rule == "acled_surge" }) {
            surgeWeeks.append(week)
        }
        #expect(surgeWeeks == [60])
        let alert = engine.alerts(at: 60).first { $0.rule == "acled_surge" }
        #expect(alert?.severity == .high)
        #expect(alert?.value == 9)
        #expect(alert?.baseline == 3)
        // The same week is also a large 4-week Change Level (+200 %) and, at p < 0.01 under a steady baseline,
        // a count exceedance.
        #expect(
            engine.alerts(at: 60).contains {
                $0.region == "Gao" && $0.rule == "acled_change_level_4w" && $0.detail == "large increase"
            })
        #expect(engine.alerts(at: 60).contains { $0.region == "Gao" && $0.rule == "count_exceedance" })
    }

    /// Alerts come sorted by severity (high first), then region, then rule.
    @Test func alertsAreSorted() {
        var gao = Array(repeating: 3, count: 60)
        gao[59] = 12
        var kidal = Array(repeating: 3, count: 60)
        kidal[59] = 5
        let alerts = AlertEngine(weekly: Self.table(["Gao": gao, "Kidal": kidal]), monthly: nil).alerts(at: 59)
        let order = alerts.map { ($0.severity, $0.region, $0.rule) }
        let sorted = order.sorted { ($0.0, $1.1, $1.2) > ($1.0, $0.1, $0.2) }
        #expect(order.map { "\($0.0) \($0.1) \($0.2)" } == sorted.map { "\($0.0) \($0.1) \($0.2)" })
        #expect(alerts.first?.severity == .high)
    }

    /// Track record by hand: steady 3s with a surge of 9 at week 20 followed by four weeks of 6 (mean 6 > the
    /// baseline 3): the surge fired once and was sustained.
    @Test func trackRecordCountsSustainedFirings() {
        var gao = Array(repeating: 3, count: 40)
        gao[20] = 9
        for week in 21...24 { gao[week] = 6 }
        let engine = AlertEngine(weekly: Self.table(["Gao": gao]), monthly: nil)
        let surge = engine.trackRecord(before: 39).first { $0.rule == "acled_surge" }
        #expect(surge == AlertTrackRecord(rule: "acled_surge", fired: 1, sustained: 1))
    }

    /// The weeks of `0..<index - 4` (the last `AlertEngine.refittedRuleRecordWeeks` of them) at which `rule` fires
    /// in `region`, asked of `alerts(at:)` week by week.
    static func firingWeeks(_ engine: AlertEngine, before index: Int, rule: String, region: String) -> [Int] {
        let last = index - 4
        return (max(0, last - AlertEngine.refittedRuleRecordWeeks)..<last).filter { week in
            engine.alerts(at: week).contains { $0.rule == rule && $0.region == region }
        }
    }

    /// A step from 2 to 10 events a week at week 60, kept for 20 weeks. The change-point rise fires at weeks
    /// 61–63, as ruptures with a Poisson cost finds (Fixtures/make_track_record_reference.py): PELT's last
    /// segment must be at least 4 weeks long, so it starts at 58, 59 and 60 in those weeks (means 6, 8 and 10
    /// against 2), and from week 64 the change lies more than 4 weeks back. The trend and
    /// exceedance rules fire on some weeks after the step. After
    /// every firing the next four weeks hold 10s, above every baseline those rules compare with (2 before the
    /// step, the 12-week window's mean, the NB mean of a window still holding 2s), so each firing is
    /// sustained, and the record counts exactly the weeks `alerts(at:)` fires on.
    @Test func modelRulesRecordASustainedStep() {
        let gao = Array(repeating: 2, count: 60) + Array(repeating: 10, count: 20)
        let engine = AlertEngine(weekly: Self.table(["Gao": gao]), monthly: nil)
        let record = Dictionary(uniqueKeysWithValues: engine.trackRecord(before: 80).map { ($0.rule, $0) })
        #expect(Self.firingWeeks(engine, before: 80, rule: "change_point_rise", region: "Gao") == [61, 62, 63])
        #expect(record["change_point_rise"] == AlertTrackRecord(rule: "change_point_rise", fired: 3, sustained: 3))
        for rule in ["trend_12w", "count_exceedance"] {
            let weeks = Self.firingWeeks(engine, before: 80, rule: rule, region: "Gao")
            #expect(!weeks.isEmpty, "\(rule)")
            #expect(weeks.allSatisfy { (60...75).contains($0) }, "\(rule): \(weeks)")
            #expect(record[rule] == AlertTrackRecord(rule: rule, fired: weeks.count, sustained: weeks.count))
        }
    }

    /// A one-week spike of 10 in 2s: the exceedance rule fires on the spike (P(Y ≥ 10) under a Poisson mean
    /// of 2 is 4.6e-5), and the next four weeks average 2, not above the baseline mean 2: not sustained. The
    /// record only judges the 52 weeks before the last four: a spike before them is not counted.
    @Test func modelRulesRecordAnUnsustainedSpike() {
        var gao = Array(repeating: 2, count: 120)
        gao[100] = 10
        gao[20] = 10
        let engine = AlertEngine(weekly: Self.table(["Gao": gao]), monthly: nil)
        #expect(Self.firingWeeks(engine, before: 120, rule: "count_exceedance", region: "Gao") == [100])
        let exceedance = engine.trackRecord(before: 120).first { $0.rule == "count_exceedance" }
        #expect(exceedance == AlertTrackRecord(rule: "count_exceedance", fired: 1, sustained: 0))
    }

    /// A weekly table of Gao's engagements: each week four battles, `insurgentInitiated[w]` of them insurgents
    /// attacking the state and the rest the state attacking insurgents, so the balance-of-force index of week w
    /// is (k − (4 − k)) / 4.
    static func engagementTable(insurgentInitiated: [Int]) -> IndicatorTable {
        let calendar = PeriodCalendar(kind: .week, weekStart: .saturday)
        var accumulator = IndicatorAccumulator(calendar: calendar)
        var names = NameTable()
        let gao = names.id(of: "Gao")
        let start = Day(year: 2024, month: 1, day: 6)!
        for (week, initiated) in insurgentInitiated.enumerated() {
            for battle in 0..<4 {
                var record = EventRecord(
                    day: start.adding(days: 7 * week + 1), eventType: .battles, admin1: gao, fatalities: 0)
                record.actor1Side = battle < initiated ? .insurgent : .state
                record.actor2Side = battle < initiated ? .state : .insurgent
                accumulator.add(record)
            }
        }
        return IndicatorTable(merging: [(accumulator, names)], calendar: calendar)
    }

    /// Weeks of engagements drawn from `choices` by a fixed linear congruential sequence.
    static func engagements(_ count: Int, from choices: [Int], seed: UInt64) -> [Int] {
        var state = seed
        return (0..<count).map { _ in
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return choices[Int((state >> 33) % UInt64(choices.count))]
        }
    }

    /// The balance-of-force index of Gao's engagements steps by 1 at week 60: from 0, 1 or 2 of four
    /// engagements initiated by the insurgents (index −1, −0.5 or 0) to 2, 3 or 4 (0, 0.5 or 1), and, in the
    /// mirror case, back. ruptures (Fixtures/make_track_record_reference.py) fires the shift rule at week 63
    /// alone in both cases; the next four weeks stay on the side the index moved to, so the firing is
    /// sustained, in either direction.
    @Test func balanceShiftRecordFollowsTheDirectionOfTheShift() {
        let low = Self.engagements(60, from: [0, 1, 2], seed: 8), high = Self.engagements(60, from: [2, 3, 4], seed: 7)
        for (name, weeks) in [
            ("towards the insurgents", low + high.prefix(20)), ("towards the state", high + low.prefix(20)),
        ] {
            let engine = AlertEngine(weekly: Self.engagementTable(insurgentInitiated: weeks), monthly: nil)
            let fired = Self.firingWeeks(
                engine, before: 80, rule: "balance_of_force_shift", region: TheatreSeriesName.country)
            #expect(fired == [63], "\(name)")
            let record = engine.trackRecord(before: 80).first { $0.rule == "balance_of_force_shift" }
            #expect(record == AlertTrackRecord(rule: "balance_of_force_shift", fired: 1, sustained: 1), "\(name)")
        }
    }

    /// numpy.quantile(x, 0.9) (type 7) by hand: x = 1…10 → 9.1; x = [5] → 5.
    @Test func quantiles() {
        #expect(abs(Quantile.type7((1...10).map(Double.init), 0.9) - 9.1) < 1e-12)
        #expect(Quantile.type7([5], 0.9) == 5)
    }
}
