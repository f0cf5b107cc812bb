/// "Selon X, « … »": the source named by an according opener just before the marks.
struct AccordingBeforeQuote: QuoteAttribution {
    let name = "according before the quote"

    func attribute(_ stretch: QuotedStretch, in context: AttributionContext) -> [FoundQuote]? {
        guard let given = context.given else { return nil }
        return [context.quote(given.kind, cue: given.cue, speaker: given.speaker)]
    }
}
