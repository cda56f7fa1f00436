/// A 64-bit fingerprint of everything an incident says, computed over its `PreparedRows` encoding: each
/// slot's kind, its number or text length, then the text bytes of all slots, 8 bytes at a time
/// (little-endian words, the last one zero-padded), mixed by `h = (h ^ w) &* 0x9E3779B97F4A7C15;
/// h ^= h >> 32`.
///
/// Stable across runs and machines (unlike `Hasher`), so the store can tell an unchanged row from an
/// edited one without reading the stored revision back. The revision stamp is not in the encoding: a row
/// whose only change is its stamp is not a new revision. Two different incidents collide with
/// probability about 2⁻⁶⁴.
enum IncidentDigest {
    static func digest(slots: ArraySlice<PreparedRow.Slot>, bytes: ArraySlice<UInt8>) -> Int64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        @inline(__always) func mix(_ word: UInt64) {
            h = (h ^ word) &* 0x9E37_79B9_7F4A_7C15
            h ^= h >> 32
        }
        for slot in slots {
            mix(UInt64(slot.kind.rawValue))
            mix(slot.kind == .text ? UInt64(slot.count) : UInt64(bitPattern: slot.number))
        }
        bytes.withUnsafeBytes { raw in
            let words = raw.count / 8
            for index in 0..<words {
                mix(UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index * 8, as: UInt64.self)))
            }
            var tail: UInt64 = 0
            for (shift, byte) in raw[(words * 8)...].enumerated() { tail |= UInt64(byte) << (8 * UInt64(shift)) }
            mix(tail)
        }
        return Int64(bitPattern: h)
    }
}
