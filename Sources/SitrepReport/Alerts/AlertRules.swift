/// Every rule Sitrep applies, with the one-line definition printed in the methods sections.
public enum AlertRules {
    /// The rules that fit a model each week; their record covers the last `AlertEngine.refittedRuleRecordWeeks`
    /// weeks judged.
    public static let refitted: Set<String> = [
        "count_exceedance", "change_point_rise", "trend_12w", "balance_of_force_shift",
    ]
    /// The rule without a record (it judges months, not weeks).
    public static let untracked: Set<String> = ["acled_threat"]

    public static let definitions: [(rule: String, definition: String)] = [
        (
            "acled_surge",
            "ACLED Surge: violent events this week at least 100% above the average of the previous 4 weeks, in regions averaging at least 1 a week (high)."
        ),
        (
            "acled_change_level_4w",
            "ACLED Change Level against the 4-week average: large increase above +25% (medium), moderate +10% to +25% (low); regions averaging 2 or fewer with 5 or fewer this week are limited change."
        ),
        ("acled_change_level_52w", "ACLED Change Level against the 52-week average, same bands and floor."),
        (
            "acled_threat",
            "ACLED Threat: violent events in the last complete month at least 100% above the monthly average of the 12 months before (medium)."
        ),
        (
            "acled_volatility",
            "ACLED Volatility: at least 6 of the last 52 weeks at 2 or more standard deviations above that year's mean (low)."
        ),
        (
            "count_exceedance",
            "Sitrep: P(Y >= this week's violent events) under a negative binomial (NB2, ML) fitted to the previous 52 weeks, Benjamini-Hochberg adjusted across regions; fires at q < 0.05 (medium), q < 0.01 (high)."
        ),
        (
            "change_point_rise",
            "Sitrep: PELT (Poisson cost, BIC penalty, minimum segment 4 weeks) on the last 104 weeks of violent events finds a change in the last 4 weeks that raises the mean by at least 50% (medium)."
        ),
        (
            "trend_12w",
            "Sitrep: quasi-Poisson trend of violent events over the last 12 weeks rising with p < 0.05 (low)."
        ),
        (
            "blockade_pressure_p90",
            "Sitrep: blockade pressure on Bamako's corridors this week above the 90th percentile of the previous 52 weeks (medium; high above the maximum)."
        ),
        (
            "balance_of_force_shift",
            "Sitrep: PELT (normal mean cost, BIC penalty, minimum segment 4 weeks) on the weekly balance-of-force index finds a change in the last 4 weeks (medium)."
        ),
    ]
}
