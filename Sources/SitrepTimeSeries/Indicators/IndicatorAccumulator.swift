public import SitrepCore

/// Sums events into `IndicatorCounts` per region and calendar period.
///
/// Region ids are those of the `NameTable` the records were decoded with. Accumulators built on parts of
/// the data (one per thread, file or store range) are merged by region name when `IndicatorTable(merging:)`
/// reads their cells, so the result does not depend on how the data was split.
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

    /// Counts `record` (in no region's cell when it has none); returns `false` when the date filter leaves it
    /// out.
    @discardableResult
    public mutating func add(_ record: EventRecord) -> Bool {
        if let dateFilter, !dateFilter.contains(record.day) {
            eventsOutsideDates += 1
            return false
        }
        let period = calendar.key(of: record.day)
        if period < firstKey { firstKey = period }
        if period > lastKey { lastKey = period }
        guard record.admin1 != EventRecord.none else {
            eventsWithoutRegion += 1
            return true
        }
        let region = Int(record.admin1)
        if region >= series.count {
            series.append(contentsOf: repeatElement(PeriodSeries(), count: region - series.count + 1))
        }
        series[region].add(record, key: period, step: step)
        return true
    }

    /// Days between consecutive period keys (periods are keyed by their first day; months by month number).
    private var step: Int { calendar.kind == .week ? 7 : 1 }

    /// Ids (in the records' name table) of the regions that had events.
    public var regionsWithEvents: [Int] { series.indices.filter { !series[$0].counts.isEmpty } }

    /// The counts of region `region` in period `key`, or `nil` when no event fell there.
    public func counts(region: Int, key: Int32) -> IndicatorCounts? {
        guard region < series.count else { return nil }
        return series[region].counts(at: key, step: step)
    }
}

/// The counts of one region over a contiguous run of periods that grows to cover every period seen.
///
/// The run grows by what a new period needs plus an eighth of its length (at least 64 periods), into an
/// array of exactly that size, so it never holds much more than the periods seen (memory stays bounded by
/// the span of the data, not by the doubling of an array's capacity) and growth stays amortised O(1).
struct PeriodSeries: Sendable {
    var firstKey: Int32 = 0
    var counts: [IndicatorCounts] = []

    mutating func add(_ record: EventRecord, key: Int32, step: Int) {
        counts[index(of: key, step: step)].add(record)
    }

    /// The counts of period `key`, or `nil` when it lies outside the run or had no event.
    func counts(at key: Int32, step: Int) -> IndicatorCounts? {
        guard !counts.isEmpty, key >= firstKey else { return nil }
        let index = Int(key - firstKey) / step
        guard index < counts.count, counts[index].events > 0 else { return nil }
        return counts[index]
    }

    /// The index of period `key` in `counts`, growing the run to cover it.
    private mutating func index(of key: Int32, step: Int) -> Int {
        if counts.isEmpty {
            firstKey = key
            counts = [IndicatorCounts()]
        }
        let index = Int(key - firstKey) / step
        if index >= 0 && index < counts.count { return index }
        let slack = max(64, counts.count / 8)
        let grow = (index < 0 ? -index : index - counts.count + 1) + slack
        var larger: [IndicatorCounts] = []
        larger.reserveCapacity(counts.count + grow)
        if index < 0 {
            larger.append(contentsOf: repeatElement(IndicatorCounts(), count: grow))
            larger.append(contentsOf: counts)
            firstKey -= Int32(grow * step)
            counts = larger
            return index + grow
        }
        larger.append(contentsOf: counts)
        larger.append(contentsOf: repeatElement(IndicatorCounts(), count: grow))
        counts = larger
        return index
    }
}
