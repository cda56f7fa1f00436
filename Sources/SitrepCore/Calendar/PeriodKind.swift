/// The length of the calendar buckets that series are built on.
public enum PeriodKind: String, Sendable, CaseIterable, Codable {
    case week
    case month

    /// Name of the column that holds a bucket's first day in tables (`week_start`, `month_start`).
    public var startColumnName: String { "\(rawValue)_start" }
}
