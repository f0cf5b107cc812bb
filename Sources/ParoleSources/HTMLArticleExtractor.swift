import Foundation

/// What a reader of HTML or feeds tells about the input besides the articles: one-line
/// warnings (malformed markup read as best effort, encoding guessed).
public struct ExtractionResult<Value: Sendable>: Sendable {
    /// What was extracted.
    public var value: Value
    /// Warnings, each one line, without the input's name.
    public var warnings: [String]
}

/// Why an article could not be taken out of an input.
public enum ExtractionError: Error, Equatable, CustomStringConvertible {
    /// The input is not HTML, XML or text at all.
    case binary
    /// The markup could not be parsed even as best effort.
    case unreadable(String)
    /// The page has no article text.
    case noArticleText
    /// The feed holds no item.
    case emptyFeed

    /// A one-line explanation.
    public var description: String {
        switch self {
        case .binary: return "binary data, not a page, a feed or a text article"
        case .unreadable(let why): return "cannot be read: \(why)"
        case .noArticleText: return "page has no article text"
        case .emptyFeed: return "feed has no items"
        }
    }
}

/// Takes the article out of an HTML page: title from `h1` (else `title`), lead from the first
/// `h2`, body from the article's paragraphs; page furniture left out; character references
/// decoded; soft hyphens and zero-width characters removed.
public enum HTMLArticleExtractor {
    /// Extracts the article of the page `data`. The page's encoding is UTF-8 when the bytes are
    /// valid UTF-8, else what its `meta charset` says (Windows-1252 when it says nothing).
    public static func extract(_ data: Data) throws(ExtractionError) -> ExtractionResult<ExtractedArticle> {
        if data.contains(0) { throw .binary }
        var warnings: [String] = []
        let encoding: String?
        if String(validating: data, as: UTF8.self) != nil {
            encoding = "UTF-8"
        } else if declaresCharset(data) {
            encoding = nil
        } else {
            encoding = "windows-1252"
            warnings.append("not valid UTF-8 and no charset declared; read as Windows-1252")
        }
        guard let doc = MarkupParser.html(data, encoding: encoding), let root = doc.root else {
            throw .unreadable("no HTML content")
        }
        // The nodes point into the tree: keep it alive until the function returns.
        defer { withExtendedLifetime(doc) {} }
        if doc.problems.count > 0 {
            warnings.append(
                "malformed HTML (\(doc.problems.first ?? "")), read as best effort")
        }
        let article = extract(root: root)
        guard article.hasBody else { throw .noArticleText }
        return ExtractionResult(value: article, warnings: warnings)
    }

    /// Extracts an article from a parsed tree: a whole page or a feed item's content.
    static func extract(root: MarkupNode) -> ExtractedArticle {
        let scope = ArticleTreeReader.scope(of: root)
        var parts = ArticleTreeReader.parts(of: scope)
        if parts.heading == nil, scope.pointer != root.pointer {
            parts.heading = ArticleTreeReader.parts(of: root).heading
        }
        if parts.paragraphs.isEmpty {
            parts.paragraphs = ArticleTreeReader.looseBlocks(scope).filter {
                $0 != parts.heading && $0 != parts.lead
            }
        }
        let meta = PageMetadata(root: root)
        let title = parts.heading ?? meta.title ?? ""
        var date = meta.date ?? parts.time.flatMap(FeedDate.parse)
        if date == nil,
            let first = parts.lead.map({ [$0] + parts.paragraphs }) ?? parts.paragraphs.first.map({ [$0] })
        {
            date = first.lazy.compactMap(FrenchDateline.parse).first
        }
        return ExtractedArticle(
            title: title, lead: parts.lead, paragraphs: parts.paragraphs, date: date, link: meta.link,
            author: meta.author)
    }

    /// Whether the first kilobytes of the page declare a character set.
    private static func declaresCharset(_ data: Data) -> Bool {
        let head = String(decoding: data.prefix(4096), as: UTF8.self).lowercased()
        return head.contains("charset")
    }
}
