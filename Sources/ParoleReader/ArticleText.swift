import ParoleKit

/// An article's text as Unicode scalars (the unit of its spans) and the words of its language
/// that citations read, built once per article and shared by the citations of its quotes.
public struct ArticleText: Sendable {
    /// The article's text, one element per Unicode scalar.
    public let scalars: [Unicode.Scalar]
    /// The determiners of the article's language ("le", "l'", "les", "un"…), for writing a
    /// source with the determiner the article gives it.
    public let determiners: Set<String>

    /// The text and words of `article`, its words from its language (``WordLists/of(languageCode:)``).
    public init(_ article: ArticleModel) {
        scalars = Array(article.analysis.text.unicodeScalars)
        determiners = WordLists.of(languageCode: article.analysis.lang).words("determiners")
    }
}
