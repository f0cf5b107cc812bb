extension Analyzer {
    /// The speaker-ranking decisions made while analysing `text`: for each quote whose speaker
    /// was ranked, its candidates with their names and features. For training the ranker.
    public func speakerSamples(text: String) -> [SpeakerSample] {
        let document = language.tokenizer.document(text)
        let entities = language.recognizer.entities(in: document)
        var (found, resolver) = quoteStage(document, entities: entities)
        resolver.samples = []
        _ = resolver.resolve(found)
        return resolver.samples ?? []
    }
}
