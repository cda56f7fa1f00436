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
    /// The theatre whose actor dictionary gives sides and whose corridors place incidents; none by default.
    public var theatre: Theatre?
    /// Which rows events count in (admin1 by default).
    public var level: RegionGrouping.Level = .admin1
    /// Whether ACLED notes fill deaths by side, materiel, tags and claims (`--extract-notes`).
    public var extractNotes = false
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
        /// Events left out of admin2, corridor or zone rows because their coordinates stand for their region.
        public var leftOutImprecise: Int64 = 0
        /// Events re-assigned to a post-2023 region from their old region alone (`--regions new`, no cercle).
        public var approximateReassignments: Int64 = 0
        /// Actor names the theatre's dictionary does not cover.
        public var unmappedActors: [String] = []
    }

    /// What one thread read from one part of a file.
    struct Part: Sendable {
        var accumulator: IndicatorAccumulator
        var names = NameTable()
        var issues = IssueLog()
        var summary: ReadSummary
        var firstDay: Day?
        var lastDay: Day?
        var leftOutImprecise: Int64 = 0
        var approximateReassignments: Int64 = 0
        var unmappedActors: [String] = []
    }

    public func run(files: [String]) throws -> Result {
        var parts: [Part] = []
        var summaries: [ReadSummary] = []
        var issues = IssueLog()
        for path in files {
            let format = try? IncidentFormat.detect(path: path)
            if format == .ucdp || format == .jsonl {
                // UCDP and JSON Lines files go through the incident model.
                let part = try readIncidents(path: path)
                issues.merge(part.issues)
                summaries.append(part.summary)
                parts.append(part)
                continue
            }
            // Everything else is read as ACLED, whose reader names what is wrong with a file that is not.
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
        return result(of: parts, summaries: summaries, issues: issues)
    }

    /// The table and totals of `parts` (from files, threads or store ranges). The table reads every part's
    /// cells in place and merges them per region name, so the result does not depend on how the data was split.
    func result(of parts: [Part], summaries: [ReadSummary], issues: IssueLog) -> Result {
        let table = IndicatorTable(
            regionLevel: RegionGrouping(level: level).levelName, merging: parts.map { ($0.accumulator, $0.names) },
            calendar: calendar, from: from, through: through)
        return Result(
            table: table, summaries: summaries, issues: issues, firstDay: parts.compactMap(\.firstDay).min(),
            lastDay: parts.compactMap(\.lastDay).max(), leftOutImprecise: parts.reduce(0) { $0 + $1.leftOutImprecise },
            approximateReassignments: parts.reduce(0) { $0 + $1.approximateReassignments },
            unmappedActors: Set(parts.flatMap(\.unmappedActors)).sorted())
    }

    /// Reads one file, in two parts on two threads when it is large.
    func read(path: String) throws -> [Part] {
        let (range, firstLine, split) = try {
            let reader = try ACLEDReader(path: path)
            let range = reader.dataRange
            let split =
                range.count >= parallelThreshold
                ? try reader.recordBoundary(near: range.lowerBound + range.count / 2) : nil
            return (range, reader.firstDataLine, split)
        }()
        guard let split, split < range.upperBound else {
            return [try readPart(path: path, range: range, firstLine: firstLine)]
        }
        let halves = [range.lowerBound..<split, split..<range.upperBound]
        let outcomes = concurrentOutcomes(2) { index in
            try readPart(path: path, range: halves[index], firstLine: index == 0 ? firstLine : 0)
        }
        let first = try outcomes[0].get()
        if first.summary.endOffset == split {
            var second = try outcomes[1].get()
            second.summary.nextLine += first.summary.nextLine
            return [first, second]
        }
        // The guessed split was inside a quoted field: read the rest again from the true record boundary.
        var rest = try readPart(path: path, range: first.summary.endOffset..<range.upperBound, firstLine: 0)
        rest.summary.nextLine += first.summary.nextLine
        return [first, rest]
    }

    /// Reads a UCDP or JSON Lines file through the incident model, as one `Part`.
    func readIncidents(path: String) throws -> Part {
        var issues = IssueLog()
        var summary = ReadSummary(file: path)
        let sideOf = theatre?.actors.resolver
        let format = try IncidentFormat.detect(path: path)
        var part = try aggregate { body in
            summary = try format.forEachIncident(
                path: path, sideOf: sideOf, extractNotes: extractNotes, onIssue: { issues.record($0) }, body)
        }
        part.summary = summary
        part.issues = issues
        return part
    }

    /// Reads the records that start in `range`, placing and grouping each event, into one `Part`.
    func readPart(path: String, range: Range<Int>, firstLine: Int) throws -> Part {
        let reader = try ACLEDReader(path: path)
        let decoding = ACLEDDecoding(dictionary: theatre?.actors, internsAdmin2: level.usesAdmin2)
        if extractNotes { decoding.notes = NotesExtractor() }
        var placement = theatre.map { EventPlacement(network: $0.corridors) }
        var counter = RecordCounter(run: self)
        var issues = IssueLog()
        let summary = try reader.forEachEvent(in: range, firstLine: firstLine, decoding: decoding, issues: &issues) {
            record in
            placement?.place(&record)
            counter.add(record, admin1Names: decoding.regions, admin2Names: decoding.admin2)
        }
        var part = counter.part(admin1Names: decoding.regions, admin2Names: decoding.admin2)
        part.issues = issues
        part.summary = summary
        part.unmappedActors = decoding.unmappedActors
        return part
    }
}
