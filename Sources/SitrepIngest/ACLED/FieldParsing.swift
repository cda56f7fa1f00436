import SitrepCore

/// Byte-level parsing of the numeric fields found in incident exports.
public enum FieldParsing {
    /// A non-negative or negative decimal integer, optionally written `12.0` (pandas writes floats that way);
    /// surrounding spaces are allowed. `nil` for anything else, including the empty field.
    @inlinable @inline(__always)
    public static func integer(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        // Most count and code fields are one digit.
        if bytes.count == 1, case let digit = bytes[0] &- 48, digit < 10 { return Int(digit) }
        var i = 0
        var n = bytes.count
        while i < n, bytes[i] == 32 { i += 1 }
        while n > i, bytes[n - 1] == 32 { n -= 1 }
        guard i < n else { return nil }
        var negative = false
        if bytes[i] == UInt8(ascii: "-") {
            negative = true
            i += 1
        }
        guard i < n else { return nil }
        var value = 0
        var digits = 0
        while i < n {
            let b = bytes[i]
            if b >= 48, b <= 57 {
                guard digits < 18 else { return nil }
                value = value * 10 + Int(b - 48)
                digits += 1
                i += 1
            } else {
                break
            }
        }
        guard digits > 0 else { return nil }
        if i < n {
            // Accept a zero fraction only: "12.0", "12.00".
            guard bytes[i] == UInt8(ascii: ".") else { return nil }
            i += 1
            while i < n, bytes[i] == UInt8(ascii: "0") { i += 1 }
            guard i == n else { return nil }
        }
        return negative ? -value : value
    }

    /// A decimal number such as `-3.9120` or `14.3`. `nil` for the empty field or anything else.
    ///
    /// An optional sign and 4–8 characters of digits with at most one point (coordinates) are read as one word
    /// (`shortDecimal`); other fields byte by byte (`decimalByteByByte`). Both take the digits as an integer m
    /// and the count s of fraction digits, and give m / 10ˢ: with at most 15 significant digits both operands
    /// are exact (m < 10¹⁵ < 2⁵³), so the one division rounds correctly. Other forms (exponents, longer
    /// mantissas) go to the standard library's parser, which also rounds correctly.
    @inlinable @inline(__always)
    public static func decimal(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
        let count = bytes.count
        if count >= 4, count <= 9, let p = bytes.baseAddress {
            let negative = p[0] == UInt8(ascii: "-")
            let signLength = negative || p[0] == UInt8(ascii: "+") ? 1 : 0
            let length = count &- signLength
            if length >= 4, length <= 8, let value = shortDecimal(p + signLength, length: length) {
                return negative ? -value : value
            }
        }
        return decimalByteByByte(bytes)
    }

    /// `decimal` of a field that is not a sign and 4–8 characters of digits and a point: one pass over the
    /// digits, then m / 10ˢ as in `shortDecimal`.
    @usableFromInline
    static func decimalByteByByte(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
        let count = bytes.count
        guard count > 0, count <= 17, let p = bytes.baseAddress else { return decimalByStandardLibrary(bytes) }
        let negative = p[0] == UInt8(ascii: "-")
        let signLength = negative || p[0] == UInt8(ascii: "+") ? 1 : 0
        // `point` is the offset of the decimal point, `count` when there is none.
        var mantissa: UInt64 = 0
        var point = count
        var index = signLength
        while index < count {
            let digit = p[index] &- 48
            if digit < 10 {
                mantissa = mantissa &* 10 &+ UInt64(digit)
            } else if p[index] == UInt8(ascii: "."), point == count {
                point = index
            } else {
                return decimalByStandardLibrary(bytes)
            }
            index &+= 1
        }
        let scale = point == count ? 0 : count &- point &- 1
        let digits = count &- signLength &- (point == count ? 0 : 1)
        guard digits > 0 else { return nil }
        guard digits <= 15 else { return decimalByStandardLibrary(bytes) }
        let value = Double(mantissa) / powerOfTen(scale)
        return negative ? -value : value
    }

    /// The value of 4–8 bytes that are digits with at most one point (`12.6392`, `-3.9120` after its sign), read
    /// as one word without a loop, or `nil` for anything else (which `decimal` then reads byte by byte).
    ///
    /// The bytes sit in a word (two overlapping 32-bit loads), byte i at bits 8i. The point is the lowest zero
    /// byte of the word XOR "........" (a zero byte test, exact for the lowest); the bytes above it move down one
    /// place. The digits, padded in front with "0" to eight, must each be 0x30–0x39 (high nibble 3, and still 3
    /// after adding 6); they become an integer by three multiplications that join neighbouring digits, pairs
    /// and quadruples (the eight-digit conversion of simdjson and fast_float). The value is that integer over
    /// 10 to the number of digits after the point, as in `decimal`'s loop: the same division, the same result.
    @inlinable @inline(__always)
    static func shortDecimal(_ p: UnsafePointer<UInt8>, length: Int) -> Double? {
        let raw = UnsafeRawPointer(p)
        let ones: UInt64 = 0x0101_0101_0101_0101
        let low = UInt64(UInt32(littleEndian: raw.loadUnaligned(as: UInt32.self)))
        let high = UInt64(UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: length &- 4, as: UInt32.self)))
        let word = low | high &<< UInt64(8 &* (length &- 4))
        let valid = UInt64.max &>> UInt64(64 &- 8 &* length)
        let pointBytes = word ^ (ones &* UInt64(UInt8(ascii: ".")))
        let points = (pointBytes &- ones) & ~pointBytes & (ones &* 0x80) & valid
        let point = points == 0 ? length : points.trailingZeroBitCount &>> 3
        let belowPoint = points == 0 ? valid : (1 &<< UInt64(8 &* point)) &- 1
        let digits = (word & belowPoint) | ((word &>> 8) & ~belowPoint & (valid &>> 8))
        let digitCount = points == 0 ? length : length &- 1
        let padding = UInt64(8 &* (8 &- digitCount))
        let padded = (digits &<< padding) | ((ones &* 0x30) & ((1 &<< padding) &- 1))
        let highNibbles = ones &* 0xF0
        guard (padded & highNibbles) | (((padded &+ ones &* 6) & highNibbles) &>> 4) == ones &* 0x33 else {
            return nil
        }
        var value = padded &- ones &* 0x30
        value = value &* 10 &+ (value &>> 8)
        value =
            ((value & 0x0000_00FF_0000_00FF) &* (100 &+ (1_000_000 &<< 32))
                &+ ((value &>> 16) & 0x0000_00FF_0000_00FF) &* (1 &+ (10_000 &<< 32))) &>> 32
        let scale = points == 0 ? 0 : length &- point &- 1
        return Double(value) / powerOfTen(scale)
    }

    /// The standard library's reading of a field that is not a short plain decimal (`nil` for the empty field).
    @usableFromInline
    static func decimalByStandardLibrary(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
        guard !bytes.isEmpty, bytes.count < 40 else { return nil }
        return Double(String(decoding: bytes, as: UTF8.self))
    }

    /// 10ⁿ for 0 ≤ n ≤ 15, exactly (a switch, which the compiler makes a constant table).
    @usableFromInline @inline(__always)
    static func powerOfTen(_ exponent: Int) -> Double {
        switch exponent {
        case 0: 1
        case 1: 1e1
        case 2: 1e2
        case 3: 1e3
        case 4: 1e4
        case 5: 1e5
        case 6: 1e6
        case 7: 1e7
        case 8: 1e8
        case 9: 1e9
        case 10: 1e10
        case 11: 1e11
        case 12: 1e12
        case 13: 1e13
        case 14: 1e14
        default: 1e15
        }
    }

    /// Bytes shown for an error message: ASCII as is, other bytes as `\xNN`.
    public static func escaped(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        guard !UTF8Validation.isValid(bytes) else { return String(decoding: bytes, as: UTF8.self) }
        return bytes.map { $0 < 0x80 ? String(UnicodeScalar($0)) : "\\x" + String($0, radix: 16, uppercase: true) }
            .joined()
    }
}
