/// ACLED's six event types, with the names ACLED writes and the column names Sitrep uses.
public enum EventType: UInt8, Sendable, CaseIterable, ACLEDNamedType {
    case battles
    case explosionsRemoteViolence
    case violenceAgainstCivilians
    case strategicDevelopments
    case protests
    case riots

    /// The name as it appears in ACLED's `event_type` column.
    @inlinable
    public var acledStaticName: StaticString {
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

    /// The only type whose ACLED name has this length and first byte.
    @inlinable @inline(__always)
    public static func candidate(count: Int, first: UInt8) -> EventType? {
        // One integer key, the length above the first byte, so that the switch is a search over constants.
        switch count &<< 8 | Int(first) {
        case 0x07_42: /* 7, "B" */ .battles
        case 0x1A_45: /* 26, "E" */ .explosionsRemoteViolence
        case 0x1A_56: /* 26, "V" */ .violenceAgainstCivilians
        case 0x16_53: /* 22, "S" */ .strategicDevelopments
        case 0x08_50: /* 8, "P" */ .protests
        case 0x05_52: /* 5, "R" */ .riots
        default: nil
        }
    }

    /// The type named exactly `acledName` (`init(exactACLEDName:)`), or `nil`.
    public init?(acledName: String) { self.init(exactACLEDName: acledName) }
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
