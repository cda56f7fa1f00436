public import SitrepCore

/// The name tables and caches one decoding pass keeps: admin1 and admin2 names, actor names and their sides,
/// sub-event type names.
///
/// Each distinct actor (and sub-event) name is looked up once, when it is first seen: its interned id indexes
/// a cache of the answer, so a row costs one hash of the field's bytes and no allocation. It is a class so
/// that code running inside `ACLEDReader.forEachEvent`'s callback can read the names while the reader adds
/// to them; use it from one thread.
public final class ACLEDDecoding {
    public var regions: NameTable
    public var admin2: NameTable = NameTable()
    public var actors: NameTable = NameTable()
    public let dictionary: ActorDictionary?
    var subEvents = NameTable()

    /// Per actor id: `unseen`, `unmapped`, or the index of the side in `Side.allCases`.
    private var sideCache: [UInt8] = []
    private var subEventCache: [UInt8] = []
    private static let unseen: UInt8 = 0xFF
    private static let unmapped: UInt8 = 0xFE
    private static let sides = Side.allCases

    /// - Parameter dictionary: maps actor names to sides; without one every side is `nil`.
    public init(regions: NameTable = NameTable(), dictionary: ActorDictionary? = nil) {
        self.regions = regions
        self.dictionary = dictionary
    }

    /// The side of the actor whose field is `bytes` (`name` gives the unescaped text on first sight).
    @inlinable
    func side(of bytes: UnsafeBufferPointer<UInt8>, name: () -> String) -> Side? {
        guard dictionary != nil, !bytes.isEmpty, let id = actors.id(of: bytes) else { return nil }
        return cachedSide(id: Int(id), name: name)
    }

    @usableFromInline
    func cachedSide(id: Int, name: () -> String) -> Side? {
        while sideCache.count <= id { sideCache.append(ACLEDDecoding.unseen) }
        var code = sideCache[id]
        if code == ACLEDDecoding.unseen {
            if let side = dictionary?.side(of: name()) {
                code = UInt8(ACLEDDecoding.sides.firstIndex(of: side)!)
            } else {
                code = ACLEDDecoding.unmapped
            }
            sideCache[id] = code
        }
        return code == ACLEDDecoding.unmapped ? nil : ACLEDDecoding.sides[Int(code)]
    }

    /// ACLED sub-event type of the field's bytes.
    func subEventType(of bytes: UnsafeBufferPointer<UInt8>) -> SubEventType? {
        guard !bytes.isEmpty, let id = subEvents.id(of: bytes) else { return nil }
        let index = Int(id)
        while subEventCache.count <= index { subEventCache.append(ACLEDDecoding.unseen) }
        if subEventCache[index] == ACLEDDecoding.unseen {
            subEventCache[index] = SubEventType(acledName: subEvents.names[index])?.rawValue ?? ACLEDDecoding.unmapped
        }
        let code = subEventCache[index]
        return code == ACLEDDecoding.unmapped ? nil : SubEventType(rawValue: code)
    }

    /// Actor names seen so far that the dictionary does not cover, sorted.
    public var unmappedActors: [String] {
        var names: [String] = []
        for (id, code) in sideCache.enumerated() where code == ACLEDDecoding.unmapped { names.append(actors.names[id]) }
        return names.sorted()
    }
}
