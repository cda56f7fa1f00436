/// Interns names given as UTF-8 bytes: each distinct name gets a dense integer id (0, 1, 2, …).
///
/// Bytes that are not well-formed UTF-8 get no id (`nil`); they are checked once, when first seen.
///
/// Lookup hashes the bytes (`ByteString.hash`) into an open-addressing table and compares bytes only on a hash
/// match, so the hot path allocates nothing once a name has been seen.
public struct NameTable: Sendable {
    public private(set) var names: [String] = []
    private var storedBytes: [[UInt8]] = []
    @usableFromInline var isValid: [Bool] = []
    private var slots: [Int32]  // -1 = empty, else id
    private var hashes: [UInt64]
    private var mask: Int

    public init() {
        slots = Array(repeating: -1, count: 64)
        hashes = Array(repeating: 0, count: 64)
        mask = 63
    }

    public var count: Int { names.count }

    /// The id of `bytes`, adding the name if it is new; `nil` when the bytes are not UTF-8.
    @inlinable
    public mutating func id(of bytes: UnsafeBufferPointer<UInt8>) -> Int32? {
        let id = slotID(of: bytes, hash: ByteString.hash(bytes))
        return isValid[Int(id)] ? id : nil
    }

    /// The id of `name`, adding it if it is new.
    public mutating func id(of name: String) -> Int32 {
        var copy = name
        return copy.withUTF8 { id(of: $0)! }
    }

    /// The id of a name already present, or `nil`.
    public func existingID(of name: String) -> Int32? {
        var copy = name
        return copy.withUTF8 { bytes in
            let hash = ByteString.hash(bytes)
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot] >= 0 {
                if hashes[slot] == hash,
                    storedBytes[Int(slots[slot])].withUnsafeBufferPointer({ ByteString.equal($0, bytes) })
                {
                    return slots[slot]
                }
                slot = (slot + 1) & mask
            }
            return nil
        }
    }

    @usableFromInline
    mutating func slotID(of bytes: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int32 {
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let existing = slots[slot]
            if existing < 0 { break }
            if hashes[slot] == hash, storedBytes[Int(existing)].withUnsafeBufferPointer({ ByteString.equal($0, bytes) })
            {
                return existing
            }
            slot = (slot + 1) & mask
        }
        let newID = Int32(names.count)
        names.append(String(decoding: bytes, as: UTF8.self))
        storedBytes.append(Array(bytes))
        isValid.append(UTF8Validation.isValid(bytes))
        slots[slot] = newID
        hashes[slot] = hash
        if names.count * 2 > slots.count { grow() }
        return newID
    }

    private mutating func grow() {
        let capacity = slots.count * 2
        var newSlots = Array(repeating: Int32(-1), count: capacity)
        var newHashes = Array(repeating: UInt64(0), count: capacity)
        let newMask = capacity - 1
        for (oldSlot, id) in slots.enumerated() where id >= 0 {
            var slot = Int(truncatingIfNeeded: hashes[oldSlot]) & newMask
            while newSlots[slot] >= 0 { slot = (slot + 1) & newMask }
            newSlots[slot] = id
            newHashes[slot] = hashes[oldSlot]
        }
        slots = newSlots
        hashes = newHashes
        mask = newMask
    }
}
