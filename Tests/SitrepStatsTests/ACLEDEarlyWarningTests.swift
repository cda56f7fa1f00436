import Testing
import SitrepStats

/// ACLED's early-warning rules against hand computation.
@Suite struct ACLEDEarlyWarningTests {
    /// Previous 4 weeks 3, 5, 4, 4 average 4; a surge needs at least 8.
    @Test(arguments: [(8.0, true), (7.0, false), (12.0, true)])
    func surgeNeedsDoubleTheFourWeekAverage(value: Double, fires: Bool) throws {
        let decision = try #require(ACLEDEarlyWarning.surge(weekly: [9, 3, 5, 4, 4, value], at: 5))
        #expect(decision.baseline == 4)
        #expect(decision.value == value)
        #expect(decision.fired == fires)
    }

    /// Averages below one event a week are not eligible: 0, 1, 0, 2 average 0.75, so 5 does not fire.
    @Test func surgeIgnoresQuietPlaces() throws {
        let decision = try #require(ACLEDEarlyWarning.surge(weekly: [0, 1, 0, 2, 5], at: 4))
        #expect(decision.baseline == 0.75)
        #expect(!decision.fired)
        #expect(ACLEDEarlyWarning.surge(weekly: [1, 2, 3, 9], at: 3) == nil)
    }

    /// Baseline 10 (four weeks of 10): the bands at their edges.
    @Test(arguments: [
        (13.0, "large increase"), (12.5, "moderate increase"), (11.0, "moderate increase"), (10.9, "limited change"),
        (7.5, "limited change"), (7.4, "large decrease"), (0.0, "large decrease"),
    ])
    func changeLevelBands(value: Double, band: String) throws {
        let decision = try #require(ACLEDEarlyWarning.changeLevel(weekly: [10, 10, 10, 10, value], at: 4, baselineWeeks: 4))
        #expect(decision.band == band)
        #expect(decision.baseline == 10)
    }

    /// The low-activity floor: average 2 with 5 this week is limited change (+150 % otherwise);
    /// average 2 with 6 is a large increase; zero average with 6 is a large increase.
    @Test func changeLevelFloor() throws {
        #expect(ACLEDEarlyWarning.changeLevel(weekly: [2, 2, 2, 2, 5], at: 4, baselineWeeks: 4)?.band == "limited change")
        #expect(ACLEDEarlyWarning.changeLevel(weekly: [2, 2, 2, 2, 6], at: 4, baselineWeeks: 4)?.band == "large increase")
        #expect(ACLEDEarlyWarning.changeLevel(weekly: [0, 0, 0, 0, 6], at: 4, baselineWeeks: 4)?.band == "large increase")
        let long = Array(repeating: 4.0, count: 52) + [6]
        let decision = try #require(ACLEDEarlyWarning.changeLevel(weekly: long, at: 52, baselineWeeks: 52))
        #expect(decision.rule == "acled_change_level_52w")
        #expect(decision.band == "large increase" && decision.severity == .medium)  // +50 %
    }

    /// Twelve months averaging 5 (sum 60): 10 fires, 9 does not.
    @Test func threatComparesWithTheYear() throws {
        let year: [Double] = [4, 6, 5, 5, 3, 7, 5, 5, 4, 6, 5, 5]
        #expect(ACLEDEarlyWarning.threat(monthly: year + [10], at: 12)?.fired == true)
        #expect(ACLEDEarlyWarning.threat(monthly: year + [9], at: 12)?.fired == false)
        #expect(ACLEDEarlyWarning.threat(monthly: year + [9], at: 12)?.baseline == 5)
        #expect(ACLEDEarlyWarning.threat(monthly: year, at: 11) == nil)
    }

    /// 46 weeks of 1 and 6 weeks of 10: mean m = 106/52 = 2.0385; Σ(x − m)² = 46·1.0385² + 6·7.9615²
    /// = 429.923; sample SD = √(429.923/51) = 2.9034; threshold m + 2 SD = 7.8453 (Python's
    /// statistics.stdev agrees), so the six weeks of 10 exceed it and the rule fires. With five weeks of 10
    /// the threshold is 7.2236 and only five weeks exceed it.
    @Test func volatilityCountsSpikes() throws {
        let quiet = Array(repeating: 1.0, count: 46)
        let decision = try #require(ACLEDEarlyWarning.volatility(weekly: quiet + Array(repeating: 10, count: 6), at: 51))
        #expect(decision.value == 6)
        #expect(abs(decision.baseline - 7.845307241041783) < 1e-12)
        #expect(decision.fired)
        let five = try #require(ACLEDEarlyWarning.volatility(weekly: Array(repeating: 1.0, count: 47) + Array(repeating: 10, count: 5), at: 51))
        #expect(!five.fired)
        #expect(ACLEDEarlyWarning.volatility(weekly: Array(repeating: 3, count: 52), at: 51)?.value == 0)
    }
}
