public import SitrepCore

/// Reads a UCDP GED or UCDP Candidate CSV export into `Incident`s (source `ucdp`, source id = UCDP `id`).
///
/// Mapping, chosen to claim no more than UCDP says:
/// - **Event type** from `type_of_violence`: 1 (state-based) and 2 (non-state) → Battles; 3 (one-sided) →
///   Violence against civilians. No sub-event type (UCDP has none); the UCDP category is kept as a tag
///   (`ucdp-state-based`, `ucdp-non-state`, `ucdp-one-sided`).
/// - **Date** `date_start`; `date_prec` 1 → day, 2–3 → week, 4–5 → month (UCDP: 2 = a 2–6 day window,
///   3 = the week, 4 = 8–30 days or the month, 5 = longer). A range `date_start`–`date_end` is kept as
///   `dateText`.
/// - **Location** `adm_1`, `adm_2`, `latitude`, `longitude`, name from `where_coordinates` (else
///   `where_description`); `where_prec` 1 → exact, 2–3 → near town, ≥ 4 → region (the coordinates stand
///   for a province, a country or a line, never the place itself). `where_description` goes to `notes`.
/// - **Actors** `side_a`, `side_b`. UCDP does not say who attacked, except in one-sided violence
///   (type 3), where `side_a` is the perpetrator (initiator) and `side_b` the civilians (target);
///   otherwise both are `associated`.
/// - **Sides**: the resolver's answer when one is given, else: a name starting `Government of` → state;
///   in state-based conflict (type 1) the non-government side → insurgent; `Civilians` → civilian.
/// - **Fatalities** `low` / `best` / `high`; `deaths_a` to side A's side and `deaths_b` to side B's
///   (state and state-allied → `state`, insurgent → `insurgent`, civilian → `civilian`), plus
///   `deaths_civilians` to `civilian`. Deaths of a militia or unresolved side, and `deaths_unknown`,
///   stay unattributed (`Fatalities.unknown`).
///
/// A row is quarantined when its field count differs from the header's, a field is not UTF-8, `id` is
/// empty, `date_start` is not a date, `type_of_violence` is not 1–3, a death count is present but not a
/// non-negative whole number, or a coordinate is not a number in range.
public struct UCDPReader: ~Copyable {
    public let path: String
    public let columns: UCDPColumns
    public let sideOf: (@Sendable (String) -> Side?)?
    let file: CSVFileReader
    let header: CSVHeader

    public init(path: String, sideOf: (@Sendable (String) -> Side?)? = nil) throws(IngestError) {
        self.path = path
        let file = try CSVFileReader(path: path, fieldCapacity: 256)
        let header = try CSVHeader.read(from: file)
        self.columns = try UCDPColumns(header: header.names, file: path)
        self.header = header
        self.file = file
        self.sideOf = sideOf
    }

    /// Calls `body` with each usable row and `onIssue` with each unusable one, in file order.
    ///
    /// Throws `TruncatedFileError` when the last record lacks its line break and cannot be used.
    public func forEachIncident(
        onIssue: (IngestIssue) throws -> Void, _ body: (Incident) throws -> Void
    ) throws -> ReadSummary {
        let columns = self.columns
        let expected = columns.names.count
        let path = self.path
        let sideOf = self.sideOf
        return try IncidentRows.read(
            file, header: header, expectedFields: expected,
            decode: { Self.decode($0, columns: columns, expected: expected, path: path, sideOf: sideOf) },
            onIssue: onIssue, body)
    }

    /// The side of a UCDP actor by Sitrep's default rule (see the type's documentation).
    public static func defaultSide(of name: String, typeOfViolence: Int) -> Side? {
        if name.hasPrefix("Government of") { return .state }
        if name == "Civilians" { return .civilian }
        return typeOfViolence == 1 ? .insurgent : nil
    }

    static func decode(
        _ record: CSVRecord, columns: UCDPColumns, expected: Int, path: String, sideOf: (@Sendable (String) -> Side?)?
    ) -> RowOutcome {
        let line = record.line
        func issue(_ index: Int?, _ reason: IngestIssue.Reason) -> RowOutcome {
            .issue(
                IngestIssue(
                    file: path, line: line, column: index.map { columns.names[$0] },
                    value: index.map { FieldParsing.escaped(record.bytes(at: $0)) }, reason: reason))
        }
        guard record.fieldCount == expected else {
            return .issue(
                IngestIssue(
                    file: path, line: line, column: nil, value: nil,
                    reason: .wrongFieldCount(expected: expected, found: record.fieldCount)))
        }
        for index in 0..<record.fieldCount where !record.isValidUTF8(at: index) { return issue(index, .notUTF8) }
        guard !record.isEmpty(at: columns.id) else { return issue(columns.id, .missingValue) }
        guard let start = date(record.bytes(at: columns.dateStart)) else {
            return issue(columns.dateStart, .unparseableDate)
        }
        guard let violence = FieldParsing.integer(record.bytes(at: columns.typeOfViolence)) else {
            return issue(columns.typeOfViolence, .notANumber)
        }
        guard (1...3).contains(violence) else { return issue(columns.typeOfViolence, .outOfRange) }

        // Counts: nil when the column is absent or empty.
        var counts: [Int?] = []
        for index in [
            columns.best, columns.low, columns.high, columns.deathsA, columns.deathsB, columns.deathsCivilians,
        ] {
            guard let index, !record.isEmpty(at: index) else {
                counts.append(nil)
                continue
            }
            guard let value = FieldParsing.integer(record.bytes(at: index)) else { return issue(index, .notANumber) }
            guard value >= 0 else { return issue(index, .negativeCount) }
            counts.append(value)
        }
        var coordinates: [Double?] = [nil, nil]
        for (slot, (index, limit)) in [(columns.latitude, 90.0), (columns.longitude, 180.0)].enumerated() {
            guard let index, !record.isEmpty(at: index) else { continue }
            guard let value = FieldParsing.decimal(record.bytes(at: index)) else { return issue(index, .notANumber) }
            guard abs(value) <= limit else { return issue(index, .outOfRange) }
            coordinates[slot] = value
        }
        func text(_ index: Int?) -> String? {
            guard let index, !record.isEmpty(at: index) else { return nil }
            return record.string(at: index)
        }
        func code(_ index: Int?) -> Int? { index.flatMap { FieldParsing.integer(record.bytes(at: $0)) } }

        let sideA = text(columns.sideA)
        let sideB = text(columns.sideB)
        func side(_ name: String) -> Side? { sideOf?(name) ?? defaultSide(of: name, typeOfViolence: violence) }
        var actors: [Actor] = []
        if let sideA {
            actors.append(Actor(name: sideA, side: side(sideA), role: violence == 3 ? .initiator : .associated))
        }
        if let sideB {
            actors.append(Actor(name: sideB, side: side(sideB), role: violence == 3 ? .target : .associated))
        }

        var fatalities = Fatalities(low: counts[1], best: counts[0] ?? 0, high: counts[2])
        func attribute(_ deaths: Int?, to side: Side?) {
            guard let deaths, let side else { return }
            switch side {
            case .state, .stateAllied: fatalities.state = (fatalities.state ?? 0) + deaths
            case .insurgent: fatalities.insurgent = (fatalities.insurgent ?? 0) + deaths
            case .civilian: fatalities.civilian = (fatalities.civilian ?? 0) + deaths
            case .militia, .other: break
            }
        }
        attribute(counts[3], to: sideA.flatMap(side))
        attribute(counts[4], to: sideB.flatMap(side))
        attribute(counts[5], to: .civilian)

        var dateText: String?
        if let endIndex = columns.dateEnd, let end = date(record.bytes(at: endIndex)), end != start {
            dateText = "\(start)..\(end)"
        }
        let wherePrecision = code(columns.wherePrecision) ?? 1
        let description = text(columns.whereDescription)
        let location = Location(
            name: text(columns.whereCoordinates) ?? description, admin1: text(columns.admin1),
            admin2: text(columns.admin2), latitude: coordinates[0], longitude: coordinates[1],
            precision: wherePrecision >= 4 ? .region : wherePrecision >= 2 ? .nearTown : .exact)
        let category = ["ucdp-state-based", "ucdp-non-state", "ucdp-one-sided"][violence - 1]
        return .incident(
            Incident(
                source: "ucdp", sourceID: record.string(at: columns.id), date: start,
                datePrecision: datePrecision(code(columns.datePrecision)), dateText: dateText, location: location,
                eventType: violence == 3 ? .violenceAgainstCivilians : .battles, actors: actors, fatalities: fatalities,
                tags: [category], notes: columns.whereCoordinates != nil ? description : nil))
    }

    /// UCDP `date_prec`: 1 → day, 2–3 → week, 4 and above → month; missing → day.
    static func datePrecision(_ code: Int?) -> DatePrecision {
        switch code ?? 1 {
        case ...1: .day
        case 2, 3: .week
        default: .month
        }
    }

    /// `YYYY-MM-DD`, also with a time after it (`2025-10-01 00:00:00.000`, as GED's CSV writes it).
    static func date(_ bytes: UnsafeBufferPointer<UInt8>) -> Day? {
        if bytes.count > 10, bytes[10] == UInt8(ascii: " ") || bytes[10] == UInt8(ascii: "T") {
            return Day.parse(utf8: UnsafeBufferPointer(rebasing: bytes[0..<10]))
        }
        return Day.parse(utf8: bytes)
    }
}
