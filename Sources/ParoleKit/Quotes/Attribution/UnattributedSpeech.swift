/// A whole clause in guillemets, or a fragment in a sentence that reports speech, with no
/// attribution found: a quote whose speaker is left to the ranker.
struct UnattributedSpeech: QuoteAttribution {
    let name = "unattributed speech"

    func attribute(_ stretch: QuotedStretch, in context: AttributionContext) -> [FoundQuote]? {
        guard context.isClauseLike || (context.words >= 4 && context.isSpeechSentence()) else { return nil }
        return [context.quote(context.isClauseLike ? .direct : .partial, cue: nil, speaker: .context)]
    }
}
