import SitrepCore
public import SitrepTimeSeries

/// The columns of `sitrep indicators`, each with its one-line definition (printed by `--help` and in the
/// methods section of reports).
public struct IndicatorColumn: Sendable {
    public var name: String
    public var definition: String
    public var value: @Sendable (IndicatorCounts) -> Int64

    /// The columns after the region and period columns, in output order. The first eight are the
    /// pandas peer's (`../shared/bench/reference_pandas.py`).
    public static let all: [IndicatorColumn] = [
        IndicatorColumn(name: "events", definition: "number of events in the period", value: { $0.events }),
        IndicatorColumn(
            name: "fatalities", definition: "sum of ACLED's best fatality estimates (empty counts as 0)",
            value: { $0.fatalities }),
    ]
        + EventType.allCases.map { type in
            IndicatorColumn(
                name: type.columnName, definition: "events of ACLED type '\(type.acledName)'",
                value: { $0.count(of: type) })
        }
        + [
            IndicatorColumn(
                name: "imprecise_dates",
                definition: "events dated only to a week or month (time_precision 2-3), counted in their coded date's period",
                value: { $0.impreciseDates })
        ]
}
