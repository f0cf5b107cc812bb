import ParoleKit

/// An article's text as Unicode scalars (the unit of its spans) and the words of its language
/// that citations read, built once per article and shared by the citations of its quotes.
public struct ArticleText: Sendable {
    /// The article's text, one element per Unicode scalar.
    public let scalars: [Unicode.Scalar]
    /// The determiners of the article's language ("le", "l'", "les", "un"…), for writing a
    /// source with the determiner the article gives it.
    public let determiners: Set<String>
    /// Words that open a clause rather than a role after a name: the subject pronouns ("il",
    /// "elle"…) and the words that end a noun phrase ("pour", "qui", "dont"…) of the article's
    /// language.
    public let clauseOpeners: Set<String>
    /// The spans of the article's quotes, in text order: words inside one are someone's words,
    /// never a role.
    public let quotes: [Span]

    /// The text and words of `article`, its words from its language (``WordLists/of(languageCode:)``).
    public init(_ article: ArticleModel) {
        scalars = Array(article.analysis.text.unicodeScalars)
        let words = WordLists.of(languageCode: article.analysis.lang)
        determiners = words.words("determiners")
        clauseOpeners = words.words("subject-pronouns").union(words.words("np-stops"))
        quotes = article.analysis.quotes.map(\.span)
    }
}
