/// A subheading that is nothing but words in quotation marks: a direct quote of whoever says
/// those words in the body (the speaker resolver looks them up there).
struct QuotedHeading: QuoteAttribution {
    let name = "quoted heading"

    func attribute(_ stretch: QuotedStretch, in context: AttributionContext) -> [FoundQuote]? {
        let paragraph = context.view.doc.paragraphs[stretch.paragraph].tokens
        guard context.view.isHeading(paragraph: stretch.paragraph), let open = stretch.open,
            open == paragraph.lowerBound, let close = stretch.close, close + 2 >= paragraph.upperBound,
            context.words >= 2
        else { return nil }
        return [context.quote(.direct, cue: nil, speaker: .context)]
    }
}
