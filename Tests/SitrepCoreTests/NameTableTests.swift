import Testing
import SitrepCore

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

    @Test func refusesInvalidUTF8() {
        var table = NameTable()
        let latin1: [UInt8] = [0x53, 0xE9, 0x67, 0x6F, 0x75]  // "Ségou" in latin-1
        let id = latin1.withUnsafeBufferPointer { table.id(of: $0) }
        #expect(id == nil)
        let again = latin1.withUnsafeBufferPointer { table.id(of: $0) }
        #expect(again == nil)
        #expect(table.id(of: "Ségou") == 1)
    }

    @Test(arguments: [
        ([0x41], true), ([0xC3, 0xA9], true), ([0xE9], false), ([0xC0, 0x80], false), ([0xED, 0xA0, 0x80], false),
        ([0xF0, 0x9F, 0x98, 0x80], true), ([0xF4, 0x90, 0x80, 0x80], false), ([0xE2, 0x82], false),
    ] as [([UInt8], Bool)])
    func utf8Validation(bytes: [UInt8], valid: Bool) {
        #expect(bytes.withUnsafeBufferPointer(UTF8Validation.isValid) == valid)
    }
}
