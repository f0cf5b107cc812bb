import Foundation
import ParoleKit

/// The page metadata `parole analyze` adds to an analysis read from an HTML page or a feed
/// item: a `page` object (`url`, `date`, `author`, `site`, `language`) after the analysis's
/// own fields (docs/analysis-format.md). Articles read from text get none.
enum AnalysisPageFields {
    /// One article's page metadata.
    struct Page: Encodable {
        var url: String?
        var date: String?
        var author: String?
        var site: String?
        var language: String?
    }

    /// The metadata of `article`, or nil when it has none.
    static func page(of article: ArticleInput) -> Page? {
        let page = Page(
            url: article.link, date: article.date.map { ISO8601DateFormatter().string(from: $0) },
            author: article.author, site: article.site, language: article.language)
        if page.url == nil, page.date == nil, page.author == nil, page.site == nil, page.language == nil {
            return nil
        }
        return page
    }

    /// `json` (one encoded analysis object) with `"page": …` added as its last field.
    static func adding(_ article: ArticleInput, to json: Data, pretty: Bool) -> Data {
        guard let page = page(of: article), let close = json.lastIndex(of: UInt8(ascii: "}")) else {
            return json
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let fields = try? encoder.encode(page) else { return json }
        var out = Data(json[..<close])
        while let last = out.last, last == 0x0A || last == 0x20 { out.removeLast() }
        out.append(contentsOf: Array((pretty ? ",\n  \"page\" : " : ",\"page\":").utf8))
        // The page's fields come from the page (its site name, author): escaped as the
        // analysis is, so that no bidi or C1 control reaches a terminal.
        out.append(contentsOf: TerminalSafeText.escapingJSON(Array(fields)))
        out.append(contentsOf: Array((pretty ? "\n}" : "}").utf8))
        out.append(json[json.index(after: close)...])
        return out
    }
}
