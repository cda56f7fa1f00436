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

    /// Equal bytes hash equally wherever they lie. Every byte of a name of up to 16 bytes is read, so no two
    /// of those names collide; longer names differ in hash when they differ in a sampled word (the first,
    /// middle or last eight bytes).
    @Test func equalBytesHashEquallyAtAnyAddressAndSampledBytesDistinguishNames() {
        var seen: [UInt64: [UInt8]] = [:]
        for name in Self.names {
            let hash = name.withUnsafeBufferPointer(ByteString.hash)
            // The same bytes at an odd offset inside a larger buffer.
            let shifted = ([0x2C] + name + [0x2C]).withUnsafeBufferPointer {
                ByteString.hash(UnsafeBufferPointer(rebasing: $0[1..<(1 + name.count)]))
            }
            #expect(shifted == hash)
            let count = name.count
            let middle = count / 2 - 4..<count / 2 + 4
            let sampled =
                count <= 16
                || name.indices.allSatisfy { place in
                    name[place] == Self.names.first { $0.count == count }![place] || place < 8 || place >= count - 8
                        || middle.contains(place)
                }
            guard sampled else { continue }
            #expect(seen[hash] == nil, "\(name) collides with \(seen[hash] ?? [])")
            seen[hash] = name
        }
        // Every name of up to 16 bytes, and for each longer length the base name and its variants at the
        // sampled places (the three words overlap in names shorter than 24 bytes).
        let sampledPlaces = (17...80).map { count in
            Set(Array(0..<8) + Array(count - 8..<count) + Array(count / 2 - 4..<count / 2 + 4)).count
        }
        #expect(seen.count == (0...16).reduce(0) { $0 + 1 + $1 } + sampledPlaces.reduce(0) { $0 + 1 + $1 })
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
