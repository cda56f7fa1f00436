import Foundation
public import SitrepCore

/// Reads Sitrep's native JSON Lines format: one `Incident` object per line
/// (`Notebooks-data/schema/incident.schema.json`), UTF-8, lines ending in `\n` (a `\r` before it is
/// ignored). Blank lines are skipped.
///
/// A line that is not valid JSON, or not an incident (a required key missing, a value of the wrong
/// type, an `id` other than `source:sourceID`, a negative count, a coordinate out of range), is passed to
/// `onIssue` with its line number and the decoder's explanation. The file is read in 1 MiB pieces; a
/// single line may be up to 64 MiB.
public struct JSONLReader: ~Copyable {
    public let path: String
    let file: CSVFileReader

    /// Opens `path` and checks that it looks like JSON Lines: not empty, no NUL byte in its first 64 KiB,
    /// first non-blank character `{`.
    public init(path: String) throws(IngestError) {
        let file = try CSVFileReader(path: path, fieldCapacity: 1)
        let probeSize = min(max(file.fileSize, 1), 1 << 16)
        let probe = UnsafeMutableRawBufferPointer.allocate(byteCount: probeSize, alignment: 16)
        defer { probe.deallocate() }
        let n = try file.read(into: probe.baseAddress!, count: probeSize, at: 0)
        if let nul = probe[0..<n].firstIndex(of: 0) { throw IngestError(file: path, reason: .binary(offset: nul)) }
        guard let first = probe[0..<n].first(where: { !JSONLReader.isBlank($0) }) else {
            throw IngestError(file: path, reason: .empty)
        }
        guard first == UInt8(ascii: "{") else {
            let head = String(decoding: probe[0..<min(n, 60)], as: UTF8.self).split(separator: "\n").first ?? ""
            throw IngestError(file: path, line: 1, reason: .unrecognisedFormat(header: String(head)))
        }
        self.path = path
        self.file = file
    }

    static func isBlank(_ byte: UInt8) -> Bool { byte == 32 || byte == 10 || byte == 13 || byte == 9 }

    /// Calls `body` with each incident and `onIssue` with each unusable line, in file order.
    ///
    /// Throws `TruncatedFileError` when the last line lacks its line break and is not a valid incident.
    public func forEachIncident(
        onIssue: (IngestIssue) throws -> Void, _ body: (Incident) throws -> Void
    ) throws -> ReadSummary {
        var summary = ReadSummary(file: path)
        let decoder = JSONDecoder()
        let size = file.fileSize
        var pending: [UInt8] = []
        var offset = 0
        var line = 1
        let chunkSize = 1 << 20
        let chunk = UnsafeMutableRawBufferPointer.allocate(byteCount: chunkSize, alignment: 16)
        defer { chunk.deallocate() }

        func handle(_ bytes: ArraySlice<UInt8>, isLast: Bool) throws {
            var slice = bytes
            if slice.last == 13 { slice = slice.dropLast() }
            defer { line += 1 }
            guard !slice.allSatisfy(JSONLReader.isBlank) else { return }
            switch Self.decode(Data(slice), decoder: decoder, path: path, line: line) {
            case .incident(let incident):
                summary.used += 1
                if incident.location.admin1 == nil { summary.withoutRegion += 1 }
                try body(incident)
            case .issue(let issue):
                if isLast { throw TruncatedFileError(file: path, line: line) }
                summary.skipped += 1
                try onIssue(issue)
            }
        }

        while offset < size {
            let n = try file.read(into: chunk.baseAddress!, count: chunkSize, at: offset)
            guard n > 0 else { break }
            offset += n
            var start = 0
            let bytes = UnsafeRawBufferPointer(rebasing: chunk[0..<n])
            while let newline = bytes[start...].firstIndex(of: 10) {
                if pending.isEmpty {
                    try handle(Array(bytes[start..<newline])[...], isLast: false)
                } else {
                    pending.append(contentsOf: bytes[start..<newline])
                    try handle(pending[...], isLast: false)
                    pending.removeAll(keepingCapacity: true)
                }
                start = newline + 1
            }
            pending.append(contentsOf: bytes[start...])
            guard pending.count <= 64 << 20 else {
                throw IngestError(file: path, line: line, reason: .recordTooLarge(limit: 64 << 20))
            }
        }
        if !pending.isEmpty { try handle(pending[...], isLast: true) }
        return summary
    }

    static func decode(_ data: Data, decoder: JSONDecoder, path: String, line: Int) -> RowOutcome {
        func failure(_ column: String?, _ value: String?, _ detail: String) -> RowOutcome {
            .issue(
                IngestIssue(file: path, line: line, column: column, value: value, reason: .invalidJSON(detail: detail)))
        }
        let incident: Incident
        do {
            incident = try decoder.decode(Incident.self, from: data)
        } catch let error as DecodingError {
            return failure(error.path, nil, error.explanation)
        } catch {
            return failure(nil, nil, "\(error)")
        }
        if incident.id != "\(incident.source):\(incident.sourceID)" {
            return failure("id", incident.id, "must be source:sourceID (\(incident.source):\(incident.sourceID))")
        }
        let f = incident.fatalities
        for (name, value) in [
            ("best", f.best), ("low", f.low), ("high", f.high), ("state", f.state),
            ("insurgent", f.insurgent), ("civilian", f.civilian),
        ] {
            if let value, value < 0 {
                return failure("fatalities.\(name)", String(value), "a count cannot be negative")
            }
        }
        if let latitude = incident.location.latitude, !(abs(latitude) <= 90) {
            return failure("location.latitude", String(latitude), "out of range")
        }
        if let longitude = incident.location.longitude, !(abs(longitude) <= 180) {
            return failure("location.longitude", String(longitude), "out of range")
        }
        return .incident(incident)
    }
}

extension DecodingError {
    /// The dotted coding path of the failing value (`fatalities.best`), or `nil` at the top level.
    var path: String? {
        let keys: [any CodingKey]
        switch self {
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            keys = context.codingPath
        case .keyNotFound(let key, let context):
            keys = context.codingPath + [key]
        @unknown default:
            return nil
        }
        guard !keys.isEmpty else { return nil }
        return keys.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
    }

    var explanation: String {
        switch self {
        case .typeMismatch(let type, _): "expected a value of type \(type)"
        case .valueNotFound(let type, _): "expected a value of type \(type), found null"
        case .keyNotFound(let key, _): "the required key '\(key.stringValue)' is missing"
        case .dataCorrupted(let context):
            context.codingPath.isEmpty ? "not valid JSON (\(context.debugDescription))" : context.debugDescription
        @unknown default: "\(self)"
        }
    }
}
