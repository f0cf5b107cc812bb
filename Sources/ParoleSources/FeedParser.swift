import Foundation

/// Reads RSS 2.0 and Atom feeds: each item becomes an article with its title, date, link and
/// author, and its body from `content:encoded`, `content`, `description` or `summary` (HTML,
/// extracted as a page would be).
public enum FeedParser {
    /// Whether the first bytes of `data` look like a feed (an XML document whose root is `rss`,
    /// `feed` or `rdf:RDF`).
    public static func looksLikeFeed(_ data: Data) -> Bool {
        let head = String(decoding: data.prefix(2048), as: UTF8.self).lowercased()
        return head.contains("<rss") || head.contains("<feed") || head.contains("<rdf:rdf")
    }

    /// The articles of the feed `data`, in feed order. Items with no text are left out with a
    /// warning; a feed with none at all is an error.
    public static func parse(_ data: Data) throws(ExtractionError) -> ExtractionResult<[ExtractedArticle]> {
        if data.contains(0) { throw .binary }
        guard let doc = MarkupParser.xml(data), let root = doc.root else {
            throw .unreadable("not an XML document")
        }
        // The nodes point into the tree: keep it alive until the function returns.
        defer { withExtendedLifetime(doc) {} }
        var warnings: [String] = []
        if doc.problems.count > 0 {
            warnings.append("malformed XML (\(doc.problems.first ?? "")), read as best effort")
        }
        let items: [MarkupNode]
        switch root.name {
        case "rss":
            items = root.firstElement("channel")?.elements.filter { $0.name == "item" } ?? []
        case "rdf":
            items = root.elements.filter { $0.name == "item" }
        case "feed":
            items = root.elements.filter { $0.name == "entry" }
        default:
            throw .unreadable("root element <\(root.name)> is neither <rss> nor <feed>")
        }
        guard !items.isEmpty else { throw .emptyFeed }
        var articles: [ExtractedArticle] = []
        for (index, item) in items.enumerated() {
            let article = root.name == "feed" ? atomEntry(item) : rssItem(item)
            if article.hasBody {
                articles.append(article)
            } else {
                let name =
                    article.title.isEmpty ? "item \(index + 1)" : "item \(index + 1) (\(article.title))"
                warnings.append("\(name) has no text; skipped")
            }
        }
        guard !articles.isEmpty else { throw .emptyFeed }
        return ExtractionResult(value: articles, warnings: warnings)
    }

    private static func rssItem(_ item: MarkupNode) -> ExtractedArticle {
        let title = item.firstElement("title").map { TextCleaner.clean($0.allText) } ?? ""
        let body = item.firstElement("content:encoded", "description").map(\.allText) ?? ""
        var article = articleFromHTML(body, title: title)
        article.link =
            item.firstElement("link").map { TextCleaner.clean($0.allText) }.flatMap(nonEmpty)
            ?? item.firstElement("guid").map { TextCleaner.clean($0.allText) }.flatMap(nonEmpty)
        article.date = item.firstElement("pubdate", "dc:date").flatMap { FeedDate.parse($0.allText) }
        article.author = item.firstElement("dc:creator", "author").map { TextCleaner.clean($0.allText) }
            .flatMap(nonEmpty)
        return article
    }

    private static func atomEntry(_ entry: MarkupNode) -> ExtractedArticle {
        let title = entry.firstElement("title").map { TextCleaner.clean($0.allText) } ?? ""
        var article: ExtractedArticle
        if let content = entry.firstElement("content", "summary") {
            if content.attribute("type") == "xhtml" {
                article = HTMLArticleExtractor.extract(root: content)
                article.title = title
            } else if content.attribute("type") == "text" {
                article = ExtractedArticle(title: title, paragraphs: plainParagraphs(content.allText))
            } else {
                article = articleFromHTML(content.allText, title: title)
            }
        } else {
            article = ExtractedArticle(title: title, paragraphs: [])
        }
        let links = entry.elements.filter { $0.name == "link" }
        let alternate = links.first { ($0.attribute("rel") ?? "alternate") == "alternate" } ?? links.first
        article.link = alternate?.attribute("href")
        article.date = entry.firstElement("published", "updated").flatMap { FeedDate.parse($0.allText) }
        article.author = entry.firstElement("author")?.firstElement("name").map {
            TextCleaner.clean($0.allText)
        }
        .flatMap(nonEmpty)
        return article
    }

    /// An article whose body is the HTML fragment `html` (or plain text, when it has no markup).
    private static func articleFromHTML(_ html: String, title: String) -> ExtractedArticle {
        guard html.contains("<") else {
            return ExtractedArticle(title: title, paragraphs: plainParagraphs(html))
        }
        guard let doc = MarkupParser.html(Data(html.utf8), encoding: "UTF-8"), let root = doc.root else {
            return ExtractedArticle(title: title, paragraphs: [])
        }
        // The nodes point into the tree: keep it alive until the function returns.
        defer { withExtendedLifetime(doc) {} }
        var article = HTMLArticleExtractor.extract(root: root)
        var paragraphs = article.paragraphs
        if let lead = article.lead { paragraphs.insert(lead, at: 0) }
        if let heading = article.title.isEmpty ? nil : article.title, heading != title {
            paragraphs.insert(heading, at: 0)
        }
        if paragraphs.first == title { paragraphs.removeFirst() }
        article.title = title
        article.lead = nil
        article.paragraphs = paragraphs
        return article
    }

    private static func plainParagraphs(_ text: String) -> [String] {
        text.split(whereSeparator: \.isNewline).map { TextCleaner.clean(String($0)) }.filter { !$0.isEmpty }
    }

    private static func nonEmpty(_ s: String) -> String? { s.isEmpty ? nil : s }
}
