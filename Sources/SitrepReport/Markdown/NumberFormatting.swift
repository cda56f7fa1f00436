/// Fixed, locale-independent number formatting for reports (the same bytes on every machine).
public enum NumberFormatting {
    /// `value` rounded to `decimals` places, e.g. `fixed(2.345, 1) == "2.3"`; non-finite as "n/a".
    public static func fixed(_ value: Double, _ decimals: Int) -> String {
        var bytes: [UInt8] = []
        appendFixed(value, decimals, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends `fixed(value, decimals)` as UTF-8: the magnitude is scaled by 10^decimals and rounded half away
    /// from zero, then written as integer digits, a point and zero-padded decimals.
    public static func appendFixed(_ value: Double, _ decimals: Int, to output: inout [UInt8]) {
        guard value.isFinite else {
            output.append(contentsOf: "n/a".utf8)
            return
        }
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let scaled = (abs(value) * scale).rounded()
        let integer = Int64(scaled / scale)
        let fraction = Int64(scaled) - integer * Int64(scale)
        if value < 0, scaled != 0 { output.append(UInt8(ascii: "-")) }
        appendDigits(UInt64(integer), minimumCount: 1, to: &output)
        guard decimals > 0 else { return }
        output.append(UInt8(ascii: "."))
        appendDigits(UInt64(fraction), minimumCount: decimals, to: &output)
    }

    /// Appends the decimal digits of `value`, with leading zeros up to `minimumCount` digits: written lowest
    /// first (divisions by the constant 10, which compile to multiplications), then reversed in place.
    public static func appendDigits(_ value: UInt64, minimumCount: Int, to output: inout [UInt8]) {
        let start = output.count
        var rest = value
        repeat {
            output.append(UInt8(ascii: "0") + UInt8(rest % 10))
            rest /= 10
        } while rest > 0
        while output.count - start < minimumCount { output.append(UInt8(ascii: "0")) }
        var low = start, high = output.count - 1
        while low < high {
            output.swapAt(low, high)
            low += 1
            high -= 1
        }
    }

    /// A signed percentage change from `baseline` to `value` ("+25%", "-10%"), or "new" from a zero baseline.
    public static func percentChange(from baseline: Double, to value: Double) -> String {
        guard baseline > 0 else { return value > 0 ? "new" : "0%" }
        let change = (value - baseline) / baseline * 100
        return (change > 0 ? "+" : "") + fixed(change, 0) + "%"
    }

    /// `value` with its sign always written: "+0.25", "-1.5".
    public static func signed(_ value: Double, _ decimals: Int) -> String {
        let text = fixed(value, decimals)
        return text.hasPrefix("-") || !value.isFinite ? text : "+" + text
    }

    /// A number without trailing zeros: `5`, `2.5`, `0.25`.
    public static func compact(_ value: Double) -> String {
        var text = fixed(value, 3)
        guard text.contains(".") else { return text }
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }

    /// A p-value for tables: "<0.001" below a thousandth, else three decimals.
    public static func pValue(_ p: Double) -> String { p < 0.001 ? "<0.001" : fixed(p, 3) }
}
