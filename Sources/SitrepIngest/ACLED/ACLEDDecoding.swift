public import SitrepCore

/// The name tables and caches one decoding pass keeps: admin1 and admin2 names, actor names and their sides.
///
/// Each distinct actor name is looked up once, when it is first seen (`ActorSideTable`), so a row costs one
/// hash of each actor field's bytes and no allocation. It is a class so that code running inside
/// `ACLEDReader.forEachEvent`'s callback can read the names while the reader adds to them; use it from one
/// thread. Actor names that are not UTF-8 get no side.
///
/// The tables and flags are `@exclusivity(unchecked)`: the reader's per-row updates never overlap a read from
/// the callback (the update has ended before the callback runs), and the dynamic checks cost ~4 % of the
/// instructions of `sitrep indicators`.
public final class ACLEDDecoding {
    @exclusivity(unchecked) public var regions: NameTable
    @exclusivity(unchecked) public var admin2: NameTable = NameTable()
    /// Actor names seen, with their sides.
    @exclusivity(unchecked) public var actors = ActorSideTable()
    /// Months of the event dates seen lately (`MonthMemo`).
    @exclusivity(unchecked) public var months = MonthMemo()
    public let dictionary: ActorDictionary?
    /// Whether admin2 names are interned (`EventRecord.admin2` stays `none` otherwise, saving a hash a row).
    public let internsAdmin2: Bool
    /// When set, each row's `notes` are read for deaths by side, materiel, tags and claims
    /// (`--extract-notes`), which never override a structured field.
    public var notes: NotesExtractor? { didSet { extractsNotes = notes != nil } }
    /// `notes != nil`, kept apart so that the per-row test copies nothing (testing the optional itself copies
    /// the extractor, a hundred instructions and a retain a row).
    @exclusivity(unchecked) @usableFromInline private(set) var extractsNotes = false
    /// `dictionary != nil`, kept apart so that the per-row test copies nothing.
    @usableFromInline let hasDictionary: Bool

    /// - Parameters:
    ///   - dictionary: maps actor names to sides; without one every side is `nil`.
    ///   - internsAdmin2: whether to fill `EventRecord.admin2` (needed by admin2 rows and the 2023 crosswalk).
    public init(regions: NameTable = NameTable(), dictionary: ActorDictionary? = nil, internsAdmin2: Bool = true) {
        self.regions = regions
        self.dictionary = dictionary
        self.hasDictionary = dictionary != nil
        self.internsAdmin2 = internsAdmin2
    }

    /// The side of the actor whose field is `bytes` (`name` gives the unescaped text on first sight).
    @inlinable @inline(__always)
    func side(of bytes: UnsafeBufferPointer<UInt8>, name: () -> String) -> Side? {
        guard hasDictionary, !bytes.isEmpty else { return nil }
        switch actors.lookUp(bytes) {
        case .known(let side): return side
        case .new(let id): return resolveSide(of: bytes, id: id, name: name)
        }
    }

    /// Looks a name seen for the first time up in the dictionary and remembers its side.
    @usableFromInline
    func resolveSide(of bytes: UnsafeBufferPointer<UInt8>, id: Int32, name: () -> String) -> Side? {
        let side = UTF8Validation.isValid(bytes) ? dictionary?.side(of: name()) : nil
        actors.remember(side, for: id)
        return side
    }

    /// Actor names seen so far that the dictionary does not cover, sorted.
    public var unmappedActors: [String] { actors.unmappedNames }
}
