/// `Day.parse(utf8:)` with a memo of months: an ISO date whose `YYYY-MM-` was seen recently costs a lookup and
/// an addition instead of the conversion from the civil calendar.
///
/// Direct-mapped, 256 slots keyed by the date's first eight bytes (`YYYY-MM-`, one little-endian word) and
/// indexed by the year's last two digits modulo 16 and the month, so that the months of any 16 consecutive years
/// never share a slot (a shuffled export would otherwise evict its months from each other). A slot holds the day
/// number of the month's first day and the month's length, and only a date `Day.parse(utf8:)` accepted in ISO
/// form puts its month there. A hit gives that first day plus the day of the month, after the
/// same checks the parser makes (two digits, 1 to the month's length), so the results are the parser's. Use one
/// value per thread.
public struct MonthMemo: Sendable {
    @usableFromInline
    struct Slot: Sendable {
        /// The month's `YYYY-MM-` bytes; 0 (eight NUL bytes, never an ISO prefix) when empty.
        @usableFromInline var key: UInt64 = 0
        @usableFromInline var first: Int32 = 0
        @usableFromInline var length: Int32 = 0

        @inlinable init() {}
    }

    @usableFromInline var slots = Array(repeating: Slot(), count: 256)

    public init() {}

    /// The day the bytes name, as `Day.parse(utf8:)` reads them.
    @inlinable @inline(__always)
    public mutating func day(_ bytes: UnsafeBufferPointer<UInt8>) -> Day? {
        guard bytes.count == 10, let p = bytes.baseAddress else { return Day.parse(utf8: bytes) }
        let key = UInt64(littleEndian: UnsafeRawPointer(p).loadUnaligned(as: UInt64.self))
        let index = Self.index(of: key)
        let slot = slots[index]
        guard slot.key == key else { return remember(bytes, key: key, index: index) }
        let d0 = p[8] &- 48, d1 = p[9] &- 48
        guard d0 < 10, d1 < 10 else { return nil }
        let dayOfMonth = Int32(d0) &* 10 &+ Int32(d1)
        guard dayOfMonth >= 1, dayOfMonth <= slot.length else { return nil }
        return Day(number: slot.first &+ dayOfMonth &- 1)
    }

    /// The slot of `YYYY-MM-`: (10·Y₃ + Y₄) mod 16 and (10·M₁ + M₂) mod 16, from the low bits of the digits
    /// (any bytes give some slot; the key decides).
    @inlinable @inline(__always)
    static func index(of key: UInt64) -> Int {
        let digit = { (byte: Int) in Int(truncatingIfNeeded: key >> UInt64(8 * byte)) & 0xF }
        let year = (digit(2) &* 10 &+ digit(3)) & 15
        let month = (digit(5) &* 10 &+ digit(6)) & 15
        return year &<< 4 | month
    }

    /// Parses a date whose month is not in the memo, and remembers the month of an ISO date.
    @usableFromInline
    mutating func remember(_ bytes: UnsafeBufferPointer<UInt8>, key: UInt64, index: Int) -> Day? {
        guard let day = Day.parse(utf8: bytes) else { return nil }
        if bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") {
            let (year, month, dayOfMonth) = day.civil
            var slot = Slot()
            slot.key = key
            slot.first = day.number - Int32(dayOfMonth - 1)
            slot.length = Int32(Day.daysInMonth(year: year, month: month))
            slots[index] = slot
        }
        return day
    }
}
