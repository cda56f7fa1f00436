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
    /// Counts per region id, each a dense run of periods.
    private var series: [PeriodSeries] = []
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
        let region = Int(record.admin1)
        if region >= series.count {
            series.append(contentsOf: repeatElement(PeriodSeries(), count: region - series.count + 1))
        }
        series[region].add(record, key: period, step: calendar.kind == .week ? 7 : 1)
    }

    /// Counts per region name and period key (for building tables and merging).
    public func countsByName(regions: NameTable) -> [String: [Int32: IndicatorCounts]] {
        var result: [String: [Int32: IndicatorCounts]] = [:]
        let step = calendar.kind == .week ? 7 : 1
        for (region, periods) in series.enumerated() where !periods.counts.isEmpty {
            var byKey = result[regions.names[region], default: [:]]
            for (index, counts) in periods.counts.enumerated() where counts.events > 0 {
                byKey[periods.firstKey + Int32(index * step), default: IndicatorCounts()].merge(counts)
            }
            result[regions.names[region]] = byKey
        }
        return result
    }
}

/// The counts of one region over a contiguous run of periods that grows to cover every period seen.
struct PeriodSeries: Sendable {
    var firstKey: Int32 = 0
    var counts: [IndicatorCounts] = []

    mutating func add(_ record: EventRecord, key: Int32, step: Int) {
        if counts.isEmpty {
            firstKey = key
            counts.append(IndicatorCounts())
        }
        var index = Int(key - firstKey) / step
        if index < 0 {
            // Grow at the front by at least the current length, so that repeated growth stays amortised O(1).
            let grow = max(-index, counts.count)
            counts.insert(contentsOf: repeatElement(IndicatorCounts(), count: grow), at: 0)
            firstKey -= Int32(grow * step)
            index += grow
        } else if index >= counts.count {
            counts.append(contentsOf: repeatElement(IndicatorCounts(), count: max(index - counts.count + 1, counts.count)))
        }
        counts[index].add(record)
    }
}
