import SitrepCore
import SitrepIngest
import SitrepTimeSeries
import Testing

@testable import SitrepReport

/// The rate-ratio table and the comparison document on crafted counts checked by hand.
///
/// Period A is 2025-01-04..2025-01-17 (14 days: 2 weeks), B 2025-02-01..2025-02-21 (21 days: 3 weeks). Under
/// equal rates B's share of the events is 3 / (2 + 3) = 0.6. The p-values and intervals not derivable by hand
/// were computed with scipy 1.17.1 and statsmodels 0.15.0:
///
///     from scipy.stats import binomtest
///     from statsmodels.stats.multitest import multipletests
///     for b, a in [(30, 10), (21, 14), (40, 2), (12, 0), (0, 4)]:
///         r = binomtest(b, a + b, 3 / 5); ci = r.proportion_ci(0.95, "exact")
///         ratio = lambda p: p / (1 - p) * 2 / 3 if p < 1 else float("inf")
///         print(b, a, r.pvalue, ratio(ci.low), ratio(ci.high))
///     # 30 10 0.05413323357373907 0.9516056467673049 4.5862011806788106
///     # 21 14 1.0 0.4849779627627975 2.1261444590239105
///     # 40 2 2.668265355001223e-07 3.457674982855469 113.8843182014276
///     # 12 0 0.0024955494399999992 1.8523982203721052 inf
///     # 0 4 0.025600000000000005 0.0 1.009911239577294
@Suite struct CompareTests {
    static let periods = try! ComparisonPeriods(a: "2025-01-04..2025-01-17", b: "2025-02-01..2025-02-21")

    static func counts(events: Int64, fatalities: Int64 = 0) -> IndicatorCounts {
        var counts = IndicatorCounts()
        counts.events = events
        counts.fatalities = fatalities
        return counts
    }

    static let indicators = ComparedIndicator.standard.filter { ["events", "fatalities"].contains($0.name) }

    /// (name, A events, B events): ratio 2.0, 1.0, 30.0, ∞, 0 and a region without events.
    static func table() throws -> RateComparisonTable {
        let regions: [(String, Int64, Int64)] = [
            ("Double", 10, 30), ("Equal", 14, 21), ("Surge", 2, 40), ("New", 0, 12), ("Gone", 4, 0), ("Quiet", 0, 0),
        ]
        return try RateComparisonTable(
            periods: periods,
            regions: regions.map { ($0.0, counts(events: $0.1, fatalities: 7), counts(events: $0.2, fatalities: 21)) },
            indicators: indicators)
    }

    @Test func periodsAreWeeks() {
        #expect(Self.periods.a.dayCount == 14 && Self.periods.a.weeks == 2)
        #expect(Self.periods.b.dayCount == 21 && Self.periods.b.weeks == 3)
    }

    /// 10 events in 2 weeks (5/wk) against 30 in 3 weeks (10/wk): ratio 2.0; p and CI from scipy (above).
    @Test func rateRatioOfTenInTwoWeeksAgainstThirtyInThree() throws {
        let row = try Self.table().rows[0]
        #expect(row.region == "Double" && row.indicator == "events")
        #expect(row.rateA == 5 && row.rateB == 10)
        #expect(row.rateRatio!.isClose(to: 2, relativeTolerance: 1e-12))
        #expect(row.pValue!.isClose(to: 0.05413323357373907, relativeTolerance: 1e-9))
        #expect(row.interval!.lower.isClose(to: 0.9516056467673049, relativeTolerance: 1e-7))
        #expect(row.interval!.upper.isClose(to: 4.5862011806788106, relativeTolerance: 1e-7))
        #expect(
            RateComparisonTable.cells(row) == [
                "Double", "events", "10", "30", "5.00", "10.00", "2.00", "0.95–4.59", "0.054", "0.068", "",
            ])
    }

    /// Fatalities are descriptive: 7 in 2 weeks against 21 in 3 weeks, ratio (21/3)/(7/2) = 2, no test.
    @Test func fatalitiesAreDescriptive() throws {
        let row = try Self.table().rows[1]
        #expect(row.indicator == "fatalities" && row.test == nil && row.adjustedP == nil)
        #expect(row.rateRatio == 2)
        #expect(RateComparisonTable.cells(row)[6...] == ["2.00", "", "descriptive", "", ""])
    }

    /// Benjamini–Hochberg over the five tested rows (the region without events has no test). By hand, with
    /// p sorted 2.668e-7, 0.0024955, 0.0256 (= 0.4⁴: no other outcome of Binomial(4, 0.6) is as unlikely),
    /// 0.054133, 1: q = 5p/1, 5p/2, 5p/3 = 0.042667, 5p/4 = 0.067667, 1 (each already below the next one).
    @Test func benjaminiHochbergMarks() throws {
        let rows = try Self.table().rows.filter { $0.indicator == "events" }
        let expected: [(String, Double?, String)] = [
            ("Double", 0.05413323357373907 * 5 / 4, ""), ("Equal", 1, ""), ("Surge", 2.668265355001223e-07 * 5, "**"),
            ("New", 0.0024955494399999992 * 5 / 2, "**"), ("Gone", 0.0256 * 5 / 3, "*"), ("Quiet", nil, ""),
        ]
        #expect(rows.map(\.region) == expected.map(\.0))
        for (row, (region, q, mark)) in zip(rows, expected) {
            if let q {
                #expect(row.adjustedP!.isClose(to: q, relativeTolerance: 1e-9), "\(region)")
            } else {
                #expect(row.adjustedP == nil)
            }
            #expect(row.mark == mark, "\(region)")
        }
        #expect(try Self.table().testCount == 5)
    }

    /// Only B has events: ratio and upper limit ∞; neither has: "no events"; only A: ratio 0.
    @Test func edgeRows() throws {
        let rows = try Self.table().rows.filter { $0.indicator == "events" }
        let new = rows[3], gone = rows[4], quiet = rows[5]
        #expect(new.rateRatio == .infinity && new.interval!.upper == .infinity)
        #expect(new.interval!.lower.isClose(to: 1.8523982203721052, relativeTolerance: 1e-7))
        #expect(RateComparisonTable.cells(new)[6...7] == ["∞", "1.85–∞"])
        #expect(gone.rateRatio == 0 && gone.interval!.lower == 0)
        #expect(gone.interval!.upper.isClose(to: 1.009911239577294, relativeTolerance: 1e-7))
        #expect(quiet.rateRatio == nil && quiet.test == nil)
        #expect(
            RateComparisonTable.cells(quiet) == [
                "Quiet", "events", "0", "0", "0.00", "0.00", "no events", "", "", "", "",
            ])
    }

    @Test(arguments: [
        ("2025-01-01", "2025-03-01..2025-03-31", "period A '2025-01-01' is not a range"),
        ("2025-01-31..2025-01-01", "2025-03-01..2025-03-31", "period A '2025-01-31..2025-01-01' ends before it starts"),
        (
            "2025-01-01..2025-01-31", "2025-03-01..2025-13-01",
            "period B '2025-03-01..2025-13-01': '2025-13-01' is not a date"
        ),
        (
            "2025-01-01..2025-01-31", "2025-01-31..2025-02-28",
            "periods A 2025-01-01..2025-01-31 and B 2025-01-31..2025-02-28 overlap"
        ),
        ("2025-01-01..2025-01-31", "2025-01-01...2025-02-28", "period B '2025-01-01...2025-02-28'"),
    ])
    func badPeriods(a: String, b: String, message: String) {
        do {
            _ = try ComparisonPeriods(a: a, b: b)
            Issue.record("\(a) \(b) accepted")
        } catch {
            #expect(error.description.hasPrefix(message), "\(error)")
        }
    }

    /// B may come before A in time.
    @Test func periodsInEitherOrder() throws {
        let periods = try ComparisonPeriods(a: "2025-03-01..2025-03-31", b: "2025-01-01..2025-01-31")
        #expect(periods.b.last < periods.a.first)
    }

    static func incident(_ id: Int, _ date: String, _ region: String, _ type: EventType, actor: String, side: Side)
        -> Incident
    {
        Incident(
            source: "test", sourceID: String(id), date: Day(parsing: date)!, location: Location(admin1: region),
            eventType: type, actors: [Actor(name: actor, side: side, role: .initiator)],
            fatalities: Fatalities(best: 1))
    }

    /// Mopti: 10 battles by JNIM in A, 30 in B; Gao: 4 events of violence against civilians by FAMa in A, none
    /// in B; one battle outside both periods (ignored). Regional tests: Mopti's events, violent events and
    /// battles (p = 0.054133 each) and Gao's events, violent events, violence against civilians and attacks on
    /// civilians (p = 0.0256 each), m = 7. By hand: Gao's q = min over ranks ≥ 4 = 0.0256 × 7 / 4 = 0.0448
    /// (`*`), Mopti's q = 0.054133 × 7 / 7 (not significant). So no significant rise, and Gao falls.
    @Test func documentOnCraftedIncidents() throws {
        var incidents: [Incident] = []
        for i in 0..<10 {
            let day = Day(parsing: "2025-01-04")!.adding(days: i)
            incidents.append(Self.incident(i, day.description, "Mopti", .battles, actor: "JNIM", side: .insurgent))
        }
        for i in 0..<30 {
            let day = Day(parsing: "2025-02-01")!.adding(days: i % 21)
            incidents.append(
                Self.incident(100 + i, day.description, "Mopti", .battles, actor: "JNIM", side: .insurgent))
        }
        for i in 0..<4 {
            incidents.append(
                Self.incident(200 + i, "2025-01-1\(i)", "Gao", .violenceAgainstCivilians, actor: "FAMa", side: .state))
        }
        incidents.append(Self.incident(300, "2025-01-25", "Gao", .battles, actor: "FAMa", side: .state))
        let comparison = try PeriodComparison(
            incidents: incidents, periods: Self.periods, summaries: [], sources: ["crafted.jsonl"], theatre: nil,
            level: .admin1)
        let national = comparison.national.rows.first { $0.indicator == "events" }!
        #expect(national.countA == 14 && national.countB == 30)
        #expect(national.rateRatio!.isClose(to: 10.0 / 7, relativeTolerance: 1e-12))
        let gao = comparison.regional.rows.first { $0.region == "Gao" && $0.indicator == "events" }!
        #expect(gao.adjustedP!.isClose(to: 0.0256 * 7 / 4, relativeTolerance: 1e-9) && gao.mark == "*")
        let mopti = comparison.regional.rows.first { $0.region == "Mopti" && $0.indicator == "events" }!
        #expect(mopti.adjustedP!.isClose(to: 0.05413323357373907, relativeTolerance: 1e-9))
        #expect(comparison.regional.testCount == 7)
        let text = comparison.markdown
        #expect(text.contains("- **Mali: 7.0 → 10.0 events per week** (+43%), ratio 1.43"))
        #expect(text.contains("- **No significant rise** in events in any region (q < 0.05)."))
        #expect(
            text.contains("- **Largest significant fall: Gao**, 2.0 → 0.0 events per week (ratio 0.00, q = 0.045)."))
        #expect(
            text.contains(
                "| Battles | 10 | 30 | 5.00 | 10.00 | +5.00 |\n"
                    + "| Violence against civilians | 4 | 0 | 2.00 | 0.00 | -2.00 |"
            ))
        #expect(
            text.contains(
                "| JNIM | insurgent | 10 | 30 | 5.00 | 10.00 | +5.00 |\n| FAMa | state | 4 | 0 | 2.00 | 0.00 | -2.00 |")
        )
        #expect(text.contains("; 14 events in A, 30 in B."))
        #expect(
            text.contains(
                "| Gao | 2.00 → 0.00 | * | Violence against civilians (-2.00 /wk) | FAMa (-2.00 /wk) |\n\n"
                    + "## Methods"))
    }

    /// A period running past the last event is flagged: its days without data lower its rate.
    @Test func periodBeyondTheDataIsFlagged() throws {
        let incidents = [
            Self.incident(1, "2025-01-05", "Gao", .battles, actor: "JNIM", side: .insurgent),
            Self.incident(2, "2025-02-02", "Gao", .battles, actor: "JNIM", side: .insurgent),
        ]
        let periods = try ComparisonPeriods(a: "2025-01-01..2025-01-31", b: "2025-02-01..2025-02-28")
        let text = try PeriodComparison(
            incidents: incidents, periods: periods, summaries: [], sources: ["x.jsonl"], theatre: nil, level: .admin1
        ).markdown
        #expect(
            text.contains(
                "- **Coverage:** period A (2025-01-01..2025-01-31) reaches outside the data (2025-01-05 to"
                    + " 2025-02-02)"))
        #expect(text.contains("- **Coverage:** period B (2025-02-01..2025-02-28) reaches outside the data"))
        #expect(text.contains("- **No theatre:**"))
    }
}

extension Double {
    /// |self − other| ≤ relativeTolerance × max(|self|, |other|) (the rule of swift-numerics'
    /// `isApproximatelyEqual`, which this test target does not link).
    fileprivate func isClose(to other: Double, relativeTolerance: Double) -> Bool {
        abs(self - other) <= relativeTolerance * Swift.max(abs(self), abs(other))
    }
}
