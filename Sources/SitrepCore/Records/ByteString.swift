/// Hashing and equality of short byte strings (names read from a row), eight bytes at a time.
public enum ByteString {
    /// The bytes as little-endian words: whole words, then the last `count % 8` bytes zero-padded (read as the
    /// string's last eight bytes shifted, when there are eight or more, so that nothing past the end is read).
    @inlinable @inline(__always)
    static func forEachWord(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (UInt64) -> Void) {
        guard let base = bytes.baseAddress else { return }
        let raw = UnsafeRawPointer(base)
        let count = bytes.count
        var offset = 0
        while offset + 8 <= count {
            body(UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)))
            offset += 8
        }
        let rest = count - offset
        guard rest > 0 else { return }
        if count >= 8 {
            let last = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self))
            body(last >> UInt64(8 * (8 - rest)))
        } else {
            var word: UInt64 = 0
            for index in 0..<rest { word |= UInt64(bytes[index]) << UInt64(8 * index) }
            body(word)
        }
    }

    /// A 64-bit hash: h ← rotl((h ⊕ word) · k, 29) over the words with k = 0x9E3779B97F4A7C15 (2⁶⁴/φ), then
    /// the length mixed in and a final avalanche (the murmur3 64-bit finaliser). Equal bytes give equal hashes.
    @inlinable
    public static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        let k: UInt64 = 0x9E37_79B9_7F4A_7C15
        var h: UInt64 = 0
        forEachWord(bytes) { word in h = ((h ^ word) &* k).rotated(29) }
        h ^= UInt64(bytes.count)
        h ^= h >> 33
        h &*= 0xFF51_AFD7_ED55_8CCD
        h ^= h >> 33
        h &*= 0xC4CE_B9FE_1A85_EC53
        h ^= h >> 33
        return h
    }

    /// Whether both hold the same bytes: the lengths, then eight bytes at a time (the last word overlapping
    /// the one before it), then a byte loop for strings shorter than eight.
    @inlinable
    public static func equal(_ lhs: UnsafeBufferPointer<UInt8>, _ rhs: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = lhs.count
        guard count == rhs.count else { return false }
        guard count >= 8, let left = lhs.baseAddress, let right = rhs.baseAddress else {
            for index in 0..<count where lhs[index] != rhs[index] { return false }
            return true
        }
        let a = UnsafeRawPointer(left), b = UnsafeRawPointer(right)
        var offset = 0
        while offset + 8 < count {
            if a.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
                != b.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
            {
                return false
            }
            offset += 8
        }
        return a.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
            == b.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
    }
}

extension UInt64 {
    @inlinable @inline(__always)
    func rotated(_ count: UInt64) -> UInt64 { self << count | self >> (64 - count) }
}
