import SitrepCore

/// The counts of `IndicatorCounts` that every event may touch, 32 bits wide, so that a cell is one 64-byte
/// cache line.
///
/// Counting an event then touches one line of the accumulator (the region-week cells do not stay in cache
/// while the input streams through it), plus a line of the cell's `IndicatorCounts` only for the rarer
/// deaths by side, materiel and corridor incidents.
///
/// Overflow rule: every count is at most `events`, so `add` refuses an event when `events` is at `UInt32.max`
/// or the fatalities would pass `UInt32.max` (or are negative); the caller then moves the cell's counts into
/// its 64-bit `IndicatorCounts` (`widened`) and starts the cell again. Nothing is lost or wrapped.
struct CompactCounts: Sendable {
    var events: UInt32 = 0
    var fatalities: UInt32 = 0
    var byType: (UInt32, UInt32, UInt32, UInt32, UInt32, UInt32) = (0, 0, 0, 0, 0, 0)
    var impreciseDates: UInt32 = 0
    var violentEvents: UInt32 = 0
    var impreciseLocations: UInt32 = 0
    var insurgentAttacksOnState: UInt32 = 0
    var engagements: UInt32 = 0
    var attacksOnCivilians: UInt32 = 0
    var territoryOvertaken: UInt32 = 0
    var territoryRegained: UInt32 = 0

    /// Adds the event's counts (as `IndicatorCounts.addCounts` does) and returns `true`, or returns `false`
    /// and changes nothing when a count would overflow.
    mutating func add(_ record: EventRecord, classes: EventClasses) -> Bool {
        guard events < .max, record.fatalities >= 0 else { return false }
        let (sum, overflow) = fatalities.addingReportingOverflow(UInt32(record.fatalities))
        guard !overflow else { return false }
        events &+= 1
        fatalities = sum
        switch record.eventType {
        case .battles?: byType.0 &+= 1
        case .explosionsRemoteViolence?: byType.1 &+= 1
        case .violenceAgainstCivilians?: byType.2 &+= 1
        case .strategicDevelopments?: byType.3 &+= 1
        case .protests?: byType.4 &+= 1
        case .riots?: byType.5 &+= 1
        case nil: break
        }
        guard !classes.isEmpty else { return true }
        if classes.contains(.impreciseDate) { impreciseDates &+= 1 }
        if classes.contains(.violent) { violentEvents &+= 1 }
        if classes.contains(.impreciseLocation) { impreciseLocations &+= 1 }
        if classes.contains(.insurgentAttackOnState) { insurgentAttacksOnState &+= 1 }
        if classes.contains(.engagement) { engagements &+= 1 }
        if classes.contains(.attackOnCivilians) { attacksOnCivilians &+= 1 }
        if classes.contains(.territoryOvertaken) { territoryOvertaken &+= 1 }
        if classes.contains(.territoryRegained) { territoryRegained &+= 1 }
        return true
    }

    /// These counts in the 64-bit form (the fields this form does not hold are zero).
    var widened: IndicatorCounts {
        var counts = IndicatorCounts()
        counts.events = Int64(events)
        counts.fatalities = Int64(fatalities)
        counts.byType = (
            Int64(byType.0), Int64(byType.1), Int64(byType.2), Int64(byType.3), Int64(byType.4), Int64(byType.5)
        )
        counts.impreciseDates = Int64(impreciseDates)
        counts.violentEvents = Int64(violentEvents)
        counts.impreciseLocations = Int64(impreciseLocations)
        counts.insurgentAttacksOnState = Int64(insurgentAttacksOnState)
        counts.engagements = Int64(engagements)
        counts.attacksOnCivilians = Int64(attacksOnCivilians)
        counts.territoryOvertaken = Int64(territoryOvertaken)
        counts.territoryRegained = Int64(territoryRegained)
        return counts
    }
}

/// A fixed number of `CompactCounts`, zeroed, in memory aligned to 64 bytes so that each is one cache line
/// (an `Array`'s elements start 32 bytes into a 16-byte-aligned block).
final class CompactCountsStorage: @unchecked Sendable {
    let cells: UnsafeMutablePointer<CompactCounts>
    let count: Int

    init(count: Int) {
        self.count = count
        let raw = UnsafeMutableRawPointer.allocate(byteCount: max(count, 1) * 64, alignment: 64)
        cells = raw.initializeMemory(as: CompactCounts.self, repeating: CompactCounts(), count: max(count, 1))
    }

    /// A storage of `count` cells holding this one's cells from index `offset` on (the rest zero).
    func resized(to count: Int, movingBy offset: Int) -> CompactCountsStorage {
        let larger = CompactCountsStorage(count: count)
        (larger.cells + offset).update(from: cells, count: self.count)
        return larger
    }

    deinit { cells.deallocate() }
}
