extension Analyzer {
    /// The stretches in quotation marks that an attribution strategy took for a quote while
    /// analysing `text`, each with its span features, before the span scorer decides. For
    /// training the scorer.
    public func quoteSpanSamples(text: String) -> [QuoteSpanSample] {
        let document = language.tokenizer.document(text)
        let entities = language.recognizer.entities(in: document)
        let sink = QuoteSpanSampleSink()
        _ = quoteStage(document, entities: entities, spanSamples: sink)
        return sink.samples
    }
}
