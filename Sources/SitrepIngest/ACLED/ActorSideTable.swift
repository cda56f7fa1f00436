public import SitrepCore

/// Interns actor names given as bytes and remembers each one's side, so that a row costs one hash and one
/// comparison per actor field and the dictionary is consulted once per distinct name (`knownSide`, then
/// `remember` on first sight).
///
/// Open addressing on `ByteString.hash`; the names' bytes live in one arena.
/// Ids are dense (0, 1, …) in order of first sight.
public struct ActorSideTable: Sendable {
    /// Per id: side code, `unmapped`, or `unknown` (not yet looked up). Side codes index `Side.allCases`.
    @usableFromInline var codes: [UInt8] = []
    @usableFromInline var starts: [Int] = []
    @usableFromInline var lengths: [Int] = []
    @usableFromInline var arena: [UInt8] = []
    @usableFromInline var slots: [Int32]
    @usableFromInline var hashes: [UInt64]
    @usableFromInline var mask: Int

    @usableFromInline static let unmapped: UInt8 = 0xFE
    @usableFromInline static let sides = Side.allCases

    public init() {
        slots = Array(repeating: -1, count: 256)
        hashes = Array(repeating: 0, count: 256)
        mask = 255
    }

    public var count: Int { codes.count }

    /// The name of id `id`, as text (invalid UTF-8 repaired).
    public func name(_ id: Int) -> String {
        String(decoding: arena[starts[id]..<(starts[id] + lengths[id])], as: UTF8.self)
    }

    /// The side remembered for the actor whose field is `bytes` (with `hash == ByteString.hash(bytes)`):
    /// `.some(side)`, where `side` is `nil` for an unmapped name, or `nil` when the name was never seen.
    ///
    /// It changes nothing, but is `mutating` so that a table held in a class property is read in place: a
    /// non-mutating call copies the table out, retaining its arrays, on every row.
    @inlinable
    public mutating func knownSide(of bytes: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Side?? {
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let existing = slots[slot]
            if existing < 0 { return nil }
            let id = Int(existing)
            if hashes[slot] == hash, lengths[id] == bytes.count, equalsArena(at: starts[id], bytes) {
                let code = codes[id]
                return .some(code == ActorSideTable.unmapped ? nil : ActorSideTable.sides[Int(code)])
            }
            slot = (slot + 1) & mask
        }
    }

    /// Remembers `side` (`nil`: unmapped) for a name not seen before (`knownSide` returned `nil`), and
    /// returns its id.
    @discardableResult
    public mutating func remember(_ bytes: UnsafeBufferPointer<UInt8>, hash: UInt64, side: Side?) -> Int {
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] >= 0 { slot = (slot + 1) & mask }
        let id = insert(bytes, hash: hash, slot: slot)
        codes[id] = side.map { UInt8(ActorSideTable.sides.firstIndex(of: $0)!) } ?? ActorSideTable.unmapped
        return id
    }

    @usableFromInline
    func equalsArena(at start: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return true }
        return arena.withUnsafeBufferPointer {
            ByteString.equal(
                UnsafeBufferPointer(start: $0.baseAddress! + start, count: bytes.count),
                UnsafeBufferPointer(start: base, count: bytes.count))
        }
    }

    @usableFromInline
    mutating func insert(_ bytes: UnsafeBufferPointer<UInt8>, hash: UInt64, slot: Int) -> Int {
        let id = codes.count
        codes.append(ActorSideTable.unmapped)
        starts.append(arena.count)
        lengths.append(bytes.count)
        arena.append(contentsOf: bytes)
        slots[slot] = Int32(id)
        hashes[slot] = hash
        if codes.count * 2 > slots.count { grow() }
        return id
    }

    mutating func grow() {
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

    /// Names seen whose side is unmapped, sorted.
    public var unmappedNames: [String] {
        codes.indices.filter { codes[$0] == ActorSideTable.unmapped }.map(name).sorted()
    }
}
