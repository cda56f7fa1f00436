/// A dictionary from phrases (sequences of folded token keys) to values, matched longest first.
///
/// Lookup costs one hash of the first token's key plus a comparison per candidate continuation, so scanning
/// a text is one dictionary probe per token.
struct PhraseLexicon<Value: Sendable>: Sendable {
    struct Entry: Sendable {
        var rest: [String]
        var value: Value
    }

    private var entries: [String: [Entry]] = [:]
    /// The most tokens any phrase has.
    private(set) var longest = 0

    init() {}

    /// Adds `phrase`, written as folded keys separated by spaces (`fusils d assaut`). A later duplicate
    /// replaces an earlier one.
    mutating func add(_ phrase: String, _ value: Value) {
        let keys = phrase.split(separator: " ").map(String.init)
        guard let first = keys.first else { return }
        let rest = Array(keys.dropFirst())
        var list = entries[first, default: []]
        list.removeAll { $0.rest == rest }
        list.append(Entry(rest: rest, value: value))
        list.sort { $0.rest.count > $1.rest.count }
        entries[first] = list
        longest = max(longest, keys.count)
    }

    /// The longest phrase starting at `tokens[index]`: its value and how many tokens it spans.
    func match(_ tokens: [TextToken], at index: Int) -> (value: Value, length: Int)? {
        guard let list = entries[tokens[index].key] else { return nil }
        for entry in list {
            let end = index + 1 + entry.rest.count
            guard end <= tokens.count else { continue }
            var matches = true
            for (offset, key) in entry.rest.enumerated() where tokens[index + 1 + offset].key != key {
                matches = false
                break
            }
            if matches { return (entry.value, 1 + entry.rest.count) }
        }
        return nil
    }

    /// The value of exactly this folded phrase.
    func value(of phrase: String) -> Value? {
        let keys = phrase.split(separator: " ").map(String.init)
        guard let first = keys.first else { return nil }
        let rest = Array(keys.dropFirst())
        return entries[first]?.first { $0.rest == rest }?.value
    }
}
