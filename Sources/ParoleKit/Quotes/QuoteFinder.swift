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

    /// How far, in tokens, the finder looks for an attribution or a clause boundary: far enough
    /// for any real sentence, and a bound that keeps a pathological one-line text linear.
    static let reach = 80

    /// The ways of attributing words in quotation marks, in the order they are tried.
    var strategies: [any QuoteAttribution] { QuoteAttributions.ordered }

    /// When set, every stretch a strategy attributes is kept and its span features are recorded
    /// here (for training the span scorer); when nil, the language's ``QuoteSpanScorer`` decides.
    var spanSamples: QuoteSpanSampleSink? = nil

    /// Answers remembered per sentence while the stretches are attributed.
    final class Memo {
        var value: [Int: Bool] = [:]
    }

    /// Every quote of the document, in text order, without nested duplicates.
    func quotes(stretches: [QuotedStretch]) -> [FoundQuote] {
        var found: [FoundQuote] = []
        var attributed: [Int: (cue: Range<Int>?, speaker: SpeakerRef, kind: QuoteKind)] = [:]
        for sentence in view.doc.sentences {
            found += reportedSpeech(in: sentence.tokens, stretches: stretches, attributed: &attributed)
        }
        found += guillemetQuotes(stretches, attributed: attributed, reported: found)
        found += headingEchoes(stretches, found: found)
        return Self.removingNested(found)
    }

    /// Words in quotation marks inside a heading that no strategy attributed, whose words a quote
    /// of the body holds ("…, « un hold-up » pour le manager de l'USO" over "« C'est un hold-up.
    /// … », a lâché Christophe Brunetti"): a quote of the body's speaker, whom the speaker resolver
    /// finds by the same words. At least two words: a single word in a title is a term more often
    /// ("les syndicats dénoncent un « mépris »"). A title of a work or a name in the heading stands
    /// in no body quote ("« Marées basses »", "« Cargô »"), or opens with two capitals when one
    /// holds it ("« La Ligne des crêtes », son troisième roman, …, a annoncé le jury"). In the
    /// titles of the tune pool, 11 stretches so echoed are gold quotes (p050, p140, p170, p236,
    /// p262, p422, p432, p436, p438, p466, p468), one is not (p396's "« coup de pouce »"), and the
    /// 20 that no body quote holds are no quote.
    private func headingEchoes(_ stretches: [QuotedStretch], found: [FoundQuote]) -> [FoundQuote] {
        let body = found.filter {
            !view.isHeading(
                paragraph: view.doc.sentences[view.doc.sentenceIndex(ofToken: $0.content.lowerBound)]
                    .paragraph)
        }
        guard !body.isEmpty else { return [] }
        let bodyWords = WordSequences(body.map { quote in quote.content.lazy.map { self.tokens[$0] } })
        var out: [FoundQuote] = []
        for stretch in stretches where stretch.open != nil && stretch.close != nil {
            guard view.isHeading(paragraph: stretch.paragraph) else { continue }
            let content = view.trimmedInside(stretch.content)
            guard !content.isEmpty, content.filter({ tokens[$0].isWordLike }).count >= 2,
                !found.contains(where: { $0.content.overlaps(content) })
            else { continue }
            // "« La Ligne des crêtes »": two capitals open the title of a work, which a body quote
            // may hold too ("« … », son troisième roman, a annoncé le jury").
            let wordTokens = content.filter { tokens[$0].isWordLike }
            if tokens[wordTokens[0]].isCapitalized, tokens[wordTokens[1]].isCapitalized { continue }
            guard bodyWords.holds(wordTokens.map { tokens[$0].norm }) else { continue }
            out.append(
                FoundQuote(
                    content: content, kind: tokens[content.lowerBound].isCapitalized ? .direct : .partial,
                    cue: nil, speaker: SpeakerRef(kind: .context)))
        }
        return out
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
            if let according = according(
                at: i, sentence: sentence, floor: out.last?.content.upperBound ?? sentence.lowerBound,
                stretches: stretches, attributed: &attributed)
            {
                // "Pour X, faut-il … ?": a question asks, it attributes no claim.
                if according.quote.kind != .according || !endsWithQuestion(sentence) {
                    out.append(according.quote)
                }
                i = according.resume
                continue
            }
            if let cue = cues.cue(at: i, limit: sentence.upperBound) {
                if let quote = reported(by: cue, sentence: sentence, previous: &out) {
                    out.append(quote)
                    i = max(cue.tokens.upperBound, quote.content.upperBound)
                    // "a promis de X et de Y": one more quote per coordinated complement, same
                    // cue and speaker. "a dit que X et que Y": content clauses under one verb are
                    // one quote (the press gold's convention: 15 of 15 in the tune half).
                    while quote.kind == .indirect, let next = coordinated(after: i, sentence: sentence) {
                        // "et que, selon le rectorat, « … »": the incise after the complementizer
                        // stays inside the clause the speaker's verb reports.
                        var lead = next.lowerBound - 1
                        while lead > i, tokens[lead].norm == "," { lead -= 1 }
                        if lead > 0, view.grammar.contains(.complementizers, tokens[lead].norm),
                            let last = out.indices.last
                        {
                            out[last].content = out[last].content.lowerBound..<next.upperBound
                        } else {
                            out.append(
                                FoundQuote(
                                    content: next, kind: .indirect, cue: quote.cue, speaker: quote.speaker,
                                    via: quote.via))
                        }
                        i = next.upperBound
                    }
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
            if previous.isEmpty, let quote = relayedClause(by: cue, sentence: sentence) { return quote }
        }
        // "…, précise-t-on de source diplomatique": "on" names nobody, the source frame does.
        if let clitic = cue.clitic, view.grammar.impersonalClitics.contains(tokens[clitic].norm),
            frames.contains(.direct), previous.isEmpty, let quote = relayedClause(by: cue, sentence: sentence)
        {
            return quote
        }
        // "Comme le souligne le rapport, A." / "A, comme l'a rappelé le ministre."
        if cue.subjectFollows, !frames.contains(.relay), !frames.isDisjoint(with: [.direct, .contentClause]),
            let quote = comparativeClaim(of: cue, sentence: sentence, previous: previous)
        {
            return quote
        }
        if cue.clitic == nil, !cue.subjectFollows, reportsNothing(cue, sentence: sentence) { return nil }
        var k = cue.tokens.upperBound
        var via: Range<Int>? = nil
        // Whether the last thing skipped was a complement ("a indiqué à l'AFP avoir …").
        var afterComplement = false
        // Whether a date was skipped: "s'est déclaré lundi après-midi" is a fire breaking out.
        var skippedDate = false
        // Where the first complement skipped starts ("reproche à l'autorité d'avoir …").
        var firstComplement: Int? = nil
        // Skip what may stand between the verb and its complement: adverbs, "aux journalistes",
        // "à l'AFP" (which names a relay), "dans un communiqué", incises between commas.
        var steps = 0
        while k < sentence.upperBound, steps < 14 {
            steps += 1
            let norm = tokens[k].norm
            if let phrase = view.opener(view.grammar.adverbPhrases, at: k, limit: sentence.upperBound) {
                k += phrase.tokens.count
                // "affirme de son côté vouloir …": an infinitive may follow.
                afterComplement = true
                continue
            }
            // "a contesté en connaître la destination": "en" is the infinitive's pronoun here,
            // not a preposition opening a complement.
            if frames.contains(.infinitive), view.grammar.contains(.infinitiveClitics, norm),
                !view.isDeterminer(k), startsInfinitive(at: k, sentence)
            {
                break
            }
            // "a-t-il indiqué, en précisant que …": a gerund of a verb that takes a clause is a
            // report of its own, and the clause after it is the gerund's ("en souriant" is skipped).
            if view.grammar.contains(.gerundMarkers, norm), k + 1 < sentence.upperBound,
                view.language.speech.lookup(tokens[k + 1].norm)?.contains(where: {
                    $0.shape == .presentParticiple && $0.verb.frames.contains(.contentClause)
                }) == true
            {
                break
            }
            // A complement before an adverb: "en" opens "en conclusion" as well as being a pronoun.
            if view.grammar.contains(.complementPrepositions, norm),
                let np = phrases.phrase(startingAt: k + 1, limit: sentence.upperBound)
            {
                if view.grammar.contains(.recipientPrepositions, norm), let e = relayEntity(in: np) {
                    via = e
                }
                firstComplement = firstComplement ?? k
                k = datedEnd(of: np, limit: sentence.upperBound)
                afterComplement = true
                continue
            }
            if view.isAdverb(k) || view.isDateWord(k) || norm == ","
                || isNegation(k, after: cue.tokens.upperBound)
            {
                if view.isDateWord(k) { skippedDate = true }
                k += 1
                afterComplement = false
                continue
            }
            // "a affirmé, selon l'agence Interfax, que …": the source of an incise between the
            // verb and its clause relayed the words.
            if k > cue.tokens.upperBound, tokens[k - 1].norm == ",",
                let incise = relayIncise(at: k, sentence: sentence)
            {
                via = via ?? incise.via
                k = incise.end
                continue
            }
            break
        }
        // "a confirmé lundi à l'issue de la réunion de la Commission nationale de la négociation
        // collective que …", "a déclaré au Dauphiné libéré que …", "a regretté par la voix de sa
        // vice-présidente, X, que …": a complement longer than a phrase, or with an adjective or
        // an apposition after its name, still stands between the verb and its clause.
        if firstComplement != nil, frames.contains(.contentClause),
            let opener = complementizerAfterComplement(from: k, sentence: sentence)
        {
            k = opener
        }
        guard k < sentence.upperBound else { return nil }
        let next = tokens[k].norm
        var subject = self.subject(of: cue, sentence: sentence, limit: sentence.upperBound)
        if subject.kind == .impersonal {
            // "À Bercy, on assure que …": "on" speaks for the place or the circle named first.
            guard let place = placeSpeaking(before: cue, sentence: sentence) else { return nil }
            subject = SpeakerRef(kind: .phrase(place))
        }
        let cueRange = cue.tokens
        // "a déclaré que …", "a appelé à ce que …"
        let clauseOpener = view.opener(view.grammar.clauseOpeners, at: k, limit: sentence.upperBound)
        if view.grammar.contains(.complementizers, next) || clauseOpener != nil {
            guard frames.contains(.contentClause) || clauseOpener != nil else { return nil }
            // "nous avons alerté le ministre ainsi que son cabinet": "ainsi que" joins a noun phrase.
            if k > cue.tokens.upperBound, view.grammar.contains(.inversionOpeners, tokens[k - 1].norm) {
                return nil
            }
            var begin = k + (clauseOpener?.tokens.count ?? 1)
            // "indique qu'« une clause » est prévue": before a mark the elision is cut as a word
            // and an apostrophe.
            if begin + 1 < sentence.upperBound, tokens[begin].kind == .punctuation,
                tokens[begin].norm == "'" || tokens[begin].norm == "’"
            {
                begin += 1
            }
            let end = clauseEnd(from: begin, sentence: sentence)
            guard end > begin, view.hasWord(begin..<end) else { return nil }
            return FoundQuote(
                content: begin..<end, kind: .indirect, cue: cueRange, speaker: subject, via: via)
        }
        // "a averti l'Iran qu'il paierait …": the person told, then the content clause.
        if frames.contains(.objectThenClause), let begin = clauseAfterObject(from: k, sentence: sentence) {
            let end = clauseEnd(from: begin, sentence: sentence)
            if end > begin, view.hasWord(begin..<end) {
                return FoundQuote(
                    content: begin..<end, kind: .indirect, cue: cueRange, speaker: subject, via: via)
            }
        }
        let grammar = view.language.quoteGrammar
        // "s'est dit satisfait de …": a reflexive stance verb and an adjective (which may look
        // like a present participle: "confiant").
        // "s'est dit « soulagé » à l'issue de l'audience": an adjective in quotation marks is
        // left to the guillemet strategies, the words after the marks being the journalist's (the
        // tune gold stops at the marks in 4 articles, p136, p138, p164, p192, and runs on in
        // one, p090).
        if grammar.reflexivePronouns.contains(tokens[start].norm),
            grammar.stanceVerbs.contains(cue.verb.lemma), !skippedDate,
            tokens[k].kind == .word, !tokens[k].isCapitalized, !view.isDeterminer(k),
            view.language.speech.lookup(tokens[k].norm)?.allSatisfy({ $0.shape == .presentParticiple })
                ?? true,
            !view.connectorLike(k), !view.npStops.contains(tokens[k].norm)
        {
            let end = clauseEnd(from: k, sentence: sentence)
            // One adjective alone ("se dit trahi.") when punctuation closes it; an adverb of time
            // or place there ("un incendie s'est déclaré tôt.") is no stance.
            let oneWord = end == k + 1 && (end == sentence.upperBound || tokens[end].kind != .word)
            if end > k + 1 || (oneWord && !view.grammar.contains(.timePlaceAdverbs, next)) {
                return FoundQuote(
                    content: k..<end, kind: .indirect, cue: cueRange, speaker: subject, via: via)
            }
        }
        // "a promis de travailler …": a pledge and its infinitive, "de" included.
        // ("de" may have been skipped as the first word of an adverb such as "de nouveau".)
        // "a promis de « reprendre le dialogue »": marks may open before the infinitive.
        // "a promis de ne pas attendre …", "n'a pas exclu d'y donner suite": a negation and
        // pronouns may stand between "de" and the infinitive.
        let pledge =
            k + 1 < sentence.upperBound && view.grammar.contains(.infinitivePrepositions, next)
                && startsInfinitive(at: k + 1, sentence, quoted: true)
                || elidedBeforeMark(k, sentence) && startsInfinitive(at: k + 2, sentence, quoted: true)
            ? k
            : k > cue.tokens.upperBound && view.grammar.contains(.infinitivePrepositions, tokens[k - 1].norm)
                && startsInfinitive(at: k, sentence) ? k - 1 : nil
        if frames.contains(.promise), let pledge {
            let end = clauseEnd(from: pledge, sentence: sentence)
            if end > pledge + 1 {
                return FoundQuote(
                    content: pledge..<end, kind: .indirect, cue: cueRange, speaker: subject, via: via)
            }
        }
        // "accuse X d'avoir …", "accuse les forces de sécurité d'avoir …": the first "de" before
        // an infinitive ("de" inside the object's name goes on).
        if frames.contains(.accusation) {
            var d = k
            var infinitive = -1
            // The object may hold an apposition between commas ("accusent l'exploitant, Andina
            // Cobre, filiale d'un groupe canadien, d'avoir pollué").
            while d < sentence.upperBound, d - k < 20, !view.isClauseBreak(d),
                tokens[d].norm != "," || d - k < 16
            {
                // "reprochait à l'autorité d'avoir …": the person blamed was skipped as a
                // complement, "de" follows it.
                if d > k || afterComplement && firstComplement != nil,
                    view.grammar.contains(.infinitivePrepositions, tokens[d].norm)
                {
                    var next = d + 1
                    if next < sentence.upperBound, tokens[next].kind == .openQuote { next += 1 }
                    if next < sentence.upperBound, isInfinitive(next) {
                        infinitive = next
                        break
                    }
                }
                d += 1
            }
            if infinitive >= 0 {
                let end = clauseEnd(from: k, sentence: sentence)
                let begin = afterComplement ? firstComplement ?? k : k
                if end > k {
                    return FoundQuote(
                        content: begin..<end, kind: .indirect, cue: cueRange, speaker: subject, via: via)
                }
            }
        }
        // "affirment avoir découvert …"; "dit « prendre acte » du rapport", "a assuré « partager
        // le constat » de l'association": an infinitive clause may open in quotation marks and go
        // on after them, marks and all (p224, p264; unquoted, "a assuré partager le constat de
        // l'association" is found the same way).
        if frames.contains(.infinitive),
            k == cue.tokens.upperBound || view.isAdverb(k - 1) || afterComplement
                || isNegation(k - 1, after: cue.tokens.upperBound),
            isReportedInfinitive(afterClitics(k, sentence)) || opensQuotedInfinitive(at: k, sentence)
                || negatedInfinitive(at: k, after: cue.tokens.upperBound, sentence)
        {
            let end = clauseEnd(from: k, sentence: sentence)
            if end > k {
                // "a affirmé ne pas vouloir …", "assure n'avoir jamais …": the negation is the claim's.
                var begin = k
                if let negation = (cue.tokens.upperBound..<k).first(where: {
                    view.grammar.contains(.negations, tokens[$0].norm)
                }),
                    (negation..<k).allSatisfy({ view.isAdverb($0) || isNegation($0, after: negation) })
                {
                    begin = negation
                }
                return FoundQuote(
                    content: begin..<end, kind: .indirect, cue: cueRange, speaker: subject, via: via)
            }
        }
        // "La capture est un revers, affirme X." — a reported clause before an inverted attribution.
        if isInverted, cue.clitic == nil, start > sentence.lowerBound, tokens[start - 1].norm == ",",
            frames.contains(.direct), !frames.contains(.relay)
        {
            let clauseStart = reportedClauseStart(before: start - 1, sentence: sentence)
            var content = view.trimmedSpan(clauseStart..<(start - 1))
            // "…, a indiqué à l'AFP le porte-parole": the subject after the verb's complements.
            let after = skippingComplements(from: cue.tokens.upperBound, limit: sentence.upperBound)
            // "La réforme, a assuré le ministre, sera adoptée": the claim is the clause after the
            // incise, as the gold reads a clause split by "selon X" ("qui, selon la mythologie
            // grecque, fut enlevée …").
            if isBareSubject(content),
                let np = phrases.phrase(startingAt: after.next, limit: sentence.upperBound),
                np.upperBound + 1 < sentence.upperBound, tokens[np.upperBound].norm == ",",
                tokens[np.upperBound + 1].kind == .word || tokens[np.upperBound + 1].kind == .elision,
                // "…, explique Jean Dupont, le directeur de l'agence.": a phrase that closes the
                // sentence after the speaker is in apposition to it, not the rest of the clause.
                !isClosingApposition(from: np.upperBound + 1, sentence: sentence)
            {
                let end = clauseEnd(from: np.upperBound + 1, sentence: sentence)
                if end > np.upperBound + 1 { content = view.trimmedSpan((np.upperBound + 1)..<end) }
            }
            // "Le maire, Étienne Dupuis, a appelé les parents à …", "L'entreprise, Acme SA,
            // conteste ces conclusions.": a subject and its apposition are no reported clause, and
            // the phrase after the verb is its object (p150, p208 of the press probes).
            if !content.isEmpty, view.hasWord(content), content.count >= 3,
                !isSubjectWithApposition(content),
                tokens[content.lowerBound].kind != .openQuote, !endsWithQuotedSegment(content),
                let np = phrases.phrase(startingAt: after.next, limit: sentence.upperBound),
                // "…, indique le texte, signé par le directeur": a document cited speaks as a
                // body does (the gold's speaker in p014, p146, p254, p292, p326, p394) — named
                // with a definite article: "…, avance des chiffres" is the verb's object.
                namesSpeaker(np)
                    || citesDocument(np)
                        && view.grammar.contains(.definiteArticles, tokens[np.lowerBound].norm)
                    || closesInvertedAttribution(np, after: content, sentence: sentence),
                // "La jeune femme, qui …, a décrit un homme « anxieux »", "La préfète, Jeanne Dupré,
                // a appelé les habitants à « rester chez eux »": a phrase followed by words in
                // quotation marks (after a preposition, if any) is the verb's object, not an
                // inverted subject.
                !isObjectOfQuotedWords(np, sentence: sentence),
                previous.last.map({ $0.content.upperBound <= content.lowerBound }) ?? true
            {
                // "…, explique le directeur de l'agence, Jean Dupont.": the named person speaks.
                var speaker = SpeakerRef(kind: .phrase(np))
                if view.person(in: np) == nil, np.upperBound + 1 < sentence.upperBound,
                    tokens[np.upperBound].norm == ",",
                    isClosingApposition(from: np.upperBound + 1, sentence: sentence),
                    let next = phrases.phrase(startingAt: np.upperBound + 1, limit: sentence.upperBound),
                    let person = view.person(in: next)
                {
                    speaker = SpeakerRef(kind: .phrase(person), alias: np)
                }
                return FoundQuote(
                    content: content, kind: .indirect, cue: cueRange, speaker: speaker,
                    via: after.via ?? relay(after: np, sentence: sentence))
            }
        }
        // "Contrairement aux discours, appuie-t-il, le français est classé …" and "La situation est
        // grave, estime-t-il.": an inverted pronoun in an incise; the claim is the clause after
        // it, or before it when the incise ends the sentence.
        if let clitic = cue.clitic,
            !view.language.quoteGrammar.impersonalClitics.contains(tokens[clitic].norm),
            start > sentence.lowerBound, tokens[start - 1].norm == ",", frames.contains(.direct),
            !frames.contains(.relay)
        {
            let after = cue.tokens.upperBound
            // "…, a-t-il déclaré lors d'une conférence de presse.", "…, estime-t-il dans un
            // entretien au Monde.": the verb's complements may close the sentence.
            let rest = skippingComplements(from: after, limit: sentence.upperBound)
            var content: Range<Int> = after..<after
            var relay = via
            // "…, a-t-il indiqué, ajoutant que …": a participle after the incise reports a clause
            // of its own; the claim of the incise is before it.
            let participleAfter =
                rest.next + 1 < sentence.upperBound && tokens[rest.next].norm == ","
                && (cues.cue(at: rest.next + 1, limit: sentence.upperBound)?.isParticipial == true
                    || opensJournalistAdjunct(rest.next + 1, sentence: sentence))
            // "« … », a-t-il déclaré, sans préciser son calendrier.": after words in guillemets,
            // what follows the incise is the journalist's, not more of the speaker's words.
            let afterQuote = start - 2 >= sentence.lowerBound && tokens[start - 2].kind == .closeQuote
            if after + 1 < sentence.upperBound, tokens[after].norm == ",",
                tokens[after + 1].kind != .openQuote, !participleAfter, !afterQuote
            {
                content = view.trimmedSpan((after + 1)..<clauseEnd(from: after + 1, sentence: sentence))
            } else if rest.next >= sentence.upperBound || tokens[rest.next].kind == .terminal
                || participleAfter
            {
                content = view.trimmedSpan(
                    reportedClauseStart(before: start - 1, sentence: sentence)..<(start - 1))
                relay = relay ?? rest.via
            }
            // "« Trois ou quatre tableaux » exposés pourraient être …, reconnaît-il": words in
            // guillemets may open the clause when more of it follows them.
            // "Le club le suivait « depuis dix-huit mois », a-t-elle expliqué.": words in
            // guillemets may close the clause when words of it stand before them, as after an
            // inverted noun ("…, a reconnu la joueuse"); the tune gold reads the whole clause as
            // the indirect quote in 7 articles out of 7 (44586, p002, p062, p068, p100, p144, p154).
            if content.count >= 3, view.hasWord(content),
                view.pairOfToken[content.lowerBound] < 0 || endsQuotedThenGoesOn(content.lowerBound, content),
                view.pairOfToken[content.upperBound - 1] < 0
                    || view.pairOfToken[content.lowerBound] < 0 && !endsWithQuotedSegment(content)
                        && marksCloseASubjectClause(content),
                previous.last.map({ $0.content.upperBound <= content.lowerBound }) ?? true
            {
                return FoundQuote(
                    content: content, kind: .indirect, cue: cueRange,
                    speaker: SpeakerRef(kind: .pronoun(clitic)),
                    via: relay)
            }
        }
        return nil
    }

    /// Whether a definite phrase after an inverted speech verb closes the sentence as its subject,
    /// its complements and an apposition after a comma aside ("…, rappelle la coalition.", "…, a
    /// indiqué le médecin-chef de la course, le Dr X.", "…, a annoncé le secrétariat de l'accord à
    /// l'issue de sa conférence"): after "clause, verb", such a phrase is who spoke whatever its
    /// head noun, as after "selon" (`closesSentenceAfterComma`). A lower-case head only: names
    /// and known roles are `namesSpeaker`'s. The words before the comma, `content`, must read as a
    /// clause: a finite verb in their first segment, outside a relative ("Moins de 2 % de la haute
    /// mer est protégée, rappelle …"). A subject set off by its comma is no claim: "L'adjointe aux
    /// sports, interrogée à l'issue de la séance, conteste cette version", "Dans le cortège, Denis
    /// Rabault, éleveur …, regrettait la tournure des événements" (the phrase after the verb is its
    /// object there).
    private func closesInvertedAttribution(_ np: Range<Int>, after content: Range<Int>, sentence: Range<Int>)
        -> Bool
    {
        guard np.count >= 2, view.grammar.contains(.definiteArticles, tokens[np.lowerBound].norm),
            tokens[np.lowerBound + 1].kind == .word, !tokens[np.lowerBound + 1].isCapitalized
        else { return false }
        var j = content.lowerBound
        var finite = false
        while j < content.upperBound, view.pairOfToken[j] >= 0 || tokens[j].norm != "," {
            if view.pairOfToken[j] < 0 {
                if view.grammar.contains(.relativePronouns, tokens[j].norm) { break }
                if view.isFiniteVerb(j) {
                    finite = true
                    break
                }
            }
            j += 1
        }
        guard finite else { return false }
        let rest = skippingComplements(from: np.upperBound, limit: sentence.upperBound).next
        return rest >= sentence.upperBound || tokens[rest].kind == .terminal || tokens[rest].norm == ","
    }

    /// The claim of a speech verb whose subject follows it after "comme" ("Comme le souligne le
    /// rapport, A", "A, comme l'a rappelé le ministre", "Ainsi que l'a indiqué le préfet, A"):
    /// the clause after the subject's comma when the opener starts the sentence, the clause
    /// before the comma in front of the opener otherwise. Words in guillemets are left to the
    /// guillemet strategies.
    private func comparativeClaim(of cue: Cue, sentence: Range<Int>, previous: [FoundQuote]) -> FoundQuote? {
        let grammar = view.grammar
        // The opener: before the object pronoun, and before a complementizer ("ainsi que").
        var opener = cue.tokens.lowerBound - 2
        if opener > sentence.lowerBound, grammar.contains(.complementizers, tokens[opener].norm) {
            opener -= 1
        }
        guard opener >= sentence.lowerBound, grammar.contains(.inversionOpeners, tokens[opener].norm) else {
            return nil
        }
        var speaker = subject(of: cue, sentence: sentence, limit: sentence.upperBound)
        guard case .phrase(let np) = speaker.kind, namesSpeaker(np) || citesDocument(np) else { return nil }
        // "comme le précise le consul de Belgique au Maroc, Pierre Lambert": past the role's
        // complements, the person named in apposition.
        // Where the speaker's words end: the phrase, or the person named after it in apposition.
        var speakerEnd = np.upperBound
        if view.person(in: np) == nil {
            let after = skippingComplements(from: np.upperBound, limit: sentence.upperBound).next
            if after + 1 < sentence.upperBound, tokens[after].norm == ",",
                let next = phrases.phrase(startingAt: after + 1, limit: sentence.upperBound),
                let person = view.person(in: next)
            {
                speaker = SpeakerRef(kind: .phrase(person), alias: np.lowerBound..<after)
                speakerEnd = next.upperBound
            }
        }
        var content: Range<Int>
        if opener == firstWord(of: sentence) {
            let comma = speakerEnd
            guard comma + 1 < sentence.upperBound, tokens[comma].norm == "," else { return nil }
            content = view.trimmedSpan((comma + 1)..<clauseEnd(from: comma + 1, sentence: sentence))
        } else if opener > sentence.lowerBound, tokens[opener - 1].norm == "," {
            content = view.trimmedSpan(
                reportedClauseStart(before: opener - 1, sentence: sentence)..<(opener - 1))
        } else {
            return nil
        }
        guard content.count >= 4, view.hasWord(content), view.pairOfToken[content.lowerBound] < 0,
            view.pairOfToken[content.upperBound - 1] < 0,
            previous.last.map({ $0.content.upperBound <= content.lowerBound }) ?? true
        else { return nil }
        return FoundQuote(content: content, kind: .indirect, cue: cue.tokens, speaker: speaker)
    }

    /// The clause before a relaying cue that no quote precedes: "Les enquêteurs privilégient la
    /// piste criminelle, a appris l'AFP de source judiciaire" (speaker the source, via the
    /// outlet), "…, a-t-on appris auprès de la préfecture" (speaker the préfecture), "…, a
    /// rapporté l'agence TASS" (the outlet, the only source given, speaks).
    private func relayedClause(by cue: Cue, sentence: Range<Int>) -> FoundQuote? {
        let start = cue.tokens.lowerBound
        guard start > sentence.lowerBound, tokens[start - 1].norm == "," else { return nil }
        let content = view.trimmedSpan(
            reportedClauseStart(before: start - 1, sentence: sentence)..<(start - 1))
        guard content.count >= 4, view.hasWord(content), view.pairOfToken[content.lowerBound] < 0,
            view.pairOfToken[content.upperBound - 1] < 0
        else { return nil }
        var k = cue.tokens.upperBound
        var outlet: Range<Int>? = nil
        if cue.clitic == nil {
            // "…, a rapporté mardi la radio publique NRK": a day or an adverb may stand before the
            // outlet, as before the inverted subject of any speech verb.
            while k < sentence.upperBound, view.isAdverb(k) || view.isDateWord(k) { k += 1 }
            guard var np = phrases.phrase(startingAt: k, limit: sentence.upperBound), namesSpeaker(np) else {
                return nil
            }
            // "l'AFP de source judiciaire": the outlet ends where the source frame starts.
            if let m = np.first(where: {
                view.opener(view.grammar.sourceFrames, at: $0, limit: np.upperBound) != nil
            }),
                m > np.lowerBound
            {
                np = np.lowerBound..<m
            }
            outlet = np
            k = np.upperBound
        } else if let clitic = cue.clitic, !view.grammar.impersonalClitics.contains(tokens[clitic].norm) {
            return nil
        }
        // "…, a-t-on appris lundi de sources sécuritaires": a day may come before the frame.
        while k < sentence.upperBound, view.isAdverb(k) || view.isDateWord(k) { k += 1 }
        if let frame = view.opener(view.grammar.sourceFrames, at: k, limit: sentence.upperBound),
            let speaker = phrases.phrase(
                startingAt: k + (frame.speakerStart ?? frame.tokens.count), limit: sentence.upperBound)
        {
            return FoundQuote(
                content: content, kind: .indirect, cue: cue.tokens,
                speaker: SpeakerRef(kind: .phrase(speaker)),
                via: outlet.map { namedEntity(in: $0) ?? $0 })
        }
        // "…, assure-t-on dans l'entourage du ministre": "on" speaks for the place or circle after it.
        if cue.clitic != nil, k < sentence.upperBound,
            view.grammar.contains(.placePrepositions, tokens[k].norm),
            let np = phrases.phrase(startingAt: k + 1, limit: sentence.upperBound),
            namedEntity(in: np) != nil || namesSource(np)
        {
            return FoundQuote(
                content: content, kind: .indirect, cue: cue.tokens,
                speaker: SpeakerRef(kind: .phrase(namedEntity(in: np) ?? np)))
        }
        guard let outlet else { return nil }
        return FoundQuote(
            content: content, kind: .indirect, cue: cue.tokens, speaker: SpeakerRef(kind: .phrase(outlet)))
    }

    /// The first token of a content clause after a short object at `k` that names who was told
    /// ("l'Iran qu'…", "ses partenaires que …"): a determiner or a name opens the object, and
    /// no comma, verb or quotation mark stands in it.
    private func clauseAfterObject(from k: Int, sentence: Range<Int>) -> Int? {
        guard k < sentence.upperBound, view.isDeterminer(k) || view.entity(at: k) != nil else { return nil }
        var m = k + 1
        while m < min(sentence.upperBound, k + 7) {
            let t = tokens[m]
            if view.grammar.contains(.complementizers, t.norm) {
                return m + 1 < sentence.upperBound ? m + 1 : nil
            }
            if t.kind != .word && t.kind != .elision || view.auxiliaries.contains(t.norm)
                || view.roleOfToken[m].contains(.cueHead)
            {
                return nil
            }
            m += 1
        }
        return nil
    }

    /// How many tokens the rest of a complement may run between a speech verb and "que" for that
    /// "que" to still open the verb's clause (`complementizerAfterComplement`): long enough for
    /// a place or occasion with its complements ("à l'issue de la réunion de la Commission
    /// nationale"); past it, a "que" far from its verb more likely opens a relative or a
    /// comparison inside a noun phrase the finder cannot bound, so no claim is read.
    static let complementReach = 12

    /// The complementizer that the rest of a complement skipped before `k` leads to, or nil:
    /// the words from `k` up to "que" are nouns, adjectives, names, connectors and the commas of
    /// an apposition — no verb, infinitive, relative, degree adverb, mark or clause break, fewer
    /// than `complementReach` tokens — so "que" opens the verb's clause, not a relative or a
    /// comparison.
    private func complementizerAfterComplement(from k: Int, sentence: Range<Int>) -> Int? {
        guard k < sentence.upperBound, !view.grammar.contains(.complementizers, tokens[k].norm) else {
            return nil
        }
        var j = k
        while j < sentence.upperBound, j - k < Self.complementReach {
            let t = tokens[j]
            if j > k, view.grammar.contains(.complementizers, t.norm) {
                // "ce que …" after the complement is a relative, the verb's object.
                return j + 1 < sentence.upperBound && !view.isDeterminer(j - 1) ? j : nil
            }
            switch t.kind {
            case .word:
                if view.isFiniteVerb(j) || isInfinitive(j) || view.roleOfToken[j].contains(.cueHead)
                    || view.language.words.subjectPronouns[t.norm] != nil
                    || !t.isCapitalized
                        && view.grammar.words(.finiteEndings).contains(where: { t.norm.hasSuffix($0) })
                    || view.grammar.contains(.relativePronouns, t.norm)
                    || view.grammar.contains(.clauseRelatives, t.norm)
                    || view.grammar.contains(.degreeAdverbs, t.norm)
                {
                    return nil
                }
            case .number:
                break
            // "a demandé à l'accusé s'il …": an elided conjunction or pronoun opens a clause.
            case .elision where view.grammar.contains(.phraseElisions, t.norm):
                break
            case .punctuation where t.norm == ",":
                break
            default:
                return nil
            }
            j += 1
        }
        return nil
    }

    /// Where a coordinated reported complement starts at token `k` ("et que …", "et de
    /// s'attaquer …", after an optional comma): the token after "que", or "de" itself.
    private func coordinatedStart(at k: Int, sentence: Range<Int>) -> Int? {
        var c = k
        if tokens[c].norm == ",", c + 1 < sentence.upperBound { c += 1 }
        // "a répété qu'A, qu'B et qu'C": a series of content clauses, each after a comma, that a
        // coordinated one closes later in the sentence (a relative "que" after a comma closes none).
        if c > k, c + 1 < sentence.upperBound, view.grammar.contains(.complementizers, tokens[c].norm),
            closesSeries(from: c + 1, sentence: sentence)
        {
            return c + 1
        }
        guard view.grammar.contains(.coordinators, tokens[c].norm), c + 2 < sentence.upperBound else {
            return nil
        }
        let next = tokens[c + 1].norm
        if view.grammar.contains(.complementizers, next) { return c + 2 }
        if view.grammar.contains(.infinitivePrepositions, next), isInfinitive(c + 2) { return c + 1 }
        return nil
    }

    /// Whether a coordinator and a complementizer ("et que") stand after `start` in the sentence,
    /// outside guillemets, closing a series of content clauses.
    private func closesSeries(from start: Int, sentence: Range<Int>) -> Bool {
        var j = start
        while j + 1 < min(sentence.upperBound, start + Self.reach) {
            if view.pairOfToken[j] < 0, view.grammar.contains(.coordinators, tokens[j].norm),
                view.grammar.contains(.complementizers, tokens[j + 1].norm)
            {
                return true
            }
            j += 1
        }
        return false
    }

    /// The coordinated reported complement right after a quote that ends at `end`.
    private func coordinated(after end: Int, sentence: Range<Int>) -> Range<Int>? {
        guard end < sentence.upperBound, let begin = coordinatedStart(at: end, sentence: sentence) else {
            return nil
        }
        let content = view.trimmedSpan(begin..<clauseEnd(from: begin, sentence: sentence))
        return content.count >= 3 && view.hasWord(content) ? content : nil
    }

    /// The first token at or after `i` that is neither an adverb nor a complement of the verb
    /// before it ("à l'AFP", "dans un communiqué", "jeudi"), and the outlet a recipient
    /// complement names as the relay ("à l'AFP"). Commas end the skip: an incise is no complement.
    func skippingComplements(from i: Int, limit: Int) -> (next: Int, via: Range<Int>?) {
        var k = i
        var via: Range<Int>? = nil
        while k < limit, k - i < 14 {
            let norm = tokens[k].norm
            if let phrase = view.opener(view.grammar.adverbPhrases, at: k, limit: limit) {
                k += phrase.tokens.count
            } else if view.grammar.contains(.complementPrepositions, norm),
                let np = phrases.complement(startingAt: k + 1, limit: limit)
            {
                if view.grammar.contains(.recipientPrepositions, norm), let e = relayEntity(in: np) {
                    via = e
                }
                k = datedEnd(of: np, limit: limit)
            } else if view.isAdverb(k) || view.isDateWord(k) {
                k += 1
            } else {
                break
            }
        }
        return (k, via)
    }

    /// Whether token `k` is part of a negation that started no earlier than `start`: "ne", "n'",
    /// or a negation complement ("pas", "rien") right after one.
    private func isNegation(_ k: Int, after start: Int) -> Bool {
        let grammar = view.grammar
        if grammar.contains(.negations, tokens[k].norm) { return true }
        guard k > start, grammar.contains(.negationComplements, tokens[k].norm) else { return false }
        var b = k - 1
        while b > start, grammar.contains(.negationComplements, tokens[b].norm) || view.isAdverb(b) { b -= 1 }
        return grammar.contains(.negations, tokens[b].norm)
    }

    /// The place or circle that an impersonal subject speaks for when the sentence opens with it:
    /// "À Bercy, on assure que …", "Dans l'entourage du ministre, on laisse entendre que …" —
    /// its named entity, else its phrase. Nil when "on" names nobody ("dit-on", "on assure").
    private func placeSpeaking(before cue: Cue, sentence: Range<Int>) -> Range<Int>? {
        guard cue.clitic == nil else { return nil }
        var on = cue.tokens.lowerBound - 1
        while on > sentence.lowerBound, view.grammar.contains(.objectClitics, tokens[on].norm) { on -= 1 }
        guard on - 3 >= sentence.lowerBound, view.grammar.contains(.impersonalPronouns, tokens[on].norm)
        else { return nil }
        // "…, dans l'entourage du ministre, où l'on réfute …": "on" after the relative "où" (and
        // the euphonic "l'") speaks for the circle or body the relative hangs on.
        var before = on - 1
        if view.grammar.contains(.definiteArticles, tokens[before].norm), tokens[before].kind == .elision {
            before -= 1
        }
        if before - 2 >= sentence.lowerBound, view.grammar.contains(.relativeAdverbs, tokens[before].norm),
            tokens[before - 1].norm == ","
        {
            let comma = before - 1
            var k = comma - 1
            while k > sentence.lowerBound, comma - k <= 8, tokens[k].norm != ",",
                !view.grammar.contains(.placePrepositions, tokens[k].norm)
            {
                k -= 1
            }
            // A place alone ("au Japon, où l'on considère que …") names no one who speaks.
            guard view.grammar.contains(.placePrepositions, tokens[k].norm),
                let place = circle((k + 1)..<comma), namesPeopleOrBody(place)
            else { return nil }
            return place
        }
        let first = sentence.lowerBound
        guard tokens[on - 1].norm == ",", view.grammar.contains(.placePrepositions, tokens[first].norm) else {
            return nil
        }
        var end = on - 1
        // "À la coopérative des Coteaux, principal acheteur de grain du département, on reconnaît
        // que …": an apposition between commas after the place is no part of it.
        if end - first > 8, let comma = ((first + 1)..<end).first(where: { tokens[$0].norm == "," }),
            comma - first <= 8, let apposition = phrases.phrase(startingAt: comma + 1, limit: end),
            apposition.upperBound == end
        {
            end = comma
        }
        guard end - first <= 8 else { return nil }
        return circle((first + 1)..<end)
    }

    /// The phrase that names the place or circle "on" speaks for, in `place`: a name, or a
    /// phrase that names a source.
    private func circle(_ place: Range<Int>) -> Range<Int>? {
        if let entity = namedEntity(in: place) { return entity }
        guard let np = phrases.phrase(startingAt: place.lowerBound, limit: place.upperBound), namesSource(np)
        else { return nil }
        return np
    }

    /// Whether a phrase that opens a sentence names people or a body "on" can speak for: a
    /// person or organisation by name, or a head noun that names a source on its own (a role,
    /// body or circle: "l'entourage du maire", "la direction", "les syndicats"), not a place
    /// ("les rues de Lyon", "Marseille").
    private func namesPeopleOrBody(_ np: Range<Int>) -> Bool {
        var head = np.lowerBound
        while head + 1 < np.upperBound, view.isDeterminer(head) || tokens[head].kind == .elision { head += 1 }
        if let e = view.entity(at: head) {
            return view.entities[e].type == .person || view.entities[e].type == .organization
        }
        return namesSource(head..<(head + 1))
    }

    /// Whether the sentence is a question: its last token is a question mark.
    private func endsWithQuestion(_ sentence: Range<Int>) -> Bool {
        guard let last = sentence.last(where: { tokens[$0].kind == .terminal }) else { return false }
        return view.grammar.contains(.questionMarks, tokens[last].norm)
    }

    /// Whether a speech verb reports nothing though "que" follows it: "ne … que" restricts ("ne
    /// relève que de la gestion", "n'en mentionne que deux"), and a negative subject says nothing
    /// ("rien ne dit que", "personne ne soutient que").
    private func reportsNothing(_ cue: Cue, sentence: Range<Int>) -> Bool {
        let grammar = view.grammar
        var k = cue.tokens.lowerBound - 1
        // Object pronouns between the negation and the verb: "n'en", "ne lui".
        while k > sentence.lowerBound, !grammar.contains(.negations, tokens[k].norm),
            grammar.contains(.objectClitics, tokens[k].norm)
        {
            k -= 1
        }
        guard k >= sentence.lowerBound, grammar.contains(.negations, tokens[k].norm) else { return false }
        // "n'a cessé de répéter que": the negation belongs to the verb that leads the infinitive.
        if cue.tokens.contains(where: { grammar.contains(.infinitivePrepositions, tokens[$0].norm) }) {
            return false
        }
        if k > sentence.lowerBound, grammar.contains(.negativeSubjects, tokens[k - 1].norm) { return true }
        let after = cue.tokens.upperBound
        guard after < sentence.upperBound, grammar.contains(.complementizers, tokens[after].norm) else {
            return false
        }
        return !cue.tokens.contains { grammar.contains(.negationComplements, tokens[$0].norm) }
    }

    /// Where a complement's phrase ends once a date joined to it is taken in: "dans son édition
    /// | de jeudi", "lors de son discours | du 14 juillet".
    private func datedEnd(of np: Range<Int>, limit: Int) -> Int {
        var k = np.upperBound
        if k + 1 < limit, view.ownerConnectors.contains(tokens[k].norm),
            view.isAdverb(k + 1) || view.isDateWord(k + 1)
        {
            k += 2
            while k < limit, view.isDateWord(k) { k += 1 }
        }
        return k
    }

    /// The first token at or after `i` that is not an adverb.
    private func skippingAdverbs(from i: Int, _ sentence: Range<Int>) -> Int {
        var k = i
        while k < sentence.upperBound, view.adverbs.contains(tokens[k].norm) { k += 1 }
        return k
    }

    /// Who is the subject of `cue`: an inverted pronoun, a subject after the verb ("comme le
    /// précise l'ambassadeur, Bernard Bajolet"), or the subject before it.
    private func subject(of cue: Cue, sentence: Range<Int>, limit: Int) -> SpeakerRef {
        if let clitic = cue.clitic { return SpeakerRef(kind: .pronoun(clitic)) }
        if cue.isParticipial {
            // "…, a précisé la préfecture, ajoutant que": the subject of the inverted cue before.
            if let inverted = invertedSubject(endingAt: cue.tokens.lowerBound - 1, sentence: sentence) {
                return inverted
            }
            // "« … », lâchait-il, avant d'estimer que": past the infinitive's lead, the subject
            // of the inverted cue before its comma.
            if let comma = commaBeforeLead(of: cue, sentence: sentence),
                let inverted = invertedSubject(endingAt: comma, sentence: sentence)
            {
                return inverted
            }
            // "Le maire a salué …, estimant que": the subject of the main clause.
            var clauseStart = cue.tokens.lowerBound
            while clauseStart > sentence.lowerBound, !view.isClauseBreak(clauseStart - 1) { clauseStart -= 1 }
            return phrases.sentenceSubject(clauseStart..<cue.tokens.lowerBound)
        }
        if cue.subjectFollows {
            let start = skippingAdverbs(from: cue.tokens.upperBound, sentence)
            guard let np = phrases.phrase(startingAt: start, limit: limit) else { return .none }
            if view.person(in: np) == nil, np.upperBound + 1 < limit, tokens[np.upperBound].norm == ",",
                let next = phrases.phrase(startingAt: np.upperBound + 1, limit: limit),
                let person = view.person(in: next)
            {
                return SpeakerRef(kind: .phrase(person), alias: np)
            }
            return SpeakerRef(kind: .phrase(np))
        }
        return phrases.subject(before: cue.tokens.lowerBound, floor: sentence.lowerBound)
    }

    /// The subject of an inverted cue whose attribution ends at the comma `comma` ("…, a précisé
    /// la préfecture dans un communiqué, | ajoutant que", "», a déclaré le ministre, | assurant
    /// que", "…, a-t-il indiqué, | ajoutant que"): a participle there shares it.
    private func invertedSubject(endingAt comma: Int, sentence: Range<Int>) -> SpeakerRef? {
        guard comma > sentence.lowerBound, tokens[comma].norm == "," else { return nil }
        var k = comma - 1
        while k > max(sentence.lowerBound, comma - 16) {
            let before = tokens[k - 1]
            if before.norm == "," || before.kind == .closeQuote || before.norm == "-" || before.norm == "–",
                view.roleOfToken[k].contains(.cueHead), let cue = cues.cue(at: k, limit: comma),
                cue.verb.frames.contains(.direct), !cue.verb.frames.contains(.relay)
            {
                if let clitic = cue.clitic {
                    if view.grammar.impersonalClitics.contains(tokens[clitic].norm) { return nil }
                    guard skippingComplements(from: cue.tokens.upperBound, limit: comma).next == comma else {
                        return nil
                    }
                    return SpeakerRef(kind: .pronoun(clitic))
                }
                let start = skippingComplements(from: cue.tokens.upperBound, limit: comma).next
                guard let np = phrases.phrase(startingAt: start, limit: comma), namesSpeaker(np),
                    skippingComplements(from: np.upperBound, limit: comma).next == comma
                else { return nil }
                return SpeakerRef(kind: .phrase(np))
            }
            k -= 1
        }
        return nil
    }

    /// The comma before the lead of an infinitive cue (`[infinitive-leads]`: "…, | avant de
    /// préciser que", "…, | pour dire que"); nil when the cue has no lead or no comma opens it.
    private func commaBeforeLead(of cue: Cue, sentence: Range<Int>) -> Int? {
        let verb = cue.tokens.lowerBound
        for length in 1...2 where verb - length - 1 > sentence.lowerBound {
            let comma = verb - length - 1
            if tokens[comma].norm == ",",
                let lead = view.opener(view.grammar.infinitiveLeads, at: comma + 1, limit: verb),
                lead.tokens.count == length
            {
                return comma
            }
        }
        return nil
    }

    /// A medium named as the recipient right after the speaker: "a révélé son avocate à l'AFP".
    private func relay(after np: Range<Int>, sentence: Range<Int>) -> Range<Int>? {
        let k = np.upperBound
        guard k < sentence.upperBound, view.grammar.contains(.recipientPrepositions, tokens[k].norm),
            let next = phrases.phrase(startingAt: k + 1, limit: sentence.upperBound)
        else { return nil }
        return namedEntity(in: next)
    }

    /// Whether a phrase can name a speaker: it holds a name, or its head is a role or a body.
    func namesSpeaker(_ np: Range<Int>) -> Bool {
        if namesOrganisationAgain(np) { return true }
        let np = groupOfPartitive(np)
        let possessive = view.grammar.contains(.possessives, tokens[np.lowerBound].norm)
        for i in np
        where !view.isDeterminer(i) && !view.grammar.contains(.roleModifiers, tokens[i].norm)
            && !view.grammar.contains(.prenominalAdjectives, tokens[i].norm)
        {
            if !possessive, view.entity(at: i) != nil || tokens[i].isCapitalized { return true }
            if isRoleNounOrPlural(i)
                || view.institutionNouns.contains(tokens[i].norm)
                    && (tokens[i].isCapitalized
                        || !view.grammar.contains(.capitalInstitutionNouns, tokens[i].norm))
            {
                return true
            }
            // "l'insoumis Karim Benali", "le banquier Paul Martin": a noun the lexicons do not
            // know, then the name of a person that closes the phrase.
            if let person = view.person(in: np), person.lowerBound == i + 1,
                person.upperBound == np.upperBound
            {
                return true
            }
            return false
        }
        return false
    }

    /// Whether a definite phrase names again an organisation the document named before in
    /// several words, by the first word of its name: "le muséum" after "Muséum national
    /// d'histoire naturelle", "la confédération" after "Confédération nationale de la
    /// boulangerie-pâtisserie française" (the press names a body in full once, then by its head
    /// noun; p234, p332, p372 of the press probes). A word after the head must come from that
    /// name too: "le muséum national" names it again, "le muséum de Toulouse" or "la
    /// confédération helvétique" names another body.
    func namesOrganisationAgain(_ np: Range<Int>) -> Bool {
        guard np.count >= 2, view.grammar.contains(.definiteArticles, tokens[np.lowerBound].norm),
            let names = view.organisationHeads[tokens[np.lowerBound + 1].norm]
        else { return false }
        let qualifiers = (np.lowerBound + 2)..<np.upperBound
        return names.contains { name in
            name.lowerBound < np.lowerBound
                && qualifiers.allSatisfy { k in
                    tokens[k].kind != .word || view.isDeterminer(k)
                        || view.complementConnectors.contains(tokens[k].norm)
                        || name.contains { tokens[$0].norm == tokens[k].norm }
                }
        }
    }

    /// The group a partitive phrase picks its members from ("l'un de | ses avocats", "certains
    /// des | participants"), or the phrase itself.
    func groupOfPartitive(_ np: Range<Int>) -> Range<Int> {
        var k = np.lowerBound
        while k < np.upperBound, k - np.lowerBound < 2,
            !view.grammar.contains(.partitiveHeads, tokens[k].norm)
        {
            guard view.isDeterminer(k) || tokens[k].kind == .elision else { return np }
            k += 1
        }
        guard k + 2 < np.upperBound, view.grammar.contains(.partitiveHeads, tokens[k].norm),
            view.ownerConnectors.contains(tokens[k + 1].norm)
        else { return np }
        return (k + 2)..<np.upperBound
    }

    /// Whether token `i` is a role noun or the plural of one ("les avocats", "les astronomes"),
    /// by the grammar's plural endings, or a noun that names people by its ending ("le
    /// naturopathe", "les écologistes").
    func isRoleNounOrPlural(_ i: Int) -> Bool {
        let n = tokens[i].norm
        if namesPeople(n) { return true }
        guard tokens[i].kind == .word, n.count > 3 else { return false }
        if namesPeopleByEnding(n) { return true }
        for ending in view.grammar.words(.pluralEndings) where n.hasSuffix(ending) {
            let singular = String(n.dropLast(ending.count))
            if namesPeople(singular) || namesPeopleByEnding(singular) { return true }
        }
        return false
    }

    /// Whether `word` is a role noun or a noun that names a person by what they do (the
    /// person nouns of the speaker words: "la cheffe", "le notaire", "l'éditeur"), so that its
    /// plural names speakers too ("selon les notaires").
    private func namesPeople(_ word: String) -> Bool {
        view.language.words.roleNouns[word] != nil || view.language.speakerWords.personNouns.contains(word)
    }

    /// Whether `word` ends in one of the grammar's person-noun endings after a stem of at least
    /// three letters ("naturo|pathe", "écolog|iste"; not "l|iste", "pr|ologue").
    private func namesPeopleByEnding(_ word: String) -> Bool {
        for ending in view.grammar.words(.personNounEndings) where word.hasSuffix(ending) {
            if word.count >= ending.count + 3 { return true }
        }
        return false
    }

    /// Whether an indefinite noun phrase at `k`, after a comma, runs to the end of the sentence:
    /// a gloss of the journalist on what was reported ("a exprimé le vœu de s'attaquer à
    /// l'immigration, un thème absent de la campagne").
    /// The gloss may report what others said of its noun with a speech verb's participle ("…,
    /// une décision jugée « incompréhensible » par plusieurs équipes.", p180; "…, un texte
    /// qualifié de « brutal » par les syndicats"): up to the end of the sentence, no comma, no
    /// finite verb, no relative, complementizer or "selon", and that participle among the words
    /// ("un accord, un accord durable avec les syndicats" goes on with the claim).
    private func isClosingGloss(at k: Int, sentence: Range<Int>) -> Bool {
        guard view.grammar.contains(.indefiniteArticles, tokens[k].norm), !tokens[k].isCapitalized,
            let np = phrases.phrase(startingAt: k, limit: sentence.upperBound)
        else { return false }
        if np.upperBound >= sentence.upperBound || tokens[np.upperBound].kind == .terminal { return true }
        var reported = false
        var j = k + 1
        while j < sentence.upperBound, tokens[j].kind != .terminal {
            let norm = tokens[j].norm
            if norm == "," || view.isClauseBreak(j) || view.isFiniteVerb(j)
                || view.grammar.contains(.relativePronouns, norm)
                || view.grammar.contains(.complementizers, norm)
                || view.grammar.contains(.sourceRelatives, norm)
                || view.opener(view.grammar.according, at: j, limit: sentence.upperBound) != nil
            {
                return false
            }
            if tokens[j].kind == .word, view.pairOfToken[j] < 0,
                view.language.speech.lookup(norm)?.contains(where: { $0.shape == .participle }) == true
            {
                reported = true
            }
            j += 1
        }
        return reported
    }

    /// Whether `content` ends with words in guillemets that open after a comma: "En plus de A,
    /// « B », précise X" — the words in guillemets are the speaker's own, a direct quote found
    /// as such, and what precedes them is the journalist's.
    private func endsWithQuotedSegment(_ content: Range<Int>) -> Bool {
        var last = content.upperBound - 1
        while last > content.lowerBound, tokens[last].kind == .punctuation { last -= 1 }
        let pair = view.pairOfToken[last]
        guard tokens[last].kind == .closeQuote, pair >= 0 else { return false }
        var open = last
        while open > content.lowerBound, view.pairOfToken[open - 1] == pair { open -= 1 }
        return open > content.lowerBound && tokens[open - 1].norm == ","
    }

    /// Whether the words in guillemets that close `content` end a clause whose subject stands
    /// before them ("Le club le suivait « depuis dix-huit mois »", "D'autres joueuses « arrivent
    /// derrière »"): a determiner, a name or a subject pronoun opens the words before the marks,
    /// and no determiner stands right before the marks. A connective, an adverb or a preposition
    /// before a whole quote ("Mais « rien n'est joué »", "Pour lui « c'est terminé »") leaves the
    /// quote direct, and a term after a determiner ("jusqu'à la place de la « Liberté »") is a
    /// name, no quote.
    private func marksCloseASubjectClause(_ content: Range<Int>) -> Bool {
        var last = content.upperBound - 1
        while last > content.lowerBound, tokens[last].kind == .punctuation { last -= 1 }
        let pair = view.pairOfToken[last]
        guard pair >= 0 else { return false }
        var open = last
        while open > content.lowerBound, view.pairOfToken[open - 1] == pair { open -= 1 }
        let first = content.lowerBound
        guard open - first >= 2, !view.isDeterminer(open - 1) else { return false }
        if view.isDeterminer(first) || view.entity(at: first) != nil
            || view.language.words.subjectPronouns[tokens[first].norm] != nil
        {
            return true
        }
        // "D'autres joueuses de sa génération « … »": a noun phrase of two words or more.
        return (phrases.phrase(startingAt: first, limit: open)?.count ?? 0) >= 2
    }

    /// Whether `range` holds only a noun phrase that may be the subject of a clause an incise
    /// interrupts ("La réforme, a-t-il dit, sera adoptée"): a determiner or a name opens it and
    /// no verb, speech verb or quotation mark stands in it.
    func isBareSubject(_ range: Range<Int>) -> Bool {
        guard !range.isEmpty, range.count <= 8,
            view.isDeterminer(range.lowerBound) || tokens[range.lowerBound].isCapitalized,
            let np = phrases.phrase(startingAt: range.lowerBound, limit: range.upperBound),
            np.upperBound == range.upperBound
        else { return false }
        return !range.contains { k in
            view.auxiliaries.contains(tokens[k].norm) || view.roleOfToken[k].contains(.cueHead)
                || view.pairOfToken[k] >= 0
        }
    }

    /// Whether `range` holds only a subject and the apposition after its comma ("Le maire,
    /// Étienne Dupuis", "L'entreprise, Acme SA"): two bare noun phrases, no clause.
    private func isSubjectWithApposition(_ range: Range<Int>) -> Bool {
        guard let comma = range.firstIndex(where: { tokens[$0].norm == "," }), comma + 1 < range.upperBound,
            isBareSubject(range.lowerBound..<comma)
        else { return false }
        let rest = (comma + 1)..<range.upperBound
        // A name the phrase finder may cut ("Acme Industries SA"): capitalised words only.
        let name = rest.allSatisfy { tokens[$0].isCapitalized || !tokens[$0].isWordLike }
        guard
            name
                || phrases.phrase(startingAt: rest.lowerBound, limit: rest.upperBound)?.upperBound
                    == rest.upperBound
        else { return false }
        return !rest.contains { k in
            view.auxiliaries.contains(tokens[k].norm) || view.roleOfToken[k].contains(.cueHead)
                || view.pairOfToken[k] >= 0
        }
    }

    /// Whether the phrase `np` after a verb is followed by words in quotation marks, right after
    /// it or after a preposition, the first of them in lower case ("un homme « anxieux »", "les
    /// habitants à « rester chez eux »"; not "au « Monde »", a title).
    private func isObjectOfQuotedWords(_ np: Range<Int>, sentence: Range<Int>) -> Bool {
        var k = np.upperBound
        guard k < sentence.upperBound else { return false }
        if tokens[k].kind == .openQuote { return true }
        let norm = tokens[k].norm
        guard
            view.grammar.contains(.complementPrepositions, norm)
                || view.grammar.contains(.infinitivePrepositions, norm)
        else { return false }
        k += 1
        return k + 1 < sentence.upperBound && tokens[k].kind == .openQuote && !tokens[k + 1].isCapitalized
    }

    /// Whether the words from `start` to the end of the sentence are one phrase opened by a
    /// determiner or a name: an apposition to the phrase before the comma ("…, explique Jean
    /// Dupont, le directeur de l'agence.").
    private func isClosingApposition(from start: Int, sentence: Range<Int>) -> Bool {
        guard view.isDeterminer(start) || tokens[start].isCapitalized,
            let np = phrases.phrase(startingAt: start, limit: sentence.upperBound)
        else { return false }
        return np.upperBound >= sentence.upperBound || tokens[np.upperBound].kind == .terminal
    }

    /// Where the clause that ends at `end` begins: after the previous clause break, or at the sentence start.
    private func reportedClauseStart(before end: Int, sentence: Range<Int>) -> Int {
        var b = end
        while b > max(sentence.lowerBound, end - Self.reach) {
            let t = tokens[b - 1]
            // Words in guillemets stay whole: a dash inside them ("« -3 degrés … »") is theirs.
            let pair = view.pairOfToken[b - 1]
            if pair >= 0 {
                while b > sentence.lowerBound, view.pairOfToken[b - 1] == pair { b -= 1 }
                continue
            }
            // A dash glued to the words on both sides joins them ("TOI-5217 b", "Saint-Pierre"):
            // only a dash set apart by spaces breaks the clause, as in `segmentStart`.
            if view.grammar.clauseBreaks.contains(t.norm), !isGluedDash(b - 1) { break }
            b -= 1
        }
        return b
    }

    /// Whether the token at `k` is a dash with no space on either side, inside a word or a name.
    private func isGluedDash(_ k: Int) -> Bool {
        guard tokens[k].norm == "-" || tokens[k].norm == "–", k > 0, k + 1 < tokens.count else {
            return false
        }
        return tokens[k - 1].span.end == tokens[k].span.start
            && tokens[k].span.end == tokens[k + 1].span.start
    }

    /// Whether token `i` is an infinitive after "de": "d'avoir", "de violer".
    private func isInfinitive(_ i: Int) -> Bool {
        // "de s'attaquer": a reflexive infinitive.
        if view.grammar.reflexivePronouns.contains(tokens[i].norm), i + 1 < tokens.count {
            return isInfinitive(i + 1)
        }
        let n = tokens[i].norm
        return tokens[i].kind == .word && !tokens[i].isCapitalized
            && (view.grammar.contains(.infinitiveAuxiliaries, n)
                || view.grammar.words(.infinitiveEndings).contains { n.hasSuffix($0) })
    }

    /// Whether the quotation marks opening at `open` close before the end of the sentence with
    /// words after them: "« ouvert » à des amendements".
    private func endsQuotedThenGoesOn(_ open: Int, _ sentence: Range<Int>) -> Bool {
        let pair = view.pairOfToken[open]
        guard pair >= 0 else { return false }
        var close = open + 1
        while close < sentence.upperBound, view.pairOfToken[close] == pair { close += 1 }
        return close < sentence.upperBound && tokens[close].isWordLike
    }

    /// Whether an elided preposition at `k` is cut from the quotation mark after it, as the
    /// tokenizer cuts it before a mark: "d'« accélérer »" reads "d", "'", "«".
    private func elidedBeforeMark(_ k: Int, _ sentence: Range<Int>) -> Bool {
        guard k + 2 < sentence.upperBound, tokens[k + 1].kind == .punctuation,
            tokens[k + 1].norm == "'" || tokens[k + 1].norm == "’", tokens[k + 2].kind == .openQuote
        else { return false }
        return view.grammar.contains(.infinitivePrepositions, tokens[k].norm + "'")
    }

    /// Whether quotation marks open at `k` on an infinitive that reports a clause and close before
    /// the clause goes on: "« prendre acte » du rapport". Marks around the whole clause are left
    /// to the guillemet strategies.
    private func opensQuotedInfinitive(at k: Int, _ sentence: Range<Int>) -> Bool {
        guard k + 1 < sentence.upperBound, tokens[k].kind == .openQuote, endsQuotedThenGoesOn(k, sentence)
        else { return false }
        return isReportedInfinitive(k + 1)
    }

    /// Whether an infinitive starts at `k`, after a negation ("ne pas attendre"), object pronouns
    /// that are no determiners ("y donner suite", "en connaître", "se souvenir") and, when
    /// `quoted`, an opening quotation mark ("de « reprendre le dialogue »").
    private func startsInfinitive(at k: Int, _ sentence: Range<Int>, quoted: Bool = false) -> Bool {
        var m = k
        if quoted, m < sentence.upperBound, tokens[m].kind == .openQuote { m += 1 }
        if m < sentence.upperBound, view.grammar.contains(.negations, tokens[m].norm) {
            m += 1
            while m < sentence.upperBound, view.grammar.contains(.negationComplements, tokens[m].norm) {
                m += 1
            }
        }
        let verb = m
        while m + 1 < sentence.upperBound, m - verb < 2,
            tokens[m].kind == .word || tokens[m].kind == .elision,
            view.grammar.contains(.infinitiveClitics, tokens[m].norm), !view.isDeterminer(m)
        {
            m += 1
        }
        guard m < sentence.upperBound else { return false }
        // A pronoun or a negation needs an infinitive the grammar lists or knows by its ending.
        return m > k && !(quoted && m == k + 1 && tokens[k].kind == .openQuote)
            ? isReportedInfinitive(m) : isInfinitive(m)
    }

    /// Whether a negation between a speech verb ending at `verbEnd` and `k` ("a dit ne pas | exclure
    /// un recours", "a dit ne plus | répondre au téléphone") stands before a word with an
    /// infinitive ending of any group: after "ne pas" no noun or adjective stands, so the word is
    /// the reported infinitive even where its ending alone would not tell (p424, p492, p514).
    private func negatedInfinitive(at k: Int, after verbEnd: Int, _ sentence: Range<Int>) -> Bool {
        guard k > verbEnd, isNegation(k - 1, after: verbEnd) else { return false }
        let m = afterClitics(k, sentence)
        return m + 1 < sentence.upperBound && tokens[m + 1].isWordLike && isInfinitive(m)
    }

    /// The first token at or after `k` that is no object pronoun ("a contesté en connaître …",
    /// "assure ne pas y penser"): where an infinitive may stand.
    private func afterClitics(_ k: Int, _ sentence: Range<Int>) -> Int {
        var m = k
        while m + 1 < sentence.upperBound, m - k < 2, tokens[m].kind == .word || tokens[m].kind == .elision,
            view.grammar.contains(.infinitiveClitics, tokens[m].norm)
        {
            m += 1
        }
        return m
    }

    /// Whether token `i`, right after a speech verb (and its adverbs, negation or pronouns),
    /// opens a reported infinitive clause: a listed infinitive or one known by its ending.
    private func isReportedInfinitive(_ i: Int) -> Bool {
        view.grammar.contains(.infinitiveAuxiliaries, tokens[i].norm) || isBareInfinitive(i)
    }

    /// Whether token `i`, right after a speech verb, is an infinitive by its ending alone ("les
    /// rebelles affirment contrôler la ville"): a lower-case word of the first group that is not
    /// one of the grammar's look-alikes ("hier"), not after a determiner ("a rappelé leur danger")
    /// and with a complement after it ("du pays qu'ils prétendent aimer." reports nothing) unless
    /// a pronoun or a negation introduces it ("assure ne pas y penser.").
    private func isBareInfinitive(_ i: Int) -> Bool {
        let n = tokens[i].norm
        return tokens[i].kind == .word && !tokens[i].isCapitalized && n.count > 4
            && !view.isDeterminer(i - 1) && !view.grammar.contains(.possessives, tokens[i - 1].norm)
            && (i + 1 < tokens.count && tokens[i + 1].isWordLike
                || view.grammar.contains(.infinitiveClitics, tokens[i - 1].norm)
                || view.grammar.contains(.negationComplements, tokens[i - 1].norm))
            && !view.grammar.contains(.nonInfinitives, n)
            && view.grammar.words(.bareInfinitiveEndings).contains { n.hasSuffix($0) }
    }

    /// Where a reported clause that starts at `start` ends (exclusive): at the end of the
    /// sentence, or before a new clause of the journalist (", mais", ", a rapporté X",
    /// ", selon X", ";", ":").
    private func clauseEnd(from start: Int, sentence: Range<Int>) -> Int {
        var k = start
        var sentence = sentence
        var hadComma = false
        let bound = start + 4 * Self.reach
        // Training: the samples of the places where the claim might have stopped, whose span
        // going on is known only at the end.
        var endSamples: [Int] = []
        while k < min(sentence.upperBound, bound) {
            let t = tokens[k]
            if t.kind == .openQuote, view.pairOfToken[k] >= 0 {
                // Skip over the whole quoted stretch, even past a full stop inside it: the
                // clause goes on after the closing mark, in the sentence that holds it.
                let open = k
                var j = k + 1
                while j < min(tokens.count, bound), view.pairOfToken[j] == view.pairOfToken[k] { j += 1 }
                if j > sentence.upperBound {
                    let closing = view.sentence(of: j - 1)
                    sentence = sentence.lowerBound..<closing.upperBound
                }
                k = j
                // After the closing mark the claim may stop, as the learned weights decide.
                if tokens[j - 1].kind == .closeQuote,
                    let features = ClaimEndFeatures(view: view).features(
                        close: j - 1, open: open, start: start, sentence: sentence)
                {
                    if let spanSamples {
                        endSamples.append(spanSamples.samples.count)
                        spanSamples.samples.append(
                            QuoteSpanSample(
                                quotes: [view.doc.span(tokens: view.trimmedSpan(start..<j))],
                                features: features,
                                attributed: false, strategy: QuoteSpanSample.claimEnd))
                    } else if view.language.quoteSpanScorer.score(features) > 0 {
                        break
                    }
                }
                continue
            }
            // "Elle raconte qu'elle a vu « les visages changer » : des retraités, des étudiants…":
            // a colon that opens a list or a gloss of the claim, not words in quotation marks,
            // goes on with it (p038, p052; before « … » the gold ends the claim at the colon in
            // four articles, wikinews-020, p004, p026, p034).
            if t.norm == ":", k > start, continuesAfterColon(k, sentence: sentence) {
                k += 1
                continue
            }
            if t.kind == .terminal || t.norm == ";" || t.norm == ":" { break }
            if k > start, coordinatedStart(at: k, sentence: sentence) != nil { break }
            // "précise qu'A et ajoute que B", "a dit qu'A mais n'a pas précisé B": a coordinated
            // speech verb (after a negation, too) reports a clause of its own.
            if k > start, view.grammar.contains(.coordinators, t.norm) {
                var v = k + 1
                if v < sentence.upperBound, view.grammar.contains(.negations, tokens[v].norm) { v += 1 }
                if v < sentence.upperBound, view.roleOfToken[v].contains(.cueHead),
                    cues.cue(at: v, limit: sentence.upperBound) != nil
                {
                    break
                }
            }
            if t.norm == "," && k + 1 < sentence.upperBound {
                let n = tokens[k + 1].norm
                let grammar = view.language.quoteGrammar
                // "…, un thème absent de la campagne.": an indefinite phrase that closes the
                // sentence after a comma is the journalist's gloss.
                if isClosingGloss(at: k + 1, sentence: sentence) { break }
                let according = view.opener(
                    grammar.according, at: k + 1, limit: sentence.upperBound
                )
                .map { k + 1 + $0.tokens.count }
                if let according {
                    // ", selon lui, …" is an incise inside the clause; ", selon X." ends it, and
                    // so does ", selon X, soit …", the journalist's gloss of the figure.
                    let after = sourceExtent(from: according, sentence: sentence)?.end ?? according
                    if after < sentence.upperBound, tokens[after].norm == ",",
                        after + 1 < sentence.upperBound,
                        tokens[after + 1].kind != .terminal,
                        !view.isFigureGloss(after + 1)
                    {
                        k = after + 1
                        continue
                    }
                    break
                }
                // "…, la fermeture était « attendue », mais la perte est deux fois plus lourde que
                // prévu": a contrast that opens a clause with a subject of its own goes on with the
                // claim; one that opens a verb phrase ("…, mais a refusé de …") is the journalist's.
                if opensContrastClause(after: k, sentence: sentence) {
                    hadComma = true
                    k += 2
                    continue
                }
                if view.isClauseStop(k + 1) { break }
                // "…, ce que le camp adverse dément.": a relative about the claim is the
                // journalist's (every such comma after an indirect or according claim of the tune
                // gold, 4 of 4 in four articles; ", ce qui …" goes on). Only when the relative
                // closes the clause: in "ferait, ce que beaucoup attendent, un geste fiscal" it is
                // an aside, and the claim goes on after the comma that closes it.
                if view.grammar.contains(.relativeHeads, n), k + 2 < sentence.upperBound,
                    view.grammar.contains(.complementizers, tokens[k + 2].norm)
                {
                    guard
                        let asideEnd = (k + 3..<sentence.upperBound).first(where: {
                            view.pairOfToken[$0] < 0 && tokens[$0].norm == ","
                        }),
                        asideEnd + 1 < sentence.upperBound, tokens[asideEnd + 1].kind != .terminal,
                        cues.cue(at: asideEnd + 1, limit: sentence.upperBound) == nil
                    else { break }
                    hadComma = true
                    k = asideEnd + 1
                    continue
                }
                if cues.cue(at: k + 1, limit: sentence.upperBound) != nil { break }
                // "…, dont une délégation assistait au sommet", "…, même si la directrice
                // reconnaît que …": a clause with a subject of its own is the journalist's, or
                // reports a claim of its own.
                if opensOwnClause(after: k, sentence: sentence) { break }
                // ", tout en affirmant que …": a gerund after adverbs reports a clause of its own.
                var g = k + 1
                var markers = 0
                while g < min(sentence.upperBound, k + 4) {
                    if view.grammar.contains(.gerundMarkers, tokens[g].norm) {
                        markers += 1
                        g += 1
                    } else if view.isAdverb(g) {
                        g += 1
                    } else if let lead = view.opener(
                        view.grammar.infinitiveLeads, at: g, limit: sentence.upperBound)
                    {
                        g += lead.tokens.count
                    } else {
                        break
                    }
                }
                if g > k + 1, g < sentence.upperBound, cues.cue(at: g, limit: sentence.upperBound) != nil {
                    break
                }
                // "…qu'aucun cas n'a été détecté, tout en appelant à une « vigilance accrue »":
                // with both gerund markers, the subject's own act beside the claim ends it
                // (p320, p508; with a speech verb, p336, above).
                if markers >= 2, g < sentence.upperBound, view.hasPresentParticipleForm(g) { break }
                // "X, qui a assuré que A, a quitté la salle": a verb right after the comma is the
                // main clause resuming after a relative incise — unless the clause opened an
                // incise of its own ("que la route, fermée depuis mars, serait rouverte").
                if !hadComma, view.auxiliaries.contains(n), tokens[k + 1].kind == .word,
                    k + 2 < sentence.upperBound, tokens[k + 2].kind != .clitic
                {
                    break
                }
                hadComma = true
            }
            k += 1
        }
        let end = view.trimmedSpan(start..<k).upperBound
        if let spanSamples, !endSamples.isEmpty {
            let goingOn = view.doc.span(tokens: start..<max(start, end))
            for s in endSamples { spanSamples.samples[s].quotes.append(goingOn) }
        }
        return end
    }

    /// Whether a contrasting conjunction after the comma at `comma` opens a clause with a subject
    /// of its own: a determiner's phrase or a name, then a finite verb before the next comma, and
    /// no speech verb (which would report a claim of its own). In the tune pool the gold runs a
    /// claim on over such a clause in every case (p066, p388, p474, p494), and ends it before "mais"
    /// followed by a verb ("mais n'a pas précisé", "mais a contesté", "mais refuse": lachin-clashes,
    /// p054, p078, p236, p334, p412, p452, p464) or by "pas" (p060, p270).
    private func opensContrastClause(after comma: Int, sentence: Range<Int>) -> Bool {
        let subject = comma + 2
        guard subject < sentence.upperBound,
            view.grammar.contains(.contrastConjunctions, tokens[comma + 1].norm),
            view.pairOfToken[subject] < 0,
            view.isDeterminer(subject) || view.entity(at: subject) != nil
        else { return false }
        var j = subject + 1
        var finite = false
        while j < min(sentence.upperBound, subject + Self.reach), tokens[j].kind != .terminal,
            view.pairOfToken[j] >= 0 || tokens[j].norm != ","
        {
            if view.pairOfToken[j] < 0 {
                if view.isClauseBreak(j) { break }
                if view.roleOfToken[j].contains(.cueHead), cues.cue(at: j, limit: sentence.upperBound) != nil
                {
                    return false
                }
                if view.isFiniteVerb(j) { finite = true }
            }
            j += 1
        }
        return finite
    }

    /// Whether the words after the comma at `comma`, inside a reported claim, open a clause with
    /// a subject of its own, which ends the claim (the gold of dev, tune and press-tune ends the
    /// claim before each such clause and holds none; counts in docs/accuracy.md, fourteenth
    /// session):
    /// - a relative that is not its clause's subject ("où", "dont") with a finite verb before
    ///   the next comma: "…, dont une délégation assistait au sommet" (p326), "…, où les
    ///   populations de baleines se reconstituent" (p336); "…, dont 300 venus d'autres régions"
    ///   has no verb and goes on with the claim;
    /// - a clause whose own speech verb reports a content clause: "…, même si la directrice du
    ///   festival reconnaît que …" (p204).
    private func opensOwnClause(after comma: Int, sentence: Range<Int>) -> Bool {
        let start = comma + 1
        var stop = start
        while stop < min(sentence.upperBound, start + Self.reach), tokens[stop].kind != .terminal,
            view.pairOfToken[stop] >= 0 || tokens[stop].norm != ","
        {
            stop += 1
        }
        guard start < stop else { return false }
        let grammar = view.grammar
        let opener = tokens[start].norm
        let opensRelative =
            grammar.contains(.clauseRelatives, opener) || grammar.contains(.relativePronouns, opener)
        // A relative set off by commas inside the claim, whose verb comes right after it ("que la
        // ville, où les loyers ont doublé, manquait de logements"; "que le texte, qui prévoit
        // que …, serait voté"), is an aside: the claim goes on, whatever the aside holds.
        if opensRelative, resumesAfterAside(closingAt: stop, sentence: sentence) { return false }
        if grammar.contains(.clauseRelatives, opener) {
            // The verb is the relative's own, before any relative nested in it ("dont plusieurs
            // délégués qui travaillaient …": "travaillaient" is the nested clause's).
            var j = start + 1
            while j < stop, !grammar.contains(.relativePronouns, tokens[j].norm) {
                if view.pairOfToken[j] < 0 && isVerbInRelative(j, after: start) { return true }
                j += 1
            }
        }
        for j in start..<stop where view.pairOfToken[j] < 0 && view.roleOfToken[j].contains(.cueHead) {
            guard let cue = cues.cue(at: j, limit: stop) else { continue }
            let next = skippingComplements(from: cue.tokens.upperBound, limit: stop).next
            if next < stop, view.grammar.contains(.complementizers, tokens[next].norm) { return true }
        }
        return false
    }

    /// Whether the comma at `comma`, which closes an aside inside a claim, is followed by the
    /// claim's verb: adverbs, a negation and an object or reflexive pronoun may stand before it
    /// ("…, ne se représentera pas"). Only the words right after the comma are read: a verb
    /// further on belongs to another clause.
    private func resumesAfterAside(closingAt comma: Int, sentence: Range<Int>) -> Bool {
        guard comma < sentence.upperBound, tokens[comma].norm == "," else { return false }
        var r = comma + 1
        while r < min(sentence.upperBound, comma + 4), view.pairOfToken[r] < 0,
            view.grammar.contains(.negations, tokens[r].norm) || view.isAdverb(r)
                || view.grammar.reflexivePronouns.contains(tokens[r].norm)
                || view.grammar.contains(.objectClitics, tokens[r].norm)
        {
            if view.isFiniteVerb(r) { return true }
            r += 1
        }
        return r < sentence.upperBound && view.pairOfToken[r] < 0 && isVerbInRelative(r, after: comma)
    }

    /// Whether token `i`, in a relative that opens at `relative`, is its finite verb: an
    /// auxiliary or speech verb, a word after a reflexive pronoun ("se reconstituent"), or a
    /// word with a finite ending of the grammar ("assistait") that no determiner stands before.
    private func isVerbInRelative(_ i: Int, after relative: Int) -> Bool {
        if view.isFiniteVerb(i) { return true }
        let t = tokens[i]
        // "où étudiaient 400 enfants": the verb may come right after the relative.
        guard t.kind == .word, !t.isCapitalized, i > relative else { return false }
        if view.grammar.reflexivePronouns.contains(tokens[i - 1].norm) { return true }
        return t.norm.count > 5 && !view.isDeterminer(i - 1)
            && view.grammar.words(.finiteEndings).contains { t.norm.hasSuffix($0) }
    }

    /// Whether the colon at `k`, inside a reported clause, opens a list that goes on with it
    /// ("des garanties : maintien du siège, aucun plan social, et un comité…"): no quotation mark
    /// right after it, at least one comma between the items, and no finite verb, speech verb,
    /// "selon" or other colon or semicolon before the sentence ends ("restaient fermées : le
    /// trafic est dévié" opens a clause of the journalist, and so does a gloss without items,
    /// "fermerait en mars : une catastrophe pour la ville").
    private func continuesAfterColon(_ k: Int, sentence: Range<Int>) -> Bool {
        guard k + 1 < sentence.upperBound, tokens[k + 1].kind == .word || tokens[k + 1].kind == .number
        else { return false }
        var j = k + 1
        var separatesItems = false
        while j < sentence.upperBound, tokens[j].kind != .terminal {
            if tokens[j].norm == "," { separatesItems = true }
            if tokens[j].norm == ":" || tokens[j].norm == ";" || tokens[j].kind == .openQuote
                || view.isFiniteVerb(j)
                || view.roleOfToken[j].contains(.cueHead)
                    && cues.cue(at: j, limit: sentence.upperBound) != nil
                || view.opener(view.language.quoteGrammar.according, at: j, limit: sentence.upperBound) != nil
            {
                return false
            }
            j += 1
        }
        return separatesItems
    }

    /// An according quote at token `i`: "selon X", "d'après X", or an opening "Pour X,".
    /// Guillemets that follow "Selon X," are attributed here and found later. A claim before
    /// "selon" starts no earlier than `floor` (the end of the quote found before it).
    private func according(
        at i: Int, sentence: Range<Int>, floor: Int, stretches: [QuotedStretch],
        attributed: inout [Int: (cue: Range<Int>?, speaker: SpeakerRef, kind: QuoteKind)]
    ) -> (quote: FoundQuote, resume: Int)? {
        let grammar = view.language.quoteGrammar
        let word = view.openerWordOfToken[i]
        guard word >= 0, grammar.accordingStarts[Int(word)] else { return nil }
        var sourceStart: Int
        let cueRange: Range<Int>
        var isPour = false
        var isClosingPour = false
        var pronoun: Int? = nil
        if let relative = relativeAccording(at: i, sentence: sentence) {
            // "un communiqué selon lequel …" before "selon" alone.
            return relative
        }
        if let opener = view.opener(grammar.pronominal, at: i, limit: sentence.upperBound),
            i == firstWord(of: sentence)
                || !grammar.opening.contains(where: { $0.tokens == [opener.tokens[0]] })
        {
            // "à ses yeux", "selon lui": the source is the pronoun inside the opener.
            pronoun = opener.pronoun.map { i + $0 }
            sourceStart = i + opener.tokens.count
        } else if let opener = view.opener(grammar.according, at: i, limit: sentence.upperBound) {
            sourceStart = i + opener.tokens.count
        } else if i == firstWord(of: sentence),
            let opener = view.opener(grammar.opening, at: i, limit: sentence.upperBound)
        {
            sourceStart = i + opener.tokens.count
            isPour = true
        } else if i > sentence.lowerBound, tokens[i - 1].norm == ",",
            let opener = view.opener(grammar.opening, at: i, limit: sentence.upperBound),
            closingPourSource(from: i + opener.tokens.count, sentence: sentence)
        {
            // "Une seule saleuse pour 60 kilomètres, ce n'est pas sérieux, pour M. Faure.": the
            // opening preposition after the claim, before a person who closes the sentence.
            sourceStart = i + opener.tokens.count
            isClosingPour = true
        } else if i > sentence.lowerBound, tokens[i - 1].norm == ",",
            let frame = view.opener(grammar.sourceFrames, at: i, limit: sentence.upperBound),
            let start = frame.speakerStart, start < frame.tokens.count,
            let source = sourcePhrase(from: i + start, sentence: sentence),
            source.upperBound >= sentence.upperBound || tokens[source.upperBound].kind == .terminal
        {
            // "Une vingtaine de blessés ont été évacués, de source hospitalière.": a source frame
            // that names its source by itself and closes the sentence attributes the clause before.
            sourceStart = i + start
        } else if i == firstWord(of: sentence),
            let frame = view.opener(grammar.sourceFrames, at: i, limit: sentence.upperBound),
            let start = frame.speakerStart, start < frame.tokens.count,
            let source = sourcePhrase(from: i + start, sentence: sentence),
            source.upperBound < sentence.upperBound, tokens[source.upperBound].norm == ","
        {
            // "De source proche de l'enquête, A.": the frame opens the sentence, the claim follows.
            sourceStart = i + start
        } else {
            return nil
        }
        cueRange = i..<(pronoun ?? sourceStart)
        guard sourceStart < sentence.upperBound else { return nil }
        // "a affirmé, selon Interfax, que …": the incise relays the clause of the verb before it
        // ("A, selon un rapport, que l'AFP a pu consulter." is a claim and its source).
        if pronoun == nil, i > sentence.lowerBound, tokens[i - 1].norm == ",",
            relayIncise(at: i, sentence: sentence) != nil, speechVerbEnds(before: i - 1, sentence: sentence)
        {
            return nil
        }
        let source: SpeakerRef
        var sourceEnd: Int
        var via: Range<Int>? = nil
        if let pronoun {
            source = SpeakerRef(kind: .pronoun(pronoun))
            sourceEnd = sourceStart
        } else {
            // "Pour Me Laure Schwindt, …" (p524): an honorific may stand before the name.
            let named =
                sourceStart + 1 < sentence.upperBound && view.honorifics.contains(tokens[sourceStart].norm)
                ? sourceStart + 1 : sourceStart
            if isPour && !(view.isDeterminer(sourceStart) || view.entity(at: named) != nil) {
                return nil
            }
            guard let extent = sourceExtent(from: sourceStart, sentence: sentence) else { return nil }
            var np = extent.phrase
            if let said = speakerOfReportedRelative(np) {
                // "Selon ce qu'a déclaré le ministre, A": who said it is the source.
                np = said
            } else if extent.end > np.upperBound {
                // "Selon l'OSDH (ONG), …", "selon un responsable cité par l'AFP": the bracket or
                // the relay closes the source.
                via = extent.via
            } else if let person = view.person(in: np), person.upperBound == np.upperBound,
                !phrases.isComplement(person, of: np), let role = apposition(after: np, in: sentence)
            {
                // "Selon François Dubet, sociologue, une personne …": the person's role stays with the source.
                np = np.lowerBound..<role.upperBound
            } else if view.person(in: np).map({ phrases.isComplement($0, of: np) }) ?? true,
                // "Selon L'Équipe, Taleb-Ouali, dont le contrat expire en juin, est suivi …"
                // (p506): a source named by a name of its own takes no name in apposition; the
                // name after it opens the claim.
                view.person(in: np) != nil || !np.contains(where: { view.entity(at: $0) != nil }),
                let named = namedApposition(after: np, in: sentence)
            {
                // "Selon son producteur, Michel Nouader, …": the name in apposition is the source.
                np = named
            }
            // "Pour l'instant, …" is a time, not a source, and "selon les régions" means "depending
            // on": a source names someone or a document.
            if isPour
                ? !namesSpeaker(np)
                : !namesSource(np)
                    && !opensWithSingularSource(
                        np, at: i, end: max(np.upperBound, extent.end), sentence: sentence)
                    && !closesSentenceAfterComma(
                        np, at: i, end: max(np.upperBound, extent.end), sentence: sentence)
            {
                return nil
            }
            // "Selon X, A, dont B, tandis que C." — the claim runs on over commas to the end of
            // its clause (a cue, another "selon" or a journalist's conjunction ends it).
            source = SpeakerRef(kind: .phrase(np))
            sourceEnd = max(np.upperBound, extent.end)
            // "Selon Reuters, qui cite un responsable, A", "Selon Reuters, citant des sources
            // militaires, A": a relative or a participle about the source, between commas, is no
            // part of the claim after it.
            if sourceEnd + 1 < sentence.upperBound, tokens[sourceEnd].norm == ",",
                opensJournalistClause(sourceEnd + 1) || describesSource(at: sourceEnd + 1, sentence: sentence)
            {
                var c = sourceEnd + 2
                while c < sentence.upperBound, tokens[c].norm != ",", !view.isClauseBreak(c),
                    view.pairOfToken[c] < 0
                {
                    c += 1
                }
                if c + 1 < sentence.upperBound, tokens[c].norm == ",", opensClause(i, sentence: sentence) {
                    sourceEnd = c
                }
            }
            // "A, pour la sismologue X, chercheuse à l'université de Y.": the words that describe
            // a closing source are the source's; the claim is before it.
            if isClosingPour, sourceEnd + 1 < sentence.upperBound, tokens[sourceEnd].norm == ",",
                isDescriptiveTail(from: sourceEnd + 1, sentence: sentence)
            {
                while sourceEnd < sentence.upperBound, tokens[sourceEnd].kind != .terminal { sourceEnd += 1 }
            }
        }
        // "Selon X, clause." — unless the source ends the sentence: "A court, selon X." is a claim
        // before "selon" even when it is short enough to look like an opening adverbial.
        let sourceEndsSentence =
            sourceEnd >= sentence.upperBound || tokens[sourceEnd].kind == .terminal
        // "A, selon X, et B": a coordinator after the source goes on with the clause before it.
        // "A, selon X, contre B en 2022", "A, selon X, soit B": a gloss of the journalist after
        // the source (a clause stop, a figure gloss) leaves the claim before it as well.
        let clauseGoesOn =
            sourceEnd + 1 < sentence.upperBound && tokens[sourceEnd].norm == ","
            && (view.grammar.contains(.coordinators, tokens[sourceEnd + 1].norm)
                || view.isClauseStop(sourceEnd + 1)
                || view.isFigureGloss(sourceEnd + 1))
        if isPour || opensClause(i, sentence: sentence) && !sourceEndsSentence && !clauseGoesOn {
            // "Selon X, clause." — the claim follows, up to the next comma.
            // "Selon la police : trois personnes …": a colon may close the source too.
            guard sourceEnd < sentence.upperBound,
                tokens[sourceEnd].norm == "," || tokens[sourceEnd].norm == ":"
            else { return nil }
            let begin = sourceEnd + 1
            guard begin < sentence.upperBound else { return nil }
            // Guillemets right after the comma are the source's own words: a direct quote —
            // unless the clause goes on after them: "Selon une note interne, « au moins 400 »
            // parrainages présentent des anomalies", "Pour Télérama, « La Fille aux hirondelles »
            // est « le film le plus libre » de la sélection" (p390, p392): the marks hold the
            // claim's first words, as after "que" ("indique « une clause » est prévue").
            let quoted = Self.stretches(stretches, openingIn: begin..<sentence.upperBound)
            if let s = quoted.first, stretches[s].open == begin, !endsQuotedThenGoesOn(begin, sentence) {
                attributed[s] = (cueRange, source, .direct)
                return nil
            }
            var end = begin
            while end < sentence.upperBound,
                view.pairOfToken[end] >= 0 || (tokens[end].norm != "," && !view.isClauseBreak(end))
            {
                end += 1
            }
            // "Selon X, A, dont B, tandis que C." — in the gold, the claim after an opening
            // "selon" runs on over commas to the end of its clause (a cue, another "selon" or a
            // journalist's conjunction ends it).
            if end < sentence.upperBound, tokens[end].norm == "," {
                end = max(end, clauseEnd(from: begin, sentence: sentence))
            }
            // "Pour X, la décision « rappelle une évidence » : la Charte … a valeur
            // constitutionnelle": after an opening source, a colon that no guillemets follow goes
            // on with the claim (the tune gold runs over it in p426, p486 and p498, and stops at
            // a colon only before guillemets).
            while end + 1 < sentence.upperBound, tokens[end].norm == ":",
                tokens[end + 1].kind == .word || tokens[end + 1].kind == .number
                    || tokens[end + 1].kind == .elision,
                cues.cue(at: end + 1, limit: sentence.upperBound) == nil
            {
                end = max(end + 1, clauseEnd(from: end + 1, sentence: sentence))
            }
            // "Pour X, son secrétaire général : « … »": an apposition, then the source's own words.
            if end + 1 < sentence.upperBound, tokens[end].norm == ":", tokens[end + 1].kind == .openQuote,
                let s = Self.stretches(stretches, openingIn: (end + 1)..<(end + 2)).first,
                let np = phrases.phrase(startingAt: begin, limit: end), np.upperBound == end,
                namesSpeaker(np),
                !(begin..<end).contains(where: { view.auxiliaries.contains(tokens[$0].norm) })
            {
                attributed[s] = (cueRange, SpeakerRef(kind: source.kind, alias: begin..<end), .direct)
                return nil
            }
            let content = view.trimmedSpan(begin..<end)
            guard content.count >= 3 else { return nil }
            return (
                FoundQuote(content: content, kind: .according, cue: cueRange, speaker: source, via: via), end
            )
        }
        // "clause, selon X." — the claim is the clause before; "A est, selon X, B." — an incise
        // inside the clause: the claim is the whole clause, incise included.
        var byPronoun = false
        if case .pronoun = source.kind { byPronoun = true }
        let inciseEnd = claimAfterIncise(i, sourceEnd: sourceEnd, sentence: sentence, byPronoun: byPronoun)
        // "La réforme est une erreur, selon elle." / "… à ses yeux.": a source named by a pronoun
        // attributes the clause before it only where it closes that clause.
        if byPronoun, inciseEnd == nil, sourceEnd < sentence.upperBound, !view.isClauseBreak(sourceEnd) {
            return nil
        }
        var end = i
        if end > sentence.lowerBound, tokens[end - 1].norm == "," { end -= 1 }
        // "Trois personnes ont été tuées (selon l'AFP).": the bracket opens the attribution.
        if end > sentence.lowerBound, tokens[end - 1].norm == "(" || tokens[end - 1].norm == "[" { end -= 1 }
        let bottom = max(sentence.lowerBound, floor, end - Self.reach)
        guard
            var begin = segmentStart(before: end, bottom: bottom)
                ?? quotedApposition(before: end, bottom: bottom)
        else { return nil }
        // "A, dans le cadre de B, selon X." — the claim is the whole clause: it goes back over
        // commas to the start of the sentence, unless a gerund or a speech verb's participle
        // opens after the comma ("…, en citant C, selon X"). A relative goes on with the claim
        // ("A après le passage de la tempête, qui a déversé B, selon un bilan": the tune gold's
        // claims hold the relative in p200, p152 and p070, and start after it in none), and so
        // does a participle clause ("Un séisme a frappé la région, faisant au moins onze morts,
        // selon le ministère": the tune gold's claims hold it in p160, p178, p220, p370 and
        // p436, and start at it in one, dev's lachin-clashes, "…, mettant fin à un conflit …").
        while begin > bottom, tokens[begin - 1].norm == ",",
            !opensJournalistClause(begin) || view.grammar.contains(.relativePronouns, tokens[begin].norm)
                || opensClaimParticipleClause(begin),
            !view.grammar.contains(.relativeAdverbs, tokens[begin].norm),
            !opensContrastAfterQuote(begin),
            let earlier = segmentStart(before: begin - 1, bottom: bottom)
        {
            begin = earlier
        }
        // "A « … », mais B, selon lui.": after a comma, a contrasting conjunction opens the claim.
        if begin + 1 < end, begin >= sentence.lowerBound + 2, opensContrastAfterQuote(begin) { begin += 1 }
        // "« … », confie le ministre à son entourage, selon un proche.": the stretch before
        // "selon" is the incise of a direct quote, whose words are the claim already.
        var first = begin
        while first < end, !tokens[first].isWordLike { first += 1 }
        if first >= sentence.lowerBound + 2, tokens[first - 1].norm == ",",
            tokens[first - 2].kind == .closeQuote,
            cues.cue(at: first, limit: end) != nil
        {
            return nil
        }
        // "…vers le Darfour, où A selon X": the claim is the relative's clause, after its adverb.
        if begin + 1 < end, view.grammar.contains(.relativeAdverbs, tokens[begin].norm) { begin += 1 }
        // "Mais, A, selon X": the opening conjunction is the journalist's.
        if begin + 1 < end, view.grammar.contains(.clauseConjunctions, tokens[begin].norm),
            tokens[begin + 1].norm == ","
        {
            begin += 2
        }
        let content = view.trimmedSpan(begin..<(inciseEnd ?? end))
        guard content.count >= 3, view.hasWord(content) else { return nil }
        return (
            FoundQuote(content: content, kind: .according, cue: cueRange, speaker: source, via: via),
            inciseEnd ?? sourceEnd
        )
    }

    /// Whether token `k` is a contrasting conjunction right after ", " that closes words in
    /// quotation marks ("A « … », mais B, selon lui."): the words before are attributed already,
    /// so the claim of "selon" opens after the conjunction. Any other "A, mais B, selon X" is one
    /// claim.
    private func opensContrastAfterQuote(_ k: Int) -> Bool {
        k >= 2 && tokens[k - 1].norm == "," && tokens[k - 2].kind == .closeQuote
            && view.grammar.contains(.contrastConjunctions, tokens[k].norm)
    }

    /// The speaker of a relative that names what was said, as the phrase after "selon": "ce
    /// qu'a déclaré le ministre" (the subject after the speech verb) or "ce que le ministre a
    /// déclaré" (before it). Nil for any other phrase, or when the subject names no speaker.
    private func speakerOfReportedRelative(_ np: Range<Int>) -> Range<Int>? {
        let start = np.lowerBound + 2
        guard np.count > 3, view.grammar.contains(.relativeHeads, tokens[np.lowerBound].norm),
            view.grammar.contains(.complementizers, tokens[np.lowerBound + 1].norm)
        else { return nil }
        for k in start..<np.upperBound {
            guard let cue = cues.cue(at: k, limit: np.upperBound) else { continue }
            let subject =
                k == start
                ? phrases.phrase(
                    startingAt: skippingComplements(from: cue.tokens.upperBound, limit: np.upperBound).next,
                    limit: np.upperBound)
                : phrases.phrase(startingAt: start, limit: k).flatMap { $0.upperBound == k ? $0 : nil }
            guard let subject, namesSpeaker(subject) else { return nil }
            return subject
        }
        return nil
    }

    /// Where the claim ends when "selon X" at `i` is an incise inside its clause ("Le président
    /// est, selon un sondage, de plus en plus impopulaire"): the clause goes on after the
    /// source's comma, unless a clause of the journalist opens there (a relative, a participle,
    /// a conjunction, a cue) or a phrase that may be in apposition to the source (a determiner,
    /// a role, a name). Nil when "selon X" ends the clause.
    private func claimAfterIncise(_ i: Int, sourceEnd: Int, sentence: Range<Int>, byPronoun: Bool = false)
        -> Int?
    {
        let after = sourceEnd + 1
        guard i > sentence.lowerBound, tokens[i - 1].norm == ",", after < sentence.upperBound,
            tokens[sourceEnd].norm == ",",
            // The clause before the incise is left open: it ends with an auxiliary ("est, selon
            // X, …") or is a bare subject ("La réforme, selon X, …"). After a whole clause, what
            // follows the source is the journalist's ("…, selon un communiqué, sous réserve de …").
            byPronoun || isOpenBeforeIncise(i - 1, sentence: sentence),
            tokens[after].kind == .word || tokens[after].kind == .elision || tokens[after].kind == .number,
            view.pairOfToken[after] < 0, !opensJournalistClause(after),
            // "…, selon Paul Martin, le président du club": an apposition to the source (a
            // determiner, a role or a name after the comma) is no part of the claim; a pronoun
            // ("est, selon elle, une erreur") takes no apposition.
            byPronoun || !view.isDeterminer(after) && !view.isRoleNoun(after) && !tokens[after].isCapitalized,
            // "…, selon un rapport, que l'AFP a pu consulter.": a relative about the source.
            byPronoun || !view.grammar.contains(.sourceRelatives, tokens[after].norm),
            !view.isClauseStop(after),
            !view.isFigureGloss(after),
            !view.grammar.contains(.coordinators, tokens[after].norm),
            cues.cue(at: after, limit: sentence.upperBound) == nil
        else { return nil }
        let end = clauseEnd(from: after, sentence: sentence)
        return end > after ? end : nil
    }

    /// Whether the clause that ends at the comma `comma` before an according incise is left
    /// open: an auxiliary is among its last two words, or it is a bare subject.
    private func isOpenBeforeIncise(_ comma: Int, sentence: Range<Int>) -> Bool {
        guard comma > sentence.lowerBound else { return false }
        // "est, selon X, …", "a accueilli, selon X, …": an auxiliary among the last two words.
        if view.auxiliaries.contains(tokens[comma - 1].norm)
            || comma - 2 >= sentence.lowerBound && view.auxiliaries.contains(tokens[comma - 2].norm)
        {
            return true
        }
        guard let begin = segmentStart(before: comma, bottom: max(sentence.lowerBound, comma - Self.reach))
        else {
            return false
        }
        return isBareSubject(view.trimmedSpan(begin..<comma))
    }

    /// An according incise at token `i` that stands between a speech verb and its content clause
    /// ("a affirmé, selon l'agence Interfax, que …"): its source relayed the words. `end` is the
    /// token after the incise's closing comma.
    private func relayIncise(at i: Int, sentence: Range<Int>) -> (via: Range<Int>, end: Int)? {
        guard let opener = view.opener(view.grammar.according, at: i, limit: sentence.upperBound),
            let source = sourceExtent(from: i + opener.tokens.count, sentence: sentence),
            source.end + 1 < sentence.upperBound, tokens[source.end].norm == ",",
            view.grammar.contains(.complementizers, tokens[source.end + 1].norm)
        else { return nil }
        return (namedEntity(in: source.phrase) ?? source.phrase, source.end + 1)
    }

    /// Whether a speech verb, with at most a few complements after it, stands right before the
    /// comma at `comma`: "a affirmé, …", "a déclaré lundi à l'AFP, …".
    private func speechVerbEnds(before comma: Int, sentence: Range<Int>) -> Bool {
        let floor = max(sentence.lowerBound, comma - 8)
        for v in stride(from: comma - 1, through: floor, by: -1) {
            if tokens[v].norm == "," || view.isClauseBreak(v) || view.pairOfToken[v] >= 0 { return false }
            guard view.roleOfToken[v].contains(.cueHead), let cue = cues.cue(at: v, limit: comma) else {
                continue
            }
            return skippingComplements(from: cue.tokens.upperBound, limit: comma).next >= comma
        }
        return false
    }

    /// Where the clause starts whose apposition in guillemets closes right before `end` ("Le
    /// manager a offert le champagne, « une première depuis le début de la saison », d'après un
    /// proche"; "La magnitude pourrait atteindre 4, « soit celle d'une étoile … », selon elle"):
    /// words in guillemets set off by a comma after a clause of the journalist's are part of
    /// the claim the source is given for, not the source's own words (the tune gold reads both
    /// such sentences, p062 and p444, as one according claim). Nil when the marks do not close
    /// right before `end`, open the sentence, or follow anything but a comma after words.
    private func quotedApposition(before end: Int, bottom: Int) -> Int? {
        guard end - 1 > bottom, tokens[end - 1].kind == .closeQuote else { return nil }
        let pair = view.pairOfToken[end - 1]
        guard pair >= 0 else { return nil }
        var open = end - 1
        while open > bottom, view.pairOfToken[open - 1] == pair { open -= 1 }
        guard open - 1 > bottom, tokens[open - 1].norm == ",",
            let earlier = segmentStart(before: open - 1, bottom: bottom), earlier < open - 1,
            view.hasWord(earlier..<(open - 1)), view.pairOfToken[open - 2] < 0
        else { return nil }
        return earlier
    }

    /// Where the comma-free stretch of a clause that ends at `end` begins: after a comma, a colon,
    /// a semicolon, a dash or a sentence end (not inside guillemets), and no lower than `bottom`;
    /// nil when the stretch is all in guillemets (words in quotation marks before "selon" are a
    /// direct quote, found as such).
    private func segmentStart(before end: Int, bottom: Int) -> Int? {
        var begin = end
        while begin > bottom {
            let t = tokens[begin - 1]
            if t.norm == "," || t.norm == ":" || t.norm == ";" || t.kind == .terminal { break }
            // A dash breaks the clause, unless it joins two words ("les 60-64 ans").
            if t.norm == "-" || t.norm == "–",
                begin < 2 || begin >= tokens.count || tokens[begin - 2].span.end < t.span.start
                    || t.span.end < tokens[begin].span.start
            {
                break
            }
            // A stretch in guillemets stays inside the clause, commas and all: "Cette affaire est
            // un « scandale d'État », selon l'opposition" holds its fragment.
            let pair = view.pairOfToken[begin - 1]
            if pair >= 0 {
                while begin > bottom, view.pairOfToken[begin - 1] == pair { begin -= 1 }
                continue
            }
            begin -= 1
        }
        // Words in guillemets that make the whole stretch are the source's own: a direct quote.
        if begin < end, view.pairOfToken[begin] >= 0, view.pairOfToken[begin] == view.pairOfToken[end - 1] {
            return nil
        }
        return begin
    }

    /// Whether the words at `k`, right after the comma that closes an incise, open an adjunct of
    /// the journalist: an infinitive lead ("…, a-t-il rappelé, avant d'appeler …") or a
    /// participial clause. The incise's claim is then the clause before it.
    private func opensJournalistAdjunct(_ k: Int, sentence: Range<Int>) -> Bool {
        if let lead = view.opener(view.grammar.infinitiveLeads, at: k, limit: sentence.upperBound) {
            return k + lead.tokens.count < sentence.upperBound && isInfinitive(k + lead.tokens.count)
        }
        // "…, glisse-t-elle, sans en dire davantage": a clause stop before an infinitive.
        if view.isClauseStop(k), k + 1 < sentence.upperBound,
            startsInfinitive(at: k + 1, sentence)
        {
            return true
        }
        return opensJournalistClause(k) && !view.grammar.contains(.relativePronouns, tokens[k].norm)
    }

    /// Whether the word at `k`, right after a comma, opens a clause of the journalist inside the
    /// sentence: a relative pronoun or a present participle ("…, mettant fin à …"), also as a
    /// gerund ("…, a-t-il fait valoir, en citant …").
    /// Whether the words at `k`, after the comma that closes an opening source, describe that
    /// source rather than start its claim: an object relative ("Pour l'association, dont le
    /// président s'exprimait mardi, A") or a passive participle and its agent, a coordinator
    /// and an adverb allowed before it ("Selon un audit, commandé par la Région, A", "D'après
    /// un rapport, et abondamment cité par la rapporteure, A"; p042, p174, p214).
    private func describesSource(at k: Int, sentence: Range<Int>) -> Bool {
        if view.grammar.contains(.sourceRelatives, tokens[k].norm) { return true }
        var j = k
        if j < sentence.upperBound, view.grammar.contains(.coordinators, tokens[j].norm) { j += 1 }
        while j < sentence.upperBound, view.isAdverb(j) { j += 1 }
        guard j + 1 < sentence.upperBound, tokens[j].kind == .word, !tokens[j].isCapitalized,
            view.grammar.contains(.agentPrepositions, tokens[j + 1].norm)
        else { return false }
        return view.language.speakerWords.participleEndings.contains { tokens[j].norm.hasSuffix($0) }
    }

    /// Whether the word at `k` is the present participle of a speech verb ("évoquant",
    /// "citant", "assurant"), lower case.
    private func isSpeechParticiple(_ k: Int) -> Bool {
        let t = tokens[k]
        guard t.kind == .word, !t.isCapitalized else { return false }
        return view.language.speech.lookup(t.norm)?.contains(where: { $0.shape == .presentParticiple })
            == true
    }

    /// Whether the word at `k` opens a present-participle clause inside a claim ("faisant au
    /// moins onze morts", "forçant l'évacuation"): a participle by its ending, no gerund, no
    /// relative, no speech verb's participle (unlike ``TextView/opensParticipleClause(at:)``,
    /// no clitic before it: the participle follows the comma).
    private func opensClaimParticipleClause(_ k: Int) -> Bool {
        let t = tokens[k]
        guard t.kind == .word, !t.isCapitalized, !view.grammar.contains(.relativePronouns, t.norm),
            !view.grammar.contains(.gerundMarkers, t.norm), !isSpeechParticiple(k)
        else { return false }
        return opensJournalistClause(k)
    }

    private func opensJournalistClause(_ k: Int) -> Bool {
        let t = tokens[k]
        guard t.kind == .word, !t.isCapitalized else { return false }
        if view.grammar.contains(.relativePronouns, t.norm) { return true }
        if view.grammar.contains(.gerundMarkers, t.norm), k + 1 < tokens.count, !tokens[k + 1].isCapitalized,
            !view.grammar.contains(.gerundMarkers, tokens[k + 1].norm)
        {
            return opensJournalistClause(k + 1)
        }
        return view.hasPresentParticipleForm(k)
    }

    /// Whether the phrase after "selon" names a source, not a condition ("selon les régions"):
    /// it names a speaker or a document, or a noun before its first complement is a speaker,
    /// a body, a cited text or one of the grammar's source nouns ("les premiers chiffres de
    /// l'Insee", "plusieurs médias").
    func namesSource(_ np: Range<Int>) -> Bool {
        // "selon nos informations": the newspaper's own, no one it reports.
        if view.grammar.contains(.firstPersonPossessives, tokens[np.lowerBound].norm),
            np.count > 1, view.grammar.contains(.ownReportingNouns, tokens[np.lowerBound + 1].norm)
        {
            return false
        }
        if namesSpeaker(np) || citesDocument(np) { return true }
        let np = groupOfPartitive(np)
        let grammar = view.grammar
        for k in np {
            let n = tokens[k].norm
            if grammar.contains(.infinitivePrepositions, n) || grammar.contains(.coordinators, n) { break }
            // "selon le recours des entreprises" ("depending on"): only the noun before its
            // first complement, or a name, tells whether the phrase names a source.
            if k > np.lowerBound, view.ownerConnectors.contains(n),
                view.entity(at: k + 1) == nil
            {
                break
            }
            if view.entity(at: k) != nil || isRoleNounOrPlural(k) || view.institutionNouns.contains(n)
                || view.citedDocuments.contains(n) || grammar.contains(.sourceNouns, n)
                || view.language.speakerWords.personNouns.contains(n)
            {
                return true
            }
        }
        return false
    }

    /// Whether "d'après" at `i` opens the sentence with a singular noun phrase set off by a comma
    /// ("D'après le prélat, A", "D'après le vérificateur des comptes, A"): such a phrase is the
    /// source of the clause after it even when no lexicon knows its head. A preposition that also
    /// reads "depending on" (`[condition-prepositions]`: "Selon le cas, …", "Selon la saison, …",
    /// "Selon l'âge de l'enfant, …") names a source only by a head the lexicons know
    /// (`namesSource`), as does any phrase inside the clause ("attribuer les places selon
    /// l'ancienneté").
    private func opensWithSingularSource(_ np: Range<Int>, at i: Int, end: Int, sentence: Range<Int>) -> Bool
    {
        guard i == firstWord(of: sentence), end < sentence.upperBound, tokens[end].norm == ",",
            !view.grammar.contains(.conditionPrepositions, tokens[i].norm),
            view.grammar.contains(.singularDeterminers, tokens[np.lowerBound].norm)
        else { return false }
        var head = np.lowerBound + 1
        while head < np.upperBound, view.grammar.contains(.prenominalAdjectives, tokens[head].norm) {
            head += 1
        }
        guard head < np.upperBound else { return false }
        let word = tokens[head]
        // "Selon ce qui a été prévu, …": a relative names what was planned, no one who said it.
        return word.kind == .word && !word.isCapitalized && !view.isDeterminer(head)
            && !view.grammar.contains(.relativePronouns, word.norm)
            && !view.grammar.contains(.complementizers, word.norm)
    }

    /// Whether "selon X" / "d'après X" at `i` follows a comma and its phrase, led by a determiner
    /// or a name, closes the sentence ("…, selon la chancellerie.", "…, d'après ses calculs.",
    /// "…, selon un tract de l'intersyndicale."): the clause before is the source's claim
    /// whatever the source's head noun. In the tune pool (dev, even train, even press probes)
    /// 198 of 200 sentences that end so are a gold claim ending at the comma, the other two the
    /// incise of a direct quote ("», confie le ministre à son entourage, selon un proche.");
    /// "depending on" stands without the comma ("varie fortement selon les sources.").
    private func closesSentenceAfterComma(_ np: Range<Int>, at i: Int, end: Int, sentence: Range<Int>) -> Bool
    {
        guard i > sentence.lowerBound, tokens[i - 1].norm == ",",
            end >= sentence.upperBound || tokens[end].kind == .terminal,
            !np.isEmpty
        else { return false }
        return view.isDeterminer(np.lowerBound) || view.entity(at: np.lowerBound) != nil
            || tokens[np.lowerBound].isCapitalized
    }

    /// Whether the phrase after an opening preposition of `[according-opening]` that follows a
    /// comma ("…, pour M. Faure.", "…, pour le délégué général, qui a prévenu …", "…, pour Fatou
    /// Diabaté, analyste indépendante.") names one person who gave the claim before it: a person's
    /// name, or a singular role after its determiner, that closes the sentence or is followed by
    /// a relative or a closing apposition. In the tune pool 5 of 5 such sentences are the gold
    /// claim ending at the comma (p068, p078, p350, p466, p480); a time or a purpose ("…, pour
    /// la onzième année consécutive", "…, pour la 12e journée") names no one, and a phrase
    /// followed by more of the clause ("puis, pour le jeune homme, …") is no source.
    private func closingPourSource(from start: Int, sentence: Range<Int>) -> Bool {
        guard let extent = sourceExtent(from: start, sentence: sentence) else { return false }
        let np = extent.phrase
        let singularRole =
            np.count >= 2 && view.grammar.contains(.singularDeterminers, tokens[np.lowerBound].norm)
            && !tokens[np.lowerBound + 1].isCapitalized && namesSpeaker(np)
        guard singularRole || view.person(in: np) != nil else { return false }
        let end = extent.end
        if end >= sentence.upperBound || tokens[end].kind == .terminal { return true }
        guard tokens[end].norm == ",", end + 1 < sentence.upperBound else { return false }
        return view.grammar.contains(.relativePronouns, tokens[end + 1].norm)
            || isClosingApposition(from: end + 1, sentence: sentence)
            || isDescriptiveTail(from: end + 1, sentence: sentence)
    }

    /// Whether the words from `start` to the end of the sentence only describe the phrase before
    /// them, in one or more segments set apart by commas: a role without a determiner, a body
    /// after "de", a participle ("…, pour la sismologue X, chercheuse à l'université de Y.",
    /// "…, pour le paléontologue X, de l'Institut catalan de paléontologie, coauteur de l'étude.",
    /// "…, pour la glaciologue X, du Centre international …, basé à Katmandou." — p582, p584,
    /// p586, p590, p592, p600 of the even probes). No segment opens with a word that starts a
    /// new clause or with a preposition other than "de" (", à Bordeaux." goes on with the
    /// clause before the source), and no word of the tail is a finite verb, a complementizer or
    /// a quotation mark.
    private func isDescriptiveTail(from start: Int, sentence: Range<Int>) -> Bool {
        var segmentStart = true
        var k = start
        while k < sentence.upperBound, tokens[k].kind != .terminal {
            let t = tokens[k]
            if t.kind == .openQuote || t.kind == .closeQuote || view.isClauseBreak(k) { return false }
            if segmentStart,
                view.isClauseStop(k) || view.grammar.contains(.clauseConjunctions, t.norm)
                    || view.npStops.contains(t.norm)
            {
                return false
            }
            if view.grammar.contains(.complementizers, t.norm) || view.isFiniteVerb(k) { return false }
            segmentStart = t.norm == ","
            k += 1
        }
        return k > start
    }

    /// Whether a phrase names a cited text or figure by its head noun: "un communiqué de la
    /// police", "les projections", "le bilan le plus récent".
    func citesDocument(_ np: Range<Int>) -> Bool {
        guard let head = np.first(where: { !view.isDeterminer($0) }) else { return false }
        return view.citedDocuments.contains(tokens[head].norm)
    }

    /// The indices of the stretches whose opening token lies in `range` (stretches are in text order).
    static func stretches(_ stretches: [QuotedStretch], openingIn range: Range<Int>) -> Range<Int> {
        func anchor(_ s: QuotedStretch) -> Int { s.open ?? s.content.lowerBound }
        var lo = 0
        var hi = stretches.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if anchor(stretches[mid]) < range.lowerBound { lo = mid + 1 } else { hi = mid }
        }
        var end = lo
        while end < stretches.count, anchor(stretches[end]) < range.upperBound { end += 1 }
        return lo..<end
    }

    /// An according quote opened by a relative after its source: "le Medef, pour qui seule une
    /// hausse liée à l'inflation serait acceptable".
    private func relativeAccording(at i: Int, sentence: Range<Int>) -> (quote: FoundQuote, resume: Int)? {
        let grammar = view.language.quoteGrammar
        guard i > sentence.lowerBound,
            let opener = view.opener(grammar.relatives, at: i, limit: sentence.upperBound)
        else { return nil }
        var end = i
        if tokens[end - 1].norm == "," { end -= 1 }
        // The antecedent: a name just before the relative, or a phrase that names a speaker.
        var named = end > sentence.lowerBound ? view.entity(at: end - 1).map { view.entityTokens[$0] } : nil
        // "les analystes de Kepler Cheuvreux, selon lesquels …": a name that ends the complement
        // of a noun naming people is not the antecedent; the whole phrase is.
        if let name = named, let np = phrases.phrase(endingBefore: end, floor: sentence.lowerBound),
            isPeopleComplement(name, of: np)
        {
            named = np
        }
        guard let np = named ?? phrases.phrase(endingBefore: end, floor: sentence.lowerBound),
            namesSpeaker(np) || citesDocument(np)
        else { return nil }
        let begin = i + opener.tokens.count
        let claimEnd = clauseEnd(from: begin, sentence: sentence)
        let content = view.trimmedSpan(begin..<claimEnd)
        guard content.count >= 3, view.hasWord(content) else { return nil }
        // "Romain Espitaller, délégué de la CGT Spectacle, pour qui …": the person, not the body
        // that ends the role.
        let speaker =
            end < i ? phrases.nameBeforeApposition(endingAtComma: end, floor: sentence.lowerBound) : nil
        let quote = FoundQuote(
            content: content, kind: .according, cue: i..<begin,
            speaker: speaker ?? SpeakerRef(kind: .phrase(np)))
        return (quote, claimEnd)
    }

    /// Whether the name `name` closes the complement of a noun that names people, heading the
    /// phrase `np`: "les analystes | de | Kepler Cheuvreux", "le porte-parole | du | Kremlin". The
    /// phrase's first word after its determiners names people (a role or person noun, or its
    /// plural), and an owner connector ("de", "du"), a determiner allowed after it, stands before
    /// the name.
    private func isPeopleComplement(_ name: Range<Int>, of np: Range<Int>) -> Bool {
        guard np.lowerBound < name.lowerBound, np.upperBound == name.upperBound else { return false }
        var head = np.lowerBound
        while head < name.lowerBound, view.isDeterminer(head) { head += 1 }
        guard head < name.lowerBound, view.entity(at: head) == nil, !tokens[head].isCapitalized,
            isRoleNounOrPlural(head)
        else { return false }
        var connector = name.lowerBound - 1
        if connector > head, view.isDeterminer(connector),
            !view.ownerConnectors.contains(tokens[connector].norm)
        {
            connector -= 1
        }
        return connector > head && view.ownerConnectors.contains(tokens[connector].norm)
    }

    /// A name in apposition after a role that names a source: "selon son producteur, **Michel
    /// Nouader**, …"; the name stands alone between two commas.
    private func namedApposition(after role: Range<Int>, in sentence: Range<Int>) -> Range<Int>? {
        let start = role.upperBound + 1
        guard start < sentence.upperBound, tokens[role.upperBound].norm == "," else { return nil }
        // "…, le colonel Ahmed Ali, …": a determiner and a title or role may stand before the name.
        var k = start
        while k < min(sentence.upperBound, start + 3), view.entity(at: k) == nil,
            view.isDeterminer(k) || view.isRoleNoun(k)
                || view.honorifics.contains(tokens[k].norm)
        {
            k += 1
        }
        guard k < sentence.upperBound, let e = view.entity(at: k), view.entities[e].type == .person else {
            return nil
        }
        let name = view.entityTokens[e]
        guard name.lowerBound == k, name.upperBound < sentence.upperBound,
            tokens[name.upperBound].norm == ","
        else { return nil }
        return name
    }

    /// Whether "selon" at `i` opens its clause, so that the claim follows it: at the start of the
    /// sentence, after a conjunction ("car selon eux, …"), or after a short opening adverbial
    /// ("En février 2009, selon X, …") — not as an incise inside a clause ("est, selon lui, une …").
    private func opensClause(_ i: Int, sentence: Range<Int>) -> Bool {
        let first = firstWord(of: sentence)
        if i == first { return true }
        // "Toujours selon la préfecture, …": only adverbs before it.
        if i > first, i - first <= 2, (first..<i).allSatisfy({ view.isAdverb($0) }) { return true }
        let before = tokens[i - 1].norm
        // "Le maire a présenté les chiffres : selon lui, …": a colon opens a clause too.
        if view.grammar.contains(.clauseConjunctions, before) || before == ":" {
            return true
        }
        guard before == "," else { return false }
        // "Il a été arrêté et, selon la police, il a avoué": a conjunction and its comma open a
        // new clause, as "car selon eux" does without the comma.
        if i >= 2, view.grammar.contains(.clauseConjunctions, tokens[i - 2].norm) { return true }
        // "la princesse qui, selon la mythologie, fut enlevée": the relative's clause follows.
        if i >= 2, view.grammar.contains(.relativePronouns, tokens[i - 2].norm) { return true }
        var b = i - 1
        while b > sentence.lowerBound, i - 1 - b <= 7, tokens[b - 1].norm != ",", !view.isClauseBreak(b - 1) {
            b -= 1
        }
        guard b == firstWord(of: sentence) || (b > sentence.lowerBound && view.isClauseBreak(b - 1)) else {
            return false
        }
        return !(b..<(i - 1)).contains { k in
            view.auxiliaries.contains(tokens[k].norm) || view.language.speech.lookup(tokens[k].norm) != nil
        }
    }

    /// A role in apposition after a name, between commas and followed by more of the sentence:
    /// ", sociologue et professeur à Bordeaux,". Not a clause: no verb, no subject pronoun.
    private func apposition(after name: Range<Int>, in sentence: Range<Int>) -> Range<Int>? {
        let start = name.upperBound + 1
        guard start < sentence.upperBound, tokens[name.upperBound].norm == ",",
            !view.grammar.contains(.appositionStops, tokens[start].norm)
        else { return nil }
        var k = start
        // "…, entomologiste à l'université de Lausanne qui n'a pas participé aux travaux, …"
        // (p532): a relative restricting the role may hold its own verb.
        var relative = false
        while k < sentence.upperBound, k - start < 20, tokens[k].norm != "," {
            if k > start, view.grammar.contains(.relativePronouns, tokens[k].norm) { relative = true }
            if view.isClauseBreak(k) || !relative && view.auxiliaries.contains(tokens[k].norm)
                || tokens[k].kind == .openQuote
            {
                return nil
            }
            k += 1
        }
        guard k > start, k + 1 < sentence.upperBound, tokens[k].norm == "," else { return nil }
        return start..<k
    }

    /// Where a role in apposition after a speaker's name ends its sentence inside the marks: the
    /// terminal after ", ingénieure, ancienne de l'agence" in "« A, explique X, ingénieure,
    /// ancienne de l'agence. B »". The words after the comma open with a role noun (after a
    /// determiner, if any), or a noun for what someone does, and hold no clause: no auxiliary, no relative pronoun, no clause
    /// opener after a comma. Nil otherwise.
    func appositionEndingSentence(after name: Range<Int>, limit: Int) -> Int? {
        var start = name.upperBound + 1
        guard start < limit, tokens[name.upperBound].norm == "," else { return nil }
        if view.isDeterminer(start) { start += 1 }
        guard start < limit,
            isRoleNounOrPlural(start) || view.language.speakerWords.personNouns.contains(tokens[start].norm)
        else { return nil }
        var k = start
        while k < limit, k - start < Self.attributionReach, tokens[k].kind != .terminal {
            if view.isClauseBreak(k) || view.auxiliaries.contains(tokens[k].norm)
                || tokens[k].kind == .openQuote
                || view.grammar.contains(.relativePronouns, tokens[k].norm)
                || view.language.speech.lookup(tokens[k].norm) != nil
                || (tokens[k - 1].norm == "," && view.grammar.contains(.appositionStops, tokens[k].norm))
            {
                return nil
            }
            k += 1
        }
        return k + 1 < limit && tokens[k].kind == .terminal ? k : nil
    }

    /// Where the sentence of an attribution inside quotation marks ends, when the words from
    /// `k` (after the speaker, its apposition and the verb's complements) still describe the
    /// speaker or the occasion rather than go on with the quote: the rest of a complement the
    /// phrase finder cut ("à France 3 Bretagne", from "3"), or a relative about the speaker
    /// after its comma ("lance X, dont la mère a été hospitalisée …"). The words up to the
    /// clause break hold no quotation mark, no speech verb and, outside a relative, no
    /// auxiliary. Nil when they go on with the quote ("…, dit-il, et c'est grave").
    func attributionSentenceEnd(from k: Int, limit: Int) -> Int? {
        var start = k
        let grammar = view.grammar
        var relative = false
        if tokens[k].norm == "," {
            guard k + 1 < limit,
                grammar.contains(.relativePronouns, tokens[k + 1].norm)
                    || grammar.contains(.sourceRelatives, tokens[k + 1].norm)
            else { return nil }
            relative = true
            start = k + 2
        }
        var j = start
        while j < limit, j - k < Self.attributionReach, !view.isClauseBreak(j) {
            if tokens[j].kind == .openQuote || tokens[j].kind == .closeQuote
                || view.roleOfToken[j].contains(.cueHead) && cues.cue(at: j, limit: limit) != nil
                || !relative && view.auxiliaries.contains(tokens[j].norm)
            {
                return nil
            }
            j += 1
        }
        return j + 1 < limit && view.isClauseBreak(j) ? j : nil
    }

    /// How many tokens after its speaker an attribution inside quotation marks may run to end
    /// its sentence: a long apposition or a relative about the speaker.
    static let attributionReach = 30

    /// The phrase naming a source after "selon": up to the comma or the end of the clause.
    private func sourcePhrase(from start: Int, sentence: Range<Int>) -> Range<Int>? {
        var k = start
        while k < sentence.upperBound, k - start < 14 {
            let t = tokens[k]
            if t.norm == "," || view.isClauseBreak(k) || t.kind == .openQuote || t.kind == .closeQuote
                || t.norm == ")" || t.norm == "]" || t.norm == "(" || t.norm == "["
            {
                break
            }
            // "un responsable cité par l'AFP": a relaying participle ends the source.
            if k > start, isRelayParticiple(at: k, limit: sentence.upperBound) { break }
            // "selon ce qu'a déclaré le ministre": the relative is the source's phrase.
            if view.grammar.contains(.sourceStops, t.norm),
                k != start + 1 || !view.grammar.contains(.relativeHeads, tokens[start].norm)
            {
                // "selon la police et les secours,": sources joined by a coordinator go on, and
                // so do complements joined by one inside the source's name ("la Fédération
                // internationale de ski et de snowboard (FIS)", "le service départemental
                // d'incendie et de secours (SDIS)", in p134 and p200).
                let joinsSource =
                    view.grammar.contains(.coordinators, t.norm) && k + 1 < sentence.upperBound
                    && (view.isDeterminer(k + 1) || tokens[k + 1].isCapitalized
                        || view.citedDocuments.contains(tokens[k + 1].norm) || view.isRoleNoun(k + 1)
                        || k > start && view.ownerConnectors.contains(tokens[k + 1].norm))
                if !joinsSource { break }
            }
            k += 1
        }
        let range = view.trimmedSpan(start..<k)
        return range.isEmpty || !view.hasWord(range) ? nil : range
    }

    /// The source after an according opener at `start`: its phrase, where the attribution ends
    /// (after a bracket that completes the phrase, "l'Observatoire syrien des droits de l'homme
    /// (OSDH)", and after a relay, "un responsable cité par l'AFP"), and the relay.
    private func sourceExtent(from start: Int, sentence: Range<Int>) -> (
        phrase: Range<Int>, end: Int, via: Range<Int>?
    )? {
        guard let phrase = sourcePhrase(from: start, sentence: sentence) else { return nil }
        var end = phrase.upperBound
        if end < sentence.upperBound, tokens[end].norm == "(" || tokens[end].norm == "[" {
            let closing = tokens[end].norm == "(" ? ")" : "]"
            var j = end + 1
            while j < min(sentence.upperBound, end + 12), tokens[j].norm != closing, tokens[j].norm != ",",
                !view.isClauseBreak(j), tokens[j].kind != .openQuote
            {
                j += 1
            }
            if j < sentence.upperBound, tokens[j].norm == closing { end = j + 1 }
            // "selon un rapport de l'Agence régionale de santé (ARS) de Bretagne remis en
            // septembre, …": the phrase goes on after the bracket.
            if end < sentence.upperBound, tokens[end].kind == .word, !tokens[end].isCapitalized,
                let rest = sourcePhrase(from: end, sentence: sentence)
            {
                end = rest.upperBound
            }
        }
        // "Selon un responsable d'un groupe chimique qui a requis l'anonymat, A", "Pour un
        // banquier qui a suivi la vente, A" (p500, p052): a relative with no comma before it
        // restricts the source; the attribution ends at the comma after it.
        if end == phrase.upperBound, let relativeEnd = restrictiveRelative(at: end, sentence: sentence) {
            end = relativeEnd
        }
        var via: Range<Int>? = nil
        if end < sentence.upperBound, isRelayParticiple(at: end, limit: sentence.upperBound),
            let relay = phrases.phrase(startingAt: end + 2, limit: sentence.upperBound)
        {
            via = namedEntity(in: relay) ?? relay
            end = relay.upperBound
        }
        return (phrase, end, via)
    }

    /// Where a relative subject at `k`, right after a source's phrase with no comma, ends: at the
    /// comma after it, when a finite verb follows the relative pronoun ("qui a requis l'anonymat,")
    /// and no quotation mark, clause break or speech verb stands before that comma. Nil otherwise.
    private func restrictiveRelative(at k: Int, sentence: Range<Int>) -> Int? {
        guard k + 2 < sentence.upperBound, view.grammar.contains(.relativePronouns, tokens[k].norm),
            view.isFiniteVerb(k + 1)
        else { return nil }
        var j = k + 2
        while j < min(sentence.upperBound, k + 16) {
            let t = tokens[j]
            if t.norm == "," { return j + 1 < sentence.upperBound ? j : nil }
            if t.kind == .openQuote || t.kind == .closeQuote || t.kind == .terminal || view.isClauseBreak(j)
                || view.roleOfToken[j].contains(.cueHead)
                    && cues.cue(at: j, limit: sentence.upperBound) != nil
            {
                return nil
            }
            j += 1
        }
        return nil
    }

    /// Whether token `k` is a participle of relaying followed by its agent: "cité par", "interrogés par".
    private func isRelayParticiple(at k: Int, limit: Int) -> Bool {
        k + 2 < limit && view.grammar.contains(.relayParticiples, tokens[k].norm)
            && view.grammar.contains(.agentPrepositions, tokens[k + 1].norm)
    }

    private func firstWord(of sentence: Range<Int>) -> Int {
        var i = sentence.lowerBound
        while i < sentence.upperBound, !tokens[i].isWordLike { i += 1 }
        return i
    }

    /// The first organisation (a medium, an agency) named inside `range`: who relayed the words
    /// said to it ("à l'AFP"), never a place ("à Paris").
    private func relayEntity(in range: Range<Int>) -> Range<Int>? {
        for i in range {
            if let e = view.entity(at: i) {
                return view.entities[e].type == .organization ? view.entityTokens[e] : nil
            }
        }
        return nil
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
        _ stretches: [QuotedStretch],
        attributed: [Int: (cue: Range<Int>?, speaker: SpeakerRef, kind: QuoteKind)],
        reported: [FoundQuote]
    ) -> [FoundQuote] {
        var out: [FoundQuote] = []
        // Indices in `out` of the quotes the span scorer drops.
        var dropped: Set<Int> = []
        // Sentences holding a reported quote, in text order: the speakers a fragment may inherit.
        let reportedSentences = reported.map { view.doc.sentenceIndex(ofToken: $0.content.lowerBound) }
        var nextReported = 0
        var lastSpoken: (sentence: Int, paragraph: Int)? = nil
        var chainSpeakers: [Int: FoundQuote] = [:]
        var insideReported = [Bool](repeating: false, count: tokens.count)
        for quote in reported { for i in quote.content { insideReported[i] = true } }
        let speechSentences = Memo()
        let spanFeatures = QuoteSpanFeatures(view: view, stretches: stretches)
        let scorer = view.language.quoteSpanScorer
        for (s, stretch) in stretches.enumerated() {
            let content = view.trimmedInside(stretch.content)
            guard !content.isEmpty, view.hasWord(content) else { continue }
            let anchor = stretch.open ?? stretch.content.lowerBound
            if insideReported[anchor] { continue }
            let sentenceIndex = view.doc.sentenceIndex(ofToken: anchor)
            let sentence = view.doc.sentences[sentenceIndex].tokens
            while nextReported < reportedSentences.count, reportedSentences[nextReported] <= sentenceIndex {
                let s = reportedSentences[nextReported]
                if s > (lastSpoken?.sentence ?? -1) { lastSpoken = (s, view.doc.sentences[s].paragraph) }
                nextReported += 1
            }
            let memoKey = sentenceIndex
            let context = AttributionContext(
                finder: self, content: content, sentence: sentence, sentenceIndex: sentenceIndex,
                previous: out.last, given: attributed[s], chainSpeaker: chainSpeakers[stretch.chain],
                lastSpoken: lastSpoken,
                isSpeechSentence: {
                    if let known = speechSentences.value[memoKey] { return known }
                    let answer = sentence.contains {
                        view.pairOfToken[$0] < 0 && cues.cue(at: $0, limit: sentence.upperBound) != nil
                    }
                    speechSentences.value[memoKey] = answer
                    return answer
                })
            var parts: [FoundQuote]? = nil
            var strategyName = ""
            for strategy in strategies {
                if let found = strategy.attribute(stretch, in: context) {
                    parts = found
                    strategyName = strategy.name
                    break
                }
            }
            if let spanSamples {
                // Training: every stretch with words is an example, attributed or not.
                spanSamples.samples.append(
                    QuoteSpanSample(
                        quotes: (parts?.map(\.content) ?? [content]).map { view.doc.span(tokens: $0) },
                        features: spanFeatures.features(
                            stretch: stretch, index: s, stretches: stretches, cue: parts?.first?.cue,
                            context: context),
                        attributed: parts?.isEmpty == false, strategy: strategyName))
            }
            guard let parts, !parts.isEmpty else { continue }
            // A term, a title, a scare quote or a slogan rather than words someone said: the
            // learned span scorer decides. A stretch it drops still counts, for the stretches
            // after it, as the previous quote and the last one with a speaker (it is left out of
            // the result only at the end), so that every stretch's features are the same here
            // as when the trainer records them without a scorer.
            let scorerDrops =
                spanSamples == nil
                && !scorer.keeps(
                    spanFeatures.features(
                        stretch: stretch, index: s, stretches: stretches, cue: parts.first?.cue,
                        context: context))
            let isHeadingQuote = view.isHeading(paragraph: stretch.paragraph)
            var keptParts = 0
            for var quote in parts {
                // A quoted work title (le film « Oppenheimer ») is no quote unless a speaker is named for it.
                if view.isWorkTitle(quote.content) && quote.speaker.kind == .context && !isHeadingQuote {
                    continue
                }
                // A name, a charge or a label (le thème « … », mis en examen pour « … ») that no
                // cue attributes is no quote.
                if quote.cue == nil, !isHeadingQuote, isLabel(stretch) { continue }
                // After a naming or charging frame (une campagne intitulée « … », mis en examen
                // pour « … ») the words are a name even where a speech verb stands in the sentence.
                if !isHeadingQuote, followsLabelFrame(stretch) { continue }
                // A sign, a banner or a poster that "proclaims" words ("Une pancarte proclamait
                // « … »") names no one who said them.
                if case .phrase(let np) = quote.speaker.kind, namesSign(np) { continue }
                // Marks around exactly one name (le journal « Le Monde », le groupe « … ») hold a
                // name, not words someone said.
                if !isHeadingQuote, view.isOneName(quote.content) || isNameAfterDeterminer(stretch) {
                    continue
                }
                keptParts += 1
                let speaks = quote.speaker.kind != .context && quote.speaker.kind != .none
                quote.chain = stretch.chain
                // A multi-paragraph quote: earlier stretches of the chain take the attribution found now.
                if quote.speaker.kind != .context {
                    for k in out.indices.reversed() {
                        guard out[k].chain == stretch.chain else { break }
                        if out[k].speaker.kind == .context {
                            out[k].speaker = quote.speaker
                            out[k].cue = out[k].cue ?? quote.cue
                        }
                    }
                    chainSpeakers[stretch.chain] = quote
                }
                if scorerDrops { dropped.insert(out.count) }
                out.append(quote)
                // Only a quote whose speaker is named passes its speaker on to the fragments after it.
                if speaks || quote.speaker.kind == .context && lastSpoken != nil {
                    lastSpoken = (sentenceIndex, view.doc.sentences[sentenceIndex].paragraph)
                }
            }
            if keptParts == 0, let spanSamples {
                spanSamples.samples[spanSamples.samples.count - 1].attributed = false
            }
        }
        return dropped.isEmpty ? out : out.indices.filter { !dropped.contains($0) }.map { out[$0] }
    }

    /// Whether the words before the opening mark of `stretch` make it a name or a label: a label
    /// noun ("le terme « … »", "la notion de « … »") or a naming or charging frame ("l'a nommé
    /// « … »", "mis en examen pour « … »").
    func isLabel(_ stretch: QuotedStretch) -> Bool {
        guard let open = stretch.open, open > 0 else { return false }
        let grammar = view.grammar
        if followsLabelFrame(stretch) { return true }
        var k = open - 1
        // "la notion de « … »", "le mouvement des « … »": one small word may stand between.
        if k > 0, grammar.contains(.nameConnectors, tokens[k].norm) { k -= 1 }
        return view.labelNounNames(k, open: open, sentence: view.sentence(of: open))
    }

    /// Whether the phrase `np` is headed by a noun of what carries words (`sign-nouns`: "une
    /// pancarte", "des banderoles", "une grande affiche jaunie"): its head noun, the first word
    /// after its determiners and prenominal adjectives. "Le directeur des affiches" is headed by
    /// "directeur".
    func namesSign(_ np: Range<Int>) -> Bool {
        var i = np.lowerBound
        while i < np.upperBound,
            view.isDeterminer(i) || tokens[i].kind == .number
                || view.grammar.contains(.prenominalAdjectives, tokens[i].norm)
        {
            i += 1
        }
        return i < np.upperBound && tokens[i].kind == .word
            && view.grammar.contains(.signNouns, tokens[i].norm)
    }

    /// Whether `stretch` holds one or two words opened by a capital right after a determiner
    /// ("jusqu'à la place de la « Liberté »", "le « Grexit »"): a name, not words someone said.
    /// In the parliament debates every such stretch is a name or a term
    /// (`scripts/derive-quote-lexicons`, determiner-name); the tune gold has none as a quote.
    func isNameAfterDeterminer(_ stretch: QuotedStretch) -> Bool {
        guard let open = stretch.open, open > 0, view.isDeterminer(open - 1) else { return false }
        let words = stretch.content.filter { tokens[$0].isWordLike }
        guard let first = words.first, words.count <= 2 else { return false }
        return tokens[first].isCapitalized
    }

    /// Whether a naming or charging frame of the grammar ends right before the opening mark of
    /// `stretch` ("l'a nommé « … »", "mis en examen pour « … »").
    func followsLabelFrame(_ stretch: QuotedStretch) -> Bool {
        guard let open = stretch.open, open > 0 else { return false }
        for frame in view.grammar.labelFrames where open >= frame.tokens.count {
            let start = open - frame.tokens.count
            if view.opener([frame], at: start, limit: open) != nil { return !isReflexiveStance(at: start) }
        }
        return namesByVerb(before: open)
    }

    /// How many words a naming verb's relative object may stand before it: "que | la presse
    /// musicale | surnomme".
    static let namingReach = 6

    /// Whether a naming verb before the opening mark at `open` gives the marks as a name: a
    /// finite form or participle of the grammar's `naming-verbs` (adverbs or a demonstrative object of
    /// `naming-objects` between it and the mark) whose object stands elsewhere — a demonstrative
    /// after it, an object pronoun right before it ("on la surnommait « … »"), or an object
    /// relative before its subject ("que tout le monde appelle « Mouette »"). "a appelé
    /// « chacun »" (the marks its object) is not one.
    private func namesByVerb(before open: Int) -> Bool {
        let grammar = view.grammar
        let sentence = view.sentence(of: open)
        var k = open - 1
        var demonstrative = false
        while k > sentence.lowerBound, k >= open - 3 {
            if grammar.contains(.namingObjects, tokens[k].norm) {
                demonstrative = true
            } else if !view.isAdverb(k) {
                break
            }
            k -= 1
        }
        guard k >= sentence.lowerBound, tokens[k].kind == .word,
            grammar.contains(.namingVerbForms, tokens[k].norm)
        else { return false }
        if demonstrative { return true }
        // "on l'a surnommé « … »": the pronoun stands before the auxiliary.
        if k > sentence.lowerBound, view.auxiliaries.contains(tokens[k - 1].norm) { k -= 1 }
        if k > sentence.lowerBound, grammar.contains(.objectClitics, tokens[k - 1].norm),
            view.isDeterminer(k - 1) || tokens[k - 1].kind == .elision
        {
            return true
        }
        var j = k - 1
        while j >= max(sentence.lowerBound, k - Self.namingReach) {
            let t = tokens[j]
            if t.norm == "," || view.pairOfToken[j] >= 0 || view.isClauseBreak(j) { return false }
            if grammar.contains(.complementizers, t.norm) { return j < k - 1 }
            j -= 1
        }
        return false
    }

    /// Whether the word at `k` is the participle of a reflexive verb ("elle s'est dite
    /// « soulagée »", "ils se sont dits « prêts »"): a stance reported by the subject, not the
    /// naming frame the same word opens elsewhere ("la loi dite « Travail »").
    private func isReflexiveStance(at k: Int) -> Bool {
        var j = k - 1
        if j >= 0, view.auxiliaries.contains(tokens[j].norm) { j -= 1 }
        return j >= 0 && view.language.quoteGrammar.reflexivePronouns.contains(tokens[j].norm)
    }

    /// "« … », a-t-il ajouté" / "« … » a déclaré X": an inverted cue right after the closing mark.
    func attributionAfter(_ stretch: QuotedStretch) -> (
        cue: Range<Int>, speaker: SpeakerRef, via: Range<Int>?, end: Int
    )? {
        guard let close = stretch.close else { return nil }
        let paragraphEnd = view.doc.paragraphs[stretch.paragraph].tokens.upperBound
        var k = close + 1
        while k < paragraphEnd, tokens[k].norm == "," || tokens[k].norm == "-" || tokens[k].norm == "–" {
            k += 1
        }
        guard k < paragraphEnd, let cue = cues.cue(at: k, limit: paragraphEnd),
            cue.verb.frames.contains(.direct)
        else {
            return nil
        }
        // "Cette « crise sans précédent » inquiète les économistes": words after a determiner
        // are part of a noun phrase, and with no comma and no inverted pronoun ("Une « ruée »
        // écrit-il") the verb after them is the sentence's.
        if k == close + 1, cue.clitic == nil, let open = stretch.open, open > 0, view.isDeterminer(open - 1) {
            return nil
        }
        if let clitic = cue.clitic {
            if view.grammar.impersonalClitics.contains(tokens[clitic].norm) { return nil }
            return (cue.tokens, SpeakerRef(kind: .pronoun(clitic)), nil, cue.tokens.upperBound)
        }
        // "», a déclaré à l'AFP le ministre": the subject after the verb's complements.
        var (start, via) = skippingComplements(from: cue.tokens.upperBound, limit: paragraphEnd)
        // "», a souligné, mi-amusé, le directeur du musée": a short aside before the subject.
        if let resume = phrases.endOfShortAside(openingAt: start, limit: paragraphEnd) {
            let after = skippingComplements(from: resume, limit: paragraphEnd)
            start = after.next
            via = via ?? after.via
        }
        guard let np = phrases.phrase(startingAt: start, limit: paragraphEnd) else { return nil }
        // "…, a déclaré Oumar Maïga, l'un des responsables": the apposition names the role.
        var alias: Range<Int>? = nil
        if np.upperBound + 1 < paragraphEnd, tokens[np.upperBound].norm == ",",
            let role = phrases.phrase(startingAt: np.upperBound + 1, limit: paragraphEnd)
        {
            // "…, a expliqué le porte-parole de la préfecture, la SNCF n'ayant pas souhaité
            // s'exprimer": the subject of an absolute participle clause is no apposition.
            if !view.opensParticipleClause(at: role.upperBound) { alias = role }
        } else if view.person(in: np) == nil {
            // "…, a déclaré son représentant dans l'entreprise, le commandant de bord Corentin Le
            // Bihan.": past the role's complement, the person named in apposition.
            let next = skippingComplements(from: np.upperBound, limit: paragraphEnd).next
            if next > np.upperBound, next + 1 < paragraphEnd, tokens[next].norm == ",",
                let role = phrases.phrase(startingAt: next + 1, limit: paragraphEnd),
                view.person(in: role) != nil, !view.opensParticipleClause(at: role.upperBound)
            {
                alias = role
            }
        }
        if cue.verb.frames.contains(.relay) { return nil }
        let end = alias?.upperBound ?? np.upperBound
        // "a déclaré la ministre de l'Agriculture, Mme Sophie Lambert,": the person named in apposition.
        if view.person(in: np) == nil, let alias, let person = view.person(in: alias) {
            return (cue.tokens, SpeakerRef(kind: .phrase(person), alias: np), via, end)
        }
        return (cue.tokens, SpeakerRef(kind: .phrase(np), alias: alias), via, end)
    }

    /// "X précise : « … »": a clause ending with a colon before the opening mark.
    func attributionBefore(_ stretch: QuotedStretch, sentence: Range<Int>) -> (
        cue: Range<Int>?, speaker: SpeakerRef
    )? {
        guard let open = stretch.open, open > 0, tokens[open - 1].norm == ":" else { return nil }
        var sentence = sentence
        if open == sentence.lowerBound {
            // "X a pris la parole :" ending the paragraph before the quote's own paragraph.
            guard open == view.doc.paragraphs[stretch.paragraph].tokens.lowerBound else { return nil }
            sentence = view.sentence(of: open - 1)
        }
        let colon = open - 1
        var clauseStart = colon
        while clauseStart > max(sentence.lowerBound, colon - Self.reach), tokens[clauseStart - 1].norm != ":",
            tokens[clauseStart - 1].norm != ";"
        {
            clauseStart -= 1
        }
        // The last speech verb of the clause, if any, names the speaker through its subject.
        var k = colon - 1
        while k >= clauseStart {
            if view.pairOfToken[k] < 0, let cue = cues.cue(at: k, limit: colon) {
                let subject = self.subject(of: cue, sentence: sentence, limit: colon)
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
    func attributionInSentence(_ stretch: QuotedStretch, sentence: Range<Int>) -> (
        cue: Range<Int>, speaker: SpeakerRef
    )? {
        let anchor = stretch.open ?? stretch.content.lowerBound
        var k = anchor - 1
        while k >= max(sentence.lowerBound, anchor - Self.reach) {
            // "un message disant « … »": a participle right before the marks introduces them when
            // its verb does.
            if view.pairOfToken[k] < 0, let cue = cues.cue(at: k, limit: anchor),
                !cue.verb.frames.intersection([.partial, .direct]).isEmpty
                    || cue.isParticipial && cue.tokens.upperBound == anchor
                        && view.language.speech.verbs[cue.verb.lemma]?.frames.contains(.direct) == true
            {
                let subject = self.subject(of: cue, sentence: sentence, limit: anchor)
                if subject.kind != .none && subject.kind != .impersonal { return (cue.tokens, subject) }
                // "Dans l'entourage du maire, on parle d'une « manœuvre »": "on" speaks for the
                // circle or body named first; a place alone ("À Marseille, on dénonce « … »",
                // "Dans les rues de Lyon, on appelle cela « … »") names no one who says words.
                if subject.kind == .impersonal, let place = placeSpeaking(before: cue, sentence: sentence),
                    namesPeopleOrBody(place)
                {
                    return (cue.tokens, SpeakerRef(kind: .phrase(place)))
                }
            }
            k -= 1
        }
        return nil
    }

    /// The participle and agent of a passive speech verb around `stretch`: "jugé « liberticide »
    /// par les associations", "qualifiée d'« historique » par le ministre", with the grammar's
    /// attribute markers ("de", "comme") between the participle and the opening mark. The
    /// agent must name a source ("les associations").
    func passiveAttribution(_ stretch: QuotedStretch, sentence: Range<Int>) -> (
        cue: Range<Int>, speaker: SpeakerRef
    )? {
        guard let open = stretch.open, let close = stretch.close, close + 2 < sentence.upperBound,
            open > sentence.lowerBound, view.grammar.contains(.agentPrepositions, tokens[close + 1].norm)
        else { return nil }
        var p = open - 1
        if p > sentence.lowerBound, view.grammar.contains(.attributeMarkers, tokens[p].norm) {
            p -= 1
        } else if p > sentence.lowerBound + 1, tokens[p].kind != .word,
            view.grammar.contains(.attributeMarkers, tokens[p - 1].norm + tokens[p].norm)
        {
            // "d'« historique »": an elision before a mark is cut as a word and an apostrophe.
            p -= 2
        }
        guard tokens[p].kind == .word, !tokens[p].isCapitalized,
            let form = view.language.speech.lookup(tokens[p].norm)?.first(where: { $0.shape == .participle }),
            !form.verb.frames.isDisjoint(with: [.partial]),
            let agent = phrases.phrase(startingAt: close + 2, limit: sentence.upperBound), namesSource(agent)
        else { return nil }
        return (p..<(p + 1), SpeakerRef(kind: .phrase(agent)))
    }

    // MARK: - Clean-up

    /// The quotes in text order, with any quote inside another one dropped.
    static func removingNested(_ quotes: [FoundQuote]) -> [FoundQuote] {
        let sorted = quotes.sorted {
            $0.content.lowerBound != $1.content.lowerBound
                ? $0.content.lowerBound < $1.content.lowerBound : $0.content.count > $1.content.count
        }
        var out: [FoundQuote] = []
        // Sorted by start, longest first: a quote that starts inside the one before it is nested
        // in it, or overlaps it; either way the earlier, outer one is kept.
        for quote in sorted where out.last.map({ $0.content.upperBound <= quote.content.lowerBound }) ?? true
        {
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
        while lo < hi, tokens[lo].kind == .punctuation, !["[", "("].contains(tokens[lo].norm), !isSign(lo) {
            lo += 1
        }
        while hi > lo, tokens[hi - 1].kind == .punctuation, ![")", "]", "%"].contains(tokens[hi - 1].norm) {
            hi -= 1
        }
        return lo..<hi
    }
}
