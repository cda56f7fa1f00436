public import SitrepCore
public import SitrepIngest
import SitrepTimeSeries

extension IndicatorRun {
    /// Aggregates incidents (from the store, a JSON Lines or UCDP file, or any other source) as `run(files:)`
    /// aggregates the rows of an ACLED file: each incident becomes an `EventRecord`
    /// (`IncidentRecords.record(for:)`), is placed on the corridors and grouped
    /// like a row, and goes through the same accumulator and table.
    ///
    /// - Parameters:
    ///   - feed: calls its argument once per incident.
    ///   - summaries: what to report as read and skipped (for a store: its current incidents and its
    ///     quarantined rows), shown in the coverage lines.
    public func run(
        incidents feed: ((Incident) -> Void) throws -> Void, summaries: [ReadSummary], issues: IssueLog = IssueLog()
    ) throws -> Result {
        result(of: [try aggregate(feed)], summaries: summaries, issues: issues)
    }

    /// Aggregates a sequence of incidents (see `run(incidents:summaries:issues:)`).
    public func run(incidents: some Sequence<Incident>, summaries: [ReadSummary]) throws -> Result {
        try run(incidents: { body in incidents.forEach(body) }, summaries: summaries)
    }

    /// Several aggregations of the same incidents (e.g. weekly, monthly and per corridor) from one pass over
    /// `feed`, so that a store is read once. Each incident is converted and placed on the corridors once, with
    /// the first run's theatre (the runs must share it), then grouped and counted by every run. Results come in
    /// the order of `runs`.
    public static func run(
        _ runs: [IndicatorRun], incidents feed: ((Incident) -> Void) throws -> Void, summaries: [ReadSummary]
    ) throws -> [Result] {
        try aggregate(runs, feed).map { run, part in run.result(of: [part], summaries: summaries, issues: IssueLog()) }
    }

    /// Gives every record once to its second argument, made with the `IncidentRecords` it is handed and
    /// passed with it (the name tables the record's ids point into; `inout` so that it is passed without a
    /// copy), as a store's `forEachCurrentRecord(keys:records:_:)` does.
    public typealias RecordFeed =
        @Sendable (inout IncidentRecords, (EventRecord, inout IncidentRecords) -> Void) throws -> Void

    /// `run(_:incidents:summaries:)` over feeds of records that together give every incident's record once
    /// (e.g. two ranges of a store), each aggregated on its own thread; the parts merge by region name, so
    /// the results equal those of one feed of incidents. No feed at all (an empty store) gives empty results.
    public static func run(_ runs: [IndicatorRun], recordFeeds feeds: [RecordFeed], summaries: [ReadSummary]) throws
        -> [Result]
    {
        let feeds: [RecordFeed] = feeds.isEmpty ? [{ _, _ in }] : feeds
        let parts = try concurrentOutcomes(feeds.count) { try aggregate(runs, records: feeds[$0]) }.map { try $0.get() }
        return runs.indices.map { index in
            runs[index].result(of: parts.map { $0[index].part }, summaries: summaries, issues: IssueLog())
        }
    }

    /// The incidents `feed` gives, aggregated into one `Part`.
    func aggregate(_ feed: ((Incident) -> Void) throws -> Void) throws -> Part {
        try Self.aggregate([self], feed)[0].part
    }

    /// Each incident becomes an `EventRecord` (`IncidentRecords.record(for:)`) and is counted as in
    /// `aggregate(_:records:)`.
    static func aggregate(_ runs: [IndicatorRun], _ feed: ((Incident) -> Void) throws -> Void) throws
        -> [(run: IndicatorRun, part: Part)]
    {
        var records = IncidentRecords(theatre: runs.first?.theatre)
        var counting = RunCounting(runs)
        try feed { incident in counting.add(records.record(for: incident), names: &records) }
        return counting.parts(names: records)
    }

    /// Each record is placed like an ACLED row and goes to every run's grouping and accumulator. The records
    /// are made with the first run's theatre (the runs must share it).
    static func aggregate(
        _ runs: [IndicatorRun],
        records feed: (inout IncidentRecords, (EventRecord, inout IncidentRecords) -> Void) throws -> Void
    ) throws -> [(run: IndicatorRun, part: Part)] {
        var records = IncidentRecords(theatre: runs.first?.theatre)
        var counting = RunCounting(runs)
        try feed(&records) { record, names in counting.add(record, names: &names) }
        return counting.parts(names: records)
    }
}

/// Several runs counting the same records: each record is placed on the corridors once, with the first run's
/// theatre, then counted by every run.
struct RunCounting {
    var placement: EventPlacement?
    var counters: [RecordCounter]

    init(_ runs: [IndicatorRun]) {
        placement = runs.first?.theatre.map { EventPlacement(network: $0.corridors) }
        counters = runs.map(RecordCounter.init(run:))
    }

    /// Places and counts `record`, whose ids point into `names`' tables (`inout` so that it is passed
    /// without a copy; it is only read).
    mutating func add(_ record: EventRecord, names: inout IncidentRecords) {
        var record = record
        placement?.place(&record)
        for index in counters.indices {
            counters[index].add(record, admin1Names: names.regions, admin2Names: names.admin2)
        }
    }

    mutating func parts(names: IncidentRecords) -> [(run: IndicatorRun, part: IndicatorRun.Part)] {
        counters.indices.map { index in
            (counters[index].run, counters[index].part(admin1Names: names.regions, admin2Names: names.admin2))
        }
    }
}

/// One run's grouping and counts of the records it is given (from an ACLED file's decoding or from incidents),
/// with the first and last day counted.
struct RecordCounter {
    let run: IndicatorRun
    var accumulator: IndicatorAccumulator
    var grouping: RegionGrouping
    let regroups: Bool
    var firstDay = Day(number: .max), lastDay = Day(number: .min)

    init(run: IndicatorRun) {
        self.run = run
        accumulator = IndicatorAccumulator(calendar: run.calendar, dateFilter: run.dateFilter)
        grouping = RegionGrouping(level: run.level)
        regroups = run.level.regroups
    }

    /// The record given last, counted when the next one arrives (or by `part`): its cell is prefetched on
    /// arrival, so that counting it a record later seldom waits for memory (the cells of a year of weeks of
    /// every region outgrow the core's cache, and rows come in no order).
    var pending: (record: EventRecord, key: Int32)?

    /// Counts `record`, regrouped first when the run's level is not the source's admin1; the name tables (read
    /// only then) are those the record's ids point into.
    @inline(__always)
    mutating func add(
        _ record: EventRecord, admin1Names: @autoclosure () -> NameTable, admin2Names: @autoclosure () -> NameTable
    ) {
        if regroups {
            var regrouped = record
            regrouped.admin1 = grouping.key(for: record, admin1Names: admin1Names(), admin2Names: admin2Names())
            enqueue(regrouped)
        } else {
            enqueue(record)
        }
    }

    /// Prefetches `record`'s cell, counts the pending record and makes `record` the pending one.
    @inline(__always)
    private mutating func enqueue(_ record: EventRecord) {
        let key = accumulator.calendar.key(of: record.day)
        accumulator.prefetchCell(of: record, key: key)
        if let previous = pending { count(previous.record, key: previous.key) }
        pending = (record, key)
    }

    /// Counts `record`, of period `key`, and widens the span of days counted when the date filter keeps it.
    @inline(__always)
    private mutating func count(_ record: EventRecord, key: Int32) {
        if accumulator.add(record, key: key) {
            if record.day < firstDay { firstDay = record.day }
            if record.day > lastDay { lastDay = record.day }
        }
    }

    /// The counts so far, with the pending record counted.
    mutating func part(admin1Names: NameTable, admin2Names: NameTable) -> IndicatorRun.Part {
        if let previous = pending {
            count(previous.record, key: previous.key)
            pending = nil
        }
        var part = IndicatorRun.Part(
            accumulator: accumulator, names: grouping.names(admin1Names: admin1Names, admin2Names: admin2Names),
            leftOutImprecise: grouping.leftOutImprecise,
            approximateReassignments: grouping.approximateReassignments)
        if firstDay <= lastDay {
            part.firstDay = firstDay
            part.lastDay = lastDay
        }
        return part
    }
}
