import Foundation
import GRDB
import SitrepCore
import SitrepIngest

extension Ingester {
    /// Applies an ACLED deleted-events list: a CSV with columns `event_id_cnty` and `deleted_timestamp`
    /// (Unix seconds, or a `YYYY-MM-DD` date read as its midnight UTC), found by name.
    ///
    /// Each deletion is recorded once (re-applying a list changes nothing). It marks incident
    /// `acled:<event_id_cnty>` deleted — out of the analysis, its revisions kept — unless the incident's
    /// current revision is newer than the deletion. Deletions of events the store does not hold are
    /// recorded and counted. A row with an empty id or an unreadable stamp is quarantined.
    mutating func applyDeletions(path: String) throws -> IngestReport.FileReport {
        let file = Self.recordedPath(path)
        var report = IngestReport.FileReport(file: path, format: "acled-deletions")
        let reader = try CSVFileReader(path: path, fieldCapacity: 256)
        let header = try CSVHeader.read(from: reader)
        let columns = HeaderColumns(header.names)
        try columns.require(["event_id_cnty", "deleted_timestamp"], file: path)
        let idIndex = columns("event_id_cnty")!
        let stampIndex = columns("deleted_timestamp")!
        let batch = try beginBatch(file: file, format: report.format)
        var newQuarantine = 0
        let expected = columns.normalised.count
        try reader.forEachRecord(
            in: header.dataOffset..<reader.fileSize, firstLine: header.firstDataLine,
            onMalformed: { line, problem in
                report.quarantined += 1
                let issue = IngestIssue(file: path, line: line, column: nil, value: nil, reason: problem.issueReason)
                if try quarantine(issue, batch: batch, file: file) { newQuarantine += 1 }
            }
        ) { record in
            var issue: IngestIssue?
            let stampBytes =
                stampIndex < record.fieldCount
                ? record.bytes(at: stampIndex) : UnsafeBufferPointer(start: nil, count: 0)
            let stamp =
                FieldParsing.integer(stampBytes).map(Int64.init)
                ?? Day.parse(utf8: stampBytes).map { Int64($0.number) * 86_400 }
            if record.fieldCount != expected {
                issue = IngestIssue(
                    file: path, line: record.line, column: nil, value: nil,
                    reason: .wrongFieldCount(expected: expected, found: record.fieldCount))
            } else if record.isEmpty(at: idIndex) || !record.isValidUTF8(at: idIndex) {
                issue = IngestIssue(
                    file: path, line: record.line, column: "event_id_cnty",
                    value: FieldParsing.escaped(record.bytes(at: idIndex)),
                    reason: record.isEmpty(at: idIndex) ? .missingValue : .notUTF8)
            } else if stamp == nil {
                issue = IngestIssue(
                    file: path, line: record.line, column: "deleted_timestamp", value: FieldParsing.escaped(stampBytes),
                    reason: .notANumber)
            }
            if let issue {
                report.quarantined += 1
                if try quarantine(issue, batch: batch, file: file) { newQuarantine += 1 }
                return
            }
            report.rows += 1
            try delete(id: "acled:" + record.string(at: idIndex), at: stamp!, batch: batch, report: &report)
        }
        try finishBatch(batch, report: report, newQuarantine: newQuarantine)
        return report
    }

    private mutating func delete(
        id: String, at stamp: Int64, batch: Int64, report: inout IngestReport.FileReport
    ) throws {
        insertDeletion.bind(1, id)
        insertDeletion.bind(2, stamp)
        insertDeletion.bind(3, batch)
        try insertDeletion.run(db)
        guard BoundStatement.changes(in: db) > 0 else {
            report.deletionsIgnored += 1
            return
        }
        lookup.bind(1, id)
        guard try lookup.step(db) else {
            lookup.reset()
            report.deletionsOfUnknown += 1
            return
        }
        let (key, revision, _, deletedAt) = takeLookup()
        if let revision, revision > stamp {
            report.deletionsIgnored += 1
            return
        }
        if let deletedAt, deletedAt >= stamp {
            report.deletionsIgnored += 1
            return
        }
        try setDeletion(of: key, to: stamp)
        report.deleted += 1
    }
}

extension CSVProblem {
    var issueReason: IngestIssue.Reason {
        switch self {
        case .tooManyFields(let found): .wrongFieldCount(expected: 2, found: found)
        case .strayQuote: .strayQuote
        case .unterminatedQuote: .unterminatedQuote
        }
    }
}
