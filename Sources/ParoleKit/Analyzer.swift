/// Analyses articles: finds entities, quotes, speakers and actors.
///
/// An analyzer holds only immutable language data, so one instance can serve any
/// number of articles, from any number of threads.
public struct Analyzer: Sendable {
    /// The language knowledge used: tokenizer rules, lexicons, entity recogniser.
    public let language: Language

    /// Creates an analyzer for `language`.
    public init(language: Language = .french) {
        self.language = language
    }

    /// Analyses the article `text`, naming the result `id`.
    public func analyze(text: String, id: String) -> Analysis {
        let document = language.tokenizer.document(text)
        return analyze(document: document, text: text, id: id)
    }

    /// Analyses an already tokenized article.
    public func analyze(document: Document, text: String, id: String) -> Analysis {
        let entities = language.recognizer.entities(in: document)
        let title = document.paragraphs.first.map { document.text($0.span) } ?? ""
        var (found, resolver) = quoteStage(document, entities: entities)
        let speakers = resolver.resolve(found)
        let (actors, ids) = resolver.index.finished()
        var quotes: [Quote] = []
        quotes.reserveCapacity(found.count)
        for (quote, speaker) in zip(found, speakers) {
            let span = document.span(tokens: quote.content)
            let cue = quote.cue.map {
                TextRef(text: document.text(tokens: $0), span: document.span(tokens: $0))
            }
            // A relay the speaker's phrase took in ("une source au ministère") relays nothing.
            let relay = resolver.absorbedVias.contains(quote.content.lowerBound) ? nil : quote.via
            let via = relay.map {
                TextRef(text: document.text(tokens: $0), span: document.span(tokens: $0))
            }
            let who = speaker.map {
                Speaker(text: $0.text, span: $0.span, actor: $0.actor.flatMap { ids[$0] })
            }
            quotes.append(
                Quote(
                    span: span, text: document.text(span), kind: quote.kind, cue: cue, speaker: who, via: via)
            )
        }
        return Analysis(
            id: id, lang: language.code, title: title, text: text,
            paragraphs: document.paragraphs.map(\.span), entities: entities, quotes: quotes, actors: actors,
            headings: headings(in: document))
    }

    /// The quote stage up to speaker resolution: the text view with its quotation-mark
    /// stretches, the quotes found, and a resolver ready for them (shared by the analysis and
    /// the ranker's training samples).
    func quoteStage(_ document: Document, entities: [Entity], spanSamples: QuoteSpanSampleSink? = nil)
        -> ([FoundQuote], SpeakerResolver)
    {
        var view = TextView(doc: document, entities: entities, language: language)
        let stretches = GuillemetPairer(rules: language.tokenizer.rules).stretches(in: document)
        for (s, stretch) in stretches.enumerated() {
            let from = stretch.open ?? stretch.content.lowerBound
            let to = stretch.close.map { $0 + 1 } ?? stretch.content.upperBound
            for i in from..<to { view.pairOfToken[i] = Int32(s) }
        }
        var finder = QuoteFinder(view: view)
        finder.spanSamples = spanSamples
        let found = finder.quotes(stretches: stretches)
        let resolver = SpeakerResolver(
            view: view, index: ActorIndex(view: view, firstNames: language.firstNames))
        return (found, resolver)
    }
}
