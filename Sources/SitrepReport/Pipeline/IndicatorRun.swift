public import SitrepCore
public import SitrepIngest
public import SitrepTimeSeries

/// Reads one or more ACLED files and aggregates them into an `IndicatorTable`.
public struct IndicatorRun: Sendable {
    public var calendar: PeriodCalendar
    public var from: Day?
    public var through: Day?

    /// - Parameters:
    ///   - from: first day counted (and the first period shown); all when `nil`.
    ///   - through: last day counted (and the last period shown); all when `nil`.
    public init(calendar: PeriodCalendar, from: Day? = nil, through: Day? = nil) {
        self.calendar = calendar
        self.from = from
        self.through = through
    }

    var dateFilter: DateRange? {
        guard from != nil || through != nil else { return nil }
        return DateRange(first: from ?? Day(number: .min), last: through ?? Day(number: .max))
    }

    /// The result: the table, a summary per file, and the rows that could not be used.
    public struct Result: Sendable {
        public var table: IndicatorTable
        public var summaries: [ReadSummary]
        public var issues: IssueLog
        /// Last event day seen (inside the date filter).
        public var lastDay: Day?
        public var firstDay: Day?
    }

    public func run(files: [String]) throws -> Result {
        var parts: [(IndicatorAccumulator, NameTable)] = []
        var summaries: [ReadSummary] = []
        var issues = IssueLog()
        var firstDay: Day?, lastDay: Day?
        for path in files {
            let reader = try ACLEDReader(path: path)
            var regions = NameTable()
            var accumulator = IndicatorAccumulator(calendar: calendar, dateFilter: dateFilter)
            let filter = dateFilter
            summaries.append(
                try reader.forEachEvent(regions: &regions, issues: &issues) { record in
                    accumulator.add(record)
                    if filter?.contains(record.day) ?? true {
                        if firstDay.map({ record.day < $0 }) ?? true { firstDay = record.day }
                        if lastDay.map({ record.day > $0 }) ?? true { lastDay = record.day }
                    }
                })
            parts.append((accumulator, regions))
        }
        let table = IndicatorTable(merging: parts, calendar: calendar, from: from, through: through)
        return Result(table: table, summaries: summaries, issues: issues, lastDay: lastDay, firstDay: firstDay)
    }
}
