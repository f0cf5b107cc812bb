/// A quote found in the text, before its speaker is resolved.
struct FoundQuote {
    /// The tokens of the quoted words.
    var content: Range<Int>
    /// How the words are reported.
    var kind: QuoteKind
    /// The tokens of the attributing words.
    var cue: Range<Int>?
    /// How the text names the speaker.
    var speaker: SpeakerRef
    /// The tokens naming who relayed the words.
    var via: Range<Int>?
    /// Stretches of one quote over several paragraphs share a chain number.
    var chain: Int?
    /// Where an attribution that follows the quote ends ("», a-t-il dit"), if one does.
    var attributionEnd: Int? = nil
}

/// Finds quotations of every kind: direct and partial (in guillemets), indirect (speech verb
/// + que / infinitive / accusation, or a reported clause followed by an inverted
/// attribution) and according ("selon X", "d'après X", "Pour X, …").
struct QuoteFinder {
    let view: TextView
    let cues: CueFinder
    let phrases: PhraseFinder

    init(view: TextView) {
        self.view = view
        self.cues = CueFinder(view: view)
        self.phrases = PhraseFinder(view: view)
    }

    private var tokens: [Token] { view.tokens }

    /// Every quote of the document, in text order, without nested duplicates.
    func quotes(stretches: [QuotedStretch]) -> [FoundQuote] {
        var found: [FoundQuote] = []
        var attributed: [Int: (cue: Range<Int>?, speaker: SpeakerRef, kind: QuoteKind)] = [:]
        for sentence in view.doc.sentences {
            found += reportedSpeech(in: sentence.tokens, stretches: stretches, attributed: &attributed)
        }
        found += guillemetQuotes(stretches, attributed: attributed, reported: found)
        return Self.removingNested(found, tokens: tokens)
    }

    // MARK: - Indirect and according quotes

    /// Quotes in one sentence that hang on a speech verb or on "selon": indirect and according.
    private func reportedSpeech(
        in sentence: Range<Int>, stretches: [QuotedStretch],
        attributed: inout [Int: (cue: Range<Int>?, speaker: SpeakerRef, kind: QuoteKind)]
    ) -> [FoundQuote] {
        var out: [FoundQuote] = []
        var i = sentence.lowerBound
        while i < sentence.upperBound {
            if view.pairOfToken[i] >= 0, tokens[i].kind != .closeQuote {
                i += 1
                continue
            }
            if let according = according(at: i, sentence: sentence, stretches: stretches, attributed: &attributed) {
                out.append(according.quote)
                i = according.resume
                continue
            }
            if let cue = cues.cue(at: i, limit: sentence.upperBound) {
                if let quote = reported(by: cue, sentence: sentence, previous: &out) {
                    out.append(quote)
                    i = max(cue.tokens.upperBound, quote.content.upperBound)
                    continue
                }
                i = cue.tokens.upperBound
                continue
            }
            i += 1
        }
        return out
    }

    /// The quote that `cue` introduces or closes, if any. A relaying cue ("a rapporté Reuters")
    /// instead sets the `via` of the quote before it.
    private func reported(by cue: Cue, sentence: Range<Int>, previous: inout [FoundQuote]) -> FoundQuote? {
        let frames = cue.verb.frames
        let start = cue.tokens.lowerBound
        let isInverted = cue.clitic != nil || (start > sentence.lowerBound && tokens[start - 1].norm == ",")
        // "…, a rapporté Reuters": the outlet that relayed the quote before it.
        if frames.contains(.relay), isInverted, start > sentence.lowerBound {
            if let np = phrases.phrase(startingAt: cue.tokens.upperBound, limit: sentence.upperBound) {
                if let k = previous.indices.last, previous[k].content.upperBound <= start {
                    previous[k].via = namedEntity(in: np) ?? np
                    return nil
                }
            }
        }
        var k = cue.tokens.upperBound
        var via: Range<Int>? = nil
        // Skip what may stand between the verb and its complement: adverbs, "aux journalistes",
        // "à l'AFP" (which names a relay), "dans un communiqué", incises between commas.
        var steps = 0
        while k < sentence.upperBound, steps < 14 {
            steps += 1
            let norm = tokens[k].norm
            if view.adverbs.contains(norm) || norm == "," {
                k += 1
                continue
            }
            if ["à", "au", "aux", "dans", "devant", "lors", "sur", "auprès", "par", "en", "via", "pendant"].contains(norm) {
                guard let np = phrases.phrase(startingAt: k + 1, limit: sentence.upperBound) else { break }
                if ["à", "au", "aux"].contains(norm), let e = namedEntity(in: np) { via = e }
                k = np.upperBound
                continue
            }
            break
        }
        guard k < sentence.upperBound else { return nil }
        let next = tokens[k].norm
        let subject: SpeakerRef
        if let clitic = cue.clitic {
            subject = SpeakerRef(kind: .pronoun(clitic))
        } else {
            subject = phrases.subject(before: cue.tokens.lowerBound, floor: sentence.lowerBound)
        }
        if subject.kind == .impersonal { return nil }
        let cueRange = cue.tokens
        // "a déclaré que …", "a appelé à ce que …"
        if next == "que" || next == "qu'" || (next == "à" && k + 2 < sentence.upperBound && tokens[k + 1].norm == "ce"
            && (tokens[k + 2].norm == "que" || tokens[k + 2].norm == "qu'"))
        {
            guard frames.contains(.contentClause) || next == "à" else { return nil }
            let begin = next == "à" ? k + 3 : k + 1
            let end = clauseEnd(from: begin, sentence: sentence)
            guard end > begin, view.hasWord(begin..<end) else { return nil }
            return FoundQuote(content: begin..<end, kind: .indirect, cue: cueRange, speaker: subject, via: via)
        }
        // "accuse X d'avoir …"
        if frames.contains(.accusation), !isInverted || cue.clitic != nil {
            var d = k
            while d < sentence.upperBound, d - k < 10, !["de", "d'"].contains(tokens[d].norm), tokens[d].norm != "," {
                d += 1
            }
            if d < sentence.upperBound, d > k, ["de", "d'"].contains(tokens[d].norm), d + 1 < sentence.upperBound,
                isInfinitive(d + 1)
            {
                let end = clauseEnd(from: k, sentence: sentence)
                if end > k { return FoundQuote(content: k..<end, kind: .indirect, cue: cueRange, speaker: subject, via: via) }
            }
        }
        // "affirment avoir découvert …"
        if frames.contains(.infinitive), k == cue.tokens.upperBound || view.adverbs.contains(tokens[k - 1].norm),
            ["avoir", "être"].contains(next)
        {
            let end = clauseEnd(from: k, sentence: sentence)
            if end > k { return FoundQuote(content: k..<end, kind: .indirect, cue: cueRange, speaker: subject, via: via) }
        }
        // "La capture est un revers, affirme X." — a reported clause before an inverted attribution.
        if isInverted, cue.clitic == nil, start > sentence.lowerBound, tokens[start - 1].norm == ",",
            frames.contains(.direct), !frames.contains(.relay)
        {
            let clauseStart = reportedClauseStart(before: start - 1, sentence: sentence)
            let content = view.trimmedSpan(clauseStart..<(start - 1))
            if !content.isEmpty, view.hasWord(content), content.count >= 4,
                !content.contains(where: { view.pairOfToken[$0] >= 0 }),
                let np = phrases.phrase(startingAt: skippingAdverbs(from: cue.tokens.upperBound, sentence), limit: sentence.upperBound),
                namesSpeaker(np),
                previous.last.map({ $0.content.upperBound <= content.lowerBound }) ?? true
            {
                return FoundQuote(content: content, kind: .indirect, cue: cueRange, speaker: SpeakerRef(kind: .phrase(np)), via: via)
            }
        }
        return nil
    }

    /// The first token at or after `i` that is not an adverb.
    private func skippingAdverbs(from i: Int, _ sentence: Range<Int>) -> Int {
        var k = i
        while k < sentence.upperBound, view.adverbs.contains(tokens[k].norm) { k += 1 }
        return k
    }

    /// Whether a phrase can name a speaker: it holds a name, or its head is a role or a body.
    private func namesSpeaker(_ np: Range<Int>) -> Bool {
        let words = view.language.words
        if ["son", "sa", "ses", "leur", "leurs", "mon", "ma", "mes"].contains(tokens[np.lowerBound].norm) { return false }
        for i in np where !view.isDeterminer(i) {
            if view.entity(at: i) != nil || tokens[i].isCapitalized { return true }
            return words.roleNouns[tokens[i].norm] != nil || words.words("institution-nouns").contains(tokens[i].norm)
        }
        return false
    }

    /// Where the clause that ends at `end` begins: after the previous clause break, or at the sentence start.
    private func reportedClauseStart(before end: Int, sentence: Range<Int>) -> Int {
        var b = end
        while b > sentence.lowerBound {
            let t = tokens[b - 1]
            if t.norm == ":" || t.norm == ";" || t.norm == "-" || t.norm == "–" { break }
            b -= 1
        }
        return b
    }

    /// Whether token `i` is an infinitive after "de": "d'avoir", "de violer".
    private func isInfinitive(_ i: Int) -> Bool {
        let n = tokens[i].norm
        return tokens[i].kind == .word && !tokens[i].isCapitalized
            && (n == "avoir" || n == "être" || n.hasSuffix("er") || n.hasSuffix("ir") || n.hasSuffix("re"))
    }

    /// Where a reported clause that starts at `start` ends (exclusive): at the end of the
    /// sentence, or before a new clause of the journalist (", mais", ", a rapporté X",
    /// ", selon X", ";", ":").
    private func clauseEnd(from start: Int, sentence: Range<Int>) -> Int {
        var k = start
        while k < sentence.upperBound {
            let t = tokens[k]
            if t.kind == .openQuote, view.pairOfToken[k] >= 0 {
                // Skip over the whole quoted stretch.
                var j = k + 1
                while j < sentence.upperBound, view.pairOfToken[j] == view.pairOfToken[k] { j += 1 }
                k = j
                continue
            }
            if t.kind == .terminal || t.norm == ";" || t.norm == ":" { break }
            if t.norm == "," && k + 1 < sentence.upperBound {
                let n = tokens[k + 1].norm
                let according = n == "selon" ? k + 2 : (n == "d'" && k + 2 < sentence.upperBound && tokens[k + 2].norm == "après") ? k + 3 : nil
                if let according {
                    // ", selon lui, …" is an incise inside the clause; ", selon X." ends it.
                    let source = sourcePhrase(from: according, sentence: sentence)
                    let after = source?.upperBound ?? according
                    if after < sentence.upperBound, tokens[after].norm == ",", after + 1 < sentence.upperBound,
                        tokens[after + 1].kind != .terminal
                    {
                        k = after + 1
                        continue
                    }
                    break
                }
                if view.clauseStops.contains(n) { break }
                if cues.cue(at: k + 1, limit: sentence.upperBound) != nil { break }
            }
            k += 1
        }
        return view.trimmedSpan(start..<k).upperBound
    }

    /// An according quote at token `i`: "selon X", "d'après X", or an opening "Pour X,".
    /// Guillemets that follow "Selon X," are attributed here and found later.
    private func according(
        at i: Int, sentence: Range<Int>, stretches: [QuotedStretch],
        attributed: inout [Int: (cue: Range<Int>?, speaker: SpeakerRef, kind: QuoteKind)]
    ) -> (quote: FoundQuote, resume: Int)? {
        let norm = tokens[i].norm
        var sourceStart: Int
        let cueRange: Range<Int>
        let isPour: Bool
        if norm == "selon" {
            sourceStart = i + 1
            isPour = false
        } else if norm == "d'", i + 1 < sentence.upperBound, tokens[i + 1].norm == "après" {
            sourceStart = i + 2
            isPour = false
        } else if norm == "pour", i == firstWord(of: sentence) {
            sourceStart = i + 1
            isPour = true
        } else {
            return nil
        }
        cueRange = i..<sourceStart
        guard sourceStart < sentence.upperBound else { return nil }
        let source: SpeakerRef
        var sourceEnd: Int
        let first = tokens[sourceStart]
        if ["lui", "elle", "eux", "elles"].contains(first.norm) {
            source = SpeakerRef(kind: .pronoun(sourceStart))
            sourceEnd = sourceStart + 1
        } else {
            if isPour && !(view.isDeterminer(sourceStart) || view.entity(at: sourceStart) != nil) { return nil }
            guard let np = sourcePhrase(from: sourceStart, sentence: sentence) else { return nil }
            source = SpeakerRef(kind: .phrase(np))
            sourceEnd = np.upperBound
        }
        let opensSentence = i == firstWord(of: sentence)
        if opensSentence || isPour {
            // "Selon X, clause." — the claim follows, up to the next comma.
            guard sourceEnd < sentence.upperBound, tokens[sourceEnd].norm == "," else { return nil }
            let begin = sourceEnd + 1
            guard begin < sentence.upperBound else { return nil }
            // Guillemets in the clause are the source's words: attribute them, no separate claim.
            let quoted = stretches.indices.filter { s in
                let o = stretches[s].open ?? stretches[s].content.lowerBound
                return o >= begin && o < sentence.upperBound
            }
            if !quoted.isEmpty {
                for s in quoted {
                    let whole = stretches[s].open == begin
                    attributed[s] = (cueRange, source, whole ? .direct : .partial)
                }
                return nil
            }
            if source.kind != .none, case .pronoun = source.kind { return nil }
            var end = begin
            while end < sentence.upperBound, tokens[end].norm != ",", !view.isClauseBreak(end) { end += 1 }
            let content = view.trimmedSpan(begin..<end)
            guard content.count >= 3 else { return nil }
            return (FoundQuote(content: content, kind: .according, cue: cueRange, speaker: source), end)
        }
        // "clause, selon X." — the claim is the clause before.
        if case .pronoun = source.kind { return nil }
        var end = i
        if end > sentence.lowerBound, tokens[end - 1].norm == "," { end -= 1 }
        var begin = end
        while begin > sentence.lowerBound {
            let t = tokens[begin - 1]
            if t.norm == "," || t.norm == ":" || t.norm == ";" || t.norm == "-" || t.norm == "–" || t.kind == .terminal {
                break
            }
            if view.pairOfToken[begin - 1] >= 0 { return nil }
            begin -= 1
        }
        let content = view.trimmedSpan(begin..<end)
        guard content.count >= 3, view.hasWord(content) else { return nil }
        return (FoundQuote(content: content, kind: .according, cue: cueRange, speaker: source), sourceEnd)
    }

    /// The phrase naming a source after "selon": up to the comma or the end of the clause.
    private func sourcePhrase(from start: Int, sentence: Range<Int>) -> Range<Int>? {
        var k = start
        while k < sentence.upperBound, k - start < 14 {
            let t = tokens[k]
            if t.norm == "," || view.isClauseBreak(k) || t.kind == .openQuote || t.kind == .closeQuote { break }
            if ["et", "mais", "car", "qui", "que", "qu'", "dont"].contains(t.norm) { break }
            k += 1
        }
        let range = view.trimmedSpan(start..<k)
        return range.isEmpty || !view.hasWord(range) ? nil : range
    }

    private func firstWord(of sentence: Range<Int>) -> Int {
        var i = sentence.lowerBound
        while i < sentence.upperBound, !tokens[i].isWordLike { i += 1 }
        return i
    }

    /// The first entity inside `range`, as a token range.
    private func namedEntity(in range: Range<Int>) -> Range<Int>? {
        for i in range { if let e = view.entity(at: i) { return view.entityTokens[e] } }
        return nil
    }

    // MARK: - Quotes in guillemets

    /// Direct and partial quotes: every top-level quoted stretch not inside a reported clause,
    /// with its attribution (a cue after or before it, a cue in the sentence, or the speaker
    /// of the quotes just before). Scare quotes are left out.
    private func guillemetQuotes(
        _ stretches: [QuotedStretch], attributed: [Int: (cue: Range<Int>?, speaker: SpeakerRef, kind: QuoteKind)],
        reported: [FoundQuote]
    ) -> [FoundQuote] {
        var out: [FoundQuote] = []
        var lastSpoken: (sentence: Int, paragraph: Int)? = nil
        for quote in reported {
            let s = view.doc.sentenceIndex(ofToken: quote.content.lowerBound)
            if lastSpoken == nil || s > lastSpoken!.sentence { lastSpoken = (s, view.doc.sentences[s].paragraph) }
        }
        var chainSpeakers: [Int: FoundQuote] = [:]
        for (s, stretch) in stretches.enumerated() {
            let content = view.trimmedInside(stretch.content)
            guard !content.isEmpty, view.hasWord(content) else { continue }
            let anchor = stretch.open ?? stretch.content.lowerBound
            if reported.contains(where: { $0.content.contains(anchor) }) { continue }
            let sentenceIndex = view.doc.sentenceIndex(ofToken: anchor)
            let sentence = view.doc.sentences[sentenceIndex].tokens
            let words = content.filter { tokens[$0].isWordLike }.count
            let startsUpper = tokens[content.lowerBound].isCapitalized
            let clauseLike = words >= 7 || (startsUpper && words >= 4)
            var found: FoundQuote? = nil
            if let previous = out.last, let end = previous.attributionEnd, let open = stretch.open, open > end,
                open - end <= 2, (end..<open).allSatisfy({ tokens[$0].kind == .punctuation })
            {
                // "« A », a-t-il dit, « B »": the second part shares the first part's attribution.
                found = FoundQuote(content: content, kind: .direct, cue: previous.cue, speaker: previous.speaker)
            } else if let given = attributed[s] {
                found = FoundQuote(content: content, kind: given.kind, cue: given.cue, speaker: given.speaker)
            } else if let after = attributionAfter(stretch) {
                found = FoundQuote(content: content, kind: .direct, cue: after.cue, speaker: after.speaker, via: after.via)
                found?.attributionEnd = after.end
            } else if let before = attributionBefore(stretch, sentence: sentence) {
                found = FoundQuote(content: content, kind: clauseLike ? .direct : .partial, cue: before.cue, speaker: before.speaker)
            } else if let inSentence = attributionInSentence(stretch, sentence: sentence) {
                found = FoundQuote(
                    content: content, kind: clauseLike && startsUpper ? .direct : .partial, cue: inSentence.cue,
                    speaker: inSentence.speaker)
            } else if let previous = chainSpeakers[stretch.chain] {
                found = FoundQuote(content: content, kind: .direct, cue: nil, speaker: previous.speaker)
            } else if let last = lastSpoken, sentenceIndex - last.sentence <= 3,
                view.doc.sentences[sentenceIndex].paragraph - last.paragraph <= 1
            {
                found = FoundQuote(content: content, kind: clauseLike ? .direct : .partial, cue: nil, speaker: .context)
            } else if clauseLike || (words >= 4 && isInSpeechSentence(sentence)) {
                found = FoundQuote(content: content, kind: clauseLike ? .direct : .partial, cue: nil, speaker: .context)
            }
            guard var quote = found else { continue }
            quote.chain = stretch.chain
            // A multi-paragraph quote: earlier stretches of the chain take the attribution found now.
            if quote.speaker.kind != .context {
                for k in out.indices where out[k].chain == stretch.chain && out[k].speaker.kind == .context {
                    out[k].speaker = quote.speaker
                    out[k].cue = out[k].cue ?? quote.cue
                }
                chainSpeakers[stretch.chain] = quote
            }
            out.append(quote)
            lastSpoken = (sentenceIndex, view.doc.sentences[sentenceIndex].paragraph)
        }
        return out
    }

    /// "« … », a-t-il ajouté" / "« … » a déclaré X": an inverted cue right after the closing mark.
    private func attributionAfter(_ stretch: QuotedStretch) -> (cue: Range<Int>, speaker: SpeakerRef, via: Range<Int>?, end: Int)? {
        guard let close = stretch.close else { return nil }
        let paragraphEnd = view.doc.paragraphs[stretch.paragraph].tokens.upperBound
        var k = close + 1
        while k < paragraphEnd, tokens[k].norm == "," || tokens[k].norm == "-" || tokens[k].norm == "–" { k += 1 }
        guard k < paragraphEnd, let cue = cues.cue(at: k, limit: paragraphEnd), cue.verb.frames.contains(.direct) else {
            return nil
        }
        if let clitic = cue.clitic {
            if tokens[clitic].norm.hasSuffix("on") { return nil }
            return (cue.tokens, SpeakerRef(kind: .pronoun(clitic)), nil, cue.tokens.upperBound)
        }
        var start = cue.tokens.upperBound
        while start < paragraphEnd, view.adverbs.contains(tokens[start].norm) { start += 1 }
        guard let np = phrases.phrase(startingAt: start, limit: paragraphEnd) else { return nil }
        // "…, a déclaré Oumar Maïga, l'un des responsables": the apposition names the role.
        var alias: Range<Int>? = nil
        if np.upperBound + 1 < paragraphEnd, tokens[np.upperBound].norm == ",",
            let role = phrases.phrase(startingAt: np.upperBound + 1, limit: paragraphEnd)
        {
            alias = role
        }
        if cue.verb.frames.contains(.relay) { return nil }
        return (cue.tokens, SpeakerRef(kind: .phrase(np), alias: alias), nil, alias?.upperBound ?? np.upperBound)
    }

    /// "X précise : « … »": a clause ending with a colon before the opening mark.
    private func attributionBefore(_ stretch: QuotedStretch, sentence: Range<Int>) -> (cue: Range<Int>?, speaker: SpeakerRef)? {
        guard let open = stretch.open, open > sentence.lowerBound, tokens[open - 1].norm == ":" else { return nil }
        let colon = open - 1
        var clauseStart = colon
        while clauseStart > sentence.lowerBound, tokens[clauseStart - 1].norm != ":", tokens[clauseStart - 1].norm != ";" {
            clauseStart -= 1
        }
        // The last speech verb of the clause, if any, names the speaker through its subject.
        var k = colon - 1
        while k >= clauseStart {
            if view.pairOfToken[k] < 0, let cue = cues.cue(at: k, limit: colon) {
                let subject = cue.clitic.map { SpeakerRef(kind: .pronoun($0)) }
                    ?? phrases.subject(before: cue.tokens.lowerBound, floor: sentence.lowerBound)
                if subject.kind != .none && subject.kind != .impersonal { return (cue.tokens, subject) }
            }
            k -= 1
        }
        // Otherwise the last person named before the colon, or the clause's subject.
        var i = colon - 1
        while i >= clauseStart {
            if view.pairOfToken[i] < 0, let e = view.entity(at: i), view.entities[e].type == .person {
                return (nil, SpeakerRef(kind: .phrase(view.entityTokens[e])))
            }
            i -= 1
        }
        let subject = phrases.sentenceSubject(clauseStart..<colon)
        if subject.kind != .none { return (nil, subject) }
        return nil
    }

    /// A speech verb elsewhere in the sentence whose subject said the fragment:
    /// "Bruxelles a salué un signe de « détermination »".
    private func attributionInSentence(_ stretch: QuotedStretch, sentence: Range<Int>) -> (cue: Range<Int>, speaker: SpeakerRef)? {
        let anchor = stretch.open ?? stretch.content.lowerBound
        var k = anchor - 1
        while k >= sentence.lowerBound {
            if view.pairOfToken[k] < 0, let cue = cues.cue(at: k, limit: anchor),
                !cue.verb.frames.intersection([.partial, .direct]).isEmpty
            {
                let subject = cue.clitic.map { SpeakerRef(kind: .pronoun($0)) }
                    ?? phrases.subject(before: cue.tokens.lowerBound, floor: sentence.lowerBound)
                if subject.kind != .none && subject.kind != .impersonal { return (cue.tokens, subject) }
            }
            k -= 1
        }
        return nil
    }

    private func isInSpeechSentence(_ sentence: Range<Int>) -> Bool {
        sentence.contains { view.pairOfToken[$0] < 0 && cues.cue(at: $0, limit: sentence.upperBound) != nil }
    }

    // MARK: - Clean-up

    /// The quotes in text order, with any quote inside another one dropped.
    static func removingNested(_ quotes: [FoundQuote], tokens: [Token]) -> [FoundQuote] {
        let sorted = quotes.sorted {
            $0.content.lowerBound != $1.content.lowerBound
                ? $0.content.lowerBound < $1.content.lowerBound : $0.content.count > $1.content.count
        }
        var out: [FoundQuote] = []
        for quote in sorted {
            if let last = out.last, last.content.upperBound > quote.content.lowerBound {
                if last.content.upperBound >= quote.content.upperBound { continue }
                // Overlapping but not nested: keep the first one.
                continue
            }
            out.append(quote)
        }
        return out
    }
}

extension TextView {
    /// The content of a quoted stretch without leading and trailing punctuation, brackets kept.
    func trimmedInside(_ range: Range<Int>) -> Range<Int> {
        var lo = range.lowerBound
        var hi = range.upperBound
        while lo < hi, tokens[lo].kind == .punctuation, !["[", "("].contains(tokens[lo].norm) { lo += 1 }
        while hi > lo, tokens[hi - 1].kind == .punctuation, ![")", "]", "%"].contains(tokens[hi - 1].norm) { hi -= 1 }
        return lo..<hi
    }
}
