/// Interns names given as UTF-8 bytes: each distinct name gets a dense integer id (0, 1, 2, …).
///
/// Bytes that are not well-formed UTF-8 get no id (`nil`); they are checked once, when first seen. The lookup is
/// a `ByteStringTable`'s, so the hot path allocates nothing once a name has been seen.
public struct NameTable: Sendable {
    public private(set) var names: [String] = []
    @usableFromInline var table = ByteStringTable()
    @usableFromInline var isValid: [Bool] = []

    public init() {}

    public var count: Int { names.count }

    /// The id of `bytes`, adding the name if it is new; `nil` when the bytes are not UTF-8.
    @inlinable @inline(__always)
    public mutating func id(of bytes: UnsafeBufferPointer<UInt8>) -> Int32? {
        let (id, isNew) = table.id(of: bytes)
        if isNew { add(bytes) }
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
        return copy.withUTF8 { table.existingID(of: $0) }
    }

    /// Records the name and validity of the id just added.
    @usableFromInline
    mutating func add(_ bytes: UnsafeBufferPointer<UInt8>) {
        names.append(String(decoding: bytes, as: UTF8.self))
        isValid.append(UTF8Validation.isValid(bytes))
    }
}
