import SitrepCore
import Testing

@Suite struct NameTableTests {
    @Test func internsDistinctNamesInOrder() {
        var table = NameTable()
        let names = (0..<500).map { "Region \($0 % 137)" }
        let ids = names.map { table.id(of: $0) }
        #expect(table.count == 137)
        for (name, id) in zip(names, ids) { #expect(table.names[Int(id)] == name) }
        #expect(table.existingID(of: "Region 5") == ids[5])
        #expect(table.existingID(of: "Region 999") == nil)
    }

    /// Ids in order of first sight, the same id again for the same bytes, through the table's growth; the
    /// empty string is a string like any other.
    @Test func byteStringTableInternsThroughGrowth() {
        var table = ByteStringTable()
        let texts = [""] + (0..<1_000).map { "name \($0 * 7919 % 1_000)" }
        for (index, text) in texts.enumerated() {
            var copy = text
            let entry = copy.withUTF8 { table.id(of: $0) }
            #expect(entry.id == Int32(index) && entry.isNew)
        }
        for (index, text) in texts.enumerated().reversed() {
            var copy = text
            #expect(copy.withUTF8 { table.id(of: $0) } == (Int32(index), false))
            #expect(copy.withUTF8 { table.existingID(of: $0) } == Int32(index))
            #expect(table.string(Int32(index)) == text)
        }
        var absent = "name 1000"
        #expect(absent.withUTF8 { table.existingID(of: $0) } == nil)
        #expect(table.count == texts.count)
    }

    /// Names that differ only in bytes the hash does not read collide, and the table still tells them apart by
    /// comparing every byte.
    @Test func byteStringTableSeparatesNamesWhoseHashesCollide() {
        let names = (0..<40).map { "Unidentified Armed Group \(UnicodeScalar(65 + $0 % 26)!)\($0 / 26) (Mali)" }
        let hashes = Set(
            names.map { name in
                var copy = name
                return copy.withUTF8 { ByteString.hash($0) }
            })
        #expect(hashes.count < names.count)
        var table = ByteStringTable()
        for (index, name) in names.enumerated() {
            var copy = name
            #expect(copy.withUTF8 { table.id(of: $0) } == (Int32(index), true))
        }
        for (index, name) in names.enumerated() {
            var copy = name
            #expect(copy.withUTF8 { table.id(of: $0) } == (Int32(index), false))
            #expect(table.string(Int32(index)) == name)
        }
    }

    @Test func refusesInvalidUTF8() {
        var table = NameTable()
        let latin1: [UInt8] = [0x53, 0xE9, 0x67, 0x6F, 0x75]  // "Ségou" in latin-1
        let id = latin1.withUnsafeBufferPointer { table.id(of: $0) }
        #expect(id == nil)
        let again = latin1.withUnsafeBufferPointer { table.id(of: $0) }
        #expect(again == nil)
        #expect(table.id(of: "Ségou") == 1)
    }

    @Test(
        arguments: [
            ([0x41], true), ([0xC3, 0xA9], true), ([0xE9], false), ([0xC0, 0x80], false), ([0xED, 0xA0, 0x80], false),
            ([0xF0, 0x9F, 0x98, 0x80], true), ([0xF4, 0x90, 0x80, 0x80], false), ([0xE2, 0x82], false),
        ] as [([UInt8], Bool)])
    func utf8Validation(bytes: [UInt8], valid: Bool) {
        #expect(bytes.withUnsafeBufferPointer(UTF8Validation.isValid) == valid)
    }
}
