/// Hashing and equality of short byte strings (names read from a row), eight bytes at a time.
public enum ByteString {
    /// A 64-bit hash in the manner of wyhash: the bytes are read as little-endian words (up to 16 bytes as
    /// the first and last eight, overlapping; longer strings 16 bytes a round, then their last 16), and pairs
    /// of words are folded by `fold`, the XOR of the two halves of their 128-bit product, with the length
    /// in the seed. Equal bytes give equal hashes; a short name costs two or three multiplications.
    @inlinable
    public static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        let count = bytes.count
        var seed = secrets.0 ^ UInt64(truncatingIfNeeded: count)
        let first: UInt64, second: UInt64
        if count >= 8, let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            if count > 16 {
                var offset = 0
                while count - offset > 16 {
                    seed = fold(word(raw, offset) ^ secrets.1, word(raw, offset + 8) ^ seed)
                    offset += 16
                }
                first = word(raw, count - 16)
            } else {
                first = word(raw, 0)
            }
            second = word(raw, count - 8)
        } else {
            var small: UInt64 = 0
            for index in 0..<count { small |= UInt64(bytes[index]) << UInt64(8 * index) }
            first = small
            second = 0
        }
        return fold(secrets.1 ^ UInt64(truncatingIfNeeded: count), fold(first ^ secrets.1, second ^ seed))
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
