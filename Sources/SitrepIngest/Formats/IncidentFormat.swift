public import SitrepCore

/// The incident file formats Sitrep ingests, and how a file's format is told from its first bytes.
public enum IncidentFormat: String, Sendable, CaseIterable {
    case acled
    case ucdp
    case jsonl

    /// Detection: the first non-blank byte `{` → JSON Lines; otherwise the first line is read as a CSV header
    /// and is ACLED when it names `event_id_cnty`, `event_date`, `event_type`, `admin1` and `fatalities`,
    /// UCDP when it names `id`, `date_start`, `type_of_violence` and `best`. Anything else (including an
    /// empty or binary file) throws an `IngestError` that names the file and says what to pass.
    public static func detect(path: String) throws(IngestError) -> IncidentFormat {
        let file = try CSVFileReader(path: path, fieldCapacity: 1024)
        var first: UInt8 = 0
        let probeSize = min(file.fileSize, 4096)
        if probeSize > 0 {
            let probe = UnsafeMutableRawBufferPointer.allocate(byteCount: probeSize, alignment: 16)
            defer { probe.deallocate() }
            let n = try file.read(into: probe.baseAddress!, count: probeSize, at: 0)
            var start = 0
            if n >= 3, probe[0] == 0xEF, probe[1] == 0xBB, probe[2] == 0xBF { start = 3 }
            first = probe[start..<n].first { !(0...32).contains($0) } ?? 0
        }
        if first == UInt8(ascii: "{") { return .jsonl }
        let header = try CSVHeader.read(from: file)
        if ACLEDColumns.matches(header: header.names) { return .acled }
        if UCDPColumns.matches(header: header.names) { return .ucdp }
        throw IngestError(
            file: path, line: 1,
            reason: .unrecognisedFormat(header: String(header.names.joined(separator: ",").prefix(80))))
    }

    /// Reads every incident of a file in this format (see `ACLEDIncidentDecoder`, `UCDPReader`,
    /// `JSONLReader`), passing unusable rows to `onIssue`.
    /// - Parameter extractNotes: for ACLED, read each row's notes too (`ACLEDIncidentDecoder.extractsNotes`).
    public func forEachIncident(
        path: String, sideOf: (@Sendable (String) -> Side?)? = nil, extractNotes: Bool = false,
        onIssue: (IngestIssue) throws -> Void, _ body: (Incident) throws -> Void
    ) throws -> ReadSummary {
        switch self {
        case .acled:
            var decoder = try ACLEDIncidentDecoder(path: path, sideOf: sideOf)
            decoder.extractsNotes = extractNotes
            return try decoder.forEachIncident(onIssue: onIssue, body)
        case .ucdp: return try UCDPReader(path: path, sideOf: sideOf).forEachIncident(onIssue: onIssue, body)
        case .jsonl: return try JSONLReader(path: path).forEachIncident(onIssue: onIssue, body)
        }
    }
}
