import SitrepCore
import SitrepIngest
import SitrepTimeSeries
import Testing

/// The accumulator's cells (compact 32-bit counts plus 64-bit overflow) against the plain sum of
/// `IndicatorCounts.add` over the same events.
@Suite struct IndicatorAccumulatorTests {
    /// Random events over three regions and a few weeks, with every field that counts varied; a share of them
    /// carry fatalities near `Int32.max` so that 32-bit cells overflow and spill many times, and some carry
    /// negative fatalities (a store can hold any Int32), which the compact cell refuses.
    static func events(count: Int, seed: UInt64) -> [EventRecord] {
        var generator = SeededGenerator(seed: seed)
        let start = Day(year: 2025, month: 9, day: 1)!
        return (0..<count).map { _ in
            let fatalities: Int32 =
                switch Int.random(in: 0..<10, using: &generator) {
                case 0: Int32.max - Int32.random(in: 0..<3, using: &generator)
                case 1: -Int32.random(in: 1...5, using: &generator)
                default: Int32.random(in: 0...30, using: &generator)
                }
            var record = EventRecord(
                day: Day(number: start.number + Int32.random(in: 0..<60, using: &generator)),
                datePrecision: DatePrecision.allCases.randomElement(using: &generator)!,
                eventType: Bool.random(using: &generator) ? EventType.allCases.randomElement(using: &generator) : nil,
                admin1: Int32.random(in: -1...2, using: &generator), fatalities: fatalities)
            record.subEventType = SubEventType.allCases.randomElement(using: &generator)
            record.actor1Side = Side.allCases.randomElement(using: &generator)
            record.actor2Side = Side.allCases.randomElement(using: &generator)
            record.locationPrecision = LocationPrecision.allCases.randomElement(using: &generator)
            if Int.random(in: 0..<4, using: &generator) == 0 {
                record.corridor = Int8.random(in: 0..<6, using: &generator)
                record.blockadeWeight = Float.random(in: 0...2, using: &generator)
                record.fatalitiesStateSide = Int32.random(in: 0...3, using: &generator)
                record.weaponsCapturedByInsurgents = Int32.random(in: 0...9, using: &generator)
            }
            return record
        }
    }

    @Test(arguments: [1 as UInt64, 2, 3])
    func cellsEqualThePlainSumOfTheirEvents(seed: UInt64) {
        let calendar = PeriodCalendar(kind: .week)
        var accumulator = IndicatorAccumulator(calendar: calendar)
        var expected: [Int32: [Int32: IndicatorCounts]] = [:]
        for record in Self.events(count: 4_000, seed: seed) {
            accumulator.add(record)
            guard record.admin1 != EventRecord.none else { continue }
            expected[record.admin1, default: [:]][calendar.key(of: record.day), default: IndicatorCounts()].add(record)
        }
        var cells = 0
        for (region, periods) in expected {
            for (key, counts) in periods {
                #expect(accumulator.counts(region: Int(region), key: key) == counts)
                cells += 1
            }
        }
        // Sums that only 64 bits hold were reached, so the overflow rule was exercised.
        #expect(expected.values.flatMap(\.values).contains { $0.fatalities > Int64(UInt32.max) })
        #expect(cells > 20)
    }

    /// A copy of an accumulator keeps its counts when the original goes on adding (the compact cells are
    /// copied on write).
    @Test func copiesDoNotShareCells() {
        var accumulator = IndicatorAccumulator(calendar: PeriodCalendar(kind: .week))
        let record = EventRecord(
            day: Day(year: 2025, month: 10, day: 1)!, eventType: .battles, admin1: 0, fatalities: 7)
        accumulator.add(record)
        let copy = accumulator
        accumulator.add(record)
        let key = PeriodCalendar(kind: .week).key(of: record.day)
        #expect(copy.counts(region: 0, key: key)?.fatalities == 7)
        #expect(accumulator.counts(region: 0, key: key)?.fatalities == 14)
    }
}
