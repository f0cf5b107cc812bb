import Foundation

/// What a page says about its article besides the text: title, publication date, authors,
/// site name, canonical address and declared language, from the `meta` and `link` elements,
/// the JSON-LD blocks, `time` elements and the address itself.
struct PageMetadata {
    /// The title from `og:title`, `twitter:title`, the JSON-LD headline or `title`, without
    /// the site's name around it.
    var title: String?
    /// The publication date.
    var date: Date?
    /// The offset east of UTC the date was written in, when it tells the article's own day
    /// (``FeedDate/writtenOffset(_:)``; 0 for a day alone, as an address gives it).
    var dateOffset: Int?
    /// The authors' names.
    var authors: [String] = []
    /// The site's name (`og:site_name`, the JSON-LD publisher, `application-name`).
    var siteName: String?
    /// The canonical address (`link rel=canonical`, else `og:url`).
    var link: String?
    /// The language the page declares (`html lang`, `og:locale`, `content-language`), as a
    /// lower-case ISO 639-1 code.
    var language: String?
    /// The page's description (`og:description`, `description`).
    var description: String?

    /// Meta names and properties that give the publication date, most reliable first.
    static let dateKeys = [
        "article:published_time", "og:article:published_time", "og:published_time", "datepublished",
        "publishdate", "publish-date", "pubdate", "date", "dc.date", "dc.date.issued", "dcterms.date",
        "dcterms.created", "sailthru.date", "parsely-pub-date", "article.published", "published_time",
        "release_date", "created",
    ]

    /// Meta names that give an author.
    static let authorKeys: Set<String> = [
        "author", "article:author", "dc.creator", "dcterms.creator", "parsely-author", "sailthru.author",
        "byl", "twitter:creator",
    ]

    /// Reads the metadata of the page `root`; `linkedData` is what its JSON-LD said, `links` its
    /// `link` elements.
    init(root: PageNode, linkedData: LinkedData, links: [(rel: String, href: String)]) {
        var metas: [String: String] = [:]
        var titleElement: String?
        var firstTime: String?
        var itempropDate: String?
        var itempropAuthors: [String] = []
        root.walk { node in
            switch node.name {
            case "head", "html", "body": break
            case "title":
                if titleElement == nil {
                    let text = TextCleaner.clean(node.allText)
                    if !text.isEmpty { titleElement = text }
                }
                return false
            case "meta":
                let key =
                    (node.attribute("property") ?? node.attribute("name") ?? node.attribute("itemprop")
                    ?? node.attribute("http-equiv") ?? "").lowercased()
                if let value = node.attribute("content").map(TextCleaner.clean), !value.isEmpty, !key.isEmpty,
                    metas[key] == nil
                {
                    metas[key] = value
                }
                return false
            case "time":
                if firstTime == nil, !node.isFurnitureAncestorChain {
                    firstTime = node.attribute("datetime")
                }
            default: break
            }
            if let prop = node.attribute("itemprop")?.lowercased() {
                if prop == "datepublished", itempropDate == nil {
                    itempropDate = node.attribute("datetime") ?? node.attribute("content")
                } else if prop == "author" || prop == "creator" {
                    let name = TextCleaner.clean(node.allText)
                    if !name.isEmpty, name.count < 80 { itempropAuthors.append(name) }
                }
            }
            return true
        }
        if let lang = root.attribute("lang") ?? root.attribute("xml:lang") {
            language = Self.languageCode(lang)
        }
        language =
            language ?? metas["content-language"].flatMap(Self.languageCode)
            ?? metas["og:locale"].flatMap(Self.languageCode) ?? linkedData.language.flatMap(Self.languageCode)

        siteName = metas["og:site_name"] ?? linkedData.publisher ?? metas["application-name"]
        let rawTitle = metas["og:title"] ?? metas["twitter:title"] ?? linkedData.headline ?? titleElement
        title = rawTitle.map { Self.withoutSiteName($0, siteName: siteName) }
        description = metas["og:description"] ?? metas["description"]

        var dateTexts: [String] = []
        if let published = linkedData.datePublished { dateTexts.append(published) }
        for key in Self.dateKeys { if let value = metas[key] { dateTexts.append(value) } }
        if let itempropDate { dateTexts.append(itempropDate) }
        if let firstTime { dateTexts.append(firstTime) }
        if let written = dateTexts.first(where: { FeedDate.parse($0) != nil }) {
            date = FeedDate.parse(written)
            dateOffset = FeedDate.writtenOffset(written)
        }

        authors = linkedData.authors
        if authors.isEmpty {
            for key in [
                "author", "article:author", "dc.creator", "dcterms.creator", "parsely-author",
                "sailthru.author", "byl",
            ] {
                if let value = metas[key], !value.hasPrefix("http") {
                    authors = [value]
                    break
                }
            }
        }
        if authors.isEmpty { authors = Array(itempropAuthors.prefix(4)) }
        authors = Self.uniqued(authors.map(Self.withoutByPrefix).filter { !$0.isEmpty })

        // An address a reader can open from anywhere: a relative one ("/2024/article",
        // "index.html") names no site when the page was read from a file, so the next is taken;
        // a protocol-relative one ("//site/article") is read as https.
        let addresses = [links.first { $0.rel == "canonical" }?.href, metas["og:url"]].compactMap { $0 }
        link = addresses.lazy.compactMap(Self.absoluteAddress).first
        // A relative address still dates the article ("/2024/03/05/…").
        if date == nil, let address = link ?? addresses.first {
            date = Self.dateInAddress(address)
            if date != nil { dateOffset = 0 }
        }
    }

    /// A language tag reduced to its lower-case primary subtag ("fr-FR", "fr_CA" → "fr").
    static func languageCode(_ tag: String) -> String? {
        let primary =
            tag.trimmingCharacters(in: .whitespaces).lowercased()
            .split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map(String.init) ?? ""
        guard (2...3).contains(primary.count), primary.allSatisfy(\.isLetter) else { return nil }
        return primary
    }

    /// `title` without the site's name before or after it ("Titre - Le Journal" → "Titre").
    static func withoutSiteName(_ title: String, siteName: String?) -> String {
        let separators = [" | ", " - ", " — ", " – ", " :: ", " · ", " • ", " // ", " « ", " » "]
        for separator in separators where title.contains(separator) {
            let parts = title.components(separatedBy: separator)
            guard parts.count >= 2 else { continue }
            let site = siteName?.lowercased()
            if let site {
                let kept = parts.filter { part in
                    let lower = part.trimmingCharacters(in: .whitespaces).lowercased()
                    return !(lower == site || site.contains(lower) && lower.count >= 3)
                }
                if kept.count < parts.count, !kept.isEmpty {
                    return kept.joined(separator: separator).trimmingCharacters(in: .whitespaces)
                }
            }
            // No known site name: keep a long first part that is the longest; else drop a short
            // last (or first) part that looks like a name.
            let trimmed = parts.map { $0.trimmingCharacters(in: .whitespaces) }
            if trimmed[0].count >= 15, trimmed.dropFirst().allSatisfy({ $0.count < trimmed[0].count }) {
                return trimmed[0]
            }
            let last = parts.last!.trimmingCharacters(in: .whitespaces)
            let rest = parts.dropLast().joined(separator: separator)
            if last.count <= 30, rest.count > last.count * 2 {
                return rest.trimmingCharacters(in: .whitespaces)
            }
            let first = parts.first!.trimmingCharacters(in: .whitespaces)
            let after = parts.dropFirst().joined(separator: separator)
            if first.count <= 20, after.count > first.count * 3 {
                return after.trimmingCharacters(in: .whitespaces)
            }
        }
        return title
    }

    /// A date written in an address as `/2021/05/12/` or `/2021-05-12`.
    /// `href` when it is an absolute http(s) address with a host; a protocol-relative one
    /// (`//site/path`) as https; nil for anything else (a relative path, another scheme).
    static func absoluteAddress(_ href: String) -> String? {
        let trimmed = href.trimmingCharacters(in: .whitespacesAndNewlines)
        let address = trimmed.hasPrefix("//") ? "https:" + trimmed : trimmed
        guard let url = URL(string: address), let scheme = url.scheme?.lowercased(),
            scheme == "http" || scheme == "https", let host = url.host, !host.isEmpty
        else { return nil }
        return address
    }

    static func dateInAddress(_ address: String) -> Date? {
        let parts = address.split(whereSeparator: { $0 == "/" || $0 == "-" || $0 == "_" || $0 == "." })
        guard parts.count >= 3 else { return nil }
        for index in 0..<(parts.count - 2) {
            guard parts[index].count == 4, let year = Int(parts[index]), (1990...2100).contains(year),
                parts[index + 1].count == 2, let month = Int(parts[index + 1]), (1...12).contains(month),
                parts[index + 2].count == 2, let day = Int(parts[index + 2]), (1...31).contains(day)
            else { continue }
            return FeedDate.parse(String(format: "%04d-%02d-%02d", year, month, day))
        }
        return nil
    }

    private static func withoutByPrefix(_ name: String) -> String {
        BylinePrefixes.strip(name)
    }

    private static func uniqued(_ names: [String]) -> [String] {
        var seen: Set<String> = []
        return names.filter { seen.insert($0.lowercased()).inserted }
    }
}

extension PageNode {
    /// Whether the node or one of its ancestors is furniture.
    var isFurnitureAncestorChain: Bool {
        var node: PageNode? = self
        while let current = node {
            if current.isFurniture { return true }
            node = current.parent
        }
        return false
    }
}
