extension Analyzer {
    /// The speaker-ranking decisions made while analysing `text`: for each quote whose speaker
    /// was ranked, its candidates with their names and features. For training the ranker.
    public func speakerSamples(text: String) -> [SpeakerSample] {
        let document = language.tokenizer.document(text)
        let entities = language.recognizer.entities(in: document)
        var view = TextView(doc: document, entities: entities, language: language)
        let stretches = GuillemetPairer().stretches(in: document)
        for (s, stretch) in stretches.enumerated() {
            let from = stretch.open ?? stretch.content.lowerBound
            let to = stretch.close.map { $0 + 1 } ?? stretch.content.upperBound
            for i in from..<to { view.pairOfToken[i] = Int32(s) }
        }
        let found = QuoteFinder(view: view).quotes(stretches: stretches)
        var resolver = SpeakerResolver(
            view: view, index: ActorIndex(view: view, firstNames: language.firstNames))
        resolver.samples = []
        _ = resolver.resolve(found)
        return resolver.samples ?? []
    }
}
