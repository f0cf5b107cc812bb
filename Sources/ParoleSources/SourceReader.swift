import Foundation
import ParoleKit

/// What reading one input gave: its articles, warnings, or the error that stopped it.
public struct SourceReading: Sendable {
    /// The articles read, in order.
    public var articles: [SourceArticle] = []
    /// One-line warnings (without the input's name).
    public var warnings: [String] = []
    /// The one-line error (without the input's name), when nothing could be read.
    public var error: String?
}

/// Reads articles from bytes or URLs, whatever their format: text, HTML page or feed.
public struct SourceReader: Sendable {
    /// The fetcher used for http(s) inputs.
    public var fetcher: URLFetcher

    /// Creates a reader that fetches URLs with `fetcher`.
    public init(fetcher: URLFetcher = URLFetcher()) {
        self.fetcher = fetcher
    }

    /// Fetches the page or feed at `url` and reads it.
    public func read(url: String) -> SourceReading {
        do {
            let fetched = try fetcher.fetch(url)
            let name = fetched.url.lastPathComponent
            return read(
                data: fetched.data, source: url, name: name, contentType: fetched.contentType,
                charset: fetched.charset)
        } catch {
            return SourceReading(error: error.description)
        }
    }

    /// Reads the bytes `data` of the input `source` (a path or URL); `name` is its file name,
    /// used to tell its format and to make identifiers; `charset` is what its server declared.
    public func read(
        data: Data, source: String, name: String, contentType: String? = nil, charset: String? = nil
    ) -> SourceReading {
        var reading = SourceReading()
        if EmptyInput.isEmpty(data) {
            reading.error = "empty: nothing to read"
            return reading
        }
        var base = (name as NSString).deletingPathExtension
        if base.isEmpty { base = URL(string: source)?.host ?? "article" }
        switch SourceFormat.detect(data, name: name, contentType: contentType) {
        case .text:
            do {
                let decoded = try ArticleDecoder.decode(data)
                reading.warnings += decoded.warnings
                reading.articles = [SourceArticle(source: source, id: base, text: decoded.text)]
            } catch {
                reading.error = error.description
            }
        case .html:
            do {
                let result = try HTMLArticleExtractor.extract(data, httpCharset: charset)
                reading.warnings = result.warnings
                let article = result.value
                var read = SourceArticle(
                    source: source, id: base, text: article.text, date: article.date,
                    link: article.link ?? (WebAddress.isWebAddress(source) ? source : nil),
                    author: article.author)
                read.language = article.language
                read.siteName = article.siteName
                read.dateOffset = article.dateOffset
                reading.articles = [read]
            } catch {
                reading.error = error.description
            }
        case .feed:
            do {
                let result = try FeedParser.parse(data)
                reading.warnings = result.warnings
                // An item is known by its link, which stays the same when the feed gains items,
                // made absolute against the feed's web address or, for a saved feed, its site's
                // (``FeedItemLink``).
                // The site the feed names costs a second parse: read only when a link needs it
                // (a saved feed's relative link) or an item has no web address to tell its site.
                let needsSite = result.value.contains { item in
                    guard let link = item.link else { return true }
                    if FeedItemLink.isRelative(link) { return !WebAddress.isWebAddress(source) }
                    return !WebAddress.isWebAddress(link)
                }
                let site = needsSite ? FeedParser.siteAddress(of: data) : nil
                let links = result.value.map {
                    $0.link.map { FeedItemLink.resolved($0, feed: source, site: site) }
                }
                // An item without a web address is of the site its feed names (a local feed's
                // `file://` pages, `javascript:` links): its list row and citation say so.
                let siteHost = site.flatMap {
                    WebAddress.isWebAddress($0) ? WebAddress.siteHost(of: $0) : nil
                }
                // An item the feed repeats (the same text under the same link, or under none) is
                // one article: read once, as the library stores it once. Repeats are dropped
                // before the items are named, so that the item kept is known by its link, which
                // it no longer shares with its copy.
                var written: Set<[String]> = []
                let unrepeated = result.value.indices.filter {
                    written.insert([links[$0] ?? "", result.value[$0].text]).inserted
                }
                let names = FeedItemLink.sources(
                    of: unrepeated.map { (link: links[$0], text: result.value[$0].text) }, feed: source)
                // Items left of one name (one text without a link, and under a link that is no web
                // address) are one article too.
                var sources: [Int: String] = [:]
                var named: Set<String> = []
                var kept: [Int] = []
                for (index, name) in zip(unrepeated, names) where named.insert(name).inserted {
                    sources[index] = name
                    kept.append(index)
                }
                // An item is known by its id too when no other item kept shares it and it is not
                // the feed's or a site's address.
                var idUses: [String: Int] = [:]
                for index in kept { if let id = result.value[index].itemId { idUses[id, default: 0] += 1 } }
                let repeats = result.value.count - kept.count
                if repeats > 0 {
                    reading.warnings.append(
                        repeats == 1
                            ? "1 item repeats an earlier one; read once"
                            : "\(repeats) items repeat earlier ones; read once")
                }
                reading.articles = kept.map { index in
                    let article = result.value[index]
                    var item = SourceArticle(
                        source: sources[index]!, id: "\(base)-\(index + 1)", text: article.text,
                        date: article.date, link: links[index], author: article.author)
                    item.feed = source
                    item.writtenLink = article.link
                    item.dateOffset = article.dateOffset
                    if let id = article.itemId, idUses[id] == 1,
                        !FeedItemLink.isSiteAddress(id, feed: source, site: site)
                    {
                        item.itemKey = FeedItemLink.itemKey(id, feed: source)
                    }
                    if !(links[index].map(WebAddress.isWebAddress) ?? false) { item.siteName = siteHost }
                    return item
                }
            } catch {
                reading.error = error.description
            }
        }
        return reading
    }
}
