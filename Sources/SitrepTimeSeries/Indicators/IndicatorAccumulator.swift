internal import CMemoryHints
public import SitrepCore

/// Sums events into `IndicatorCounts` per region and calendar period.
///
/// Region ids are those of the `NameTable` the records were decoded with. Accumulators built on parts of
/// the data (one per thread, file or store range) are merged by region name when `IndicatorTable(merging:)`
/// reads their cells, so the result does not depend on how the data was split.
///
/// The cells are one grid, a row per region id and a column per period, held in one array: counting an event
/// computes its column from its day, checks the array once for uniqueness and adds in place. The grid covers
/// every period counted and grows, by what a new period needs plus an eighth of its width (at least 64
/// periods), when one falls outside it, so growth stays amortised O(1) and the grid never holds much more than
/// the span of the data.
public struct IndicatorAccumulator: Sendable {
    public let calendar: PeriodCalendar
    /// Only events on days in this range are counted (all when `nil`).
    public let dateFilter: DateRange?
    /// `cells[region * columns + column]`: the counts of region `region` in the period `column` periods after
    /// `gridFirstKey`.
    private var cells: [IndicatorCounts] = []
    private var rows = 0
    private var columns = 0
    private var gridFirstKey: Int32 = 0
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
    public mutating func add(_ record: EventRecord) -> Bool { add(record, key: calendar.key(of: record.day)) }

    /// `add(_:)` with the record's period key (`calendar.key(of: record.day)`) already known.
    @discardableResult
    public mutating func add(_ record: EventRecord, key: Int32) -> Bool {
        if let dateFilter, !dateFilter.contains(record.day) {
            eventsOutsideDates += 1
            return false
        }
        if key < firstKey { firstKey = key }
        if key > lastKey { lastKey = key }
        guard record.admin1 != EventRecord.none else {
            eventsWithoutRegion += 1
            return true
        }
        let region = Int(record.admin1)
        cells[cellIndex(region: region, key: key) ?? makeRoom(region: region, key: key)].add(record)
        return true
    }

    /// Starts loading the cell that `record`, of period `key`, would be counted in, when it exists: a hint, which
    /// changes no count. Counting the record a little later then seldom waits for memory.
    public func prefetchCell(of record: EventRecord, key: Int32) {
        guard let index = cellIndex(region: Int(record.admin1), key: key) else { return }
        // The lines every event writes: the first 128 bytes of the cell.
        cells.withUnsafeBytes { cells in
            let cell = cells.baseAddress! + index * MemoryLayout<IndicatorCounts>.stride
            sitrep_prefetch_for_write(cell)
            sitrep_prefetch_for_write(cell + 64)
            sitrep_prefetch_for_write(cell + 127)
        }
    }

    /// Ids (in the records' name table) of the regions that had events.
    public var regionsWithEvents: [Int] {
        (0..<rows).filter { region in cells[region * columns..<(region + 1) * columns].contains { $0.events > 0 } }
    }

    /// The counts of region `region` in period `key`, or `nil` when no event fell there.
    public func counts(region: Int, key: Int32) -> IndicatorCounts? {
        guard let index = cellIndex(region: region, key: key), cells[index].events > 0 else { return nil }
        return cells[index]
    }

    /// The index in `cells` of region `region`'s counts in period `key`, or `nil` when the grid does not cover
    /// them.
    @inline(__always)
    private func cellIndex(region: Int, key: Int32) -> Int? {
        let column = self.column(of: key)
        guard region >= 0, region < rows, column >= 0, column < columns else { return nil }
        return region &* columns &+ column
    }

    /// The grid column of period `key` (outside `0..<columns` when the grid does not cover it).
    @inline(__always)
    private func column(of key: Int32) -> Int {
        let offset = Int(key) &- Int(gridFirstKey)
        // The calendar's two steps as constants, so that the division is a multiplication.
        return calendar.keyStep == 7 ? offset / 7 : offset
    }

    /// Grows the grid to hold region `region` and period `key`; returns the index of their cell.
    private mutating func makeRoom(region: Int, key: Int32) -> Int {
        if columns == 0 {
            gridFirstKey = key
            columns = 64
        }
        var column = self.column(of: key)
        if column < 0 || column >= columns {
            let slack = max(64, columns / 8)
            let before = column < 0 ? -column + slack : 0
            let width = max(columns, column + 1) + before + (column >= columns ? slack : 0)
            var grown = Array(repeating: IndicatorCounts(), count: rows * width)
            for row in 0..<rows {
                let from = row * columns, to = row * width + before
                grown[to..<to + columns] = cells[from..<from + columns]
            }
            cells = grown
            columns = width
            gridFirstKey -= Int32(before) * calendar.keyStep
            column += before
        }
        if region >= rows {
            cells.append(contentsOf: repeatElement(IndicatorCounts(), count: (region + 1 - rows) * columns))
            rows = region + 1
        }
        return region * columns + column
    }
}
