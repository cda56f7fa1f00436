/// A dictionary from phrases (sequences of folded token keys) to values, matched longest first.
///
/// Lookup costs one probe of a `KeyTable` with the first token's hash plus a comparison of hashes per
/// candidate continuation, so scanning a text is one probe per token.
struct PhraseLexicon<Value: Sendable>: Sendable {
    struct Entry: Sendable {
        var rest: [UInt64]
        var value: Value
    }

    private var entries = KeyTable<[Entry]>()

    init() {}

    /// Adds `phrase`, written as folded keys separated by spaces (`fusils d assaut`). A later duplicate
    /// replaces an earlier one.
    mutating func add(_ phrase: String, _ value: Value) {
        let keys = phrase.split(separator: " ").map { KeyHash.of(String($0)) }
        guard let first = keys.first else { return }
        let rest = Array(keys.dropFirst())
        var list = entries.find(first) ?? []
        list.removeAll { $0.rest == rest }
        list.append(Entry(rest: rest, value: value))
        list.sort { $0.rest.count > $1.rest.count }
        entries.set(first, list)
    }

    /// The longest phrase starting at `tokens[index]`: its value and how many tokens it spans.
    func match(_ tokens: [TextToken], at index: Int) -> (value: Value, length: Int)? {
        guard let list = entries.find(tokens[index].hash) else { return nil }
        for entry in list {
            let end = index + 1 + entry.rest.count
            guard end <= tokens.count else { continue }
            var matches = true
            for (offset, key) in entry.rest.enumerated() where tokens[index + 1 + offset].hash != key {
                matches = false
                break
            }
            if matches { return (entry.value, 1 + entry.rest.count) }
        }
        return nil
    }
}
