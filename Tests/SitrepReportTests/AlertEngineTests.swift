import Testing
import SitrepCore
import SitrepReport
import SitrepStats
import SitrepTimeSeries

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
                    accumulator.add(EventRecord(day: start.adding(days: 7 * week + 2), eventType: .battles, admin1: id, fatalities: 1))
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
        for week in 0..<70 where engine.alerts(at: week).contains(where: { $0.region == "Gao" && $0.rule == "acled_surge" }) {
            surgeWeeks.append(week)
        }
        #expect(surgeWeeks == [60])
        let alert = engine.alerts(at: 60).first { $0.rule == "acled_surge" }
        #expect(alert?.severity == .high)
        #expect(alert?.value == 9)
        #expect(alert?.baseline == 3)
        // The same week is also a large 4-week Change Level (+200 %) and, at p < 0.01 under a steady baseline,
        // a count exceedance.
        #expect(engine.alerts(at: 60).contains { $0.region == "Gao" && $0.rule == "acled_change_level_4w" && $0.detail == "large increase" })
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

    /// numpy.quantile(x, 0.9) (type 7) by hand: x = 1…10 → 9.1; x = [5] → 5.
    @Test func quantiles() {
        #expect(abs(Quantile.type7((1...10).map(Double.init), 0.9) - 9.1) < 1e-12)
        #expect(Quantile.type7([5], 0.9) == 5)
    }
}
