import Synchronization

/// Maps actor names (ACLED's, with their variants across years, and the French names of dispatches) to sides.
///
/// Names are compared folded (`TextFolding`). An exact entry wins; otherwise the first pattern that
/// matches, in file order, gives the side. A pattern is a folded text in which `*` matches any run of
/// characters (so `Military Forces of Mali (*` matches every period's name of the Malian army). A name that
/// matches nothing has no side (`nil`): it is counted as unmapped, never guessed.
///
/// Answers are remembered per name (`side(of:)` folds the name and may try every pattern, some microseconds; an
/// export repeats a few hundred names a million times). The memo is shared by copies of the dictionary and
/// safe across threads.
public struct ActorDictionary: Sendable {
    private let exact: [String: Side]
    private let patterns: [(pieces: [String], side: Side)]
    private let memo = Memo()

    /// Sides already looked up, by the name as given.
    private final class Memo: Sendable {
        let sides = Mutex<[String: Side?]>([:])
    }

    public init(exact: [String: Side], patterns: [(String, Side)]) {
        var folded: [String: Side] = [:]
        for (name, side) in exact { folded[TextFolding.fold(name)] = side }
        self.exact = folded
        self.patterns = patterns.map { pattern, side in
            // Fold each literal piece but keep the spaces next to a star: "Mutiny of *" must not match "Mutiny ofX".
            let pieces = pattern.split(separator: "*", omittingEmptySubsequences: false).map { piece -> String in
                let folded = TextFolding.fold(String(piece))
                let leading = piece.first.map { $0 == " " } ?? false
                let trailing = piece.last.map { $0 == " " } ?? false
                return (leading && !folded.isEmpty ? " " : "") + folded + (trailing && !folded.isEmpty ? " " : "")
            }
            return (pieces, side)
        }
    }

    /// `side(of:)` as a function, for readers that take an actor-name resolver.
    public var resolver: @Sendable (String) -> Side? { { [self] name in side(of: name) } }

    /// The side of the actor called `name`, or `nil` when no entry or pattern covers it.
    public func side(of name: String) -> Side? {
        if let known = memo.sides.withLock({ $0[name] }) { return known }
        let side = lookUp(name)
        memo.sides.withLock { $0[name] = side }
        return side
    }

    private func lookUp(_ name: String) -> Side? {
        let key = TextFolding.fold(name)
        if let side = exact[key] { return side }
        for pattern in patterns where ActorDictionary.matches(key, pattern.pieces) { return pattern.side }
        return nil
    }

    /// Glob match of `text` against pieces separated by `*`: the first piece is a prefix, the last a suffix,
    /// the others appear in order between them.
    static func matches(_ text: String, _ pieces: [String]) -> Bool {
        let scalars = Array(text.unicodeScalars)
        let parts = pieces.map { Array($0.unicodeScalars) }
        guard parts.count > 1 else { return scalars == parts[0] }
        guard scalars.starts(with: parts[0]) else { return false }
        var position = parts[0].count
        let last = parts[parts.count - 1]
        for part in parts.dropFirst().dropLast() {
            guard let found = ActorDictionary.find(part, in: scalars, from: position) else { return false }
            position = found + part.count
        }
        return scalars.count - position >= last.count && scalars.suffix(last.count).elementsEqual(last)
    }

    private static func find(_ part: [Unicode.Scalar], in scalars: [Unicode.Scalar], from start: Int) -> Int? {
        guard !part.isEmpty else { return start }
        var index = start
        while index + part.count <= scalars.count {
            if scalars[index..<(index + part.count)].elementsEqual(part) { return index }
            index += 1
        }
        return nil
    }
}
