import Testing

@testable import SitrepReport

@Suite struct NumberFormattingTests {
    /// Digits against the standard library's description, with zero padding to every width up to 22.
    @Test func digitsMatchTheStandardLibrary() {
        let values: [UInt64] = [0, 1, 9, 10, 99, 100, 101, 4_599, 65_535, 1_000_000, 123_456_789_012, .max]
        for value in values {
            for minimumCount in 0...22 {
                var output: [UInt8] = Array("x,".utf8)
                NumberFormatting.appendDigits(value, minimumCount: minimumCount, to: &output)
                let digits = String(value)
                let padded = String(repeating: "0", count: max(0, minimumCount - digits.count)) + digits
                #expect(String(decoding: output, as: UTF8.self) == "x," + padded)
            }
        }
    }

    @Test(
        arguments: [
            (2.5, 0, "3"), (-2.5, 0, "-3"), (0.05, 3, "0.050"), (-0.0004, 3, "0.000"), (1234.5678, 2, "1234.57"),
            (-0.333, 3, "-0.333"), (7, 1, "7.0"), (Double.nan, 2, "n/a"),
        ] as [(Double, Int, String)])
    func fixedDecimals(value: Double, decimals: Int, text: String) {
        #expect(NumberFormatting.fixed(value, decimals) == text)
    }
}
