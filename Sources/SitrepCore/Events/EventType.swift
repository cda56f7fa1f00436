/// ACLED's six event types, with the names ACLED writes and the column names Sitrep uses.
public enum EventType: UInt8, Sendable, CaseIterable {
    case battles
    case explosionsRemoteViolence
    case violenceAgainstCivilians
    case strategicDevelopments
    case protests
    case riots

    /// The name as it appears in ACLED's `event_type` column.
    public var acledName: String {
        switch self {
        case .battles: "Battles"
        case .explosionsRemoteViolence: "Explosions/Remote violence"
        case .violenceAgainstCivilians: "Violence against civilians"
        case .strategicDevelopments: "Strategic developments"
        case .protests: "Protests"
        case .riots: "Riots"
        }
    }

    /// The indicator column counting events of this type (`explosions_remote_violence`, …).
    public var columnName: String {
        switch self {
        case .battles: "battles"
        case .explosionsRemoteViolence: "explosions_remote_violence"
        case .violenceAgainstCivilians: "violence_against_civilians"
        case .strategicDevelopments: "strategic_developments"
        case .protests: "protests"
        case .riots: "riots"
        }
    }

    /// The type whose ACLED name is exactly these bytes (ACLED's spelling, case-sensitive), or `nil`.
    @inlinable
    public init?(acledBytes bytes: UnsafeBufferPointer<UInt8>) {
        // Length and first byte pick the only candidate; then compare with its name's static bytes.
        guard let first = bytes.first else { return nil }
        let candidate: EventType
        let name: StaticString
        switch (bytes.count, first) {
        case (7, UInt8(ascii: "B")): (candidate, name) = (.battles, "Battles")
        case (26, UInt8(ascii: "E")): (candidate, name) = (.explosionsRemoteViolence, "Explosions/Remote violence")
        case (26, UInt8(ascii: "V")): (candidate, name) = (.violenceAgainstCivilians, "Violence against civilians")
        case (22, UInt8(ascii: "S")): (candidate, name) = (.strategicDevelopments, "Strategic developments")
        case (8, UInt8(ascii: "P")): (candidate, name) = (.protests, "Protests")
        case (5, UInt8(ascii: "R")): (candidate, name) = (.riots, "Riots")
        default: return nil
        }
        let matches = name.withUTF8Buffer { expected in
            var index = 1
            while index < expected.count, expected[index] == bytes[index] { index += 1 }
            return index == expected.count
        }
        guard matches else { return nil }
        self = candidate
    }

    public init?(acledName: String) {
        var copy = acledName
        guard let type = copy.withUTF8({ EventType(acledBytes: $0) }) else { return nil }
        self = type
    }
}

extension EventType {
    /// ACLED's "political violence" event types (everything but protests and strategic developments;
    /// riots count as violent in ACLED's early-warning rules).
    public var isPoliticalViolence: Bool {
        switch self {
        case .battles, .explosionsRemoteViolence, .violenceAgainstCivilians, .riots: true
        case .strategicDevelopments, .protests: false
        }
    }
}

extension EventType: Codable {
    /// Encoded as ACLED's name (`"Battles"`, `"Explosions/Remote violence"`, …).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let name = try container.decode(String.self)
        guard let type = EventType(acledName: name) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "'\(name)' is not one of ACLED's six event types")
        }
        self = type
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(acledName)
    }
}
