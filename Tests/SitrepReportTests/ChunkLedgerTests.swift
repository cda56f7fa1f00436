import Testing

@testable import SitrepReport

@Suite struct ChunkLedgerTests {
    /// Chunks are handed out once each, in order, and finishing them where the next begins keeps the ledger
    /// clean, in whatever order they finish.
    @Test func chunksThatMeetAreAccepted() {
        var ledger = ChunkLedger(count: 3)
        #expect(ledger.take() == 0)
        #expect(ledger.take() == 1)
        ledger.finish(1, start: 100, end: 250)
        #expect(ledger.take() == 2)
        ledger.finish(2, start: 250, end: 400)
        ledger.finish(0, start: 0, end: 100)
        #expect(ledger.take() == nil)
        #expect(!ledger.misplacedStart)
    }

    /// A chunk whose start is not where the chunk before it ended (its guessed start was inside a record) is
    /// caught whichever of the two finishes first, and no chunk is handed out after that.
    @Test(arguments: [true, false])
    func aChunkStartingInsideARecordStopsTheRead(earlierFinishesFirst: Bool) {
        var ledger = ChunkLedger(count: 4)
        for expected in 0..<3 { #expect(ledger.take() == expected) }
        if earlierFinishesFirst {
            ledger.finish(1, start: 100, end: 260)
            #expect(!ledger.misplacedStart)
            ledger.finish(2, start: 250, end: 400)
        } else {
            ledger.finish(2, start: 250, end: 400)
            #expect(!ledger.misplacedStart)
            ledger.finish(1, start: 100, end: 260)
        }
        #expect(ledger.misplacedStart)
        #expect(ledger.take() == nil)
    }
}
