/// "« A », a-t-il dit, « B »": the part after an attribution that follows a quote shares that
/// quote's speaker and cue.
struct InterruptedQuoteContinuation: QuoteAttribution {
    let name = "interrupted quote continued"

    func attribute(_ stretch: QuotedStretch, in context: AttributionContext) -> [FoundQuote]? {
        guard let previous = context.previous, let end = previous.attributionEnd, let open = stretch.open,
            open > end, open - end <= 2, (end..<open).allSatisfy({ context.tokens[$0].kind == .punctuation })
        else { return nil }
        return [context.quote(.direct, cue: previous.cue, speaker: previous.speaker)]
    }
}
