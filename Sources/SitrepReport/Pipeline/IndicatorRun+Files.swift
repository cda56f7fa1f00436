import SitrepCore
import SitrepIngest
import SitrepTimeSeries
import Synchronization

extension IndicatorRun {
    /// What reading one file gave: a part per thread, and the file's summary and issues, with the lines they
    /// name counted from the top of the file.
    struct FileRead {
        var parts: [Part]
        var summary: ReadSummary
        var issues: IssueLog
    }

    /// Where a thread reads next: the byte range whose records it reads and the line number of its first
    /// record (0 for a chunk after the first, whose lines are renumbered once every chunk is read).
    typealias Stretch = (range: Range<Int>, firstLine: Int)

    /// Reads one ACLED file: in chunks on two threads when it is at least `parallelThreshold` bytes
    /// (`readInChunks`), else, or when a guessed chunk boundary was wrong, on this thread.
    func read(path: String) throws -> FileRead {
        let reader = try ACLEDReader(path: path)
        let range = reader.dataRange, firstLine = reader.firstDataLine
        if range.count >= parallelThreshold, let chunked = readInChunks(path: path, range: range, firstLine: firstLine)
        {
            return chunked
        }
        var whole: (summary: ReadSummary, issues: IssueLog)?
        var stretches = [(range, firstLine)].makeIterator()
        let part = try readStretches(reader, next: { stretches.next() }, finished: { whole = ($0, $1) })
        return FileRead(parts: [part], summary: whole!.summary, issues: whole!.issues)
    }

    /// Reads `range` of an ACLED file in chunks of about `chunkSize` bytes that two threads take in turn, so
    /// that neither waits long for the other at the end, however the machine shares its cores; `nil` when a
    /// chunk did not start at a record boundary, or a thread failed (the caller then reads the file on one
    /// thread, which reports any error).
    ///
    /// Chunk k (k ≥ 1) starts at the first line break after `range.lowerBound + k × chunkSize`: a guess, wrong
    /// when that line break lies inside a quoted field (or a record is longer than a chunk). A guess is right
    /// exactly when the chunk before ended there (its last record runs past its end to the line break that
    /// closes it); `ChunkLedger` checks this as chunks finish, and stops handing out chunks at the first wrong
    /// guess. Each thread counts all its chunks into one part; each chunk keeps its own summary and issues,
    /// whose lines are numbered from the chunk's start and renumbered here, in file order.
    func readInChunks(path: String, range: Range<Int>, firstLine: Int) -> FileRead? {
        let chunkCount = max(1, (range.count + chunkSize - 1) / chunkSize)
        let ledger = Mutex(ChunkLedger(count: chunkCount))
        let outcomes = concurrentOutcomes(2) { _ in
            let reader = try ACLEDReader(path: path)
            func start(of chunk: Int) throws -> Int {
                guard chunk > 0 else { return range.lowerBound }
                guard chunk < chunkCount else { return range.upperBound }
                return min(try reader.recordBoundary(near: range.lowerBound + chunk * chunkSize), range.upperBound)
            }
            var taken: (chunk: Int, start: Int)?
            var read: [(chunk: Int, summary: ReadSummary, issues: IssueLog)] = []
            let part = try readStretches(
                reader,
                next: {
                    guard let chunk = ledger.withLock({ $0.take() }) else { return nil }
                    let first = try start(of: chunk)
                    taken = (chunk, first)
                    return (first..<(try start(of: chunk + 1)), chunk == 0 ? firstLine : 0)
                },
                finished: { summary, issues in
                    let (chunk, first) = taken!
                    ledger.withLock { $0.finish(chunk, start: first, end: summary.endOffset) }
                    read.append((chunk, summary, issues))
                })
            return (part, read)
        }
        guard !ledger.withLock({ $0.misplacedStart }), let threads = try? outcomes.map({ try $0.get() }) else {
            return nil
        }
        var file = FileRead(parts: threads.map(\.0), summary: ReadSummary(file: path), issues: IssueLog())
        var linesBefore = 0
        for chunk in threads.flatMap(\.1).sorted(by: { $0.chunk < $1.chunk }) {
            var summary = chunk.summary
            summary.nextLine += linesBefore
            file.summary.merge(summary)
            file.issues.merge(chunk.issues, lineOffset: linesBefore)
            linesBefore = summary.nextLine
        }
        return file
    }

    /// Reads the records of each stretch `next` gives, until it gives `nil`, placing, grouping and counting
    /// every event into one `Part` (with one decoding, so names are interned and actors resolved once);
    /// `finished` gets each stretch's summary and issues.
    func readStretches(
        _ reader: borrowing ACLEDReader, next: () throws -> Stretch?, finished: (ReadSummary, IssueLog) -> Void
    ) throws -> Part {
        let decoding = ACLEDDecoding(dictionary: theatre?.actors, internsAdmin2: level.usesAdmin2)
        if extractNotes { decoding.notes = NotesExtractor() }
        var placement = theatre.map { EventPlacement(network: $0.corridors) }
        var counter = RecordCounter(run: self)
        while let stretch = try next() {
            var issues = IssueLog()
            let summary = try reader.forEachEvent(
                in: stretch.range, firstLine: stretch.firstLine, decoding: decoding, issues: &issues
            ) { record in
                placement?.place(&record)
                counter.add(record, admin1Names: decoding.regions, admin2Names: decoding.admin2)
            }
            finished(summary, issues)
        }
        var part = counter.part(admin1Names: decoding.regions, admin2Names: decoding.admin2)
        part.unmappedActors = decoding.unmappedActors
        return part
    }
}

/// The chunks of a file that threads read in turn: which chunk is next, and whether every chunk started where
/// the one before it ended.
struct ChunkLedger {
    private var next = 0
    /// Where each finished chunk's first record started and its last record ended.
    private var spans: [(start: Int, end: Int)?]
    /// Whether a chunk started somewhere other than where the chunk before it ended: inside a record.
    private(set) var misplacedStart = false

    init(count: Int) { spans = Array(repeating: nil, count: count) }

    var count: Int { spans.count }

    /// The next chunk to read, or `nil` when all are taken or a chunk started inside a record.
    mutating func take() -> Int? {
        guard !misplacedStart, next < count else { return nil }
        defer { next += 1 }
        return next
    }

    /// Records that `chunk` read from `start` to `end`, and checks it against its finished neighbours.
    mutating func finish(_ chunk: Int, start: Int, end: Int) {
        spans[chunk] = (start, end)
        if chunk > 0, let before = spans[chunk - 1], before.end != start { misplacedStart = true }
        if chunk + 1 < count, let after = spans[chunk + 1], after.start != end { misplacedStart = true }
    }
}
