/// The structure of a stretch of CSV bytes, found 64 bytes at a time, from which well-formed records are cut
/// without looking at their bytes again.
///
/// For each 64-byte block, vector comparisons (the public `SIMD16<UInt8>` type) give two bit masks: quotes and
/// separators (`,` and `\n`; `BlockMasks`). A running XOR of the quote mask (prefix XOR, carried from block to
/// block) marks the bytes inside quotes; the separators outside quotes are the field boundaries, and are listed
/// by walking their bits. Doubled quotes toggle the state twice and need no branch.
///
/// The index lists two things, in file order: `separators`, the offsets of the `,` and `\n` outside quotes, and
/// `specials`, the offsets of every quote and of every line feed inside quotes. A record is cut from the
/// separators only when its specials are exactly the two enclosing quotes of its quoted fields
/// (`record(_:count:from:)`); anything else (a doubled quote, a line break inside a field, a stray quote)
/// is left to `CSVRecordScanner`, which defines the result, and the index restarts after that record. So the
/// index changes how fast records are found, never what they are.
struct CSVBlockIndex: ~Copyable {
    /// A record cut from the index: its fields end at `separators[0..<fieldCount]`, and `separators[-1]` is the
    /// offset just before its first field.
    struct Cut {
        var separators: UnsafePointer<Int32>
        var fieldCount: Int
        var next: Int
    }

    /// Bytes indexed per step: the index runs ahead of the records by at most this much, which bounds the work
    /// thrown away when a record needs the record scanner.
    static let stepSize = 16 << 10
    /// Bytes past the end of the data that a block load may read (their bits are masked off).
    static let overread = 64

    /// Most fields a record cut from the index may have; a longer one goes to the record scanner.
    private let fieldCapacity: Int
    /// `separators[0]` is the offset before the first field of the record being cut; then come the offsets of
    /// the separators found, up to `separatorCount`.
    private let separators: UnsafeMutablePointer<Int32>
    private let specials: UnsafeMutablePointer<Int32>
    private var separatorCount = 0
    /// The next separator to read; the record being cut starts after `separators[recordFirst - 1]`.
    private var separatorCursor = 0
    private var recordFirst = 0
    private var specialCount = 0
    private var specialCursor = 0
    /// Bytes before this offset are indexed.
    private var indexedEnd = 0
    /// All ones when the byte before `indexedEnd` is inside quotes, else zero.
    private var insideQuotes: UInt64 = 0

    init(fieldCapacity: Int) {
        self.fieldCapacity = fieldCapacity
        separators = .allocate(capacity: Self.stepSize + Self.overread + fieldCapacity + 2)
        specials = .allocate(capacity: Self.stepSize + Self.overread + 2)
    }

    deinit {
        separators.deallocate()
        specials.deallocate()
    }

    /// Forgets everything indexed and starts again at `offset`, which must be the start of a record.
    mutating func restart(at offset: Int) {
        separators[0] = Int32(truncatingIfNeeded: offset - 1)
        separatorCount = 1
        separatorCursor = 1
        recordFirst = 1
        specialCount = 0
        specialCursor = 0
        indexedEnd = offset
        insideQuotes = 0
    }

    /// Cuts the record that starts at `offset`, which must be where the last record cut (or `restart`) left off.
    ///
    /// Returns the record, whose fields are what `CSVRecordScanner.scan` would find, or `nil` when the record
    /// must be scanned with `CSVRecordScanner` (and the index restarted after it): when it holds a quote other
    /// than the enclosing quotes of a quoted field, or a line break inside quotes, when it runs to the end of
    /// the window or of the input without a line break, or has more than `fieldCapacity` fields (which the record
    /// scanner reports).
    /// `base[count..<count + overread]` must be readable.
    @inline(__always)
    mutating func record(_ base: UnsafePointer<UInt8>, count: Int, from offset: Int) -> Cut? {
        recordFirst = separatorCursor
        var lineEnd: Int
        while true {
            if separatorCursor == separatorCount {
                guard indexedEnd < count, separatorCount - recordFirst < fieldCapacity else { return nil }
                indexStep(base, count: count)
                continue
            }
            lineEnd = Int(separators[separatorCursor])
            separatorCursor &+= 1
            if base[lineEnd] == UInt8(ascii: "\n") { break }
        }
        guard separatorCursor - recordFirst <= fieldCapacity else { return nil }
        // Every quote in the record must open a field or close one, in pairs; a line break inside quotes is also
        // a special, and fails the test.
        let quote = UInt8(ascii: "\"")
        while specialCursor < specialCount, Int(specials[specialCursor]) < lineEnd {
            guard specialCursor &+ 1 < specialCount else { return nil }
            let open = Int(specials[specialCursor]), close = Int(specials[specialCursor &+ 1])
            guard close < lineEnd, base[open] == quote, base[close] == quote,
                open == offset || base[open - 1] == UInt8(ascii: ","),
                base[close + 1] == UInt8(ascii: ",") || close + 1 == lineEnd
                    || (close + 2 == lineEnd && base[close + 1] == UInt8(ascii: "\r"))
            else { return nil }
            specialCursor &+= 2
        }
        return Cut(
            separators: UnsafePointer(separators + recordFirst), fieldCount: separatorCursor - recordFirst,
            next: lineEnd + 1)
    }

    /// Indexes up to `stepSize` more bytes, keeping the separators of the record being cut.
    private mutating func indexStep(_ base: UnsafePointer<UInt8>, count: Int) {
        let kept = separatorCount - recordFirst + 1
        (separators + 0).update(from: separators + recordFirst - 1, count: kept)
        separatorCount = kept
        separatorCursor = kept
        recordFirst = 1
        let keptSpecials = specialCount - specialCursor
        (specials + 0).update(from: specials + specialCursor, count: keptSpecials)
        specialCount = keptSpecials
        specialCursor = 0

        let end = min(count, indexedEnd + Self.stepSize)
        // The counts live in locals while the lists are written: stores through the list pointers could
        // otherwise alias the stored properties, which would be written back on every separator.
        var separatorCount = self.separatorCount, specialCount = self.specialCount
        var blockStart = indexedEnd
        var inside = insideQuotes
        while blockStart < end {
            var block = BlockMasks(base + blockStart)
            if end - blockStart < 64 { block = block.truncated(to: end - blockStart) }
            // Bit i: inside quotes after byte i (a running XOR of the quotes, seeded with the carry).
            var parity = block.quotes
            parity ^= parity << 1
            parity ^= parity << 2
            parity ^= parity << 4
            parity ^= parity << 8
            parity ^= parity << 16
            parity ^= parity << 32
            parity ^= inside
            inside = UInt64(bitPattern: Int64(bitPattern: parity) >> 63)
            var outside = block.separators & ~parity
            while outside != 0 {
                separators[separatorCount] = Int32(truncatingIfNeeded: blockStart &+ outside.trailingZeroBitCount)
                separatorCount &+= 1
                outside &= outside &- 1
            }
            var special = block.quotes
            // Separators inside quotes are commas of a text, or line breaks: only the line breaks are special.
            var quoted = block.separators & parity
            while quoted != 0 {
                let bit = quoted & (0 &- quoted)
                if base[blockStart &+ quoted.trailingZeroBitCount] == UInt8(ascii: "\n") { special |= bit }
                quoted ^= bit
            }
            while special != 0 {
                specials[specialCount] = Int32(truncatingIfNeeded: blockStart &+ special.trailingZeroBitCount)
                specialCount &+= 1
                special &= special &- 1
            }
            blockStart &+= 64
        }
        self.separatorCount = separatorCount
        self.specialCount = specialCount
        indexedEnd = end
        insideQuotes = inside
    }
}

/// The quote and separator (`,` or `\n`) bit masks of 64 bytes (bit i for byte i).
///
/// Each 16-byte vector is compared lane by lane (0xFF where equal); each lane keeps the bit of its place in its
/// group of eight (weights 1, 2, …, 128), and the eight bytes of each half are OR-folded by shifts into one
/// byte. Only shifts, ANDs and ORs on `SIMD2<UInt64>`: no multiply, no per-lane extraction.
struct BlockMasks {
    var quotes: UInt64
    var separators: UInt64

    @inline(__always)
    init(_ bytes: UnsafePointer<UInt8>) {
        let raw = UnsafeRawPointer(bytes)
        let v0 = raw.loadUnaligned(fromByteOffset: 0, as: SIMD16<UInt8>.self)
        let v1 = raw.loadUnaligned(fromByteOffset: 16, as: SIMD16<UInt8>.self)
        let v2 = raw.loadUnaligned(fromByteOffset: 32, as: SIMD16<UInt8>.self)
        let v3 = raw.loadUnaligned(fromByteOffset: 48, as: SIMD16<UInt8>.self)
        let quote = UInt8(ascii: "\""), comma = UInt8(ascii: ","), newline = UInt8(ascii: "\n")
        quotes = Self.bits(
            Self.fold(Self.equal(v0, quote)), Self.fold(Self.equal(v1, quote)), Self.fold(Self.equal(v2, quote)),
            Self.fold(Self.equal(v3, quote)))
        separators = Self.bits(
            Self.fold(Self.equal(v0, comma) | Self.equal(v0, newline)),
            Self.fold(Self.equal(v1, comma) | Self.equal(v1, newline)),
            Self.fold(Self.equal(v2, comma) | Self.equal(v2, newline)),
            Self.fold(Self.equal(v3, comma) | Self.equal(v3, newline)))
    }

    /// The masks of the first `count` bytes only (`count` < 64).
    @inline(__always)
    func truncated(to count: Int) -> BlockMasks {
        var masks = self
        let valid = (UInt64(1) << UInt64(count)) &- 1
        masks.quotes &= valid
        masks.separators &= valid
        return masks
    }

    /// 0xFF in each lane of `vector` that equals `byte`, 0 elsewhere.
    @inline(__always)
    static func equal(_ vector: SIMD16<UInt8>, _ byte: UInt8) -> SIMD16<UInt8> {
        SIMD16<UInt8>(repeating: 0).replacing(with: 0xFF, where: vector .== SIMD16<UInt8>(repeating: byte))
    }

    /// For a 0x00/0xFF vector, the eight bits of each half in the low byte of its 64-bit lane.
    @inline(__always)
    static func fold(_ lanes: SIMD16<UInt8>) -> SIMD2<UInt64> {
        let weighted = lanes & SIMD16<UInt8>(1, 2, 4, 8, 16, 32, 64, 128, 1, 2, 4, 8, 16, 32, 64, 128)
        var folded = unsafeBitCast(weighted, to: SIMD2<UInt64>.self)
        folded |= folded &>> 32
        folded |= folded &>> 16
        folded |= folded &>> 8
        return folded & 0xFF
    }

    /// The 64-bit mask of four folded vectors (bytes 0–15, 16–31, 32–47, 48–63).
    @inline(__always)
    static func bits(_ a: SIMD2<UInt64>, _ b: SIMD2<UInt64>, _ c: SIMD2<UInt64>, _ d: SIMD2<UInt64>) -> UInt64 {
        let halves = a | b &<< 16 | c &<< 32 | d &<< 48
        return halves[0] | halves[1] << 8
    }
}
