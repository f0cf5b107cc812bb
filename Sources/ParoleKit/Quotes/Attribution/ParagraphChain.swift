/// A quote that runs over several paragraphs: each paragraph's stretch takes the speaker named
/// for another stretch of the same quote.
struct ParagraphChain: QuoteAttribution {
    let name = "quote over several paragraphs"

    func attribute(_ stretch: QuotedStretch, in context: AttributionContext) -> [FoundQuote]? {
        guard let chained = context.chainSpeaker else { return nil }
        return [context.quote(.direct, cue: nil, speaker: chained.speaker)]
    }
}
