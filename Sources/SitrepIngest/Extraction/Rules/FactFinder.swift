import SitrepCore

/// Finds counted victims and materiel in a token range of an analysed text.
///
/// Rules, applied to each number phrase (see `NumberReader`):
/// - The head noun is the first lexicon phrase after the number, with at most three plain words between
///   (« deux autres mitrailleuses », « sept soldats maliens »); an article counts as one only with at most
///   one word between.
/// - Victims: the head is a side noun (soldats, terroristes, civils, people) or a death noun (« 12 morts »).
///   They are dead when the harm word deciding their fate is a death word (tués, neutralisés, killed): the
///   harm word just before the number (« tuant », "killing"), else the first one after the noun in the
///   sentence, else the nearest one before it. Wounded, abducted or captured people are not deaths.
/// - « 2 morts parmi les militaires »: a death noun followed by « parmi » / "among" and a side noun takes
///   its side.
/// - Materiel: the head is a materiel alias (ammunition is counted only when the number stands right before
///   it: « quatre caisses de munitions » is not four rounds); the noun phrase runs on over aliases and plain
///   words (up to four tokens, not past a clause mark, `et`/`and`, an article or a number) and takes the most
///   specific class in it. Its
///   disposition is the nearest disposition word before it in the sentence, else the first after it;
///   without one the equipment is not a loss and is left out. Uncounted aliases with a disposition give a
///   loss with a `nil` count, unless a loss of the same class (or, for a generic vehicle, of any vehicle
///   class) and disposition was stated earlier in the text (a later, vaguer mention of the same loss).
/// - « emporté un véhicule et incendié deux autres »: a number before « autres » / "others" with no noun
///   repeats the class of the sentence's last loss.
/// - Who took or destroyed it: the agent after `par`/`by` following the disposition word, else the first
///   party named in the sentence before the disposition word, else `fallbackBy` (the initiator).
enum FactFinder {
    /// Counted victims and materiel losses in `range`; the losses' `by` is left for `attribute`.
    static func find(
        in text: TextAnalysis, range: Range<Int>
    ) -> (casualties: [CasualtyMention], materiel: [MaterielMention]) {
        var casualties: [CasualtyMention] = []
        var materiel: [MaterielMention] = []
        var covered = Set<Int>()
        var index = range.lowerBound
        while index < range.upperBound {
            let token = text.tokens[index]
            guard token.kind == .word, !text.blocked[index],
                let number = NumberReader.read(text.tokens, at: index, articles: text.articles),
                number.tokens.upperBound <= range.upperBound,
                !number.tokens.contains(where: { text.blocked[$0] })
            else {
                index += 1
                continue
            }
            guard let (head, gap) = headSpan(text, after: number.tokens.upperBound, limit: range.upperBound),
                !number.isArticle || gap <= 1
            else {
                if let elided = elidedLoss(text, number: number, after: materiel), !covered.contains(index) {
                    materiel.append(elided)
                    for t in elided.tokens { covered.insert(t) }
                }
                index = number.tokens.upperBound
                continue
            }
            if var victim = head.victim ?? (head.has(.kill) ? .some(nil) : nil) {
                var end = head.tokens.upperBound
                if head.victim == nil, let among = sideAmong(text, after: end, limit: range.upperBound) {
                    victim = among.side
                    end = among.end
                }
                if head.victim == nil || isDeath(text, number: number, head: head) {
                    let breakdown = (max(range.lowerBound, number.tokens.lowerBound - 2)..<number.tokens.lowerBound)
                        .contains { text.span(at: $0)?.has(.breakdown) ?? false }
                    casualties.append(CasualtyMention(
                        side: victim, number: number, isBreakdown: breakdown,
                        tokens: number.tokens.lowerBound..<end))
                }
                index = end
                continue
            }
            if head.materiel != nil {
                let phrase = nounPhrase(text, head: head, limit: range.upperBound)
                let counts = phrase.item != .ammunition || (gap == 0 && !number.isArticle)
                if let mention = loss(
                    text, item: phrase.item, number: counts ? number : nil,
                    tokens: number.tokens.lowerBound..<phrase.end)
                {
                    materiel.append(mention)
                }
                for t in number.tokens.lowerBound..<phrase.end { covered.insert(t) }
                index = phrase.end
                continue
            }
            index = number.tokens.upperBound
        }
        for span in text.spans(in: range) where span.materiel != nil && !covered.contains(span.tokens.lowerBound) {
            let phrase = nounPhrase(text, head: span, limit: range.upperBound)
            for t in span.tokens.lowerBound..<phrase.end { covered.insert(t) }
            guard let mention = loss(text, item: phrase.item, number: nil, tokens: span.tokens.lowerBound..<phrase.end)
            else { continue }
            let vehicles: Set<MaterielClass> = [
                .armouredVehicle, .militaryVehicle, .vehicle, .fuelTanker, .truck, .motorcycle,
            ]
            let duplicate = materiel.contains { other in
                other.disposition == mention.disposition && other.tokens.lowerBound < mention.tokens.lowerBound
                    && (other.item == mention.item
                        || ((mention.item == .vehicle || mention.item == .truck) && vehicles.contains(other.item)))
            }
            if !duplicate { materiel.append(mention) }
        }
        return (casualties, materiel)
    }

    /// « incendié deux autres », "burned two others": a number before `autres`/`others` with no noun repeats
    /// the class of the last materiel loss of its sentence.
    private static func elidedLoss(
        _ text: TextAnalysis, number: NumberPhrase, after materiel: [MaterielMention]
    ) -> MaterielMention? {
        let next = number.tokens.upperBound
        guard !number.isArticle, next < text.tokens.count, ["autres", "others"].contains(text.tokens[next].key),
            let previous = materiel.last,
            text.sentenceOf[previous.tokens.lowerBound] == text.sentenceOf[number.tokens.lowerBound]
        else { return nil }
        return loss(text, item: previous.item, number: number, tokens: number.tokens.lowerBound..<(next + 1))
    }

    /// « parmi les militaires », "among the soldiers" right after a death noun: the side of the dead.
    private static func sideAmong(_ text: TextAnalysis, after start: Int, limit: Int) -> (side: Side?, end: Int)? {
        guard start < limit, ["parmi", "among", "dont", "including"].contains(text.tokens[start].key) else {
            return nil
        }
        var index = start + 1
        while index < min(limit, start + 4) {
            if let span = text.span(at: index), let victim = span.victim { return (victim, span.tokens.upperBound) }
            index += 1
        }
        return nil
    }

    /// The first lexicon phrase after a number, with at most three plain words (or quotes) between.
    private static func headSpan(_ text: TextAnalysis, after start: Int, limit: Int) -> (TextAnalysis.CueSpan, Int)? {
        var index = start
        var gap = 0
        while index < limit, gap <= 3 {
            if let span = text.span(at: index) {
                return span.materiel != nil || span.victim != nil || span.has(.kill) ? (span, gap) : nil
            }
            let token = text.tokens[index]
            if token.kind == .punctuation {
                guard token.key == "\"" else { return nil }
            } else {
                guard token.integer == nil, !text.blocked[index] else { return nil }
                gap += 1
            }
            index += 1
        }
        return nil
    }

    private static func isDeath(_ text: TextAnalysis, number: NumberPhrase, head: TextAnalysis.CueSpan) -> Bool {
        let sentence = text.sentence(of: head.tokens.lowerBound)
        let nearest = max(sentence.lowerBound, number.tokens.lowerBound - 2)
        for t in stride(from: number.tokens.lowerBound - 1, through: nearest, by: -1) {
            if let span = text.span(at: t), span.isHarm { return span.has(.kill) }
        }
        for span in text.spans(in: head.tokens.upperBound..<sentence.upperBound) where span.isHarm {
            return span.has(.kill)
        }
        for span in text.spans(in: sentence.lowerBound..<number.tokens.lowerBound).reversed() where span.isHarm {
            return span.has(.kill)
        }
        return false
    }

    /// The materiel noun phrase starting at `head`: its most specific class and its end.
    private static func nounPhrase(
        _ text: TextAnalysis, head: TextAnalysis.CueSpan, limit: Int
    ) -> (item: MaterielClass, end: Int) {
        var best = head.materiel!
        var end = head.tokens.upperBound
        var index = end
        var words = 0
        while index < limit, words < 4 {
            let token = text.tokens[index]
            if let span = text.span(at: index) {
                guard let candidate = span.materiel else { break }
                if candidate.specificity > best.specificity { best = candidate }
                index = span.tokens.upperBound
                end = index
                words += 1
                continue
            }
            if token.kind == .punctuation {
                guard token.key == "\"" else { break }
            } else {
                guard token.integer == nil, !text.articles.contains(token.hash),
                    !["et", "and", "ainsi", "as", "plus", "of"].contains(token.key)
                else {
                    break
                }
                words += 1
            }
            index += 1
        }
        return (best.item, end)
    }

    private static func loss(
        _ text: TextAnalysis, item: MaterielClass, number: NumberPhrase?, tokens: Range<Int>
    ) -> MaterielMention? {
        let sentence = text.sentence(of: tokens.lowerBound)
        let verb =
            text.spans(in: sentence.lowerBound..<tokens.lowerBound).last { $0.disposition != nil }
            ?? text.spans(in: tokens.upperBound..<sentence.upperBound).first { $0.disposition != nil }
        guard let verb, let disposition = verb.disposition else { return nil }
        return MaterielMention(
            item: item, number: number, disposition: disposition, by: nil, tokens: tokens,
            dispositionTokens: verb.tokens)
    }

    /// Sets who took or destroyed each loss: the agent after `par`/`by` following the disposition word, else
    /// (when the word is active, not « ont été récupérées » / "were burned") the first party named in the
    /// sentence before it (outside the noun phrase), else `fallbackBy`. A side
    /// noun of attackers (« les assaillants », "the militants") stands for the initiator when the initiator is
    /// an armed group outside the state's camp.
    static func attribute(
        _ materiel: inout [MaterielMention], in text: TextAnalysis, actors: [ActorMention], fallbackBy: Side?,
        initiator: Side? = nil
    ) {
        func side(of mention: ActorMention) -> Side {
            if mention.isGeneric, mention.actor.side == .insurgent, let initiator,
                [.insurgent, .militia, .other].contains(initiator)
            {
                return initiator
            }
            return mention.actor.side
        }
        for i in materiel.indices {
            let verb = materiel[i].dispositionTokens
            let sentence = text.sentence(of: verb.lowerBound)
            let phrase = materiel[i].tokens
            let passive = verb.lowerBound > sentence.lowerBound
                && (text.span(at: verb.lowerBound - 1)?.has(.passive) ?? false)
            if let agent = agent(text, after: verb.upperBound, limit: sentence.upperBound, actors: actors) {
                materiel[i].by = side(of: agent)
            } else if !passive, let subject = actors.first(where: {
                $0.tokens.lowerBound >= sentence.lowerBound && $0.tokens.upperBound <= verb.lowerBound
                    && !phrase.contains($0.tokens.lowerBound)
            }) {
                materiel[i].by = side(of: subject)
            } else {
                materiel[i].by = fallbackBy
            }
        }
    }

    /// The party after `par`/`by` (« attribuée à », "attributed to") within six tokens of `start`.
    static func agent(_ text: TextAnalysis, after start: Int, limit: Int, actors: [ActorMention]) -> ActorMention? {
        var index = start
        while index < min(limit, start + 6) {
            if let span = text.span(at: index), span.has(.agent) {
                let end = span.tokens.upperBound
                return actors.first { $0.tokens.lowerBound >= end && $0.tokens.lowerBound <= end + 3 }
            }
            if text.tokens[index].endsClause { return nil }
            index += 1
        }
        return nil
    }
}
