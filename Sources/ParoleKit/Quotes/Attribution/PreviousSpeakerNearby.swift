/// Words in guillemets with no attribution of their own, close after quotes with a named
/// speaker: they continue that speaker's words (the ranker confirms who).
struct PreviousSpeakerNearby: QuoteAttribution {
    let name = "previous speaker nearby"
    /// How many sentences after the last attributed quote the words may stand.
    static let sentences = 3

    func attribute(_ stretch: QuotedStretch, in context: AttributionContext) -> [FoundQuote]? {
        guard let last = context.lastSpoken, context.words >= 2, !context.isTitle,
            context.sentenceIndex - last.sentence <= Self.sentences,
            context.view.doc.sentences[context.sentenceIndex].paragraph - last.paragraph <= 1
        else { return nil }
        return [context.quote(context.isClauseLike ? .direct : .partial, cue: nil, speaker: .context)]
    }
}
