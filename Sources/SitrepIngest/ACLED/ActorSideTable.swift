public import SitrepCore

/// Interns actor names given as bytes (a `ByteStringTable`) and remembers each one's side, so that a row costs
/// one hash and one comparison per actor field and the dictionary is consulted once per distinct name.
/// Ids are dense (0, 1, …) in order of first sight.
public struct ActorSideTable: Sendable {
    @usableFromInline var table = ByteStringTable()
    /// Per id: the actor's side, `nil` when unmapped.
    @usableFromInline var sides: [Side?] = []

    public init() {}

    /// What the table knows of the actor whose field is `bytes`.
    public enum Lookup {
        /// Seen before, with this side (`nil`: unmapped).
        case known(Side?)
        /// Seen for the first time and added under this id: its side is to be given with `remember(_:for:)`.
        case new(Int32)
    }

    /// Looks the actor whose field is `bytes` up, adding its name when it is new.
    @inlinable @inline(__always)
    public mutating func lookUp(_ bytes: UnsafeBufferPointer<UInt8>) -> Lookup {
        let (id, isNew) = table.id(of: bytes)
        if isNew {
            sides.append(nil)
            return .new(id)
        }
        return .known(sides[Int(id)])
    }

    /// Remembers `side` (`nil`: unmapped) for `id`.
    public mutating func remember(_ side: Side?, for id: Int32) {
        sides[Int(id)] = side
    }

    /// Names seen whose side is unmapped, sorted.
    public var unmappedNames: [String] {
        sides.indices.filter { sides[$0] == nil }.map { table.string(Int32($0)) }.sorted()
    }
}
