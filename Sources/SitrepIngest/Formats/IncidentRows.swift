import SitrepCore

/// The loop shared by the CSV incident readers (ACLED, UCDP): every data record is decoded into an incident or
/// an issue, counted in a `ReadSummary`, and handed on in file order.
///
/// A file whose last record has no line break and cannot be used was cut short: that throws
/// `TruncatedFileError` (callers that write must then write nothing) instead of quarantining half a row.
enum IncidentRows {
    static func read(
        _ file: borrowing CSVFileReader, header: CSVHeader, expectedFields: Int,
        decode: (borrowing CSVRecord) -> RowOutcome, onIssue: (IngestIssue) throws -> Void,
        _ body: (Incident) throws -> Void
    ) throws -> ReadSummary {
        let path = file.path
        var summary = ReadSummary(file: path)
        let fileSize = file.fileSize
        let endsWithNewline = try CSVEnding.endsWithLineBreak(file)
        try file.forEachRecord(
            in: header.dataOffset..<fileSize, firstLine: header.firstDataLine,
            onMalformed: { line, problem in
                if !endsWithNewline, problem == .unterminatedQuote { throw TruncatedFileError(file: path, line: line) }
                summary.skipped += 1
                try onIssue(
                    IngestIssue(
                        file: path, line: line, column: nil, value: nil,
                        reason: problem.issueReason(expected: expectedFields)))
            }
        ) { record in
            switch decode(record) {
            case .incident(let incident):
                summary.used += 1
                if incident.location.admin1 == nil { summary.withoutRegion += 1 }
                try body(incident)
            case .issue(let issue):
                if !endsWithNewline, record.endOffset >= fileSize {
                    throw TruncatedFileError(file: path, line: record.line)
                }
                summary.skipped += 1
                try onIssue(issue)
            }
        }
        return summary
    }
}
