import Testing

@testable import ParoleKit

/// Each attribution strategy of the quote finder, alone, on small sentences.
@Suite struct AttributionStrategyTests {
    /// A prepared text: its view, finder and quoted stretches.
    struct Prepared {
        let view: TextView
        let finder: QuoteFinder
        let stretches: [QuotedStretch]

        init(_ text: String) {
            let language = Language.french
            let document = language.tokenizer.document(text)
            var view = TextView(
                doc: document, entities: language.recognizer.entities(in: document), language: language)
            let stretches = GuillemetPairer().stretches(in: document)
            for (s, stretch) in stretches.enumerated() {
                let from = stretch.open ?? stretch.content.lowerBound
                let to = stretch.close.map { $0 + 1 } ?? stretch.content.upperBound
                for i in from..<to { view.pairOfToken[i] = Int32(s) }
            }
            self.view = view
            self.finder = QuoteFinder(view: view)
            self.stretches = stretches
        }

        func context(
            _ s: Int, previous: FoundQuote? = nil,
            given: (cue: Range<Int>?, speaker: SpeakerRef, kind: QuoteKind)? = nil,
            chain: FoundQuote? = nil, lastSpoken: (sentence: Int, paragraph: Int)? = nil
        ) -> AttributionContext {
            let stretch = stretches[s]
            let anchor = stretch.open ?? stretch.content.lowerBound
            let sentenceIndex = view.doc.sentenceIndex(ofToken: anchor)
            let sentence = view.doc.sentences[sentenceIndex].tokens
            let finder = self.finder
            return AttributionContext(
                finder: finder, content: view.trimmedInside(stretch.content), sentence: sentence,
                sentenceIndex: sentenceIndex, previous: previous, given: given, chainSpeaker: chain,
                lastSpoken: lastSpoken,
                isSpeechSentence: {
                    sentence.contains { finder.cues.cue(at: $0, limit: sentence.upperBound) != nil }
                })
        }

        func text(_ range: Range<Int>) -> String { view.doc.text(tokens: range) }

        func speaker(_ ref: SpeakerRef) -> String? {
            switch ref.kind {
            case .phrase(let range): return text(range)
            case .pronoun(let k): return view.tokens[k].norm
            case .context: return "context"
            default: return nil
            }
        }
    }

    @Test func cueAfterTheQuoteNamesTheSpeaker() throws {
        let p = Prepared("« Nous sommes prêts », a déclaré Claire Dubois.")
        let quotes = try #require(CueAfterQuote().attribute(p.stretches[0], in: p.context(0)))
        #expect(quotes.map { p.text($0.content) } == ["Nous sommes prêts"])
        #expect(p.speaker(quotes[0].speaker) == "Claire Dubois")
        #expect(quotes[0].attributionEnd != nil)
    }

    @Test func cueAfterDoesNotApplyWithoutAVerb() {
        let p = Prepared("« Nous sommes prêts », et la salle applaudit.")
        #expect(CueAfterQuote().attribute(p.stretches[0], in: p.context(0)) == nil)
    }

    @Test func interruptedQuoteContinuesWithTheSameSpeaker() throws {
        let p = Prepared("« Nous sommes prêts », a-t-il dit, « à tout ».")
        let first = try #require(CueAfterQuote().attribute(p.stretches[0], in: p.context(0))?.first)
        let second = try #require(
            InterruptedQuoteContinuation().attribute(p.stretches[1], in: p.context(1, previous: first)))
        #expect(p.text(second[0].content) == "à tout")
        #expect(second[0].speaker.kind == first.speaker.kind)
        #expect(InterruptedQuoteContinuation().attribute(p.stretches[1], in: p.context(1)) == nil)
    }

    @Test func attributionInsideTheQuoteMakesTwoQuotesWithOneSpeaker() throws {
        let p = Prepared("« Nous avons gagné, explique Marie Dubois. Mais le plus dur commence. »")
        let quotes = try #require(AttributionInsideQuote().attribute(p.stretches[0], in: p.context(0)))
        #expect(quotes.map { p.text($0.content) } == ["Nous avons gagné", "Mais le plus dur commence."])
        #expect(quotes.allSatisfy { p.speaker($0.speaker) == "Marie Dubois" })
    }

    @Test func colonBeforeTheQuoteNamesTheSubject() throws {
        let p = Prepared("Le ministre Paul Girard a prévenu : « Nous ne céderons rien ».")
        let quotes = try #require(ColonBeforeQuote().attribute(p.stretches[0], in: p.context(0)))
        #expect(p.speaker(quotes[0].speaker)?.contains("Paul Girard") == true)
    }

    @Test func aSpeechVerbInTheSentenceAttributesAFragment() throws {
        let p = Prepared("Bruxelles a salué un signe de « détermination » des deux pays.")
        let quotes = try #require(SpeechVerbInSentence().attribute(p.stretches[0], in: p.context(0)))
        #expect(quotes[0].kind == .partial)
        #expect(p.speaker(quotes[0].speaker) == "Bruxelles")
    }

    @Test func thePassiveAgentAfterTheQuoteSaidIt() throws {
        let p = Prepared("Le texte, jugé « liberticide » par les associations, sera examiné.")
        let quotes = try #require(PassiveAgentAfterQuote().attribute(p.stretches[0], in: p.context(0)))
        #expect(quotes[0].kind == .partial)
        #expect(p.speaker(quotes[0].speaker) == "les associations")
        let active = Prepared("Le ministre a jugé « liberticide » le texte.")
        #expect(PassiveAgentAfterQuote().attribute(active.stretches[0], in: active.context(0)) == nil)
    }

    @Test func selonBeforeTheQuoteGivesItsSource() throws {
        let p = Prepared("Selon Paul Girard, « rien n'est joué ».")
        let given = (cue: Optional(0..<1), speaker: SpeakerRef(kind: .phrase(1..<3)), kind: QuoteKind.direct)
        let quotes = try #require(
            AccordingBeforeQuote().attribute(p.stretches[0], in: p.context(0, given: given)))
        #expect(p.speaker(quotes[0].speaker) == "Paul Girard")
        #expect(AccordingBeforeQuote().attribute(p.stretches[0], in: p.context(0)) == nil)
    }

    @Test func aParagraphOfAChainedQuoteTakesTheChainSpeaker() throws {
        let p = Prepared("« Nous avons gagné cette bataille.\n« Mais le plus dur commence. »")
        let named = FoundQuote(
            content: 0..<1, kind: .direct, cue: nil, speaker: SpeakerRef(kind: .phrase(1..<2)))
        #expect(p.stretches.count == 2)
        #expect(p.stretches[0].chain == p.stretches[1].chain)
        let quotes = try #require(ParagraphChain().attribute(p.stretches[1], in: p.context(1, chain: named)))
        #expect(quotes[0].speaker.kind == named.speaker.kind)
    }

    @Test func aQuotedSubheadingIsAQuoteLeftToTheBody() throws {
        let p = Prepared("Titre\n« Le climat change vite »\nLe climat change vite, a déclaré Paul Girard.")
        let quotes = try #require(QuotedHeading().attribute(p.stretches[0], in: p.context(0)))
        #expect(p.speaker(quotes[0].speaker) == "context")
    }

    @Test func wordsCloseAfterAQuotedSpeakerContinueThem() throws {
        let p = Prepared("Marie Dubois a parlé. Elle a ajouté des « mots forts et choisis ».")
        let quotes = try #require(
            PreviousSpeakerNearby().attribute(p.stretches[0], in: p.context(0, lastSpoken: (0, 0))))
        #expect(quotes[0].speaker.kind == .context)
        #expect(PreviousSpeakerNearby().attribute(p.stretches[0], in: p.context(0)) == nil)
    }

    @Test func aWholeClauseInGuillemetsIsAQuoteEvenUnattributed() throws {
        let p = Prepared("Sur la banderole : la foule, « Nous ne partirons pas d'ici sans réponse ».")
        #expect(UnattributedSpeech().attribute(p.stretches[0], in: p.context(0)) != nil)
        let title = Prepared("Il a lu « Guerre et Paix » hier.")
        #expect(UnattributedSpeech().attribute(title.stretches[0], in: title.context(0)) == nil)
    }

    @Test func theStrategiesAreTriedInTheirOrder() {
        #expect(
            QuoteAttributions.ordered.map(\.name) == [
                "interrupted quote continued", "attribution inside the quote", "according before the quote",
                "cue after the quote", "colon before the quote", "passive agent after the quote",
                "speech verb in the sentence",
                "quote over several paragraphs", "quoted heading", "previous speaker nearby",
                "unattributed speech",
            ])
    }
}
