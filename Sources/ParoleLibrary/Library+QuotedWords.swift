import Foundation
import GRDB
import ParoleKit

/// Where some words were said: the quotes that hold them, and the articles that hold them
/// outside any quote the analysis found.
public struct QuotedWords: Sendable {
    /// The quotes holding the words, the earliest article first (undated ones last), in text
    /// order within an article.
    public var quotes: [LibraryQuote]
    /// The articles holding the words where no quote the analysis found holds them, earliest
    /// first: the words may be a quote the analysis missed, or the article's own.
    public var otherArticles: [Article]

    /// An article holding the words, with what a citation names it by.
    public struct Article: Sendable {
        /// The article.
        public var summary: ArticleSummary
        /// Its web address, if it has one (as ``LibraryQuote/url``).
        public var url: String?
        /// Its site, if known.
        public var site: String?
    }
}

extension Library {
    /// Every quote of the library holding `words` — a few words of a quote, as a fact-checker
    /// types them: case, accents, punctuation, straight or curly apostrophes and guillemets
    /// aside, whole words in that order — earliest article first; with `actorIds`, `since`,
    /// `until` and `site` as ``quotes(actorIds:since:until:articleId:site:limit:)`` takes them.
    /// The articles are found by the full-text index (a phrase search), so the cost grows with
    /// the articles holding the words, not with the library. Nil when `words` holds no word.
    public func quotes(
        saying words: String, actorIds: [Int64]? = nil, since: Date? = nil, until: Date? = nil,
        site: String? = nil
    ) throws(LibraryError) -> QuotedWords? {
        let key = Self.wordsKey(words).trimmingCharacters(in: .whitespaces)
        guard !key.isEmpty else { return nil }
        var conditions = ["article.id IN (SELECT rowid FROM articleSearch WHERE articleSearch MATCH ?)"]
        // The key holds letters, digits and spaces only: as a phrase, no character is an operator.
        var arguments: StatementArguments = ["\"\(key)\""]
        Self.addDates(since: since, until: until, to: &conditions, &arguments)
        if let site {
            conditions.append(ArticleSite.condition)
            _ = arguments.append(contentsOf: [ArticleSite.argument(site)])
        }
        let filter = conditions.joined(separator: " AND ")
        let needle = " \(key) "
        return try read { db in
            if site != nil { db.add(function: ArticleSite.function) }
            let articles = try Row.fetchAll(
                db,
                sql: """
                    SELECT id, source, title, date, link, site,
                        (SELECT count(*) FROM quote WHERE quote.articleId = article.id) AS quotes,
                        \(Library.isReadColumn) AS isRead
                    FROM article WHERE \(filter)
                    """, arguments: arguments
            ).map {
                QuotedWords.Article(
                    summary: Library.summary($0), url: WebAddress.of(link: $0["link"], source: $0["source"]),
                    site: $0["site"])
            }
            guard !articles.isEmpty else { return QuotedWords(quotes: [], otherArticles: []) }
            let list = articles.map { String($0.summary.id) }.joined(separator: ",")
            // The quotes' texts first, told in Swift; then the full rows of those that hold the words.
            var holding: [Int64] = []
            let texts = try Row.fetchCursor(
                db, sql: "SELECT id, text FROM quote WHERE articleId IN (\(list))")
            while let row = try texts.next() {
                if Self.wordsKey(row[1]).contains(needle) { holding.append(row[0]) }
            }
            var quotes = try Row.fetchAll(
                db,
                sql: """
                    SELECT \(Library.quoteColumns) FROM quote JOIN article ON article.id = quote.articleId
                    LEFT JOIN actor ON actor.id = quote.actorId
                    WHERE quote.id IN (\(holding.map(String.init).joined(separator: ",")))
                    """
            ).map(Library.quote)
            let quoted = Set(quotes.map(\.articleId))
            if let actorIds {
                let wanted = Set(actorIds)
                quotes = quotes.filter { $0.actorId.map(wanted.contains) ?? false }
            }
            /// Earliest first, undated last; then by number, then in text order.
            func earlier(_ a: (Date?, Int64), _ b: (Date?, Int64)) -> Bool {
                switch (a.0, b.0) {
                case let (x?, y?) where x != y: return x < y
                case (nil, _?): return false
                case (_?, nil): return true
                default: return a.1 < b.1
                }
            }
            quotes.sort {
                ($0.articleId, $0.start) == ($1.articleId, $1.start)
                    ? false
                    : $0.articleId == $1.articleId
                        ? $0.start < $1.start : earlier(($0.date, $0.articleId), ($1.date, $1.articleId))
            }
            // With an actor asked for, an article where someone else said the words is no "other".
            let others = actorIds == nil ? articles.filter { !quoted.contains($0.summary.id) } : []
            return QuotedWords(
                quotes: quotes,
                otherArticles: others.sorted {
                    earlier(($0.summary.date, $0.summary.id), ($1.summary.date, $1.summary.id))
                })
        }
    }

    /// The words of `text` as ``quotes(saying:actorIds:since:until:site:)`` compares them: each
    /// letter lower-cased without its accent (``TextFolding``), every run of other characters
    /// (spaces, punctuation, either apostrophe, guillemets) one space, combining accents dropped, with a space before and
    /// after, so that whole words are found by `contains(" words ")`. One pass over the scalars:
    /// it runs on every quote of the articles holding the phrase.
    static func wordsKey(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        out.append(" ")
        for scalar in text.unicodeScalars {
            // An accent written apart ("e" and U+0301) goes with its letter, as it is folded away.
            if scalar.properties.generalCategory == .nonspacingMark { continue }
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                out.append(TextFolding.fold(scalar))
            } else if out.last != " " {
                out.append(" ")
            }
        }
        if out.last != " " { out.append(" ") }
        return String(out)
    }
}
