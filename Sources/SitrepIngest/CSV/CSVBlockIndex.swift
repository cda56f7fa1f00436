/// The structure of a stretch of CSV bytes, found 64 bytes at a time, from which well-formed records are cut
/// without looking at their bytes again.
///
/// For each 64-byte block, vector comparisons (the public `SIMD16<UInt8>` type) give three bit masks: quotes,
/// separators (`,` and `\n`) and line feeds (`BlockMasks`). A running XOR of the quote mask (prefix XOR, carried
/// from block to block) marks the bytes inside quotes; the separators outside quotes are the field boundaries,
/// and are listed by walking their bits. Doubled quotes toggle the state twice and need no branch.
///
/// The index lists three things, in file order: `separators`, the offsets of the `,` and `\n` outside quotes;
/// `lineEnds`, the places in `separators` of the `\n` among them, where records end; and `specials`, the
/// offsets of every quote and of every line feed inside quotes. A record is cut from the
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
    /// Separators written per round of the listing loop, whether the block has that many or not: a little above
    /// the mean of a block of ACLED rows (five to six), so that most blocks take one round. Six had measured 6 %
    /// faster than eight on the benchmark export and 4 % on real ACLED rows, whose blocks have fewer; with the
    /// cheaper running XOR, seven is 1 % faster than six on the export and level with it on real rows.
    static let separatorsPerRound = 7
    /// Bytes past the end of the data that a block load may read (their bits are masked off).
    static let overread = 64

    /// Most fields a record cut from the index may have; a longer one goes to the record scanner.
    private let fieldCapacity: Int
    /// `separators[0]` is the offset before the first field of the record being cut; then come the offsets of
    /// the separators found, up to `separatorCount`.
    private let separators: UnsafeMutablePointer<Int32>
    private let specials: UnsafeMutablePointer<Int32>
    /// Indexes in `separators` of the line feeds outside quotes (the records' ends), from `lineEndCursor` to
    /// `lineEndCount`.
    private let lineEnds: UnsafeMutablePointer<Int32>
    private var lineEndCount = 0
    private var lineEndCursor = 0
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
        // The kept separators of a record, one per byte indexed, and room for the unconditional writes.
        separators = .allocate(
            capacity: Self.stepSize + Self.overread + fieldCapacity + 2 + Self.separatorsPerRound - 1)
        // The specials of the record being cut (fewer than `stepSize`: `record` checks) and those of one step.
        specials = .allocate(capacity: 2 * Self.stepSize)
        lineEnds = .allocate(capacity: Self.stepSize + Self.overread)
    }

    deinit {
        separators.deallocate()
        specials.deallocate()
        lineEnds.deallocate()
    }

    /// Forgets everything indexed and starts again at `offset`, which must be the start of a record.
    mutating func restart(at offset: Int) {
        separators[0] = Int32(truncatingIfNeeded: offset - 1)
        separatorCount = 1
        separatorCursor = 1
        recordFirst = 1
        specialCount = 0
        specialCursor = 0
        lineEndCount = 0
        lineEndCursor = 0
        indexedEnd = offset
        insideQuotes = 0
    }

    /// Cuts the record that starts at `offset`, which must be where the last record cut (or `restart`) left off.
    ///
    /// Returns the record, whose fields are what `CSVRecordScanner.scan` would find, or `nil` when the record
    /// must be scanned with `CSVRecordScanner` (and the index restarted after it): when it holds a quote other
    /// than the enclosing quotes of a quoted field, or a line break inside quotes, when it runs to the end of
    /// the window or of the input without a line break, or has more than `fieldCapacity` fields (which the record
    /// scanner reports) or a step's worth of quotes.
    /// `base[count..<count + overread]` must be readable.
    @inline(__always)
    mutating func record(_ base: UnsafePointer<UInt8>, count: Int, from offset: Int) -> Cut? {
        recordFirst = separatorCursor
        while lineEndCursor == lineEndCount {
            guard indexedEnd < count, separatorCount - recordFirst < fieldCapacity,
                specialCount - specialCursor < Self.stepSize
            else { return nil }
            indexStep(base, count: count)
        }
        let lineEndIndex = Int(lineEnds[lineEndCursor])
        lineEndCursor &+= 1
        separatorCursor = lineEndIndex &+ 1
        let lineEnd = Int(separators[lineEndIndex])
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

    /// Indexes up to `stepSize` more bytes, keeping the separators of the record being cut. Called when every
    /// line end indexed is used, so the separators after the record's start are all its own.
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
        lineEndCount = 0
        lineEndCursor = 0

        let end = min(count, indexedEnd + Self.stepSize)
        // The counts live in locals while the lists are written: stores through the list pointers could
        // otherwise alias the stored properties, which would be written back on every separator.
        var separatorCount = self.separatorCount, specialCount = self.specialCount, lineEndCount = 0
        var blockStart = indexedEnd
        var inside = insideQuotes
        while blockStart < end {
            var block = BlockMasks(base + blockStart)
            if end - blockStart < 64 { block = block.truncated(to: end - blockStart) }
            // Bit i: inside quotes after byte i (a running XOR of the quotes, seeded with the carry). A block
            // seldom holds more than two quotes; for quotes at a < b the running XOR is the bits a ..< b, that is
            // (1 << b) − (1 << a), the second lowest bit minus the lowest (one quote: 0 − (1 << a), every bit from
            // a up; none: 0). Only more quotes take the six shifts of the general prefix XOR.
            let quotes = block.quotes
            let lowest = quotes & (0 &- quotes)
            let others = quotes & (quotes &- 1)
            var parity = (others & (0 &- others)) &- lowest
            if others & (others &- 1) != 0 {
                parity = quotes
                parity ^= parity << 1
                parity ^= parity << 2
                parity ^= parity << 4
                parity ^= parity << 8
                parity ^= parity << 16
                parity ^= parity << 32
            }
            parity ^= inside
            inside = UInt64(bitPattern: Int64(bitPattern: parity) >> 63)
            // The separators outside quotes are listed `separatorsPerRound` at a time, unconditionally (the list
            // has room for the extra writes): the loop then ends where it does for most blocks, which a
            // bit-by-bit loop's exit, after a varying number of separators, does not (its mispredicted exit cost
            // a quarter of the step).
            let separatorsOutside = block.separators & ~parity
            var outside = separatorsOutside
            let outsideCount = outside.nonzeroBitCount
            let offset = Int32(truncatingIfNeeded: blockStart)
            var written = 0
            while written < outsideCount {
                for lane in 0..<Self.separatorsPerRound {
                    separators[separatorCount &+ written &+ lane] =
                        offset &+ Int32(truncatingIfNeeded: outside.trailingZeroBitCount)
                    outside &= outside &- 1
                }
                written &+= Self.separatorsPerRound
            }
            // Each line feed outside quotes ends a record: its index in the list is the count of separators
            // before it.
            var lineFeeds = block.lineFeeds & ~parity
            while lineFeeds != 0 {
                let below = separatorsOutside & ((lineFeeds & (0 &- lineFeeds)) &- 1)
                lineEnds[lineEndCount] = Int32(truncatingIfNeeded: separatorCount &+ below.nonzeroBitCount)
                lineEndCount &+= 1
                lineFeeds &= lineFeeds &- 1
            }
            separatorCount &+= outsideCount
            // The specials: every quote, and the line feeds inside quotes.
            var special = block.quotes | (block.lineFeeds & parity)
            while special != 0 {
                specials[specialCount] = Int32(truncatingIfNeeded: blockStart &+ special.trailingZeroBitCount)
                specialCount &+= 1
                special &= special &- 1
            }
            blockStart &+= 64
        }
        self.separatorCount = separatorCount
        self.specialCount = specialCount
        self.lineEndCount = lineEndCount
        indexedEnd = end
        insideQuotes = inside
    }
}

/// The quote, separator (`,` or `\n`) and line feed bit masks of 64 bytes (bit i for byte i).
///
/// Each byte's class takes two bits: A for a quote or a line feed, B for a comma or a line feed, so that
/// quotes are A and not B, separators are B, and line feeds are A and B. Each 16-byte vector's comparisons
/// give a 0 or 1 byte per lane and class; a 64-bit lane of eight such bytes times 0x0102040810204080 has the
/// eight bits in its top byte (bit 56 + j is byte j: the terms of byte j and of the constant's byte 7 − j land
/// there, and no carry reaches it), which a shift puts in place. Only public `SIMD` operations, four
/// multiplies per class; with AVX-512DQ (`-target-cpu native` on this machine) each is one instruction.
struct BlockMasks {
    var quotes: UInt64
    var separators: UInt64
    var lineFeeds: UInt64

    @inline(__always)
    init(_ bytes: UnsafePointer<UInt8>) {
        let raw = UnsafeRawPointer(bytes)
        let quote = SIMD16<UInt8>(repeating: UInt8(ascii: "\"")), comma = SIMD16<UInt8>(repeating: UInt8(ascii: ","))
        let lineFeed = SIMD16<UInt8>(repeating: UInt8(ascii: "\n")), zero = SIMD16<UInt8>(repeating: 0)
        var a = SIMD2<UInt64>(repeating: 0), b = SIMD2<UInt64>(repeating: 0)
        for group in 0..<4 {
            let vector = raw.loadUnaligned(fromByteOffset: 16 * group, as: SIMD16<UInt8>.self)
            let isLineFeed = vector .== lineFeed
            a |= Self.bits(zero.replacing(with: 1, where: vector .== quote .| isLineFeed), group: group)
            b |= Self.bits(zero.replacing(with: 1, where: vector .== comma .| isLineFeed), group: group)
        }
        let classA = a[0] | a[1], classB = b[0] | b[1]
        quotes = classA & ~classB
        separators = classB
        lineFeeds = classA & classB
    }

    /// The 16 bits of `ones` (a 0 or 1 byte per lane) at bits 16 · `group` … 16 · `group` + 15, split between
    /// the two lanes (the low eight bits in lane 0, the high eight in lane 1).
    @inline(__always)
    static func bits(_ ones: SIMD16<UInt8>, group: Int) -> SIMD2<UInt64> {
        let product = unsafeBitCast(ones, to: SIMD2<UInt64>.self) &* SIMD2(repeating: 0x0102_0408_1020_4080)
        let shift = UInt64(16 * group)
        return (product &>> SIMD2(56 &- shift, 48 &- shift)) & SIMD2(0xFF &<< shift, 0xFF00 &<< shift)
    }

    /// The masks of the first `count` bytes only (`count` < 64).
    @inline(__always)
    func truncated(to count: Int) -> BlockMasks {
        var masks = self
        let valid = (UInt64(1) << UInt64(count)) &- 1
        masks.quotes &= valid
        masks.separators &= valid
        masks.lineFeeds &= valid
        return masks
    }
}
