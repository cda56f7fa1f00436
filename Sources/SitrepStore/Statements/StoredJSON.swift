import SitrepCore

/// Reads back the JSON arrays the store writes in its list columns (`actors`, `materiel`, `tags`,
/// `segment`; written by `IncidentJSONWriter`), without Foundation's `JSONDecoder`, which costs several
/// microseconds a row when a million incidents are loaded.
///
/// It accepts RFC 8259 JSON (any whitespace, every string escape including surrogate pairs) but maps only
/// the shapes those columns hold; anything else is `nil`, and the caller reports the column as damaged.
struct StoredJSON {
    private let bytes: [UInt8]
    private var index = 0

    private init(_ text: String) { bytes = Array(text.utf8) }

    /// `["a","b"]` → `["a", "b"]`.
    static func strings(_ text: String) -> [String]? {
        var parser = StoredJSON(text)
        return parser.array { parser in parser.string() }
    }

    /// An array of actor objects (`name`, `side`, `role`).
    static func actors(_ text: String) -> [Actor]? {
        var parser = StoredJSON(text)
        return parser.array { parser in
            guard let fields = parser.object(), let name = fields.string("name"),
                let role = fields.string("role").flatMap(Actor.Role.init(rawValue:))
            else { return nil }
            let side = fields.string("side")
            if side != nil, Side(rawValue: side!) == nil { return nil }
            return Actor(name: name, side: side.flatMap(Side.init(rawValue:)), role: role)
        }
    }

    /// An array of materiel objects (`item`, `count`, `disposition`, `by`, `from`).
    static func materiel(_ text: String) -> [MaterielLoss]? {
        var parser = StoredJSON(text)
        return parser.array { parser in
            guard let fields = parser.object(), let item = fields.string("item"),
                let disposition = fields.string("disposition").flatMap(MaterielLoss.Disposition.init(rawValue:))
            else { return nil }
            return MaterielLoss(
                item: item, count: fields.integer("count"), disposition: disposition,
                by: fields.string("by").flatMap(Side.init(rawValue:)),
                from: fields.string("from").flatMap(Side.init(rawValue:)))
        }
    }

    private mutating func skipSpace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x0A, 0x0D, 0x09: index += 1
            default: return
            }
        }
    }

    private mutating func expect(_ byte: UInt8) -> Bool {
        skipSpace()
        guard index < bytes.count, bytes[index] == byte else { return false }
        index += 1
        return true
    }

    private mutating func array<T>(_ element: (inout StoredJSON) -> T?) -> [T]? {
        guard expect(UInt8(ascii: "[")) else { return nil }
        var result: [T] = []
        if expect(UInt8(ascii: "]")) { return result }
        repeat {
            guard let value = element(&self) else { return nil }
            result.append(value)
        } while expect(UInt8(ascii: ","))
        guard expect(UInt8(ascii: "]")) else { return nil }
        skipSpace()
        return index == bytes.count ? result : nil
    }

    /// The members of an object, in order (null members left out); a key given twice means its last value.
    /// A list rather than a dictionary: objects have a handful of members, and this is read a million times.
    private struct Members {
        enum Value {
            case string(String), integer(Int), boolean(Bool)
        }
        var list: [(key: String, value: Value)] = []

        subscript(key: String) -> Value? {
            get { list.last(where: { $0.key == key })?.value }
            set { if let newValue { list.append((key, newValue)) } }
        }

        func string(_ key: String) -> String? {
            if case .string(let value)? = self[key] { return value }
            return nil
        }

        func integer(_ key: String) -> Int? {
            if case .integer(let value)? = self[key] { return value }
            return nil
        }
    }

    /// An object whose values are strings, integers, booleans or null (null members are left out).
    private mutating func object() -> Members? {
        guard expect(UInt8(ascii: "{")) else { return nil }
        var fields = Members()
        if expect(UInt8(ascii: "}")) { return fields }
        repeat {
            guard let key = string(), expect(UInt8(ascii: ":")) else { return nil }
            skipSpace()
            guard index < bytes.count else { return nil }
            switch bytes[index] {
            case UInt8(ascii: "\""):
                guard let value = string() else { return nil }
                fields[key] = .string(value)
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                let start = index
                index += 1
                while index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) { index += 1 }
                guard let value = Int(String(decoding: bytes[start..<index], as: UTF8.self)) else { return nil }
                fields[key] = .integer(value)
            default:
                let literals: [(String, Members.Value?)] = [("true", .boolean(true)), ("false", .boolean(false)), ("null", nil)]
                for (word, value) in literals where bytes[index...].starts(with: word.utf8) {
                    index += word.utf8.count
                    if let value { fields[key] = value }
                }
            }
        } while expect(UInt8(ascii: ","))
        return expect(UInt8(ascii: "}")) ? fields : nil
    }

    private mutating func string() -> String? {
        guard expect(UInt8(ascii: "\"")) else { return nil }
        // Most strings have no escape: take their bytes as they are.
        var end = index
        while end < bytes.count, bytes[end] != UInt8(ascii: "\""), bytes[end] != UInt8(ascii: "\\") { end += 1 }
        if end < bytes.count, bytes[end] == UInt8(ascii: "\"") {
            defer { index = end + 1 }
            return String(decoding: bytes[index..<end], as: UTF8.self)
        }
        var out: [UInt8] = []
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            switch byte {
            case UInt8(ascii: "\""): return String(decoding: out, as: UTF8.self)
            case UInt8(ascii: "\\"):
                guard index < bytes.count else { return nil }
                let escape = bytes[index]
                index += 1
                switch escape {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(escape)
                case UInt8(ascii: "b"): out.append(0x08)
                case UInt8(ascii: "f"): out.append(0x0C)
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "u"):
                    guard var scalar = hex4() else { return nil }
                    if (0xD800..<0xDC00).contains(scalar) {
                        guard expect(UInt8(ascii: "\\")), index < bytes.count, bytes[index] == UInt8(ascii: "u") else {
                            return nil
                        }
                        index += 1
                        guard let low = hex4(), (0xDC00..<0xE000).contains(low) else { return nil }
                        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    }
                    guard let unicode = Unicode.Scalar(scalar) else { return nil }
                    out.append(contentsOf: String(Character(unicode)).utf8)
                default: return nil
                }
            default: out.append(byte)
            }
        }
        return nil
    }

    private mutating func hex4() -> UInt32? {
        guard index + 4 <= bytes.count,
            let value = UInt32(String(decoding: bytes[index..<(index + 4)], as: UTF8.self), radix: 16)
        else { return nil }
        index += 4
        return value
    }
}
