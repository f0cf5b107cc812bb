/// "Le texte, jugé « liberticide » par les associations, …", "qualifiée d'« historique » par le
/// ministre": a speech verb's participle before the opening mark and its agent after the
/// closing one; the agent said the words.
struct PassiveAgentAfterQuote: QuoteAttribution {
    let name = "passive agent after the quote"

    func attribute(_ stretch: QuotedStretch, in context: AttributionContext) -> [FoundQuote]? {
        guard let found = context.finder.passiveAttribution(stretch, sentence: context.sentence) else {
            return nil
        }
        return [
            context.quote(
                context.isClauseLike && context.startsUpper ? .direct : .partial, cue: found.cue,
                speaker: found.speaker)
        ]
    }
}
