import SitrepCore

/// Finds the parties named in a token range: dictionary names and aliases (longest match first), and side
/// nouns (soldats, terroristes, civils) that are not counted victims.
enum ActorFinder {
    /// - Parameters:
    ///   - capitalizedOnly: try the dictionary only at capitalised tokens (the notes fast path: ACLED writes group
    ///     names capitalised); lower-case aliases such as « l'armée malienne » need `false`.
    ///   - maximumWords: the longest alias to try (the notes fast path tries short ones only).
    static func find(
        in text: TextAnalysis, range: Range<Int>, resolver: any ActorResolving, capitalizedOnly: Bool,
        maximumWords: Int = .max, casualties: [CasualtyMention]
    ) -> [ActorMention] {
        var mentions: [ActorMention] = []
        var index = range.lowerBound
        let longest = min(maximumWords, resolver.longestActorAlias)
        while index < range.upperBound {
            let token = text.tokens[index]
            guard token.kind == .word else {
                index += 1
                continue
            }
            if !capitalizedOnly || token.isCapitalized,
                let (actor, length) = lookUp(text, at: index, limit: range.upperBound, longest: longest, resolver)
            {
                mentions.append(ActorMention(actor: actor, isGeneric: false, tokens: index..<(index + length)))
                index += length
                continue
            }
            if let span = text.span(at: index), span.tokens.lowerBound == index, let victim = span.victim,
                let side = victim, let actor = ResolvedActor.generic(side, noun: token.key),
                !casualties.contains(where: { $0.tokens.contains(index) })
            {
                mentions.append(ActorMention(actor: actor, isGeneric: true, tokens: span.tokens))
                index = span.tokens.upperBound
                continue
            }
            index += 1
        }
        return mentions
    }

    private static func lookUp(
        _ text: TextAnalysis, at index: Int, limit: Int, longest: Int, _ resolver: any ActorResolving
    ) -> (ResolvedActor, Int)? {
        var words: [String] = []
        var end = index
        while end < limit, words.count < longest, text.tokens[end].kind == .word {
            words.append(text.tokens[end].key)
            end += 1
        }
        while !words.isEmpty {
            if let actor = resolver.actor(folded: words.joined(separator: " ")) { return (actor, words.count) }
            words.removeLast()
        }
        return nil
    }
}
