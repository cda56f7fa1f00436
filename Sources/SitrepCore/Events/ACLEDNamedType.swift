/// An ACLED category (event type, sub-event type) named by a fixed text, read from a row's bytes.
///
/// `init(acledBytes:)` lets the length and first byte pick the only possible case (`candidate(count:first:)`,
/// a switch), then compares the bytes with its name: no allocation and no hashing per row. The names live once,
/// in `acledStaticName`.
public protocol ACLEDNamedType: CaseIterable {
    /// The name as ACLED writes it.
    var acledStaticName: StaticString { get }
    /// The only case whose name has `count` bytes and begins with `first`, if any.
    static func candidate(count: Int, first: UInt8) -> Self?
}

extension ACLEDNamedType {
    /// The name as ACLED writes it.
    public var acledName: String { acledStaticName.description }

    /// The case whose ACLED name is exactly these bytes (ACLED's spelling, case-sensitive), or `nil`.
    @inlinable @inline(__always)
    public init?(acledBytes bytes: UnsafeBufferPointer<UInt8>) {
        guard let first = bytes.first, let candidate = Self.candidate(count: bytes.count, first: first) else {
            return nil
        }
        // The candidate's name has `bytes.count` bytes; a `StaticString` literal's are its UTF-8 code units.
        guard ByteString.equal(candidate.acledStaticName.utf8Start, bytes.baseAddress, count: bytes.count) else {
            return nil
        }
        self = candidate
    }

    /// The case whose ACLED name is exactly `name` (ACLED's spelling, case-sensitive), or `nil`.
    public init?(exactACLEDName name: String) {
        var copy = name
        guard let type = copy.withUTF8({ Self(acledBytes: $0) }) else { return nil }
        self = type
    }
}
