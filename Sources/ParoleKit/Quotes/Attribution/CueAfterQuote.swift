/// "« … », a-t-il ajouté" / "« … » a déclaré X": an inverted speech verb right after the closing mark.
struct CueAfterQuote: QuoteAttribution {
    let name = "cue after the quote"

    func attribute(_ stretch: QuotedStretch, in context: AttributionContext) -> [FoundQuote]? {
        guard let after = context.finder.attributionAfter(stretch) else { return nil }
        var quote = context.quote(.direct, cue: after.cue, speaker: after.speaker, via: after.via)
        quote.attributionEnd = after.end
        return [quote]
    }
}
