/// One way of telling who said the words in a pair of quotation marks. The quote finder tries
/// the strategies of ``QuoteAttributions/ordered`` in turn on each quoted stretch and keeps the
/// first answer; each strategy is a small type that can be tested alone.
protocol QuoteAttribution: Sendable {
    /// A short name, for listings and tests.
    var name: String { get }
    /// The quotes the stretch makes under this strategy (usually one), or nil when the strategy
    /// does not apply.
    func attribute(_ stretch: QuotedStretch, in context: AttributionContext) -> [FoundQuote]?
}

/// What a strategy may look at for one quoted stretch: the finder (cues, phrases, the text),
/// the stretch's sentence and what the finder decided for the stretches before it.
struct AttributionContext {
    let finder: QuoteFinder
    /// The stretch's words without the marks and the punctuation at their ends.
    let content: Range<Int>
    /// The tokens of the sentence that holds the opening mark.
    let sentence: Range<Int>
    /// The index of that sentence.
    let sentenceIndex: Int
    /// The quote found just before, if any.
    let previous: FoundQuote?
    /// An attribution given ahead by "Selon X, « … »".
    let given: (cue: Range<Int>?, speaker: SpeakerRef, kind: QuoteKind)?
    /// The quote that named a speaker for an earlier stretch of the same multi-paragraph quote.
    let chainSpeaker: FoundQuote?
    /// The sentence and paragraph of the last quote with a named speaker.
    let lastSpoken: (sentence: Int, paragraph: Int)?
    /// Whether the sentence holds a speech verb outside guillemets (computed on demand).
    let isSpeechSentence: () -> Bool

    var view: TextView { finder.view }
    var tokens: [Token] { finder.view.tokens }
    /// How many words the stretch holds.
    var words: Int { content.filter { tokens[$0].isWordLike }.count }
    /// Whether it opens with a capital.
    var startsUpper: Bool { tokens[content.lowerBound].isCapitalized }
    /// Whether it reads as a clause rather than a fragment.
    var isClauseLike: Bool { words >= 7 || (startsUpper && words >= 4) }
    /// Whether it reads as a title: every word capitalised or a small connector.
    var isTitle: Bool {
        content.allSatisfy { !tokens[$0].isWordLike || tokens[$0].isCapitalized || view.connectorLike($0) }
    }

    /// A quote of the whole stretch.
    func quote(
        _ kind: QuoteKind, cue: Range<Int>?, speaker: SpeakerRef, via: Range<Int>? = nil
    ) -> FoundQuote {
        FoundQuote(content: content, kind: kind, cue: cue, speaker: speaker, via: via)
    }
}

/// The strategies, in the order they are tried.
enum QuoteAttributions {
    static let ordered: [any QuoteAttribution] = [
        InterruptedQuoteContinuation(), AttributionInsideQuote(), AccordingBeforeQuote(), CueAfterQuote(),
        ColonBeforeQuote(), PassiveAgentAfterQuote(), SpeechVerbInSentence(), ParagraphChain(),
        QuotedHeading(),
        PreviousSpeakerNearby(),
        UnattributedSpeech(),
    ]
}
