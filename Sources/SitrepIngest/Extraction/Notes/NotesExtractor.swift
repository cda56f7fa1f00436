public import SitrepCore

/// The dispatch extractor's rules for deaths, materiel, tags and claims, run on ACLED `notes` at ingest speed.
///
/// A first pass (`mayReport`) hashes the note's words without building them and stops unless one can start a
/// phrase that reports deaths, materiel taken or destroyed, a tag or a claim (`CueLexicon.noteTriggers`).
/// Then the same tokenizer, lexicons and `FactFinder` as `DispatchExtractor`; no place, actor-role or event-type
/// reading (ACLED's columns have them), actor names looked up only at capitalised tokens, one or two words
/// long. Storage is reused from note to note: keep one extractor per thread and call `extract` per row.
/// Who took or destroyed materiel defaults to the initiator's side, given by the caller from `actor1`.
public struct NotesExtractor: Sendable {
    private var analysis = TextAnalysis()
    private let actors: any ActorResolving

    public init(actors: any ActorResolving = DefaultTheatre()) {
        self.actors = actors
    }

    /// Reads one note given as raw UTF-8 bytes (as `CSVRecord.bytes(at:)` returns them).
    ///
    /// - Parameters:
    ///   - initiator: the side of ACLED's `actor1`, which takes or destroys materiel unless the note names
    ///     another party.
    ///   - target: the side of `actor2`, which loses what `actor1` takes.
    public mutating func extract(utf8 notes: UnsafeBufferPointer<UInt8>, initiator: Side?, target: Side?) -> NoteFacts {
        var facts = NoteFacts()
        guard Self.mayReport(notes) else { return facts }
        analysis.analyse(notes)
        // Most notes report no death, materiel, tag or claim: stop as soon as the lexicon shows none.
        guard analysis.spans.contains(where: { span in
            span.cues.contains { cue in
                switch cue {
                case .kill, .disposition, .materiel, .tag, .claim: true
                default: false
                }
            }
        }) else { return facts }
        let whole = 0..<analysis.tokens.count
        DateReader.blockDateNumbers(in: &analysis)
        let found = FactFinder.find(in: analysis, range: whole)
        let fatalities = DispatchExtractor.fatalities(found.casualties) { _, _, _ in }
        if !found.casualties.isEmpty {
            facts.state = fatalities.state
            facts.insurgent = fatalities.insurgent
            facts.civilian = fatalities.civilian
            let attributed = (fatalities.state ?? 0) + (fatalities.insurgent ?? 0) + (fatalities.civilian ?? 0)
            if fatalities.best > attributed { facts.unattributed = fatalities.best - attributed }
            facts.isMinimum = fatalities.isMinimum
        }
        if !found.materiel.isEmpty {
            var materiel = found.materiel
            let mentions = ActorFinder.find(
                in: analysis, range: whole, resolver: actors, capitalizedOnly: true, maximumWords: 2,
                casualties: found.casualties)
            FactFinder.attribute(&materiel, in: analysis, actors: mentions, fallbackBy: initiator, initiator: initiator)
            for mention in materiel {
                let from: Side? = mention.by == nil ? nil
                    : mention.by == initiator ? target : mention.by == target ? initiator : nil
                facts.materiel.append(MaterielLoss(
                    item: mention.item.rawValue, count: mention.count, disposition: mention.disposition, by: mention.by,
                    from: from))
            }
        }
        for span in analysis.spans {
            if let tag = span.tag, !facts.tags.contains(tag.rawValue) { facts.tags.append(tag.rawValue) }
        }
        if DispatchExtractor.claimSpan(analysis, range: whole) != nil {
            facts.reliability = .claim
            facts.tags.append(IncidentTag.claim.rawValue)
        }
        return facts
    }

    /// Whether the note holds a word that can start a phrase reporting deaths, materiel taken or destroyed, a
    /// tag or a claim (`CueLexicon.noteTriggers`): every report needs one. Words are runs of ASCII letters and
    /// digits joined by inner hyphens, lower-cased, as the tokenizer makes them; a note with a non-ASCII byte
    /// is always read in full (its words would need folding).
    static func mayReport(_ notes: UnsafeBufferPointer<UInt8>) -> Bool {
        let triggers = CueLexicon.noteTriggers
        var hash = KeyHash.offsetBasis
        var inWord = false
        var i = 0
        let count = notes.count
        while i < count {
            let b = notes[i]
            if (b >= 97 && b <= 122) || (b >= 48 && b <= 57) {
                hash = KeyHash.step(hash, b)
                inWord = true
            } else if b >= 65 && b <= 90 {
                hash = KeyHash.step(hash, b + 32)
                inWord = true
            } else if b >= 0x80 {
                return true
            } else if b == 45, inWord, i + 1 < count, Self.isAlnum(notes[i + 1]) {
                hash = KeyHash.step(hash, 45)
            } else {
                if inWord, triggers.find(KeyHash.finish(hash)) != nil { return true }
                hash = KeyHash.offsetBasis
                inWord = false
            }
            i += 1
        }
        return inWord && triggers.find(KeyHash.finish(hash)) != nil
    }

    @inline(__always)
    private static func isAlnum(_ b: UInt8) -> Bool {
        (b >= 97 && b <= 122) || (b >= 65 && b <= 90) || (b >= 48 && b <= 57)
    }

    /// Reads one note given as a `String`.
    public mutating func extract(_ notes: String, initiator: Side?, target: Side?) -> NoteFacts {
        var copy = notes
        return copy.withUTF8 { extract(utf8: $0, initiator: initiator, target: target) }
    }
}
