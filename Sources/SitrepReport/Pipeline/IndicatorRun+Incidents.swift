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

    /// The incidents `feed` gives, aggregated into one `Part`.
    func aggregate(_ feed: ((Incident) -> Void) throws -> Void) throws -> Part {
        var regions = NameTable(), admin2 = NameTable()
        var accumulator = IndicatorAccumulator(calendar: calendar, dateFilter: dateFilter)
        let placement = theatre.map { EventPlacement(network: $0.corridors) }
        var grouping = RegionGrouping(level: level)
        let filter = dateFilter
        var firstDay = Day(number: .max), lastDay = Day(number: .min)
        // The theatre's actor dictionary folds and matches a name on each lookup; look each name up once.
        var sides: [String: Side?] = [:]
        try feed { incident in
            // The record is built without the theatre, which then gives what `EventRecord(incident:…)` takes
            // from it: the side of the first initiator and first target without a side of their own, and the
            // corridor of a corridor-segment location.
            var record = EventRecord(incident: incident, regions: &regions, admin2Names: &admin2, theatre: nil)
            if let theatre {
                func side(_ role: Actor.Role) -> Side? {
                    guard let actor = incident.actors.first(where: { $0.role == role }) else { return nil }
                    if let side = actor.side { return side }
                    if let known = sides[actor.name] { return known }
                    let side = theatre.actors.side(of: actor.name)
                    sides[actor.name] = side
                    return side
                }
                record.actor1Side = side(.initiator)
                record.actor2Side = side(.target)
                let location = incident.location
                if location.precision == .corridorSegment, let ends = location.segment,
                    let corridor = theatre.corridorIndex(forSegment: ends)
                {
                    record.corridor = Int8(corridor)
                }
            }
            placement?.place(&record)
            if level.regroups { record.admin1 = grouping.key(for: record, admin1Names: regions, admin2Names: admin2) }
            accumulator.add(record)
            if filter?.contains(record.day) ?? true {
                if record.day < firstDay { firstDay = record.day }
                if record.day > lastDay { lastDay = record.day }
            }
        }
        var part = Part(
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
