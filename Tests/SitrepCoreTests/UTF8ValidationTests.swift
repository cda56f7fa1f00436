import SitrepCore
import Testing

/// `UTF8Validation.isValid` agrees with the standard library's decoder wherever a sequence falls against the
/// eight-byte ASCII steps.
@Suite struct UTF8ValidationTests {
    /// Sequences placed at every offset of ASCII text: valid ones (2, 3 and 4 bytes) and ill-formed ones (a
    /// lone continuation byte, an overlong, a surrogate, a truncated sequence, a byte never used in UTF-8).
    static let sequences: [[UInt8]] = [
        [0xC3, 0xA9], [0xE2, 0x82, 0xAC], [0xF0, 0x9F, 0x98, 0x80],
        [0x80], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xE2, 0x82], [0xFF],
    ]

    @Test(arguments: sequences)
    func agreesWithTheStandardLibraryAtEveryOffset(sequence: [UInt8]) {
        for length in 0...20 {
            for offset in 0...length {
                var bytes = Array(repeating: UInt8(ascii: "a"), count: length)
                bytes.insert(contentsOf: sequence, at: offset)
                let expected = String(validating: bytes, as: UTF8.self) != nil
                #expect(bytes.withUnsafeBufferPointer(UTF8Validation.isValid) == expected, "\(bytes)")
            }
        }
    }

    @Test func emptyAndPlainASCIIAreValid() {
        #expect([UInt8]().withUnsafeBufferPointer(UTF8Validation.isValid))
        #expect(Array("Ségou–Bamako, 1 October 2025".utf8).withUnsafeBufferPointer(UTF8Validation.isValid))
    }
}
