import SitrepCore
import SitrepIngest
import SitrepReport
import SitrepStore
import SitrepTimeSeries
import Testing

/// `--db` must give what `--input` gives on the same files.
@Suite struct EquivalenceTests {
    @Test(arguments: [PeriodKind.week, .month])
    func storeAndFilesAggregateIdentically(period: PeriodKind) throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let a = SyntheticACLED(events: 4000, seed: 3).text
        // A second file with other ids (MLI prefix replaced) so that both files add incidents.
        let b = SyntheticACLED(events: 1500, seed: 4).text.split(separator: "\n", omittingEmptySubsequences: false)
            .enumerated().map { index, line in
                index == 0 || line.isEmpty ? String(line) : "X" + line
            }.joined(separator: "\n")
        let files = [try scratch.write("a.csv", a), try scratch.write("b.csv", b)]
        let store = try scratch.store()
        _ = try store.ingest(files.map { .init(path: $0, format: .acled) })
        #expect(try store.counts().current == 5500)

        let run = IndicatorRun(calendar: PeriodCalendar(kind: period, weekStart: .saturday))
        let direct = try run.run(files: files)
        let viaStore = try run.run(
            incidents: { body in try store.forEachCurrentIncident(body) }, summaries: direct.summaries)
        #expect(viaStore.table == direct.table)
        #expect(viaStore.firstDay == direct.firstDay)
        #expect(viaStore.lastDay == direct.lastDay)
        #expect(IndicatorTableRendering.csv(viaStore.table) == IndicatorTableRendering.csv(direct.table))

        // Read in two halves by key through two connections on two threads, in store order: the same tables.
        let halves = try store.keyHalves()
        #expect(halves.count == 2 && halves[0].upperBound + 1 == halves[1].lowerBound)
        let stores = [store, try IncidentStore(path: store.path)]
        let feeds: [IndicatorRun.RecordFeed] = zip(stores, halves).map { store, keys in
            { records, body in try store.forEachCurrentRecord(keys: keys, records: &records, body) }
        }
        var halvesSeen = 0
        for (half, keys) in zip(stores, halves) {
            var records = IncidentRecords(theatre: nil)
            try half.forEachCurrentRecord(keys: keys, records: &records) { _, _ in halvesSeen += 1 }
        }
        #expect(halvesSeen == 5500)
        let split = try IndicatorRun.run([run], recordFeeds: feeds, summaries: direct.summaries)[0]
        #expect(split.table == direct.table)
        #expect(split.firstDay == direct.firstDay && split.lastDay == direct.lastDay)
        if period == .week {
            let sources = try store.sourceFiles()
            func briefing(_ run: IndicatorRun.Result, _ sources: [String]) throws -> String {
                let data = BriefingData(
                    weekly: run, monthly: nil, corridors: nil, incidents: [], changes: nil, theatre: nil,
                    sources: sources)
                return try WeeklyBriefing(data: data, week: nil).markdown
            }
            #expect(try briefing(viaStore, sources) == briefing(direct, files))
        }
    }

    @Test func incidentToEventRecord() {
        var records = IncidentRecords(theatre: nil)
        let incident = Incident(
            source: "acled", sourceID: "x", date: Day(year: 2025, month: 1, day: 2)!, datePrecision: .month,
            location: Location(admin1: "Gao"), eventType: .riots, fatalities: Fatalities(best: 3))
        let record = records.record(for: incident)
        var expected = EventRecord(
            day: Day(year: 2025, month: 1, day: 2)!, datePrecision: .month, eventType: .riots, admin1: 0, fatalities: 3)
        expected.locationPrecision = .exact
        #expect(record == expected)
        var empty = incident
        empty.location.admin1 = ""
        #expect(records.record(for: empty).admin1 == EventRecord.none)
    }
}
