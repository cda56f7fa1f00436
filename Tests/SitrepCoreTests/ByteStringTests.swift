import SitrepCore
import Testing

@Suite struct ByteStringTests {
    /// Names of every length from 0 to 80 bytes, with their variants differing in one byte at each place.
    static let names: [[UInt8]] = (0...80).flatMap { length -> [[UInt8]] in
        let base = (0..<length).map { UInt8(ascii: "a") + UInt8($0 % 26) }
        return [base]
            + (0..<length).map { place in
                var variant = base
                variant[place] = UInt8(ascii: "Z")
                return variant
            }
    }

    @Test func equalBytesHashEquallyAtAnyAddressAndDistinctNamesDoNot() {
        var seen: [UInt64: [UInt8]] = [:]
        for name in Self.names {
            let hash = name.withUnsafeBufferPointer(ByteString.hash)
            // The same bytes at an odd offset inside a larger buffer.
            let shifted = ([0x2C] + name + [0x2C]).withUnsafeBufferPointer {
                ByteString.hash(UnsafeBufferPointer(rebasing: $0[1..<(1 + name.count)]))
            }
            #expect(shifted == hash)
            #expect(seen[hash] == nil, "\(name) collides with \(seen[hash] ?? [])")
            seen[hash] = name
        }
        #expect(seen.count == Self.names.count)
    }

    @Test func equalityAgreesWithArrayEquality() {
        let sample = Self.names.filter { $0.count % 7 == 0 || $0.count < 18 }
        for left in sample {
            for right in sample where abs(left.count - right.count) <= 1 {
                let equal = left.withUnsafeBufferPointer { l in
                    right.withUnsafeBufferPointer { ByteString.equal(l, $0) }
                }
                #expect(equal == (left == right))
            }
        }
    }
}
