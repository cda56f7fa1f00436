/// Interns byte strings: each distinct one gets a dense id (0, 1, 2, …) in order of first sight; the bytes live
/// one after another in one arena.
///
/// Open addressing with linear probing on `ByteString.hash`, at most half full; bytes are compared only on a
/// hash match. The lookup allocates nothing once a string has been seen. `NameTable` and the actor-side table
/// of the ACLED reader are built on it.
public struct ByteStringTable: Sendable {
    /// Where each id's bytes start in `arena`; the last entry is the arena's end.
    @usableFromInline var starts: [Int] = [0]
    @usableFromInline var arena: [UInt8] = []
    /// Per slot: -1 when empty, else the id whose hash is in `hashes`.
    @usableFromInline var slots: [Int32]
    @usableFromInline var hashes: [UInt64]
    @usableFromInline var mask: Int

    public init() {
        slots = Array(repeating: -1, count: 64)
        hashes = Array(repeating: 0, count: 64)
        mask = 63
    }

    /// Number of distinct strings.
    public var count: Int { starts.count - 1 }

    /// The id of `bytes`, adding them when they are new (`isNew`).
    @inlinable
    public mutating func id(of bytes: UnsafeBufferPointer<UInt8>) -> (id: Int32, isNew: Bool) {
        let hash = ByteString.hash(bytes)
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let existing = slots[slot]
            if existing < 0 { break }
            if hashes[slot] == hash, holds(existing, bytes) { return (existing, false) }
            slot = (slot + 1) & mask
        }
        return (insert(bytes, hash: hash, slot: slot), true)
    }

    /// The id of `bytes` when they have been added, else `nil`.
    public func existingID(of bytes: UnsafeBufferPointer<UInt8>) -> Int32? {
        let hash = ByteString.hash(bytes)
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] >= 0 {
            if hashes[slot] == hash, holds(slots[slot], bytes) { return slots[slot] }
            slot = (slot + 1) & mask
        }
        return nil
    }

    /// The bytes of `id`, as text (invalid UTF-8 repaired).
    public func string(_ id: Int32) -> String {
        String(decoding: arena[starts[Int(id)]..<starts[Int(id) + 1]], as: UTF8.self)
    }

    /// Whether `id` holds exactly `bytes`.
    @usableFromInline
    func holds(_ id: Int32, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = starts[Int(id)]
        guard starts[Int(id) + 1] - start == bytes.count else { return false }
        guard !bytes.isEmpty else { return true }
        // The range was checked when the bytes were added: `starts` only grows, within the arena.
        return arena.withUnsafeBufferPointer {
            ByteString.equal(UnsafeBufferPointer(start: $0.baseAddress! + start, count: bytes.count), bytes)
        }
    }

    @usableFromInline
    mutating func insert(_ bytes: UnsafeBufferPointer<UInt8>, hash: UInt64, slot: Int) -> Int32 {
        let id = Int32(count)
        arena.append(contentsOf: bytes)
        starts.append(arena.count)
        slots[slot] = id
        hashes[slot] = hash
        if count * 2 > slots.count { grow() }
        return id
    }

    private mutating func grow() {
        let capacity = slots.count * 2
        var newSlots = Array(repeating: Int32(-1), count: capacity)
        var newHashes = Array(repeating: UInt64(0), count: capacity)
        for (oldSlot, id) in slots.enumerated() where id >= 0 {
            var slot = Int(truncatingIfNeeded: hashes[oldSlot]) & (capacity - 1)
            while newSlots[slot] >= 0 { slot = (slot + 1) & (capacity - 1) }
            newSlots[slot] = id
            newHashes[slot] = hashes[oldSlot]
        }
        slots = newSlots
        hashes = newHashes
        mask = capacity - 1
    }
}
