import Dispatch
import Synchronization
public import SitrepCore
public import SitrepIngest
public import SitrepTimeSeries

/// Reads one or more ACLED files and aggregates them into an `IndicatorTable`.
///
/// A large file is read in two halves on two threads: the split is guessed at the first line break after
/// the middle, each half is aggregated on its own, and the parts are merged by region name. If the first
/// half's last record runs past the guessed split (the line break was inside a quoted field), the second
/// half is read again from where the first really ended, so the result never depends on the split.
public struct IndicatorRun: Sendable {
    public var calendar: PeriodCalendar
    public var from: Day?
    public var through: Day?
    /// Files at least this large are read on two threads.
    public var parallelThreshold = 8 << 20

    /// - Parameters:
    ///   - from: first day counted (and the first period shown); all when `nil`.
    ///   - through: last day counted (and the last period shown); all when `nil`.
    public init(calendar: PeriodCalendar, from: Day? = nil, through: Day? = nil) {
        self.calendar = calendar
        self.from = from
        self.through = through
    }

    var dateFilter: DateRange? {
        guard from != nil || through != nil else { return nil }
        return DateRange(first: from ?? Day(number: .min), last: through ?? Day(number: .max))
    }

    /// The result: the table, a summary per file, and the rows that could not be used.
    public struct Result: Sendable {
        public var table: IndicatorTable
        public var summaries: [ReadSummary]
        public var issues: IssueLog
        /// First and last event day counted (inside the date filter).
        public var firstDay: Day?
        public var lastDay: Day?
    }

    /// What one thread read from one part of a file.
    struct Part: Sendable {
        var accumulator: IndicatorAccumulator
        var regions = NameTable()
        var issues = IssueLog()
        var summary: ReadSummary
        var firstDay: Day?
        var lastDay: Day?
    }

    public func run(files: [String]) throws -> Result {
        var parts: [Part] = []
        var summaries: [ReadSummary] = []
        var issues = IssueLog()
        for path in files {
            let fileParts = try read(path: path)
            var summary = ReadSummary(file: path)
            for (index, part) in fileParts.enumerated() {
                // Parts after the first number their lines from 0; shift them by the lines before.
                issues.merge(part.issues, lineOffset: index == 0 ? 0 : fileParts[index - 1].summary.nextLine)
                summary.merge(part.summary)
            }
            summaries.append(summary)
            parts += fileParts
        }
        let table = IndicatorTable(
            merging: parts.map { ($0.accumulator, $0.regions) }, calendar: calendar, from: from, through: through)
        return Result(
            table: table, summaries: summaries, issues: issues, firstDay: parts.compactMap(\.firstDay).min(),
            lastDay: parts.compactMap(\.lastDay).max())
    }

    /// Reads one file, in two parts on two threads when it is large.
    func read(path: String) throws -> [Part] {
        let (range, firstLine, split) = try {
            let reader = try ACLEDReader(path: path)
            let range = reader.dataRange
            let split = range.count >= parallelThreshold ? try reader.recordBoundary(near: range.lowerBound + range.count / 2) : nil
            return (range, reader.firstDataLine, split)
        }()
        guard let split, split < range.upperBound else {
            return [try readPart(path: path, range: range, firstLine: firstLine)]
        }
        let halves = [range.lowerBound..<split, split..<range.upperBound]
        let outcomes = Mutex<[Swift.Result<Part, any Error>?]>([nil, nil])
        DispatchQueue.concurrentPerform(iterations: 2) { index in
            let outcome = Swift.Result {
                try readPart(path: path, range: halves[index], firstLine: index == 0 ? firstLine : 0)
            }
            outcomes.withLock { $0[index] = outcome }
        }
        let (firstOutcome, secondOutcome) = outcomes.withLock { ($0[0]!, $0[1]!) }
        let first = try firstOutcome.get()
        if first.summary.endOffset == split {
            var second = try secondOutcome.get()
            second.summary.nextLine += first.summary.nextLine
            return [first, second]
        }
        // The guessed split was inside a quoted field: read the rest again from the true record boundary.
        var rest = try readPart(path: path, range: first.summary.endOffset..<range.upperBound, firstLine: 0)
        rest.summary.nextLine += first.summary.nextLine
        return [first, rest]
    }

    func readPart(path: String, range: Range<Int>, firstLine: Int) throws -> Part {
        let reader = try ACLEDReader(path: path)
        var part = Part(accumulator: IndicatorAccumulator(calendar: calendar, dateFilter: dateFilter), summary: ReadSummary(file: path))
        let filter = dateFilter
        var firstDay = Day(number: .max), lastDay = Day(number: .min)
        part.summary = try reader.forEachEvent(in: range, firstLine: firstLine, regions: &part.regions, issues: &part.issues) { record in
            part.accumulator.add(record)
            if filter?.contains(record.day) ?? true {
                if record.day < firstDay { firstDay = record.day }
                if record.day > lastDay { lastDay = record.day }
            }
        }
        if firstDay <= lastDay {
            part.firstDay = firstDay
            part.lastDay = lastDay
        }
        return part
    }
}
