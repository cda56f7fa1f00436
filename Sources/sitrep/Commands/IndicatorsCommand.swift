public import ArgumentParser
public import SitrepCore
import SitrepReport
import SitrepTimeSeries

struct IndicatorsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "indicators",
        abstract: "Aggregate incidents into indicators per region and week or month.",
        discussion: """
            One row per region and period, dense (a region with no event in a period has a zero row), sorted
            by region then period. Weeks run Saturday to Friday (ACLED's convention) unless
            --week-start monday gives ISO weeks; a period is named by its first day.

            Rows: --by admin1 (as coded, or post-2023 regions with --regions new), admin2, corridor (supply
            corridors into Bamako, with days since the last attack) or zone (--zone NAME: a corridor's buffer,
            or a radius of --zone-radius km around a place). Events whose coordinates only stand for their
            region (ACLED geo_precision 3) are never placed on a corridor, zone or admin2; stderr says how many.
            The theatre (regions, crosswalk, places, corridors, actor sides) is read from --theatre, by default
            Notebooks-data/theatres/mali under the current directory or the executable's.

            COLUMNS
            """
                + (IndicatorColumn.all + [IndicatorColumn.daysSinceLastAttack])
                .map { "  \($0.name): \($0.definition)" }.joined(separator: "\n")
    )

    enum Level: String, ExpressibleByArgument, CaseIterable { case admin1, admin2, corridor, zone }
    enum Regions: String, ExpressibleByArgument, CaseIterable { case old, new }
    enum Format: String, ExpressibleByArgument, CaseIterable { case csv, json, md }

    @OptionGroup var inputs: InputOptions
    @Option(help: "Rows: regional level, corridor or zone.") var by: Level = .admin1
    @Option(help: "Zone for --by zone: a corridor name or a place name.") var zone: String?
    @Option(help: "Radius in km of a zone around a place.") var zoneRadius: Double = 25
    @Option(help: "admin1 regions: as coded (old) or re-assigned to the 2023 regions (new).") var regions: Regions =
        .old
    @OptionGroup var theatreOptions: TheatreOptions
    @Option(help: "Period length.") var period: PeriodKind = .week
    @Option(help: "First day of the week.") var weekStart: WeekStartOption = .saturday
    @Option(help: "First day to count (YYYY-MM-DD); the series starts in its period.") var from: Day?
    @Option(help: "Last day to count (YYYY-MM-DD); the series ends in its period.") var to: Day?
    @Option(help: "Output format.") var format: Format = .csv
    @Option(help: "Output file (default: standard output).") var out: String?

    func validate() throws {
        if let from, let to, from > to { throw ValidationError("--from \(from) is after --to \(to).") }
        if by == .zone, zone == nil { throw ValidationError("--by zone needs --zone NAME (a corridor or a place).") }
        if by != .zone, zone != nil { throw ValidationError("--zone is only used with --by zone.") }
        guard zoneRadius > 0 else { throw ValidationError("--zone-radius must be positive.") }
    }

    /// The theatre; required for rows other than the coded admin1 regions.
    func loadTheatre() throws -> Theatre? {
        try theatreOptions.load(required: by != .admin1 || regions == .new ? "--by \(by.rawValue) / --regions new" : nil)
    }

    func level(in theatre: Theatre?) throws -> RegionGrouping.Level {
        switch by {
        case .admin1: return regions == .new ? .newRegions(theatre!.crosswalk) : .admin1
        case .admin2: return .admin2
        case .corridor: return .corridor(theatre!.corridors.corridors.map(\.name))
        case .zone:
            let network = theatre!.corridors
            if let index = network.corridorIndex(named: zone!) {
                let corridor = network.corridors[index]
                return .zone(.init(name: corridor.name, shape: .corridor(corridor.path, bufferKm: network.bufferKm)))
            }
            if let place = theatre!.gazetteer.place(named: zone!) {
                return .zone(.init(name: place.name, shape: .radius(center: place.point, km: zoneRadius)))
            }
            throw ValidationError(
                "--zone \(zone!): neither a corridor nor a place of \(theatre!.directory)"
                    + " (corridors.json, places.json)."
            )
        }
    }

    func run() throws {
        let calendar = PeriodCalendar(kind: period, weekStart: weekStart.weekStart)
        let theatre = try loadTheatre()
        var indicatorRun = IndicatorRun(calendar: calendar, from: from, through: to)
        indicatorRun.theatre = theatre
        indicatorRun.level = try level(in: theatre)
        let result = try CommandErrors.reporting { try inputs.run(indicatorRun).result }
        let text: String
        switch format {
        case .csv: text = IndicatorTableRendering.csv(result.table)
        case .json: text = IndicatorTableRendering.json(result.table)
        case .md: text = IndicatorTableRendering.markdown(result.table)
        }
        try CommandErrors.reporting { try FileOutput.write(text, to: out) }
        if result.leftOutImprecise > 0 {
            StandardError.print(
                "\(result.leftOutImprecise) events with region-level coordinates were not placed by their coordinates")
        }
        if result.approximateReassignments > 0 {
            StandardError.print(
                "\(result.approximateReassignments) events without a known cercle were re-assigned"
                    + " by their old region's name"
            )
        }
        if theatre != nil, !result.unmappedActors.isEmpty {
            StandardError.print(
                "\(result.unmappedActors.count) actor names have no side in actors.json: "
                    + result.unmappedActors.prefix(10).joined(separator: "; "))
        }
        try IssueReporting.report(summaries: result.summaries, issues: result.issues, options: inputs)
    }
}

extension PeriodKind: ExpressibleByArgument {}
