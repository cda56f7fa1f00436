public import SitrepCore
public import SitrepIngest
public import SitrepTimeSeries

/// Reads one or more ACLED files and aggregates them into an `IndicatorTable`.
public struct IndicatorRun: Sendable {
    public var calendar: PeriodCalendar
    public var from: Day?
    public var through: Day?
    /// The theatre whose actor dictionary gives sides and whose corridors place incidents; none by default.
    public var theatre: Theatre?
    /// Which rows events count in (admin1 by default).
    public var level: RegionGrouping.Level = .admin1

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
        /// Events left out of admin2, corridor or zone rows because their coordinates stand for their region.
        public var leftOutImprecise: Int64 = 0
        /// Events re-assigned to a post-2023 region from their old region alone (`--regions new`, no cercle).
        public var approximateReassignments: Int64 = 0
        /// Actor names the theatre's dictionary does not cover.
        public var unmappedActors: [String] = []
    }

    public func run(files: [String]) throws -> Result {
        var parts: [(IndicatorAccumulator, NameTable)] = []
        var summaries: [ReadSummary] = []
        var issues = IssueLog()
        var firstDay: Day?, lastDay: Day?
        var leftOut: Int64 = 0, approximate: Int64 = 0
        var unmapped: Set<String> = []
        for path in files {
            let reader = try ACLEDReader(path: path)
            let decoding = ACLEDDecoding(dictionary: theatre?.actors, internsAdmin2: level.usesAdmin2)
            let placement = theatre.map { EventPlacement(network: $0.corridors) }
            var grouping = RegionGrouping(level: level)
            let regroups = level.regroups
            var accumulator = IndicatorAccumulator(calendar: calendar, dateFilter: dateFilter)
            let filter = dateFilter
            summaries.append(
                try reader.forEachEvent(decoding: decoding, issues: &issues) { decoded in
                    var record = decoded
                    placement?.place(&record)
                    if regroups {
                        record.admin1 = grouping.key(
                            for: record, admin1Names: decoding.regions, admin2Names: decoding.admin2)
                    }
                    accumulator.add(record)
                    if filter?.contains(record.day) ?? true {
                        if firstDay.map({ record.day < $0 }) ?? true { firstDay = record.day }
                        if lastDay.map({ record.day > $0 }) ?? true { lastDay = record.day }
                    }
                })
            parts.append((accumulator, grouping.names(admin1Names: decoding.regions, admin2Names: decoding.admin2)))
            leftOut += grouping.leftOutImprecise
            approximate += grouping.approximateReassignments
            unmapped.formUnion(decoding.unmappedActors)
        }
        let table = IndicatorTable(
            regionLevel: RegionGrouping(level: level).levelName, merging: parts, calendar: calendar, from: from,
            through: through)
        return Result(
            table: table, summaries: summaries, issues: issues, lastDay: lastDay, firstDay: firstDay,
            leftOutImprecise: leftOut, approximateReassignments: approximate, unmappedActors: unmapped.sorted())
    }
}
