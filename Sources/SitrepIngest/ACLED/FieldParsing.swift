import SitrepCore

/// Byte-level parsing of the numeric fields found in incident exports.
public enum FieldParsing {
    /// A non-negative or negative decimal integer, optionally written `12.0` (pandas writes floats that way);
    /// surrounding spaces are allowed. `nil` for anything else, including the empty field.
    @inlinable
    public static func integer(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
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
    @inlinable
    public static func decimal(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
        var i = 0
        let n = bytes.count
        guard n > 0, n < 40 else { return nil }
        var negative = false
        if bytes[0] == UInt8(ascii: "-") || bytes[0] == UInt8(ascii: "+") {
            negative = bytes[0] == UInt8(ascii: "-")
            i = 1
        }
        var mantissa: UInt64 = 0
        var digits = 0
        var scale = 0
        var seenPoint = false
        while i < n {
            let b = bytes[i]
            if b >= 48, b <= 57 {
                if digits < 18 {
                    mantissa = mantissa * 10 + UInt64(b - 48)
                    digits += 1
                    if seenPoint { scale += 1 }
                } else if !seenPoint {
                    return Double(String(decoding: bytes, as: UTF8.self))
                }
            } else if b == UInt8(ascii: "."), !seenPoint {
                seenPoint = true
            } else {
                return Double(String(decoding: bytes, as: UTF8.self))
            }
            i += 1
        }
        guard digits > 0 else { return nil }
        // Exact for up to 15 significant digits and scale ≤ 22 (both operands exactly representable).
        var value = Double(mantissa)
        if scale > 0 { value /= powersOfTen[scale] }
        return negative ? -value : value
    }

    /// Bytes shown for an error message: ASCII as is, other bytes as `\xNN`.
    public static func escaped(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        guard !UTF8Validation.isValid(bytes) else { return String(decoding: bytes, as: UTF8.self) }
        return bytes.map { $0 < 0x80 ? String(UnicodeScalar($0)) : "\\x" + String($0, radix: 16, uppercase: true) }.joined()
    }

    @usableFromInline
    static let powersOfTen: [Double] = (0...22).map { exponent in
        var p = 1.0
        for _ in 0..<exponent { p *= 10 }
        return p
    }
}
