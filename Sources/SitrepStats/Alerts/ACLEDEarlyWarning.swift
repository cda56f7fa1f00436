/// ACLED's published early-warning rules, applied to a series of counts of violent events.
///
/// "Violent events" are Battles, Explosions/Remote violence, Violence against civilians, Riots, and the
/// Protests sub-event "Excessive force against protesters"; the caller counts them. Each rule looks at one
/// point of a series and the points before it, never after, so it can run on any week of history.
public enum ACLEDEarlyWarning {
    /// Change Level bands, relative change of this week against a baseline average.
    public enum ChangeBand: String, Sendable, CaseIterable {
        case largeIncrease = "large increase"
        case moderateIncrease = "moderate increase"
        case limitedChange = "limited change"
        case largeDecrease = "large decrease"
    }

    /// **Surge**: this week's count is at least 100 % above (twice) the average of the previous 4 weeks.
    /// Only series averaging at least 1 event a week over those 4 weeks are eligible. Fires `high`.
    /// Returns `nil` when fewer than 4 earlier weeks exist.
    public static func surge(weekly: [Double], at index: Int) -> AlertDecision? {
        guard index >= 4, index < weekly.count else { return nil }
        let baseline = Descriptive.windowMean(weekly[(index - 4)..<index])
        let value = weekly[index]
        let fired = baseline >= 1 && value >= 2 * baseline
        return AlertDecision(rule: "acled_surge", severity: fired ? .high : nil, value: value, baseline: baseline)
    }

    /// **Change Level**: this week against the average of the previous `baselineWeeks` weeks (ACLED uses 4
    /// and 52). Relative change c = (value − average) / average, in percent:
    /// c > +25 large increase; +10 ≤ c ≤ +25 moderate increase; −25 ≤ c < +10 limited change; c < −25 large
    /// decrease. A place averaging 2 events or fewer with 5 or fewer this week is "limited change" whatever
    /// c is (ACLED's low-activity floor); with a zero average and more than 5 events it is a large increase.
    /// Large increases fire `medium`, moderate ones `low`; decreases and limited change do not fire.
    /// Returns `nil` when the full baseline window is not available.
    public static func changeLevel(weekly: [Double], at index: Int, baselineWeeks: Int) -> AlertDecision? {
        guard baselineWeeks > 0, index >= baselineWeeks, index < weekly.count else { return nil }
        let baseline = Descriptive.windowMean(weekly[(index - baselineWeeks)..<index])
        let value = weekly[index]
        let band: ChangeBand
        if baseline <= 2 && value <= 5 {
            band = .limitedChange
        } else if baseline == 0 {
            band = .largeIncrease
        } else {
            let change = (value - baseline) / baseline * 100
            switch change {
            case let c where c > 25: band = .largeIncrease
            case let c where c >= 10: band = .moderateIncrease
            case let c where c >= -25: band = .limitedChange
            default: band = .largeDecrease
            }
        }
        let severity: AlertDecision.Severity? =
            switch band {
            case .largeIncrease: .medium
            case .moderateIncrease: .low
            case .limitedChange, .largeDecrease: nil
            }
        return AlertDecision(
            rule: "acled_change_level_\(baselineWeeks)w", severity: severity, value: value, baseline: baseline,
            band: band.rawValue)
    }

    /// **Threat**: last month's count is at least 100 % above (twice) the monthly average of the 12 months
    /// before it. Fires `medium`. Returns `nil` without 12 earlier months. A zero average never fires
    /// (there is no level to double).
    public static func threat(monthly: [Double], at index: Int) -> AlertDecision? {
        guard index >= 12, index < monthly.count else { return nil }
        let baseline = Descriptive.windowMean(monthly[(index - 12)..<index])
        let value = monthly[index]
        let fired = baseline > 0 && value >= 2 * baseline
        return AlertDecision(rule: "acled_threat", severity: fired ? .medium : nil, value: value, baseline: baseline)
    }

    /// **Volatility**: at least 6 of the 52 weeks ending with this one are at 2 or more standard deviations
    /// above the baseline, where the baseline is the mean of those 52 weeks and the standard deviation is
    /// their sample standard deviation (n − 1). Fires `low`. `value` is the number of such weeks and
    /// `baseline` the threshold mean + 2 SD. Returns `nil` without 52 weeks.
    public static func volatility(weekly: [Double], at index: Int) -> AlertDecision? {
        guard index >= 51, index < weekly.count else { return nil }
        let window = weekly[(index - 51)...index]
        let average = Descriptive.windowMean(window)
        let variance = window.reduce(0) { $0 + ($1 - average) * ($1 - average) } / Double(window.count - 1)
        let threshold = average + 2 * variance.squareRoot()
        let spikes = window.filter { variance > 0 && $0 >= threshold }.count
        return AlertDecision(
            rule: "acled_volatility", severity: spikes >= 6 ? .low : nil, value: Double(spikes), baseline: threshold)
    }
}
