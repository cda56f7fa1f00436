public import SitrepCore

/// Turns a French or English dispatch into incidents with evidence.
///
/// The text is split into sentences, then into incidents: a sentence reporting an event (an attack, deaths,
/// materiel taken or destroyed) starts a new incident when the current one already reports an event and the
/// sentence opens with a separator (« par ailleurs », « le même jour », "separately", "in another incident")
/// or states a date other than the current incident's (after « le même jour », the incident before keeps
/// its date for this comparison). Sentences without an event stay with the incident
/// before them (the first ones with the first incident). Each incident is then read by `DateReader`,
/// `PlaceReader`, `FactFinder` and `ActorFinder`; see `statedFields` for what is reported.
///
/// Never invents: a field the text does not state has no evidence and keeps the model's empty value.
public struct DispatchExtractor: Sendable {
    public var places: any PlaceResolving
    public var actors: any ActorResolving

    /// - Parameters:
    ///   - places: the gazetteer (default: `DefaultTheatre`'s small built-in list).
    ///   - actors: the actor dictionary (default: `DefaultTheatre`).
    public init(places: any PlaceResolving = DefaultTheatre(), actors: any ActorResolving = DefaultTheatre()) {
        self.places = places
        self.actors = actors
    }

    /// The incidents of `text`.
    ///
    /// - Parameters:
    ///   - language: `nil` to detect (more French than English function words → French).
    ///   - published: the publication date, for relative dates (« hier », "last week") and years left out.
    ///   - sourceID: the record id; the n-th incident gets `sourceID` with `-n` appended when there are several.
    /// - Throws: `ExtractionError` when an incident has no date in the text and `published` is `nil`.
    public func extract(
        _ text: String, language: DispatchLanguage? = nil, published: Day? = nil, sourceID: String
    ) throws(ExtractionError) -> [Extraction] {
        var analysis = TextAnalysis()
        var copy = text
        copy.withUTF8 { analysis.analyse($0, keepingText: true) }
        let language = language ?? Self.detectLanguage(analysis.tokens)
        analysis.articles = language == .fr ? [Words.un, Words.une] : [Words.a, Words.an]
        let whole = 0..<analysis.tokens.count
        let contextYear = DateReader.all(in: analysis, range: whole, published: nil, contextYear: nil)
            .first { $0.precision == .day }?.day.civil.year
        let segments = segment(analysis, published: published, contextYear: contextYear)
        var results: [Extraction] = []
        var previousDate: (DateMention, Range<Int>)?
        for (n, segment) in segments.enumerated() {
            let id = segments.count == 1 ? sourceID : "\(sourceID)-\(n + 1)"
            let extraction = try read(
                &analysis, text: text, range: segment, language: language, published: published,
                contextYear: contextYear, previousDate: previousDate, sourceID: id)
            results.append(extraction.0)
            previousDate = extraction.1
        }
        return results
    }

    /// The language `extract` detects when given none: French when French function words (le, la, les, des,
    /// du, et, une, dans, par, est, ont, sur) are at least as many as English ones (the, and, of, in, was,
    /// were, by, on, with, from, their).
    public static func detectedLanguage(of text: String) -> DispatchLanguage {
        var analysis = TextAnalysis()
        var copy = text
        copy.withUTF8 { analysis.analyse($0) }
        return detectLanguage(analysis.tokens)
    }

    static func detectLanguage(_ tokens: [TextToken]) -> DispatchLanguage {
        let french: Set<String> = ["le", "la", "les", "des", "du", "et", "une", "dans", "par", "est", "ont", "sur"]
        let english: Set<String> = ["the", "and", "of", "in", "was", "were", "by", "on", "with", "from", "their"]
        var score = 0
        for token in tokens where token.kind == .word {
            if french.contains(token.key) { score += 1 } else if english.contains(token.key) { score -= 1 }
        }
        return score >= 0 ? .fr : .en
    }

    private func hasEvent(_ analysis: TextAnalysis, _ range: Range<Int>) -> Bool {
        analysis.spans(in: range).contains { span in
            span.has(.attack) || span.has(.suffered) || span.has(.kill) || span.disposition != nil || span.has(.ied)
                || span.has(.abduction)
        }
    }

    private func segment(_ analysis: TextAnalysis, published: Day?, contextYear: Int?) -> [Range<Int>] {
        var segments: [Range<Int>] = []
        var start = 0
        var end = 0
        var hasContent = false
        var currentDate: Day?
        for s in 0..<(analysis.sentenceStarts.count - 1) {
            let range = analysis.sentenceStarts[s]..<analysis.sentenceStarts[s + 1]
            let content = hasEvent(analysis, range)
            let opening = range.lowerBound..<min(range.upperBound, range.lowerBound + 4)
            let separated = analysis.spans(in: opening).contains { $0.has(.separator) }
            let date = DateReader.first(in: analysis, range: range, published: published, contextYear: contextYear)?.day
            if hasContent, content, separated || (date != nil && currentDate != nil && date != currentDate) {
                segments.append(start..<end)
                start = range.lowerBound
                hasContent = false
                let sameDay = analysis.spans(in: opening.lowerBound..<min(range.upperBound, opening.upperBound + 4))
                    .contains { $0.has(.sameDay) }
                if !sameDay { currentDate = nil }
            }
            end = range.upperBound
            hasContent = hasContent || content
            if currentDate == nil { currentDate = date }
        }
        if end > start || segments.isEmpty { segments.append(start..<end) }
        return segments
    }

    private func read(
        _ analysis: inout TextAnalysis, text: String, range: Range<Int>, language: DispatchLanguage, published: Day?,
        contextYear: Int?, previousDate: (DateMention, Range<Int>)?, sourceID: String
    ) throws(ExtractionError) -> (Extraction, (DateMention, Range<Int>)?) {
        var evidence: [FieldEvidence] = []
        var warnings: [String] = []
        func note(_ field: String, _ tokens: Range<Int>, _ confidence: Double) {
            evidence.append(
                FieldEvidence(
                    field: field, span: Self.span(of: tokens, in: analysis, text: text), confidence: confidence))
        }

        // Date.
        let dates = DateReader.all(in: analysis, range: range, published: published, contextYear: contextYear)
        for mention in dates { for t in mention.tokens { analysis.blocked[t] = true } }
        let sameDay = analysis.spans(in: range).first { $0.has(.sameDay) }
        var dateMention = dates.first
        var dateTokens = dateMention?.tokens
        if dateMention == nil, let sameDay, let previousDate {
            dateMention = previousDate.0
            dateTokens = sameDay.tokens
        }
        let day: Day
        let precision: DatePrecision
        var dateText: String?
        if let dateMention, let dateTokens {
            day = dateMention.day
            precision = dateMention.precision
            dateText = analysis.written(dateMention.tokens)
            var confidence = dateMention.isRelative || dateTokens != dateMention.tokens ? 0.85 : 0.95
            if let mismatch = dateMention.weekdayMismatch {
                warnings.append("weekday \(mismatch)")
                confidence = 0.5
            }
            note("date", dateTokens, confidence)
        } else if let published {
            day = published
            precision = .week
        } else {
            throw ExtractionError(
                "no date in the text of incident \(sourceID); pass --published DATE (YYYY-MM-DD)")
        }

        // Place, deaths, materiel, parties.
        let place = PlaceReader.first(in: &analysis, range: range, resolver: places)
        let facts = FactFinder.find(in: analysis, range: range)
        let mentions = ActorFinder.find(
            in: analysis, range: range, resolver: actors, capitalizedOnly: false, casualties: facts.casualties)
        let parties = Self.parties(analysis, range: range, mentions: mentions, casualties: facts.casualties)
        var materiel = facts.materiel
        FactFinder.attribute(
            &materiel, in: analysis, actors: mentions,
            fallbackBy: parties.isClash ? nil : parties.initiator?.actor.side, initiator: parties.initiator?.actor.side)

        var actorList: [Actor] = []
        if let initiator = parties.initiator {
            actorList.append(Actor(name: initiator.actor.name, side: initiator.actor.side, role: .initiator))
            note("initiator", initiator.tokens, initiator.confidence)
        }
        if let target = parties.target {
            actorList.append(Actor(name: target.actor.name, side: target.actor.side, role: .target))
            note("target", target.tokens, target.confidence)
        }

        let fatalities = Self.fatalities(facts.casualties) { field, tokens, confidence in
            note(field, tokens, confidence)
        }

        var losses: [MaterielLoss] = []
        for mention in materiel {
            let initiatorSide = parties.initiator?.actor.side
            let targetSide = parties.target?.actor.side
            let from: Side? =
                mention.by == nil
                ? nil
                : mention.by == initiatorSide ? targetSide : mention.by == targetSide ? initiatorSide : nil
            let i = losses.count
            losses.append(
                MaterielLoss(
                    item: mention.item.rawValue, count: mention.count, disposition: mention.disposition, by: mention.by,
                    from: from))
            note("materiel[\(i)]", mention.tokens, 0.9)
            if let number = mention.number, mention.count != nil {
                note("materiel[\(i)].count", number.tokens, Self.confidence(of: number))
            }
            note("materiel[\(i)].disposition", mention.dispositionTokens, 0.8)
        }

        var tags: [String] = []
        for span in analysis.spans(in: range) {
            guard let tag = span.tag, !tags.contains(tag.rawValue) else { continue }
            tags.append(tag.rawValue)
            note("tags[\(tag.rawValue)]", span.tokens, 0.8)
        }
        // A party's own claim: an armed group's revendication, else the state side speaking alone.
        var reliability = Reliability.independent
        if let (claim, confidence) = Self.claimSpan(analysis, range: range).map({ ($0, 0.8) })
            ?? Self.officialStatementSpan(analysis, range: range).map({ ($0, 0.7) })
        {
            reliability = .claim
            if !tags.contains(IncidentTag.claim.rawValue) { tags.append(IncidentTag.claim.rawValue) }
            note("reliability", claim, confidence)
            note("tags[claim]", claim, confidence)
        }

        let kind = Self.eventType(
            analysis, range: range, initiator: parties.initiator?.actor.side, target: parties.target?.actor.side,
            materiel: losses, fatalities: facts.casualties.isEmpty ? nil : fatalities)
        if let kind { note("eventType", kind.tokens, 0.7) }

        var location = Location()
        var offset: PlaceOffset?
        if let place {
            location = place.location
            if let km = place.offsetKilometres, let name = place.location.name {
                offset = PlaceOffset(kilometres: km, direction: place.direction, from: name)
            }
            note("location", place.tokens, place.isUnresolved ? 0.6 : 0.95)
        }

        let incident = Incident(
            source: "dispatch", sourceID: sourceID, date: day, datePrecision: precision, dateText: dateText,
            location: location, eventType: kind?.type, subEventType: kind?.subType, actors: actorList,
            fatalities: fatalities, materiel: losses, tags: tags, reliability: reliability,
            notes: analysis.written(range).trimmingWhitespace)
        let extraction = Extraction(
            incident: incident, evidence: evidence, offset: offset, language: language,
            dateFromPublication: dateMention == nil, warnings: warnings)
        return (extraction, dateMention.map { ($0, $0.tokens) })
    }

    static func confidence(of number: NumberPhrase) -> Double {
        if number.isApproximate { return 0.7 }
        if number.isArticle { return 0.85 }
        return number.isWords ? 0.9 : 0.95
    }

    /// Deaths by side and in total.
    ///
    /// Per side, the largest number stated for it (a toll repeated in a dispatch is one toll); unattributed
    /// deaths ("12 morts", "5 people") likewise, leaving out those introduced as a breakdown (« dont »). The
    /// total `best` is the larger of the unattributed number and the sum over sides; `low`/`high` come from a
    /// stated range, summed with the other sides' numbers; `isMinimum` when a number it uses is a minimum.
    static func fatalities(
        _ mentions: [CasualtyMention], note: (String, Range<Int>, Double) -> Void
    ) -> Fatalities {
        var result = Fatalities()
        guard !mentions.isEmpty else { return result }
        var bySide: [Side: CasualtyMention] = [:]
        var unattributed: CasualtyMention?
        for mention in mentions {
            if let side = mention.side {
                if mention.number.best > (bySide[side]?.number.best ?? -1) { bySide[side] = mention }
            } else if !mention.isBreakdown, mention.number.best > (unattributed?.number.best ?? -1) {
                unattributed = mention
            }
        }
        let sides: [CasualtyMention] = [Side.state, .insurgent, .civilian].compactMap { bySide[$0] }
        let sum = sides.reduce(0) { $0 + $1.number.best }
        let used: [CasualtyMention]
        if let unattributed, unattributed.number.best >= sum {
            used = [unattributed]
        } else {
            used = sides
        }
        result.best = max(sum, unattributed?.number.best ?? 0)
        for mention in used { note("fatalities.best", mention.tokens, confidence(of: mention.number)) }
        if used.contains(where: { $0.number.high != nil }) {
            result.low = used.reduce(0) { $0 + ($1.number.low ?? $1.number.best) }
            result.high = used.reduce(0) { $0 + ($1.number.high ?? $1.number.best) }
            for mention in used where mention.number.high != nil {
                note("fatalities.low", mention.number.tokens, 0.95)
                note("fatalities.high", mention.number.tokens, 0.95)
            }
        }
        if let minimum = used.first(where: { $0.number.isMinimum }) {
            result.isMinimum = true
            note("fatalities.isMinimum", minimum.number.tokens, 0.95)
        }
        for (side, mention) in bySide {
            switch side {
            case .state: result.state = mention.number.best
            case .insurgent: result.insurgent = mention.number.best
            case .civilian: result.civilian = mention.number.best
            default: continue
            }
            note("fatalities.\(side.rawValue)", mention.tokens, confidence(of: mention.number))
        }
        return result
    }

    struct Party {
        var actor: ResolvedActor
        var tokens: Range<Int>
        var confidence: Double
    }

    /// The state and its allies form one camp; every other side is its own.
    static func sameCamp(_ a: Side?, _ b: Side?) -> Bool {
        guard let a, let b else { return false }
        return a == b || (a.isStateSide && b.isStateSide)
    }

    /// Initiator and target, from the first event word of the incident (an attack word, else a word of
    /// suffering, death or disposition):
    /// - Active voice: the initiator is the agent after `par`/`by`, else the party right after an air-strike
    ///   word (« frappes de drones de l'armée »), else the first party named before the word in its sentence;
    ///   the target is the first party of another camp after it.
    /// - Passive voice (`été`, `was` just before), a word of suffering (« a sauté sur », "came under",
    ///   « repoussé »), or an IED incident whose event word is not an attack verb: the party before the word is
    ///   the target, the agent the initiator.
    /// - A clash word (affrontements, clashes): the first two parties of different camps in the sentence, in the
    ///   order named.
    /// - Still without a target: the side of the first dead of another camp than the initiator (an IED that
    ///   kills soldiers targets the FAMa). Still without an initiator: the dead of an armed side other than the
    ///   target's (« tuant onze assaillants »), else the party that claims the attack (« le JNIM a revendiqué »).
    /// A side noun (« les assaillants ») is replaced by a party of the same side the incident names (JNIM).
    static func parties(
        _ analysis: TextAnalysis, range: Range<Int>, mentions: [ActorMention], casualties: [CasualtyMention]
    ) -> (initiator: Party?, target: Party?, isClash: Bool) {
        let spans = analysis.spans(in: range)
        guard
            let cue = spans.first(where: { $0.has(.attack) || $0.has(.suffered) })
                ?? spans.first(where: { $0.has(.kill) || $0.disposition != nil })
        else { return (nil, nil, false) }
        let sentence = analysis.sentence(of: cue.tokens.lowerBound)
        let previous = cue.tokens.lowerBound - 1
        let passive =
            cue.has(.suffered) || (!cue.has(.attack) && spans.contains { $0.has(.ied) })
            || (previous >= sentence.lowerBound && (analysis.span(at: previous)?.has(.passive) ?? false))
        var agent = FactFinder.agent(
            analysis, after: cue.tokens.upperBound, limit: sentence.upperBound, actors: mentions)
        if agent == nil, cue.has(.airStrike) {
            agent = mentions.first {
                $0.tokens.lowerBound >= cue.tokens.upperBound && $0.tokens.lowerBound <= cue.tokens.upperBound + 2
            }
        }
        let inSentence = mentions.filter {
            $0.tokens.lowerBound >= sentence.lowerBound && $0.tokens.upperBound <= sentence.upperBound
        }
        let before = inSentence.filter { $0.tokens.upperBound <= cue.tokens.lowerBound }
        let after = inSentence.filter { $0.tokens.lowerBound >= cue.tokens.upperBound && $0.tokens != agent?.tokens }
        func named(_ mention: ActorMention?, _ confidence: Double) -> Party? {
            guard let mention else { return nil }
            if mention.isGeneric,
                let name = mentions.first(where: {
                    !$0.isGeneric && $0.actor.side == mention.actor.side && range.contains($0.tokens.lowerBound)
                })
            {
                return Party(actor: name.actor, tokens: name.tokens, confidence: 0.7)
            }
            return Party(actor: mention.actor, tokens: mention.tokens, confidence: mention.isGeneric ? 0.7 : confidence)
        }
        func firstPreferringNamed(_ list: [ActorMention]) -> ActorMention? {
            guard let first = list.first else { return nil }
            return list.first { !$0.isGeneric && $0.actor.side == first.actor.side } ?? first
        }
        var initiator: Party?
        var target: Party?
        let isClash = cue.has(.clash) && agent == nil
        if isClash {
            initiator = named(firstPreferringNamed(inSentence), 0.8)
            let others = inSentence.filter { !sameCamp($0.actor.side, initiator?.actor.side) }
            target = named(firstPreferringNamed(others), 0.8)
        } else if passive {
            initiator = named(agent, 0.95)
            target = named(firstPreferringNamed(before), 0.9)
        } else {
            initiator = named(agent ?? firstPreferringNamed(before), 0.95)
            target = named(firstPreferringNamed(after.filter { !sameCamp($0.actor.side, initiator?.actor.side) }), 0.9)
        }
        if target == nil,
            let dead = casualties.first(where: { $0.side != nil && !sameCamp($0.side, initiator?.actor.side) }),
            let side = dead.side,
            let actor = ResolvedActor.generic(side, noun: analysis.tokens[dead.tokens.upperBound - 1].key)
        {
            target = named(ActorMention(actor: actor, isGeneric: true, tokens: dead.tokens), 0.7)
        }
        if initiator == nil, let target {
            let armed: Set<Side> = [.state, .stateAllied, .insurgent, .militia, .other]
            if let dead = casualties.first(where: {
                guard let side = $0.side else { return false }
                return armed.contains(side) && !sameCamp(side, target.actor.side)
            }), let side = dead.side,
                let actor = ResolvedActor.generic(side, noun: analysis.tokens[dead.tokens.upperBound - 1].key)
            {
                initiator = named(ActorMention(actor: actor, isGeneric: true, tokens: dead.tokens), 0.7)
            } else if let claim = claimSpan(analysis, range: range),
                let claimant = mentions.last(where: {
                    $0.tokens.upperBound <= claim.lowerBound
                        && analysis.sentenceOf[$0.tokens.lowerBound] == analysis.sentenceOf[claim.lowerBound]
                }), !sameCamp(claimant.actor.side, target.actor.side)
            {
                initiator = named(claimant, 0.8)
            }
        }
        return (initiator, target, isClash)
    }

    /// The first claim word of the incident that no negation (« n'a pas », "no group has") denies within the
    /// four tokens before it in its sentence.
    static func claimSpan(_ analysis: TextAnalysis, range: Range<Int>) -> Range<Int>? {
        for span in analysis.spans(in: range) where span.has(.claim) {
            let sentence = analysis.sentence(of: span.tokens.lowerBound)
            let window = max(sentence.lowerBound, span.tokens.lowerBound - 4)..<span.tokens.lowerBound
            if !analysis.spans(in: window).contains(where: { $0.has(.negation) }) { return span.tokens }
        }
        return nil
    }

    /// Where the state side speaks for itself about the incident (a communiqué, « selon l'armée », "the army
    /// said"), when no source outside the parties (local sources, residents, witnesses) is cited for it: the
    /// account is then the state's own claim, as a group's revendication is the group's.
    static func officialStatementSpan(_ analysis: TextAnalysis, range: Range<Int>) -> Range<Int>? {
        let spans = analysis.spans(in: range)
        guard !spans.contains(where: { $0.has(.independentSource) }) else { return nil }
        return spans.first { $0.has(.officialStatement) }?.tokens
    }

    /// ACLED's event type and sub-type, from the cues of the incident, first rule that applies:
    /// an IED word → Explosions/Remote violence, Remote explosive/landmine/IED; a drone or air-strike word →
    /// Air/drone strike; a shelling word → Shelling/artillery/missile attack; an abduction word → Violence
    /// against civilians, Abduction/forced disappearance; armed initiator (any side but civilian) and armed
    /// target → Battles, Armed
    /// clash; a civilian target → Violence against civilians, Attack; materiel destroyed with no target and no
    /// deaths → Strategic developments, Looting/property destruction. Otherwise not stated.
    static func eventType(
        _ analysis: TextAnalysis, range: Range<Int>, initiator: Side?, target: Side?, materiel: [MaterielLoss],
        fatalities: Fatalities?
    ) -> (type: EventType, subType: String, tokens: Range<Int>)? {
        let spans = analysis.spans(in: range)
        if let span = spans.first(where: { $0.has(.ied) }) {
            return (.explosionsRemoteViolence, "Remote explosive/landmine/IED", span.tokens)
        }
        if let span = spans.first(where: { $0.has(.airStrike) }) {
            return (.explosionsRemoteViolence, "Air/drone strike", span.tokens)
        }
        if let span = spans.first(where: { $0.has(.shelling) }) {
            return (.explosionsRemoteViolence, "Shelling/artillery/missile attack", span.tokens)
        }
        if let span = spans.first(where: { $0.has(.abduction) }) {
            return (.violenceAgainstCivilians, "Abduction/forced disappearance", span.tokens)
        }
        guard let cue = spans.first(where: { $0.has(.attack) || $0.has(.kill) || $0.disposition != nil }) else {
            return nil
        }
        let armed: Set<Side> = [.state, .stateAllied, .insurgent, .militia, .other]
        if let initiator, let target, armed.contains(initiator), armed.contains(target) {
            return (.battles, "Armed clash", cue.tokens)
        }
        if target == .civilian {
            return (.violenceAgainstCivilians, "Attack", cue.tokens)
        }
        if target == nil, fatalities == nil, materiel.contains(where: { $0.disposition == .destroyed }) {
            return (.strategicDevelopments, "Looting/property destruction", cue.tokens)
        }
        return nil
    }

    static func span(of tokens: Range<Int>, in analysis: TextAnalysis, text: String) -> TextSpan {
        let start = analysis.tokens[tokens.lowerBound].start
        let end = analysis.tokens[tokens.upperBound - 1].end
        let utf8 = text.utf8
        let startIndex = utf8.index(utf8.startIndex, offsetBy: start)
        let endIndex = utf8.index(utf8.startIndex, offsetBy: end)
        let characterStart = text.distance(from: text.startIndex, to: startIndex)
        let characterEnd = characterStart + text.distance(from: startIndex, to: endIndex)
        return TextSpan(
            utf8Start: start, utf8End: end, characterStart: characterStart, characterEnd: characterEnd,
            text: String(text[startIndex..<endIndex]))
    }
}

extension String {
    /// Without leading and trailing spaces and line breaks.
    var trimmingWhitespace: String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\n" || $0 == "\r" || $0 == "\t" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else {
            return ""
        }
        return String(self[first...last])
    }
}
