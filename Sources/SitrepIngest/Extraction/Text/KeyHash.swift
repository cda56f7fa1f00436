/// 64-bit FNV-1a hashes of folded token keys, and a small open-addressing table keyed by them.
///
/// The lexicons are probed once per token on the notes path (a million notes, thirty tokens each), where
/// `String` hashing dominated the cost. Keys are compared by their 64-bit hash only: for the few thousand
/// lexicon keys and any input word the chance of a false match is below 10⁻¹⁵ per lookup.
enum KeyHash {
    static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x100_0000_01b3

    @inline(__always)
    static func step(_ hash: UInt64, _ byte: UInt8) -> UInt64 { (hash ^ UInt64(byte)) &* prime }

    /// The hash of a folded key as the tokenizer computes it (never 0, which marks an empty slot).
    static func of(_ key: String) -> UInt64 {
        var hash = offsetBasis
        for byte in key.utf8 { hash = step(hash, byte) }
        return finish(hash)
    }

    @inline(__always)
    static func finish(_ hash: UInt64) -> UInt64 { hash == 0 ? 1 : hash }
}

/// An insert-only hash table from `KeyHash` values to values, with linear probing at load ≤ 1/2.
struct KeyTable<Value: Sendable>: Sendable {
    private var keys: [UInt64]
    private var values: [Value?]
    private var mask: Int
    private(set) var count = 0

    init() {
        keys = Array(repeating: 0, count: 16)
        values = Array(repeating: nil, count: 16)
        mask = 15
    }

    @inline(__always)
    private func slot(_ key: UInt64) -> Int { Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 20) & mask }

    func find(_ key: UInt64) -> Value? {
        var i = slot(key)
        while true {
            let k = keys[i]
            if k == key { return values[i] }
            if k == 0 { return nil }
            i = (i + 1) & mask
        }
    }

    /// Inserts or replaces the value for `key`.
    mutating func set(_ key: UInt64, _ value: Value) {
        if (count + 1) * 2 > keys.count { grow() }
        var i = slot(key)
        while keys[i] != 0 && keys[i] != key { i = (i + 1) & mask }
        if keys[i] == 0 { count += 1 }
        keys[i] = key
        values[i] = value
    }

    private mutating func grow() {
        let oldKeys = keys
        let oldValues = values
        keys = Array(repeating: 0, count: oldKeys.count * 2)
        values = Array(repeating: nil, count: oldKeys.count * 2)
        mask = keys.count - 1
        count = 0
        for (k, v) in zip(oldKeys, oldValues) where k != 0 { set(k, v!) }
    }
}

/// Hashes of the folded words the rules compare tokens with.
enum Words {
    static let entre = KeyHash.of("entre"), between = KeyHash.of("between")
    static let et = KeyHash.of("et"), and = KeyHash.of("and")
    static let un = KeyHash.of("un"), une = KeyHash.of("une"), a = KeyHash.of("a"), an = KeyHash.of("an")
}
