/// "X précise : « … »": a clause ending with a colon before the opening mark (in the same
/// paragraph, or ending the paragraph before).
struct ColonBeforeQuote: QuoteAttribution {
    let name = "colon before the quote"

    func attribute(_ stretch: QuotedStretch, in context: AttributionContext) -> [FoundQuote]? {
        guard let before = context.finder.attributionBefore(stretch, sentence: context.sentence) else {
            return nil
        }
        return [
            context.quote(context.isClauseLike ? .direct : .partial, cue: before.cue, speaker: before.speaker)
        ]
    }
}
