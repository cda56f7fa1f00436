/// Hashing and equality of short byte strings (names read from a row), a word at a time.
public enum ByteString {
    /// A 64-bit hash of at most three words of the bytes, in the manner of wyhash: the first and last eight
    /// bytes (four for a name of 4–7 bytes, three sampled bytes below that), with the eight in the middle of a
    /// name longer than 16 bytes mixed into the second, and the length in the first. The two words are folded
    /// by `fold`, the XOR of the two halves of their 128-bit product.
    ///
    /// Equal bytes give equal hashes. Bytes between the sampled words are not read: names that differ only
    /// there collide, which costs a table one more comparison (`ByteStringTable` compares every byte of a hash
    /// match) and never a wrong answer. A name costs one or two multiplications whatever its length.
    @inlinable @inline(__always)
    public static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        let count = bytes.count
        guard count > 0, let base = bytes.baseAddress else { return secrets.0 }
        let raw = UnsafeRawPointer(base)
        var first: UInt64, last: UInt64
        if count >= 8 {
            first = word(raw, 0)
            last = word(raw, count - 8)
            if count > 16 { last ^= fold(word(raw, count / 2 - 4) ^ secrets.0, secrets.1) }
        } else if count >= 4 {
            first = UInt64(halfWord(raw, 0))
            last = UInt64(halfWord(raw, count - 4))
        } else {
            first = UInt64(base[0]) | UInt64(base[count >> 1]) << 8 | UInt64(base[count - 1]) << 16
            last = 0
        }
        return fold(first ^ secrets.0 ^ UInt64(truncatingIfNeeded: count), last ^ secrets.1)
    }

    /// The odd constants of the hash (wyhash's first two secrets).
    @inlinable static var secrets: (UInt64, UInt64) { (0xA076_1D64_78BD_642F, 0xE703_7ED1_A0B4_28DB) }

    /// The XOR of the high and low halves of the 128-bit product.
    @inlinable @inline(__always)
    static func fold(_ a: UInt64, _ b: UInt64) -> UInt64 {
        let product = a.multipliedFullWidth(by: b)
        return product.high ^ product.low
    }

    /// The little-endian word at `offset`.
    @inlinable @inline(__always)
    static func word(_ raw: UnsafeRawPointer, _ offset: Int) -> UInt64 {
        UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
    }

    /// The little-endian 32-bit word at `offset`.
    @inlinable @inline(__always)
    static func halfWord(_ raw: UnsafeRawPointer, _ offset: Int) -> UInt32 {
        UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt32.self))
    }

    /// Whether both hold the same bytes.
    @inlinable
    public static func equal(_ lhs: UnsafeBufferPointer<UInt8>, _ rhs: UnsafeBufferPointer<UInt8>) -> Bool {
        lhs.count == rhs.count && equal(lhs.baseAddress, rhs.baseAddress, count: lhs.count)
    }

    /// Whether the `count` bytes at `lhs` and `rhs` are the same: eight at a time (the last word overlapping the
    /// one before it), two overlapping 32-bit words for 4–7 bytes, and the first, middle and last byte (which are
    /// all of them) below that. The pointers may be `nil` only when `count` is 0.
    @inlinable @inline(__always)
    public static func equal(_ lhs: UnsafePointer<UInt8>?, _ rhs: UnsafePointer<UInt8>?, count: Int) -> Bool {
        guard count > 0, let left = lhs, let right = rhs else { return true }
        let a = UnsafeRawPointer(left), b = UnsafeRawPointer(right)
        if count >= 8 {
            var offset = 0
            while offset &+ 8 < count {
                if word(a, offset) != word(b, offset) { return false }
                offset &+= 8
            }
            return word(a, count &- 8) == word(b, count &- 8)
        }
        if count >= 4 {
            return halfWord(a, 0) == halfWord(b, 0) && halfWord(a, count &- 4) == halfWord(b, count &- 4)
        }
        return left[0] == right[0] && left[count >> 1] == right[count >> 1] && left[count &- 1] == right[count &- 1]
    }
}
