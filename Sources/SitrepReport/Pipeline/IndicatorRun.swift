public import SitrepCore
public import SitrepIngest
public import SitrepTimeSeries

/// Reads one or more ACLED files and aggregates them into an `IndicatorTable`.
///
/// A large file is read in chunks that two threads take in turn (`readInChunks`), each thread counting into
/// its own accumulator; the threads' parts are merged by region name, so the result never depends on the
/// split, and a file whose guessed chunk boundaries fall inside quoted fields is read again on one thread.
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
    /// Bytes per chunk of a file read on two threads: small enough that the thread that finishes last
    /// (the machine may slow either down) has little left when the other runs out, large enough that a chunk's
    /// set-up (its boundary guess and read window) stays negligible.
    public var chunkSize = 4 << 20

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

    /// What one thread counted (from chunks of a file, a whole file, or a store range); the file's summary and
    /// issues travel beside it (`FileRead`).
    struct Part: Sendable {
        var accumulator: IndicatorAccumulator
        var names = NameTable()
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
            // UCDP and JSON Lines files go through the incident model; everything else is read as ACLED, whose
            // reader names what is wrong with a file that is not.
            let file: FileRead
            if let format = try? IncidentFormat.detect(path: path), format == .ucdp || format == .jsonl {
                file = try readIncidents(path: path, format: format)
            } else {
                file = try read(path: path)
            }
            issues.merge(file.issues)
            summaries.append(file.summary)
            parts += file.parts
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

    /// Reads a UCDP or JSON Lines file, of the format detected, through the incident model, as one `Part`.
    func readIncidents(path: String, format: IncidentFormat) throws -> FileRead {
        var issues = IssueLog()
        var summary = ReadSummary(file: path)
        let sideOf = theatre?.actors.resolver
        let part = try aggregate { body in
            summary = try format.forEachIncident(
                path: path, sideOf: sideOf, extractNotes: extractNotes, onIssue: { issues.record($0) }, body)
        }
        return FileRead(parts: [part], summary: summary, issues: issues)
    }
}
