import Foundation

/// An article taken out of an HTML page or a feed item: its parts as clean text, ready to be
/// written in Parole's plain-text convention and analysed.
public struct ExtractedArticle: Hashable, Sendable {
    /// The headline: from the page's `h1` (else its `title`), or the feed item's title.
    public var title: String
    /// The lead paragraph (the page's first `h2`), if there is one.
    public var lead: String?
    /// The body paragraphs, in order, each one line of clean text.
    public var paragraphs: [String]
    /// When the article was published, if the page or the feed says.
    public var date: Date?
    /// The offset east of UTC, in seconds, in which ``date`` falls on the day the article was
    /// published where it was, when the page or feed told it (``FeedDate/writtenOffset(_:)``).
    public var dateOffset: Int?
    /// A feed item's own identifier, when the feed gives one (RSS `<guid>`, Atom `<id>`).
    public var itemId: String?
    /// The article's address, if known (a feed item's link, a page's canonical URL).
    public var link: String?
    /// The author, if named (the authors joined by ", ").
    public var author: String?
    /// The paragraphs that are subheadings: their index in ``paragraphs`` and heading level.
    public var headingLevels: [Int: Int] = [:]
    /// The authors' names, in the page's order.
    public var authors: [String] = []
    /// The name of the site or publication.
    public var siteName: String?
    /// The language of the text as an ISO 639-1 code ("fr"): what the page declares, checked
    /// on the text.
    public var language: String?

    /// Creates an extracted article.
    public init(
        title: String, lead: String? = nil, paragraphs: [String], date: Date? = nil, link: String? = nil,
        author: String? = nil
    ) {
        self.title = title
        self.lead = lead
        self.paragraphs = paragraphs
        self.date = date
        self.link = link
        self.author = author
    }

    /// The article in Parole's plain-text convention: the title on the first line, then the lead
    /// and each paragraph on a line of its own. Empty parts are left out.
    public var text: String {
        var lines: [String] = []
        if !title.isEmpty { lines.append(title) }
        if let lead, !lead.isEmpty { lines.append(lead) }
        lines.append(contentsOf: paragraphs.filter { !$0.isEmpty })
        return lines.joined(separator: "\n")
    }

    /// Whether the article has body text beyond its title.
    public var hasBody: Bool { !(lead ?? "").isEmpty || paragraphs.contains { !$0.isEmpty } }
}
