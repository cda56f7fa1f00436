public import SitrepCore

/// Reads an ACLED export (either layout) record by record.
///
/// Rows that cannot be used are never dropped silently: each one becomes an `IngestIssue` naming the file,
/// line, column and value, and is counted in the `ReadSummary`.
public struct ACLEDReader: ~Copyable {
    public let path: String
    public let columns: ACLEDColumns
    let file: CSVFileReader
    let header: CSVHeader

    public init(path: String) throws(IngestError) {
        self.path = path
        let file = try CSVFileReader(path: path, fieldCapacity: 256)
        let header = try CSVHeader.read(from: file)
        self.columns = try ACLEDColumns(header: header.names, file: path)
        self.header = header
        self.file = file
    }

    /// Byte range of the data records (after the header).
    public var dataRange: Range<Int> { header.dataOffset..<file.fileSize }

    /// Line number of the first data record.
    public var firstDataLine: Int { header.firstDataLine }

    /// A guess at a record boundary near `offset` (see `CSVFileReader.lineStart(after:)`).
    public func recordBoundary(near offset: Int) throws(IngestError) -> Int { try file.lineStart(after: offset) }

    /// Decodes every usable row into an `EventRecord`, interning admin1 names into `regions`.
    ///
    /// A row is skipped, with an issue, when its field count differs from the header's, its date is not a
    /// date, its fatality count is not a non-negative whole number, or its admin1 is not UTF-8.
    /// An empty fatality field counts as 0, as ACLED means it. An empty admin1 keeps the row (it counts
    /// toward the date range) but places it in no region; the summary counts such rows.
    ///
    /// - Parameters:
    ///   - range: the records to read, by the byte offsets they start at (all data records by default).
    ///   - firstLine: the line number of the record at `range.lowerBound` (by default the first data line).
    public func forEachEvent(
        in range: Range<Int>? = nil, firstLine: Int? = nil,
        regions: inout NameTable, issues: inout IssueLog, _ body: (EventRecord) -> Void
    ) throws -> ReadSummary {
        let decoding = ACLEDDecoding(regions: regions)
        regions = NameTable()
        defer { regions = decoding.regions }
        return try forEachEvent(in: range, firstLine: firstLine, decoding: decoding, issues: &issues) { body($0) }
    }

    /// Decodes every usable row as `forEachEvent(regions:issues:_:)` does, and also fills the record's admin2
    /// id, actor sides (through `decoding.dictionary`), sub-event type, coordinates and location precision
    /// (ACLED `geo_precision`), interning names into `decoding`'s tables.
    ///
    /// Fields that are optional to these indicators never skip a row: a latitude or longitude that is not a
    /// number leaves both coordinates `nil`, an unknown `geo_precision` leaves the precision `nil`.
    ///
    /// `body` gets the record `inout`, to finish in place (placing it on the corridors, say): it is decoded
    /// field by field, and a copy made right away would wait on those narrow stores (a failed store-to-load
    /// forward measured at a tenth of this function's time).
    public func forEachEvent(
        in range: Range<Int>? = nil, firstLine: Int? = nil,
        decoding: ACLEDDecoding, issues: inout IssueLog, _ body: (inout EventRecord) -> Void
    ) throws -> ReadSummary {
        var summary = ReadSummary(file: path)
        let columns = self.columns
        let expected = columns.names.count
        let path = self.path
        let end = try file.forEachRecord(
            in: range ?? dataRange, firstLine: firstLine ?? header.firstDataLine,
            onMalformed: { line, problem in
                summary.skip(
                    IngestIssue(
                        file: path, line: line, column: nil, value: nil, reason: problem.issueReason(expected: expected)
                    ), in: &issues)
            }
        ) { record in
            guard record.fieldCount == expected else {
                summary.skip(
                    IngestIssue(
                        file: path, line: record.line, column: nil, value: nil,
                        reason: .wrongFieldCount(expected: expected, found: record.fieldCount)), in: &issues)
                return
            }
            guard let day = decoding.months.day(record.bytes(at: columns.eventDate)) else {
                summary.skip(
                    IngestIssue(
                        file: path, line: record.line, column: "event_date",
                        value: record.string(at: columns.eventDate),
                        reason: .unparseableDate), in: &issues)
                return
            }
            var fatalities = 0
            let fatalityBytes = record.bytes(at: columns.fatalities)
            if !fatalityBytes.isEmpty {
                guard let value = FieldParsing.integer(fatalityBytes) else {
                    summary.skip(
                        IngestIssue(
                            file: path, line: record.line, column: "fatalities",
                            value: record.string(at: columns.fatalities),
                            reason: .notANumber), in: &issues)
                    return
                }
                guard value >= 0 else {
                    summary.skip(
                        IngestIssue(
                            file: path, line: record.line, column: "fatalities", value: String(value),
                            reason: .negativeCount), in: &issues)
                    return
                }
                fatalities = value
            }
            var admin1 = EventRecord.none
            let adminBytes = record.bytes(at: columns.admin1)
            if adminBytes.isEmpty {
                summary.withoutRegion += 1
            } else {
                guard let id = decoding.regions.id(of: adminBytes) else {
                    summary.skip(
                        IngestIssue(
                            file: path, line: record.line, column: "admin1", value: FieldParsing.escaped(adminBytes),
                            reason: .notUTF8), in: &issues)
                    return
                }
                admin1 = id
            }
            var precision = DatePrecision.day
            if let index = columns.timePrecision, let code = FieldParsing.integer(record.bytes(at: index)),
                let parsed = DatePrecision(acledCode: code)
            {
                precision = parsed
            }
            summary.used += 1
            var event = EventRecord(
                day: day, datePrecision: precision,
                eventType: EventType(acledBytes: record.bytes(at: columns.eventType)),
                admin1: admin1, fatalities: Int32(clamping: fatalities))
            if decoding.internsAdmin2, let index = columns.admin2 {
                let bytes = record.bytes(at: index)
                if !bytes.isEmpty, let id = decoding.admin2.id(of: bytes) { event.admin2 = id }
            }
            if let index = columns.actor1 {
                event.actor1Side = decoding.side(of: record.bytes(at: index)) { record.string(at: index) }
            }
            if let index = columns.actor2 {
                event.actor2Side = decoding.side(of: record.bytes(at: index)) { record.string(at: index) }
            }
            if let index = columns.subEventType {
                event.subEventType = SubEventType(acledBytes: record.bytes(at: index))
            }
            if let latitudeIndex = columns.latitude, let longitudeIndex = columns.longitude,
                let latitude = FieldParsing.decimal(record.bytes(at: latitudeIndex)),
                let longitude = FieldParsing.decimal(record.bytes(at: longitudeIndex)),
                latitude.magnitude <= 90, longitude.magnitude <= 180
            {
                event.latitude = Float(latitude)
                event.longitude = Float(longitude)
            }
            if let index = columns.geoPrecision, let code = FieldParsing.integer(record.bytes(at: index)) {
                event.locationPrecision = LocationPrecision(acledCode: code)
            }
            if decoding.extractsNotes, let index = columns.notes {
                decoding.notes!.extract(
                    utf8: record.bytes(at: index), initiator: event.actor1Side, target: event.actor2Side
                ).apply(to: &event)
            }
            body(&event)
        }
        summary.nextLine = end.nextLine
        summary.endOffset = end.endOffset
        return summary
    }
}

/// How many rows of one file were used and skipped.
public struct ReadSummary: Sendable, Equatable {
    public var file: String
    public var used = 0
    public var skipped = 0
    /// Used rows with an empty admin1: they count in date ranges and totals but in no region's row.
    public var withoutRegion = 0
    /// Where the read stopped: the line after the last record, and the file offset just past it.
    public var nextLine = 0
    public var endOffset = 0

    public init(file: String) { self.file = file }

    /// Adds the counts of a read of another part of the same file.
    public mutating func merge(_ other: ReadSummary) {
        used += other.used
        skipped += other.skipped
        withoutRegion += other.withoutRegion
        nextLine = max(nextLine, other.nextLine)
        endOffset = max(endOffset, other.endOffset)
    }

    /// Counts a row as skipped and records why.
    mutating func skip(_ issue: IngestIssue, in issues: inout IssueLog) {
        skipped += 1
        issues.record(issue)
    }

    public var line: String {
        var text = "\(file): \(used) rows used, \(skipped) skipped"
        if withoutRegion > 0 { text += ", \(withoutRegion) without admin1" }
        return text
    }
}

extension CSVProblem {
    func issueReason(expected: Int) -> IngestIssue.Reason {
        switch self {
        case .tooManyFields(let found): .wrongFieldCount(expected: expected, found: found)
        case .strayQuote: .strayQuote
        case .unterminatedQuote: .unterminatedQuote
        }
    }
}
