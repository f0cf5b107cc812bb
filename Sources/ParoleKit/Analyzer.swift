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
        return Analysis(
            id: id, lang: language.code, title: title, text: text,
            paragraphs: document.paragraphs.map(\.span), entities: entities, quotes: [], actors: [])
    }
}
