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
        saying words: String, actorIds: [Int64]? = nil, since: ArticleDateLimit? = nil,
        until: ArticleDateLimit? = nil, site: String? = nil
    ) throws(LibraryError) -> QuotedWords? {
        let key = Self.wordsKey(words).trimmingCharacters(in: .whitespaces)
        guard !key.isEmpty else { return nil }
        var conditions = ["article.id IN (SELECT rowid FROM articleSearch WHERE articleSearch MATCH ?)"]
        // The key holds letters, digits and spaces only: as a phrase, no character is an operator.
        // A word the index may hold otherwise ("cœur" for "coeur", "3 000" for "3000") makes the
        // search one of each word's spellings, and the phrase is then told in Swift.
        let match = Self.searchMatch(key)
        var arguments: StatementArguments = [match.expression]
        let dateConditions = Self.addDates(since: since, until: until, to: &conditions, &arguments)
        if let site {
            conditions.append(ArticleSite.condition)
            _ = arguments.append(contentsOf: [ArticleSite.argument(site)])
        }
        let filter = conditions.joined(separator: " AND ")
        let needle = " \(key) "
        return try read { db in
            if site != nil { db.add(function: ArticleSite.function) }
            dateConditions.register(in: db)
            let articles = try Row.fetchAll(
                db,
                sql: """
                    SELECT id, source, title, date, dateOffset, link, site, \(match.isPhrase ? "NULL" : "text") AS text,
                        (SELECT count(*) FROM quote WHERE quote.articleId = article.id) AS quotes,
                        \(Library.isReadColumn) AS isRead
                    FROM article WHERE \(filter)
                    """, arguments: arguments
            ).filter { row in
                // A search by spellings found the words, not yet the phrase: the text tells.
                match.isPhrase
                    || Self.wordsKey((row["title"] as String? ?? "") + "\n" + (row["text"] as String? ?? ""))
                        .contains(needle)
            }.map {
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
            // With an actor asked for, no article is listed as "other": only that actor's quotes
            // were asked for, and an article where the words are no quote of theirs is not one.
            let others = actorIds == nil ? articles.filter { !quoted.contains($0.summary.id) } : []
            return QuotedWords(
                quotes: quotes,
                otherArticles: others.sorted {
                    earlier(($0.summary.date, $0.summary.id), ($1.summary.date, $1.summary.id))
                })
        }
    }

    /// The full-text search for the words key `key` (``wordsKey(_:)``, trimmed): the phrase
    /// itself, or, when a word may be written otherwise in an article — a ligature the index
    /// keeps ("cœur" for "coeur", "æ" for "ae"), a number in groups of three digits ("3 000" for
    /// "3000") — every word in any of its spellings, the phrase then to be checked in the text.
    static func searchMatch(_ key: String) -> (expression: String, isPhrase: Bool) {
        let words = key.split(separator: " ").map(String.init)
        let spellings = words.map { word -> [String] in
            var found = [word]
            for (written, ligature) in ligatures where word.contains(written) {
                found.append(word.replacingOccurrences(of: written, with: ligature))
            }
            if word.count > 3, word.allSatisfy(\.isASCII), word.allSatisfy(\.isNumber) {
                var groups: [String] = []
                var rest = Substring(word)
                while !rest.isEmpty {
                    groups.insert(String(rest.suffix(3)), at: 0)
                    rest = rest.dropLast(3)
                }
                found.append(groups.joined(separator: " "))
            }
            return found
        }
        guard spellings.contains(where: { $0.count > 1 }) else { return ("\"\(key)\"", true) }
        let expression = spellings.map { "(" + $0.map { "\"\($0)\"" }.joined(separator: " OR ") + ")" }
            .joined(separator: " AND ")
        return (expression, false)
    }

    /// The two-letter spellings of ligatures that ``wordsKey(_:)`` folds, with the ligature the
    /// search index keeps as one letter.
    private static let ligatures: [(String, String)] = [("oe", "\u{0153}"), ("ae", "\u{00E6}")]

    /// A gap that may join two groups of digits ("3 000"), kept apart from a space until the
    /// groups around it are known (a private-use scalar no text of the key holds).
    private static let digitGap: Unicode.Scalar = "\u{E000}"

    /// The words of `text` as ``quotes(saying:actorIds:since:until:site:)`` compares them: each
    /// letter lower-cased without its accent (``TextFolding``), a ligature as its two letters
    /// ("cœur" → "coeur", "æ" → "ae"), the groups of a number written with spaces (ordinary,
    /// non-breaking or narrow) as one word ("3 000" → "3000"), every run of other characters
    /// (spaces, punctuation, either apostrophe, guillemets) one space, combining accents
    /// dropped, with a space before and after, so that whole words are found by
    /// `contains(" words ")`. One pass over the scalars (and one over a number's gaps): it runs
    /// on every quote of the articles holding the phrase.
    static func wordsKey(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        out.append(" ")
        var gaps = false
        for scalar in text.unicodeScalars {
            // An accent written apart ("e" and U+0301) goes with its letter, as it is folded away.
            if scalar.properties.generalCategory == .nonspacingMark { continue }
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                switch scalar {
                case "\u{0153}", "\u{0152}": out.append(contentsOf: "oe".unicodeScalars)
                case "\u{00E6}", "\u{00C6}": out.append(contentsOf: "ae".unicodeScalars)
                default: out.append(TextFolding.fold(scalar))
                }
                continue
            }
            let isSpace = scalar.properties.generalCategory == .spaceSeparator
            if out.last == digitGap {
                // A gap stays one while only spaces follow.
                if !isSpace {
                    out.removeLast()
                    out.append(" ")
                }
            } else if isSpace, let last = out.last, ("0"..."9").contains(last) {
                out.append(digitGap)
                gaps = true
            } else if out.last != " " {
                out.append(" ")
            }
        }
        if out.last == digitGap { out.removeLast() }
        if out.last != " " { out.append(" ") }
        return gaps ? joiningDigitGroups(Array(out)) : String(out)
    }

    /// `scalars` with each ``digitGap`` removed where it parts the groups of one number (one to
    /// three digits before, starting a word or after another group, exactly three after), else
    /// made a space.
    private static func joiningDigitGroups(_ scalars: [Unicode.Scalar]) -> String {
        func isDigit(_ index: Int) -> Bool {
            index >= 0 && index < scalars.count && ("0"..."9").contains(scalars[index])
        }
        var out = String.UnicodeScalarView()
        for (index, scalar) in scalars.enumerated() {
            guard scalar == digitGap else {
                out.append(scalar)
                continue
            }
            var start = index
            while isDigit(start - 1) { start -= 1 }
            var end = index + 1
            while isDigit(end) { end += 1 }
            let before = index - start
            let after = end - index - 1
            let startsWord = start == 0 || scalars[start - 1] == " " || scalars[start - 1] == digitGap
            let endsWord = end == scalars.count || scalars[end] == " " || scalars[end] == digitGap
            if !(startsWord && endsWord && (1...3).contains(before) && after == 3) { out.append(" ") }
        }
        return String(out)
    }
}
