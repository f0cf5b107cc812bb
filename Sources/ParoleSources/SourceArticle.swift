import Foundation

/// One article read from a text file, an HTML page, a feed item or a URL, in Parole's
/// plain-text convention, with what the source said about it.
public struct SourceArticle: Hashable, Sendable {
    /// Where it came from: a path or a URL; for a feed item, the name ``FeedItemLink`` gives it
    /// (its web address, else the feed's path or URL and a fingerprint of its text).
    public var source: String
    /// A short identifier: the file name without extension, with `-N` for a feed's Nth item.
    public var id: String
    /// The article's text: title on the first line, one paragraph per line.
    public var text: String
    /// The publication date, if known.
    public var date: Date?
    /// The offset east of UTC, in seconds, in which ``date`` falls on the day the article was
    /// published where it was, when its source told it (``ExtractedArticle/dateOffset``).
    public var dateOffset: Int?
    /// The article's address, if known.
    public var link: String?
    /// The author, if known.
    public var author: String?
    /// The language of the text (ISO 639-1), when a page told or showed it.
    public var language: String?
    /// The name of the site the page comes from, if known.
    public var siteName: String?
    /// For a feed item, the feed's path or URL as read (nil for a page or a text).
    public var feed: String?
    /// For a feed item, its link as the feed wrote it (before it was resolved), if any.
    public var writtenLink: String?
    /// For a feed item with an identifier of its own (RSS `<guid>`, Atom `<id>`) that no other
    /// item of the feed shares, that identifier as the library knows it
    /// (``FeedItemLink/itemKey(_:feed:)``): the item is the same article when its link changes.
    public var itemKey: String?

    /// Creates a source article.
    public init(
        source: String, id: String, text: String, date: Date? = nil, link: String? = nil,
        author: String? = nil
    ) {
        self.source = source
        self.id = id
        self.text = text
        self.date = date
        self.link = link
        self.author = author
    }
}

/// The kinds of input Parole reads.
public enum SourceFormat: String, Sendable, CaseIterable {
    /// Plain text: title on line 1, one paragraph per line.
    case text
    /// An HTML page.
    case html
    /// An RSS 2.0 or Atom feed.
    case feed

    /// The file name extensions read as something other than text.
    public static let markupExtensions: Set<String> = ["html", "htm", "xhtml", "xml", "rss", "atom"]

    /// The format of `data` named `name`: markup by its content (a feed when its root element
    /// is `rss`, `feed` or `rdf:RDF`, else a page), whatever the name or the content type;
    /// other bytes by the extension or content type, else text.
    public static func detect(_ data: Data, name: String, contentType: String? = nil) -> SourceFormat {
        let ext = (name as NSString).pathExtension.lowercased()
        // Markup starts with "<" after white space and a byte order mark; look at bytes only,
        // since this runs for every plain-text article too.
        var i = data.startIndex
        if data.starts(with: [0xEF, 0xBB, 0xBF]) { i += 3 }
        while i < data.endIndex, [0x20, 0x09, 0x0A, 0x0D].contains(data[i]) { i += 1 }
        if i < data.endIndex, data[i] == UInt8(ascii: "<") {
            if FeedParser.looksLikeFeed(data) { return .feed }
            return .html
        }
        if ["rss", "atom", "xml"].contains(ext) { return .feed }
        if let type = contentType, type.contains("rss") || type.contains("atom") { return .feed }
        if ["html", "htm", "xhtml"].contains(ext) || contentType?.contains("html") == true { return .html }
        return .text
    }
}
