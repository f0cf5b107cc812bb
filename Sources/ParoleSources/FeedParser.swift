import Foundation

/// Reads RSS 2.0 and Atom feeds: each item becomes an article with its title, date, link and
/// author, and its body from `content:encoded`, `content`, `description` or `summary` (HTML,
/// extracted as a page would be).
public enum FeedParser {
    /// Whether `data` is a feed: an XML document whose root element is `rss`, `feed` or
    /// `rdf:RDF`, found after the byte order mark, white space, the XML declaration, processing
    /// instructions, comments (of any length) and a document type declaration. What comes
    /// before the root decides, not the file name.
    public static func looksLikeFeed(_ data: Data) -> Bool {
        guard let root = rootElementName(data) else { return false }
        return root == "rss" || root == "feed" || root == "rdf:rdf" || root.hasSuffix(":rss")
            || root.hasSuffix(":feed")
    }

    /// The name of the first element of the markup `data` (lower-cased), skipping what an
    /// XML prolog may hold; nil when the bytes are not markup. Looks at most 1 MiB in.
    static func rootElementName(_ data: Data) -> String? {
        let bytes = data.prefix(1 << 20)
        var i = bytes.startIndex
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { i += 3 }
        func skipSpace() {
            while i < bytes.endIndex, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[i]) { i += 1 }
        }
        /// Moves past the first `terminator` from `i`; false when there is none.
        func skip(past terminator: [UInt8]) -> Bool {
            guard let range = bytes[i...].firstRange(of: terminator) else { return false }
            i = range.upperBound
            return true
        }
        while true {
            skipSpace()
            guard i < bytes.endIndex, bytes[i] == UInt8(ascii: "<") else { return nil }
            let rest = bytes[i...]
            if rest.starts(with: Array("<?".utf8)) {
                guard skip(past: Array("?>".utf8)) else { return nil }
            } else if rest.starts(with: Array("<!--".utf8)) {
                guard skip(past: Array("-->".utf8)) else { return nil }
            } else if rest.starts(with: Array("<!".utf8)) {
                // A document type declaration, perhaps with an internal subset in brackets.
                var depth = 0
                i += 2
                while i < bytes.endIndex {
                    let b = bytes[i]
                    if b == UInt8(ascii: "[") { depth += 1 }
                    if b == UInt8(ascii: "]") { depth -= 1 }
                    i += 1
                    if b == UInt8(ascii: ">") && depth <= 0 { break }
                }
            } else {
                var name: [UInt8] = []
                var j = i + 1
                while j < bytes.endIndex, name.count < 64 {
                    let b = bytes[j]
                    if b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == UInt8(ascii: ">")
                        || b == UInt8(ascii: "/")
                    {
                        break
                    }
                    name.append(b)
                    j += 1
                }
                return name.isEmpty ? nil : String(decoding: name, as: UTF8.self).lowercased()
            }
        }
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
            items = root.firstElement("channel").map { Self.items(named: "item", in: $0) } ?? []
        case "rdf":
            items = Self.items(named: "item", in: root)
        case "feed":
            items = Self.items(named: "entry", in: root)
        default:
            throw .unreadable("root element <\(root.name)> is neither <rss> nor <feed>")
        }
        guard !items.isEmpty else {
            // A parse stopped by a fatal error (an entity loop, a billion laughs) read no item:
            // the error says why, not "feed has no items".
            if let problem = doc.problems.first {
                throw .unreadable("malformed XML (\(problem.prefix(80))), no item read")
            }
            throw .emptyFeed
        }
        var articles: [ExtractedArticle] = []
        var skipped: [String] = []
        for (index, item) in items.enumerated() {
            let article = root.name == "feed" ? atomEntry(item) : rssItem(item)
            if article.hasBody {
                articles.append(article)
            } else {
                // A broken item's title may hold the rest of the feed: the warning stays one short line.
                let title =
                    article.title.count > 80 ? String(article.title.prefix(79)) + "…" : article.title
                let name = title.isEmpty ? "item \(index + 1)" : "item \(index + 1) (\(title))"
                skipped.append("\(name) has no text")
            }
        }
        // When no item is left, the error says why, as the warnings would have.
        guard !articles.isEmpty else {
            var why = skipped.first ?? ""
            if skipped.count > 1 {
                why += skipped.count == 2 ? ", and 1 more" : ", and \(skipped.count - 1) more"
            }
            if let problem = doc.problems.first { why += " (malformed XML: \(problem.prefix(80)))" }
            throw .noItemWithText(count: items.count, why: why)
        }
        warnings += skipped.map { "\($0); skipped" }
        return ExtractionResult(value: articles, warnings: warnings)
    }

    /// The elements `name` of `parent`, in order, with the items an unclosed tag in an item
    /// (`<title>Un <b>titre</title>`) made its descendants when the parser recovered: each is an
    /// item of its own, not lost with the broken one.
    static func items(named name: String, in parent: MarkupNode) -> [MarkupNode] {
        var out: [MarkupNode] = []
        for child in parent.elements where child.name == name {
            out.append(child)
            out += child.descendants().dropFirst().filter { $0.qualifiedName == child.qualifiedName }
        }
        return out
    }

    /// The elements an item is made of (``FeedItemFields``): an unclosed tag in its title
    /// (`<title>Un <b>titre</title>`) made the parser put them in the title when it recovered.
    private static func rssItem(_ item: MarkupNode) -> ExtractedArticle {
        let fields = FeedItemFields(item, fieldNames: rssFieldNames)
        let title = fields.title
        let body = fields.first("content:encoded", "description").map(\.allText) ?? ""
        var article = articleFromHTML(body, title: title)
        article.link =
            fields.first("link").map { TextCleaner.clean($0.allText) }.flatMap(nonEmpty)
            ?? fields.first("guid").map { TextCleaner.clean($0.allText) }.flatMap(nonEmpty)
        article.itemId = fields.first("guid").map { TextCleaner.clean($0.allText) }.flatMap(nonEmpty)
        let written = fields.first("pubdate", "dc:date")?.allText
        article.date = written.flatMap(FeedDate.parse)
        article.dateOffset = written.flatMap(FeedDate.writtenOffset)
        article.author = fields.first("dc:creator", "author").map { TextCleaner.clean($0.allText) }
            .flatMap(nonEmpty)
        return article
    }

    /// The elements of an RSS item other than its title (lower case, as the parser names them).
    static let rssFieldNames: Set<String> = [
        "link", "guid", "description", "content:encoded", "encoded", "pubdate", "dc:date", "date",
        "dc:creator",
        "creator", "author", "category", "comments", "enclosure", "source",
    ]

    /// The elements of an Atom entry other than its title.
    static let atomFieldNames: Set<String> = [
        "link", "id", "content", "summary", "published", "updated", "author", "category", "contributor",
        "rights",
        "source",
    ]

    private static func atomEntry(_ entry: MarkupNode) -> ExtractedArticle {
        let fields = FeedItemFields(entry, fieldNames: atomFieldNames)
        let title = fields.title
        var article: ExtractedArticle
        if let content = fields.first("content", "summary") {
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
        let links = fields.all("link")
        let alternate = links.first { ($0.attribute("rel") ?? "alternate") == "alternate" } ?? links.first
        article.link = alternate?.attribute("href")
        article.itemId = fields.first("id").map { TextCleaner.clean($0.allText) }.flatMap(nonEmpty)
        let written = fields.first("published", "updated")?.allText
        article.date = written.flatMap(FeedDate.parse)
        article.dateOffset = written.flatMap(FeedDate.writtenOffset)
        article.author = fields.first("author")?.firstElement("name").map {
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
