import SitrepCore
import Testing

/// Every event and sub-event type is read back from its ACLED name's bytes (the length-and-first-byte switch
/// agrees with the names), and a name that differs in its last byte is not.
@Suite struct ACLEDNamedTypeTests {
    static func read<T: ACLEDNamedType>(_ text: String, as type: T.Type) -> T? {
        var text = text
        return text.withUTF8 { T(acledBytes: $0) }
    }

    static func roundTrips<T: ACLEDNamedType & Equatable>(_ type: T.Type) {
        for value in T.allCases {
            #expect(read(value.acledName, as: T.self) == value, "\(value.acledName)")
            var altered = Array(value.acledName.utf8)
            altered[altered.count - 1] ^= 0x20
            #expect(read(String(decoding: altered, as: UTF8.self), as: T.self) == nil)
        }
        #expect(read("", as: T.self) == nil)
    }

    @Test func eventTypes() {
        Self.roundTrips(EventType.self)
        #expect(EventType.battles.acledName == "Battles")
    }

    @Test func subEventTypes() {
        Self.roundTrips(SubEventType.self)
        #expect(SubEventType.remoteExplosiveLandmineIED.acledName == "Remote explosive/landmine/IED")
        #expect(SubEventType(acledName: "armed CLASH") == .armedClash)
    }
}
