extension Day {
    /// Parses the date forms found in ACLED exports and on the command line:
    /// ISO `2025-10-01` and ACLED's long form `01 October 2025` (also `1 October 2025`,
    /// and the three-letter month `1 Oct 2025`). Month names are English, case-insensitive.
    /// Returns `nil` for anything else, including impossible dates such as `2025-02-29`.
    public init?(parsing text: some StringProtocol) {
        guard let day = Day.parse(utf8: Array(text.utf8)[...]) else { return nil }
        self = day
    }

    /// `parse(utf8:)` of bytes in memory, as the readers have them: an ISO date's ten digits and dashes are
    /// checked together (the largest digit value below 10), without a branch per byte.
    @inlinable
    public static func parse(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Day? {
        guard bytes.count == 10, let p = bytes.baseAddress, p[4] == 45, p[7] == 45 else { return parse(general: bytes) }
        let y0 = p[0] &- 48, y1 = p[1] &- 48, y2 = p[2] &- 48, y3 = p[3] &- 48
        let m0 = p[5] &- 48, m1 = p[6] &- 48, d0 = p[8] &- 48, d1 = p[9] &- 48
        guard max(max(max(y0, y1), max(y2, y3)), max(max(m0, m1), max(d0, d1))) < 10 else { return nil }
        return Day(
            year: Int(y0) &* 1000 &+ Int(y1) &* 100 &+ Int(y2) &* 10 &+ Int(y3), month: Int(m0) &* 10 &+ Int(m1),
            day: Int(d0) &* 10 &+ Int(d1))
    }

    /// Byte-level form of `init(parsing:)`, used on the ingest hot path (no allocation).
    @inlinable
    public static func parse<Bytes: RandomAccessCollection>(utf8 bytes: Bytes) -> Day?
    where Bytes.Element == UInt8, Bytes.Index == Int { parse(general: bytes) }

    @inlinable
    static func parse<Bytes: RandomAccessCollection>(general bytes: Bytes) -> Day?
    where Bytes.Element == UInt8, Bytes.Index == Int {
        let count = bytes.count
        let base = bytes.startIndex
        @inline(__always) func digit(_ i: Int) -> Int? {
            let b = bytes[base + i]
            return b >= 48 && b <= 57 ? Int(b - 48) : nil
        }
        // ISO: YYYY-MM-DD
        if count == 10, bytes[base + 4] == 45, bytes[base + 7] == 45 {
            guard let y0 = digit(0), let y1 = digit(1), let y2 = digit(2), let y3 = digit(3),
                let m0 = digit(5), let m1 = digit(6), let d0 = digit(8), let d1 = digit(9)
            else { return nil }
            return Day(year: y0 * 1000 + y1 * 100 + y2 * 10 + y3, month: m0 * 10 + m1, day: d0 * 10 + d1)
        }
        // Long form: D[D] Month YYYY
        var i = 0
        var dayValue = 0
        while i < count, let d = digit(i), i < 2 {
            dayValue = dayValue * 10 + d
            i += 1
        }
        guard i > 0, i < count, bytes[base + i] == 32 else { return nil }
        i += 1
        let monthStart = i
        while i < count, bytes[base + i] != 32 { i += 1 }
        guard i < count, let month = monthNumber(bytes, from: base + monthStart, to: base + i) else { return nil }
        i += 1
        guard count - i == 4, let y0 = digit(i), let y1 = digit(i + 1), let y2 = digit(i + 2), let y3 = digit(i + 3)
        else { return nil }
        return Day(year: y0 * 1000 + y1 * 100 + y2 * 10 + y3, month: month, day: dayValue)
    }

    /// Month number of an English month name or its three-letter abbreviation, case-insensitive.
    @usableFromInline
    static func monthNumber<Bytes: RandomAccessCollection>(_ bytes: Bytes, from: Int, to: Int) -> Int?
    where Bytes.Element == UInt8, Bytes.Index == Int {
        guard to - from >= 3 else { return nil }
        let key =
            UInt32(bytes[from] | 0x20) << 16 | UInt32(bytes[from + 1] | 0x20) << 8 | UInt32(bytes[from + 2] | 0x20)
        let month: Int
        let full: StaticString
        switch key {
        case 0x6A_616E: (month, full) = (1, "january")
        case 0x66_6562: (month, full) = (2, "february")
        case 0x6D_6172: (month, full) = (3, "march")
        case 0x61_7072: (month, full) = (4, "april")
        case 0x6D_6179: (month, full) = (5, "may")
        case 0x6A_756E: (month, full) = (6, "june")
        case 0x6A_756C: (month, full) = (7, "july")
        case 0x61_7567: (month, full) = (8, "august")
        case 0x73_6570: (month, full) = (9, "september")
        case 0x6F_6374: (month, full) = (10, "october")
        case 0x6E_6F76: (month, full) = (11, "november")
        case 0x64_6563: (month, full) = (12, "december")
        default: return nil
        }
        let length = to - from
        if length == 3 { return month }
        guard length == full.utf8CodeUnitCount else { return nil }
        return full.withUTF8Buffer { name in
            for i in 3..<length where bytes[from + i] | 0x20 != name[i] { return nil }
            return month
        }
    }
}
