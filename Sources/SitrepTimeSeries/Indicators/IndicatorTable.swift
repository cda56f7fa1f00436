public import SitrepCore

/// Indicators per region and period, dense: every region has a row for every period from the first to the
/// last period holding an event (zeros where it had none). Rows are sorted by region name (by Unicode code
/// point, as Python's `sorted` does) and then by period.
public struct IndicatorTable: Sendable, Equatable {
    public struct Row: Sendable, Equatable {
        public var region: String
        public var periodStart: Day
        public var counts: IndicatorCounts
    }

    /// The level regions are named at (`admin1`, …): the first column's name.
    public var regionLevel: String
    public var calendar: PeriodCalendar
    public var regions: [String]
    /// First day of each period, in order.
    public var periods: [Day]
    /// `regions.count × periods.count` rows, region-major.
    public var rows: [Row]
    /// Events in no region (empty admin1); they still widen the period range.
    public var eventsWithoutRegion: Int64
    public var eventsOutsideDates: Int64

    /// Builds the dense table from the parts accumulated over one or more files or chunks.
    ///
    /// - Parameters:
    ///   - from: when given, periods start at the one holding this day instead of the first event's.
    ///   - through: when given, periods end at the one holding this day instead of the last event's.
    public init(
        regionLevel: String = "admin1", merging parts: [(IndicatorAccumulator, NameTable)], calendar: PeriodCalendar,
        from: Day? = nil, through: Day? = nil
    ) {
        // Each part's cells are read in place (no dictionary of cells is built): the table's rows are the only
        // copy of the counts, which keeps the peak of memory low on long, wide data.
        var firstKey = Int32.max, lastKey = Int32.min
        var withoutRegion: Int64 = 0, outside: Int64 = 0
        var regionIDs: [String: [(part: Int, id: Int)]] = [:]
        for (index, (accumulator, names)) in parts.enumerated() {
            firstKey = min(firstKey, accumulator.firstKey)
            lastKey = max(lastKey, accumulator.lastKey)
            withoutRegion += accumulator.eventsWithoutRegion
            outside += accumulator.eventsOutsideDates
            for id in accumulator.regionsWithEvents { regionIDs[names.names[id], default: []].append((index, id)) }
        }
        if let from { firstKey = calendar.key(of: from) }
        if let through { lastKey = calendar.key(of: through) }
        let keys = calendar.keys(from: firstKey, through: lastKey)
        self.regionLevel = regionLevel
        self.calendar = calendar
        self.regions = regionIDs.keys.sorted { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) }
        self.periods = keys.map(calendar.firstDay(ofKey:))
        self.eventsWithoutRegion = withoutRegion
        self.eventsOutsideDates = outside
        let accumulators = parts.map(\.0)
        var rows: [Row] = []
        rows.reserveCapacity(regions.count * keys.count)
        for region in regions {
            let sources = regionIDs[region]!
            for (column, key) in keys.enumerated() {
                var counts = IndicatorCounts()
                for source in sources {
                    if let cell = accumulators[source.part].counts(region: source.id, key: key) { counts.merge(cell) }
                }
                rows.append(Row(region: region, periodStart: periods[column], counts: counts))
            }
        }
        self.rows = rows
    }

    /// The rows of one region, in period order.
    public func series(of region: String) -> ArraySlice<Row> {
        guard let index = regions.firstIndex(of: region) else { return [] }
        return rows[(index * periods.count)..<((index + 1) * periods.count)]
    }

    /// Sum over all regions per period.
    public var totals: [IndicatorCounts] {
        var totals = Array(repeating: IndicatorCounts(), count: periods.count)
        for (index, row) in rows.enumerated() { totals[index % max(periods.count, 1)].merge(row.counts) }
        return totals
    }
}
