import SitrepCore

/// A text split into tokens, with the lexicon phrases found in it and its sentences.
struct TextAnalysis {
    /// A lexicon phrase found in the text.
    struct CueSpan {
        var tokens: Range<Int>
        var cues: [Cue]

        func has(_ cue: Cue) -> Bool { cues.contains(cue) }
        var materiel: (item: MaterielClass, specificity: UInt8)? {
            for cue in cues { if case .materiel(let item, let specificity) = cue { return (item, specificity) } }
            return nil
        }
        var disposition: MaterielLossDisposition? {
            for cue in cues { if case .disposition(let value) = cue { return value } }
            return nil
        }
        var victim: Side?? {
            for cue in cues { if case .victim(let side) = cue { return .some(side) } }
            return nil
        }
        var tag: IncidentTag? {
            for cue in cues { if case .tag(let value) = cue { return value } }
            return nil
        }
        var isHarm: Bool { has(.kill) || has(.otherHarm) || disposition != nil }
    }

    var tokens: [TextToken] = []
    var spans: [CueSpan] = []
    /// For each token, the index of the span covering it, or -1.
    var spanAt: [Int32] = []
    /// For each token, the index of its sentence; sentences end at `.`, `!`, `?` and line breaks.
    var sentenceOf: [Int32] = []
    /// Token index where each sentence starts (and one past the end as the last element).
    var sentenceStarts: [Int] = []
    /// Tokens already read as part of a date or a place name: never a count.
    var blocked: [Bool] = []
    /// The articles read as a count of one before a noun: French `un`/`une` or English `a`/`an` once the
    /// language is known (a folded « à » is not an article), all four until then.
    var articles: [UInt64] = [Words.un, Words.une, Words.a, Words.an]
    /// The text's bytes, kept only when `analyse(_:keepingText:)` was asked to (dispatches, not notes).
    var bytes: [UInt8] = []

    init() {}

    /// Analyses `text`, reusing this value's storage.
    mutating func analyse(_ text: UnsafeBufferPointer<UInt8>, keepingText: Bool = false) {
        bytes = keepingText ? Array(text) : []
        Tokenizer.tokenize(text, into: &tokens)
        spans.removeAll(keepingCapacity: true)
        spanAt.removeAll(keepingCapacity: true)
        sentenceOf.removeAll(keepingCapacity: true)
        sentenceStarts.removeAll(keepingCapacity: true)
        blocked.removeAll(keepingCapacity: true)
        blocked.append(contentsOf: repeatElement(false, count: tokens.count))
        spanAt.reserveCapacity(tokens.count)
        let lexicon = CueLexicon.shared
        var index = 0
        while index < tokens.count {
            if tokens[index].kind == .word, let match = lexicon.match(tokens, at: index) {
                let id = Int32(spans.count)
                spans.append(CueSpan(tokens: index..<(index + match.length), cues: match.value))
                for _ in 0..<match.length { spanAt.append(id) }
                index += match.length
            } else {
                spanAt.append(-1)
                index += 1
            }
        }
        var sentence: Int32 = 0
        sentenceStarts.append(0)
        for (i, token) in tokens.enumerated() {
            sentenceOf.append(sentence)
            if token.endsSentence, i + 1 < tokens.count {
                sentence += 1
                sentenceStarts.append(i + 1)
            }
        }
        sentenceStarts.append(tokens.count)
    }

    /// The text of a token range as written (requires `keepingText`).
    func written(_ range: Range<Int>) -> String {
        guard !range.isEmpty else { return "" }
        return String(decoding: bytes[tokens[range.lowerBound].start..<tokens[range.upperBound - 1].end], as: UTF8.self)
    }

    func span(at token: Int) -> CueSpan? {
        guard token >= 0, token < spanAt.count, spanAt[token] >= 0 else { return nil }
        return spans[Int(spanAt[token])]
    }

    /// Token range of the sentence holding `token`.
    func sentence(of token: Int) -> Range<Int> {
        let s = Int(sentenceOf[token])
        return sentenceStarts[s]..<sentenceStarts[s + 1]
    }

    /// Spans whose first token lies in `range`, in text order.
    func spans(in range: Range<Int>) -> ArraySlice<CueSpan> {
        let lower = spans.partitioningIndex { $0.tokens.lowerBound >= range.lowerBound }
        let upper = spans.partitioningIndex { $0.tokens.lowerBound >= range.upperBound }
        return spans[lower..<upper]
    }
}

typealias MaterielLossDisposition = MaterielLoss.Disposition

extension Array {
    /// The first index whose element satisfies `predicate`, for a predicate false then true along the array.
    func partitioningIndex(where predicate: (Element) -> Bool) -> Int {
        var low = 0
        var high = count
        while low < high {
            let mid = (low + high) / 2
            if predicate(self[mid]) { high = mid } else { low = mid + 1 }
        }
        return low
    }
}
