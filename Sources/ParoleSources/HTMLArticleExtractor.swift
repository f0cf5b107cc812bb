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
    /// The feed's items (`count` of them) all have no text; `why` tells of the first one.
    case noItemWithText(count: Int, why: String)

    /// A one-line explanation.
    public var description: String {
        switch self {
        case .binary: return "binary data, not a page, a feed or a text article"
        case .unreadable(let why): return "cannot be read: \(why)"
        case .noArticleText: return "page has no article text"
        case .emptyFeed: return "feed has no items"
        case .noItemWithText(let count, let why):
            return count == 1
                ? "feed's only item has no text: \(why)"
                : "none of the feed's \(count) items has text: \(why)"
        }
    }
}

/// Takes the article out of an HTML page: the container found by ``ContainerFinder`` (what
/// the elements hold and how they are marked up), its text blocks read by ``BlockCollector``
/// with furniture and link lists left out, the JSON-LD `articleBody` as a fallback and a
/// cross-check, and the page's metadata (``PageMetadata``). A page with readable text always
/// gives some: its best block, with a warning, when no container stands out.
public enum HTMLArticleExtractor {
    /// How the warning for a page read despite markup errors starts ("malformed HTML (…), read
    /// as best effort"): callers that leave that warning out of what they print test for it.
    public static let malformedMarkupWarningStart = "malformed HTML ("
    /// Links may make up at most this share of a kept block.
    static let maximumLinkDensity = 0.33
    /// A page with at most this many visible characters outside furniture is all article when
    /// no container stands out.
    static let smallPage = 600

    /// Extracts the article of the page `data`. `httpCharset` is the `charset` of the HTTP
    /// `Content-Type`, when the page was fetched.
    public static func extract(_ data: Data, httpCharset: String? = nil) throws(ExtractionError)
        -> ExtractionResult<ExtractedArticle>
    {
        var decision = PageCharset.decide(data, httpCharset: httpCharset)
        let nulls = decision.data.withUnsafeBytes { raw in raw.reduce(0) { $0 + ($1 == 0 ? 1 : 0) } }
        if nulls > 0 {
            // A few stray NUL bytes in a page are dropped; many mean binary data.
            guard nulls * 1000 < decision.data.count, decision.data.prefix(1024).contains(UInt8(ascii: "<"))
            else {
                throw .binary
            }
            decision.data = decision.data.filter { $0 != 0 }
        }
        var warnings: [String] = []
        if let warning = decision.warning { warnings.append(warning) }
        var builder = PageTreeBuilder()
        guard let (page, problems) = builder.parse(decision.data, encoding: decision.encoding) else {
            throw .unreadable("no HTML content")
        }
        if problems.count > 0 {
            warnings.append(
                malformedMarkupWarningStart + "\(problems.first ?? "")), read as best effort")
        }
        let (article, fallbackWarning) = extract(page: page, jsonLD: builder.jsonLD, links: builder.links)
        if let fallbackWarning { warnings.append(fallbackWarning) }
        guard article.hasBody else { throw .noArticleText }
        return ExtractionResult(value: article, warnings: warnings)
    }

    /// Extracts an article from a parsed tree: a feed item's content.
    static func extract(root: MarkupNode) -> ExtractedArticle {
        var builder = PageTreeBuilder()
        let page = builder.build(root)
        return extract(page: page, jsonLD: builder.jsonLD, links: builder.links, wholeFragment: true).article
    }

    /// Extracts the article of the page tree `page`.
    /// With `wholeFragment` (a feed item's content), all of it but the furniture is the article.
    static func extract(
        page: PageNode, jsonLD: [String], links: [(rel: String, href: String)], wholeFragment: Bool = false
    ) -> (article: ExtractedArticle, warning: String?) {
        ContainerFinder.prepare(page)
        let linkedData = LinkedData(blocks: jsonLD)
        let meta = PageMetadata(root: page, linkedData: linkedData, links: links)
        var warning: String?
        var blocks: [TextBlock] = []
        var container: PageNode?
        if wholeFragment {
            var collector = BlockCollector()
            collector.collect(page)
            blocks = kept(collector.blocks)
        } else if let found = ContainerFinder.find(in: page) {
            container = found.container
            var collector = BlockCollector()
            for node in found.nodes { collector.collect(node) }
            blocks = kept(collector.blocks)
        }
        let heading = headline(of: page, container: container, meta: meta)
        blocks = withoutRepeats(blocks, title: heading)
        blocks = withoutShortEdges(blocks)
        let length = blocks.reduce(0) { $0 + $1.text.count }
        if let body = linkedData.articleBody {
            let paragraphs = body.split(whereSeparator: \.isNewline).map { TextCleaner.clean(String($0)) }
                .filter { !$0.isEmpty }
            let bodyLength = paragraphs.reduce(0) { $0 + $1.count }
            if bodyLength >= 200, Double(bodyLength) > Double(length) * 1.5 {
                blocks = paragraphs.map { TextBlock(text: $0, kind: .paragraph, linkLength: 0) }
            }
        }
        if blocks.isEmpty {
            // No container: a small page is all article; a large one gives its longest block.
            var collector = BlockCollector()
            collector.collect(page)
            let candidates = kept(collector.blocks).filter { $0.text != heading }
            if page.textLength <= smallPage {
                blocks = candidates
            } else if let best = candidates.max(by: { $0.text.count < $1.text.count }), best.text.count >= 2 {
                blocks = [best]
                warning = "no article container found; kept the page's longest block of text"
            }
        }
        var lead: String?
        if case .heading(2)? = blocks.first?.kind, blocks.count > 1 {
            lead = blocks.removeFirst().text
        }
        var headings: [Int: Int] = [:]
        for (index, block) in blocks.enumerated() {
            if case .heading(let level) = block.kind { headings[index] = level }
        }
        var article = ExtractedArticle(
            title: heading ?? "", lead: lead, paragraphs: blocks.map(\.text), date: meta.date,
            link: meta.link,
            author: meta.authors.isEmpty ? nil : meta.authors.joined(separator: ", "))
        article.headingLevels = headings
        article.dateOffset = meta.dateOffset
        article.authors = meta.authors
        article.siteName = meta.siteName
        let guessed = LanguageGuesser.guess(
            ([lead].compactMap { $0 } + article.paragraphs).joined(separator: " "))
        article.language = guessed ?? meta.language
        if article.date == nil {
            let opening = ([lead].compactMap { $0 } + article.paragraphs).prefix(2)
            article.date =
                opening.lazy.compactMap { Dateline.parse($0, languageCode: article.language ?? "") }.first
            // A dateline names the day itself.
            if article.date != nil { article.dateOffset = 0 }
        }
        return (article, warning)
    }

    /// The blocks that are article text: not mostly links, and no heading that announces only
    /// links or nothing (the "Read also" box's title once its links are gone).
    static func kept(_ blocks: [TextBlock]) -> [TextBlock] {
        let content = blocks.map(isContent)
        var out: [TextBlock] = []
        for (index, block) in blocks.enumerated() where content[index] {
            if case .heading(let level) = block.kind, level > 1 {
                let next = index + 1 < blocks.count ? index + 1 : nil
                guard let next, content[next] else { continue }
            }
            out.append(block)
        }
        return out
    }

    /// A paragraph at least this long is prose even with many links in it…
    static let longParagraph = 150
    /// …unless links make up more than this share of it.
    static let maximumLinkDensityOfLongParagraph = 0.66

    /// Whether a block read from the container is article text: not mostly links.
    static func isContent(_ block: TextBlock) -> Bool {
        if BoilerplatePhrases.isFurniture(block.text) { return false }
        let density = block.linkDensity
        switch block.kind {
        case .listItem, .cell:
            return density <= 0.3 || block.text.count > 200 && density <= maximumLinkDensity
        case .heading: return density <= maximumLinkDensity
        case .paragraph:
            return density <= maximumLinkDensity
                || block.text.count >= longParagraph && density <= maximumLinkDensityOfLongParagraph
        }
    }

    /// Blocks shorter than this at the very end of the article are taken for furniture
    /// (credits, "share", source toggles) unless they end a sentence.
    static let shortEdge = 40

    /// The blocks without the short ones that trail the article's last real paragraph.
    static func withoutShortEdges(_ blocks: [TextBlock]) -> [TextBlock] {
        guard blocks.count > 2 else { return blocks }
        var end = blocks.count
        while end > 1 {
            let text = blocks[end - 1].text
            guard text.count < shortEdge, !(text.hasSuffix(".") && text.count > 15) else { break }
            end -= 1
        }
        return Array(blocks[..<end])
    }

    /// The blocks without the title repeated and without exact repeats.
    static func withoutRepeats(_ blocks: [TextBlock], title: String?) -> [TextBlock] {
        var seen: Set<String> = []
        if let title { seen.insert(title) }
        return blocks.filter { block in
            if case .heading(1) = block.kind, block.text == title { return false }
            if block.text.count < 30 { return true }
            return seen.insert(block.text).inserted
        }
    }

    /// The article's title: the first `h1` outside furniture when there is one (in the
    /// container, else anywhere), else the metadata's title. An `h1` that shares no word with
    /// a metadata title of four words or more is a label of the page ("Faire un don :", a logo's
    /// "O Opinion", "Navigation und Service"), and the metadata's title is taken instead.
    static func headline(of page: PageNode, container: PageNode?, meta: PageMetadata) -> String? {
        guard let found = firstHeading(of: page, container: container, meta: meta) else { return nil }
        guard let title = meta.title, found != title, !sharesAWord(found, title) else { return found }
        return title.split(whereSeparator: { $0.isWhitespace }).count >= 4 ? title : found
    }

    /// Whether `a` and `b` have a word of three letters or more in common (case and accents aside).
    static func sharesAWord(_ a: String, _ b: String) -> Bool {
        func words(_ text: String) -> Set<String> {
            let folded = text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            return Set(
                folded.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).filter { $0.count >= 3 }.map(
                    String.init))
        }
        return !words(a).isDisjoint(with: words(b))
    }

    /// The first `h1` outside furniture (in the container, else anywhere, long enough), else
    /// the metadata's title.
    private static func firstHeading(of page: PageNode, container: PageNode?, meta: PageMetadata) -> String? {
        func firstH1(_ root: PageNode) -> String? {
            var found: String?
            root.walk { node in
                if found != nil || node.isFurniture { return false }
                if node.name == "h1" {
                    let text = TextCleaner.clean(node.allTextSkippingFurniture)
                    if !text.isEmpty { found = text }
                    return false
                }
                return true
            }
            return found
        }
        if let container, let inside = firstH1(container) { return inside }
        if let anywhere = firstH1(page), anywhere.count >= 12 || meta.title == nil { return anywhere }
        return meta.title
    }
}
