public import SitrepCore

/// Totals of what the `notes` of an ACLED export report, read by `NotesExtractor` row by row.
public struct NotesTotals: Sendable, Equatable {
    public var rows = 0
    /// Rows whose note gave at least one death by side, materiel item, tag or claim.
    public var rowsWithFacts = 0
    /// Summed counts per `item disposition by`, e.g. `assault-rifle captured insurgent`.
    public var materiel: [String: Int] = [:]
    /// Materiel mentions without a count, per `item disposition by`.
    public var uncountedMateriel: [String: Int] = [:]
    public var deathsState = 0
    public var deathsInsurgent = 0
    public var deathsCivilian = 0
    public var tags: [String: Int] = [:]
    public var claims = 0

    public init() {}

    /// Reads every row of the ACLED export at `path` (malformed rows and rows with the wrong field count are
    /// skipped here; `sitrep indicators` reports them). Throws `IngestError` when the file cannot be read.
    /// The side of `actor1`/`actor2` comes from `inter1`/`inter2` (text or pre-2023 codes) via
    /// `ACLEDInteraction.side`.
    public static func read(path: String) throws -> NotesTotals {
        let file = try CSVFileReader(path: path, fieldCapacity: 256)
        let header = try CSVHeader.read(from: file)
        let columns = try ACLEDColumns(header: header.names, file: path)
        guard let notes = columns.notes else {
            throw IngestError(file: path, line: 1, reason: .missingColumns(["notes"]))
        }
        let lowered = header.names.map { $0.lowercased() }
        let inter1 = lowered.firstIndex(of: "inter1")
        let inter2 = lowered.firstIndex(of: "inter2")
        let expected = header.names.count
        var totals = NotesTotals()
        var extractor = NotesExtractor()
        try file.forEachRecord(
            in: header.dataOffset..<file.fileSize, firstLine: header.firstDataLine, onMalformed: { _, _ in }
        ) { record in
            guard record.fieldCount == expected else { return }
            totals.rows += 1
            let initiator = inter1.flatMap { ACLEDInteraction.side(record.bytes(at: $0)) }
            let target = inter2.flatMap { ACLEDInteraction.side(record.bytes(at: $0)) }
            let facts = extractor.extract(utf8: record.bytes(at: notes), initiator: initiator, target: target)
            totals.add(facts)
        }
        return totals
    }

    mutating func add(_ facts: NoteFacts) {
        var any = false
        for loss in facts.materiel {
            let key = "\(loss.item) \(loss.disposition.rawValue) \(loss.by?.rawValue ?? "unknown")"
            if let count = loss.count {
                materiel[key, default: 0] += count
            } else {
                uncountedMateriel[key, default: 0] += 1
            }
            any = true
        }
        deathsState += facts.state ?? 0
        deathsInsurgent += facts.insurgent ?? 0
        deathsCivilian += facts.civilian ?? 0
        if facts.state != nil || facts.insurgent != nil || facts.civilian != nil || !facts.tags.isEmpty { any = true }
        for tag in facts.tags { tags[tag, default: 0] += 1 }
        if facts.reliability == .claim { claims += 1 }
        if any { rowsWithFacts += 1 }
    }
}

/// ACLED's actor categories (`inter1`, `inter2`) as sides.
public enum ACLEDInteraction {
    /// "State forces" / 1 → state; "Rebel group" / 2 → insurgent; "Political militia" / 3 and
    /// "Identity militia" / 4 → militia; "Civilians" / 7 → civilian; "External/Other forces" / 8 →
    /// state-allied (in Mali: Wagner, Africa Corps); anything else → `nil`.
    public static func side(_ bytes: UnsafeBufferPointer<UInt8>) -> Side? {
        guard let first = bytes.first else { return nil }
        switch (first, bytes.count) {
        case (UInt8(ascii: "1"), 1), (UInt8(ascii: "S"), 12): return .state
        case (UInt8(ascii: "2"), 1), (UInt8(ascii: "R"), 11): return .insurgent
        case (UInt8(ascii: "3"), 1), (UInt8(ascii: "4"), 1), (UInt8(ascii: "P"), 17), (UInt8(ascii: "I"), 16):
            return .militia
        case (UInt8(ascii: "7"), 1), (UInt8(ascii: "C"), 9): return .civilian
        case (UInt8(ascii: "8"), 1), (UInt8(ascii: "E"), 21): return .stateAllied
        default: return nil
        }
    }
}
