public import SitrepCore

/// Sums events into `IndicatorCounts` per region and calendar period.
///
/// Region ids are those of the `NameTable` the records were decoded with. Accumulators built on parts of
/// the data (one per thread, one per file) merge by region name, so the result does not depend on how
/// the data was split.
public struct IndicatorAccumulator: Sendable {
    public let calendar: PeriodCalendar
    /// Only events on days in this range are counted (all when `nil`).
    public let dateFilter: DateRange?
    /// Counts keyed by `region << 32 | period key` (region + 1, so that "no region" is 0).
    private var cells: [Int64: IndicatorCounts] = [:]
    /// Smallest and largest period key of any counted event, with or without a region.
    public private(set) var firstKey: Int32 = .max
    public private(set) var lastKey: Int32 = .min
    /// Events counted but in no region (empty admin1).
    public private(set) var eventsWithoutRegion: Int64 = 0
    /// Events left out by the date filter.
    public private(set) var eventsOutsideDates: Int64 = 0

    public init(calendar: PeriodCalendar, dateFilter: DateRange? = nil) {
        self.calendar = calendar
        self.dateFilter = dateFilter
    }

    @inlinable
    static func cellKey(region: Int32, period: Int32) -> Int64 {
        Int64(region &+ 1) << 32 | Int64(UInt32(bitPattern: period))
    }

    public mutating func add(_ record: EventRecord) {
        if let dateFilter, !dateFilter.contains(record.day) {
            eventsOutsideDates += 1
            return
        }
        let period = calendar.key(of: record.day)
        if period < firstKey { firstKey = period }
        if period > lastKey { lastKey = period }
        guard record.admin1 != EventRecord.none else {
            eventsWithoutRegion += 1
            return
        }
        cells[IndicatorAccumulator.cellKey(region: record.admin1, period: period), default: IndicatorCounts()].add(record)
    }

    /// Counts per region name and period key (for building tables and merging).
    public func countsByName(regions: NameTable) -> [String: [Int32: IndicatorCounts]] {
        var result: [String: [Int32: IndicatorCounts]] = [:]
        for (key, counts) in cells {
            let region = Int(key >> 32) - 1
            let period = Int32(bitPattern: UInt32(truncatingIfNeeded: key))
            result[regions.names[region], default: [:]][period, default: IndicatorCounts()].merge(counts)
        }
        return result
    }
}
