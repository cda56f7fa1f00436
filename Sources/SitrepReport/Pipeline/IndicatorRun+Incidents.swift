public import SitrepCore
public import SitrepIngest
import SitrepTimeSeries

extension IndicatorRun {
    /// Aggregates incidents (from the store, a JSON Lines or UCDP file, or any other source) as `run(files:)`
    /// aggregates the rows of an ACLED file: each incident becomes an `EventRecord`
    /// (`EventRecord.init(incident:regions:admin2Names:theatre:)`), is placed on the corridors and grouped
    /// like a row, and goes through the same accumulator and table.
    ///
    /// - Parameters:
    ///   - feed: calls its argument once per incident.
    ///   - summaries: what to report as read and skipped (for a store: its current incidents and its
    ///     quarantined rows), shown in the coverage lines.
    public func run(
        incidents feed: ((Incident) -> Void) throws -> Void, summaries: [ReadSummary], issues: IssueLog = IssueLog()
    ) throws -> Result {
        let part = try aggregate(feed)
        let table = IndicatorTable(
            regionLevel: RegionGrouping(level: level).levelName, merging: [(part.accumulator, part.names)],
            calendar: calendar, from: from, through: through)
        return Result(
            table: table, summaries: summaries, issues: issues, firstDay: part.firstDay, lastDay: part.lastDay,
            leftOutImprecise: part.leftOutImprecise, approximateReassignments: part.approximateReassignments)
    }

    /// Aggregates a sequence of incidents (see `run(incidents:summaries:issues:)`).
    public func run(incidents: some Sequence<Incident>, summaries: [ReadSummary]) throws -> Result {
        try run(incidents: { body in incidents.forEach(body) }, summaries: summaries)
    }

    /// Several aggregations of the same incidents (e.g. weekly, monthly and per corridor) from one pass over
    /// `feed`, so that a store is read once. Results come in the order of `runs`.
    public static func run(
        _ runs: [IndicatorRun], incidents feed: ((Incident) -> Void) throws -> Void, summaries: [ReadSummary]
    ) throws -> [Result] {
        var aggregators = runs.map(IncidentAggregator.init(run:))
        try feed { incident in
            for index in aggregators.indices { aggregators[index].add(incident) }
        }
        return zip(runs, aggregators).map { run, aggregator in
            let part = aggregator.part
            let table = IndicatorTable(
                regionLevel: RegionGrouping(level: run.level).levelName, merging: [(part.accumulator, part.names)],
                calendar: run.calendar, from: run.from, through: run.through)
            return Result(
                table: table, summaries: summaries, issues: IssueLog(), firstDay: part.firstDay, lastDay: part.lastDay,
                leftOutImprecise: part.leftOutImprecise, approximateReassignments: part.approximateReassignments)
        }
    }

    /// The incidents `feed` gives, aggregated into one `Part`.
    func aggregate(_ feed: ((Incident) -> Void) throws -> Void) throws -> Part {
        var aggregator = IncidentAggregator(run: self)
        try feed { aggregator.add($0) }
        return aggregator.part
    }
}

/// One aggregation of incidents, added one at a time: each becomes an `EventRecord`, gets its sides and
/// corridor from the theatre, is placed and grouped like an ACLED row, and is counted.
struct IncidentAggregator {
    let run: IndicatorRun
    var regions = NameTable(), admin2 = NameTable()
    var accumulator: IndicatorAccumulator
    let placement: EventPlacement?
    var grouping: RegionGrouping
    let filter: DateRange?
    var firstDay = Day(number: .max), lastDay = Day(number: .min)
    /// The theatre's actor dictionary folds and matches a name on each lookup; each name is looked up once.
    var sides: [String: Side?] = [:]

    init(run: IndicatorRun) {
        self.run = run
        accumulator = IndicatorAccumulator(calendar: run.calendar, dateFilter: run.dateFilter)
        placement = run.theatre.map { EventPlacement(network: $0.corridors) }
        grouping = RegionGrouping(level: run.level)
        filter = run.dateFilter
    }

    mutating func add(_ incident: Incident) {
        // The record is built without the theatre, which then gives what `EventRecord(incident:…)` takes from
        // it: the side of the first initiator and first target without a side of their own, and the corridor
        // of a corridor-segment location.
        var record = EventRecord(incident: incident, regions: &regions, admin2Names: &admin2, theatre: nil)
        if let theatre = run.theatre {
            record.actor1Side = side(of: incident, .initiator, in: theatre)
            record.actor2Side = side(of: incident, .target, in: theatre)
            let location = incident.location
            if location.precision == .corridorSegment, let ends = location.segment,
                let corridor = theatre.corridorIndex(forSegment: ends)
            {
                record.corridor = Int8(corridor)
            }
        }
        placement?.place(&record)
        if run.level.regroups { record.admin1 = grouping.key(for: record, admin1Names: regions, admin2Names: admin2) }
        accumulator.add(record)
        if filter?.contains(record.day) ?? true {
            if record.day < firstDay { firstDay = record.day }
            if record.day > lastDay { lastDay = record.day }
        }
    }

    mutating func side(of incident: Incident, _ role: Actor.Role, in theatre: Theatre) -> Side? {
        guard let actor = incident.actors.first(where: { $0.role == role }) else { return nil }
        if let side = actor.side { return side }
        if let known = sides[actor.name] { return known }
        let side = theatre.actors.side(of: actor.name)
        sides[actor.name] = side
        return side
    }

    var part: IndicatorRun.Part {
        var part = IndicatorRun.Part(
            accumulator: accumulator, names: grouping.names(admin1Names: regions, admin2Names: admin2),
            summary: ReadSummary(file: ""), leftOutImprecise: grouping.leftOutImprecise,
            approximateReassignments: grouping.approximateReassignments)
        if firstDay <= lastDay {
            part.firstDay = firstDay
            part.lastDay = lastDay
        }
        return part
    }
}
