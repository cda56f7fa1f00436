/// Interns byte strings: each distinct one gets a dense id (0, 1, 2, …) in order of first sight; the bytes live
/// one after another in one arena.
///
/// Open addressing with linear probing on `ByteString.hash`, at most half full. A slot holds the hash, id,
/// length and arena offset of its string, so a lookup reads one slot and then compares the bytes, only on a
/// match of hash and length. The lookup allocates nothing once a string has been seen. `NameTable` and the
/// actor-side table of the ACLED reader are built on it.
public struct ByteStringTable: Sendable {
    @usableFromInline
    struct Slot: Sendable {
        @usableFromInline var hash: UInt64 = 0
        /// Where the bytes start in `arena`.
        @usableFromInline var start = 0
        @usableFromInline var count: Int32 = 0
        /// -1 when the slot is empty.
        @usableFromInline var id: Int32 = -1

        @inlinable init() {}
    }

    /// Where each id's bytes start in `arena`; the last entry is the arena's end.
    @usableFromInline var starts: [Int] = [0]
    @usableFromInline var arena: [UInt8] = []
    @usableFromInline var slots: [Slot]
    @usableFromInline var mask: Int

    public init() {
        slots = Array(repeating: Slot(), count: 64)
        mask = 63
    }

    /// Number of distinct strings.
    public var count: Int { starts.count - 1 }

    /// The id of `bytes`, adding them when they are new (`isNew`).
    @inlinable @inline(__always)
    public mutating func id(of bytes: UnsafeBufferPointer<UInt8>) -> (id: Int32, isNew: Bool) {
        let hash = ByteString.hash(bytes)
        if let id = find(bytes, hash: hash) { return (id, false) }
        return (insert(bytes, hash: hash), true)
    }

    /// The id of `bytes` when they have been added, else `nil`.
    public func existingID(of bytes: UnsafeBufferPointer<UInt8>) -> Int32? {
        find(bytes, hash: ByteString.hash(bytes))
    }

    /// The id of `bytes`, whose hash is `hash`, if present.
    @inlinable @inline(__always)
    func find(_ bytes: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int32? {
        slots.withUnsafeBufferPointer { slots in
            arena.withUnsafeBufferPointer { arena in
                var index = Int(truncatingIfNeeded: hash) & mask
                while true {
                    let slot = slots[index]
                    if slot.id < 0 { return nil }
                    // `start` and `count` were checked against the arena when the bytes were added.
                    if slot.hash == hash, Int(slot.count) == bytes.count,
                        ByteString.equal(
                            arena.baseAddress.map { $0 + slot.start }, bytes.baseAddress, count: bytes.count)
                    {
                        return slot.id
                    }
                    index = (index &+ 1) & mask
                }
            }
        }
    }

    /// The bytes of `id`, as text (invalid UTF-8 repaired).
    public func string(_ id: Int32) -> String {
        String(decoding: arena[starts[Int(id)]..<starts[Int(id) + 1]], as: UTF8.self)
    }

    /// Adds `bytes` (not present), whose hash is `hash`, and returns its id.
    @usableFromInline
    mutating func insert(_ bytes: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int32 {
        var slot = Slot()
        slot.hash = hash
        slot.start = arena.count
        slot.count = Int32(bytes.count)
        slot.id = Int32(count)
        arena.append(contentsOf: bytes)
        starts.append(arena.count)
        if count * 2 > slots.count { grow() }
        place(slot)
        return slot.id
    }

    /// Puts `slot` in the first empty place of its probe sequence.
    private mutating func place(_ slot: Slot) {
        var index = Int(truncatingIfNeeded: slot.hash) & mask
        while slots[index].id >= 0 { index = (index + 1) & mask }
        slots[index] = slot
    }

    private mutating func grow() {
        let old = slots
        slots = Array(repeating: Slot(), count: old.count * 2)
        mask = slots.count - 1
        for slot in old where slot.id >= 0 { place(slot) }
    }
}
