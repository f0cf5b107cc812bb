import Foundation

/// What a page's JSON-LD blocks (`script type="application/ld+json"`) say about its article:
/// the schema.org `Article`/`NewsArticle`/`BlogPosting`… object's headline, dates, authors,
/// publisher and body.
struct LinkedData {
    /// The `headline` (or `name`).
    var headline: String?
    /// The `datePublished` text.
    var datePublished: String?
    /// The `dateModified` text.
    var dateModified: String?
    /// The authors' names.
    var authors: [String] = []
    /// The publisher's name.
    var publisher: String?
    /// The `articleBody`.
    var articleBody: String?
    /// The `inLanguage`.
    var language: String?

    /// The schema.org types read as an article.
    static let articleTypes: Set<String> = [
        "article", "newsarticle", "blogposting", "reportagenewsarticle", "analysisnewsarticle",
        "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle", "liveblogposting",
        "scholarlyarticle", "techarticle", "report", "webpage", "posting", "socialmediaposting",
    ]

    /// Reads the blocks; malformed ones are skipped.
    init(blocks: [String]) {
        var objects: [[String: Any]] = []
        for block in blocks {
            guard let data = block.trimmingCharacters(in: .whitespacesAndNewlines).data(using: .utf8),
                let value = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
            else { continue }
            Self.gather(value, into: &objects, depth: 0)
        }
        // The most specific article object first; a plain WebPage last.
        let ranked = objects.filter { Self.types(of: $0).contains { Self.articleTypes.contains($0) } }
            .sorted { Self.rank($0) < Self.rank($1) }
        for object in ranked {
            headline = headline ?? Self.string(object["headline"]) ?? Self.string(object["name"])
            datePublished = datePublished ?? Self.string(object["datePublished"])
            dateModified = dateModified ?? Self.string(object["dateModified"])
            if authors.isEmpty { authors = Self.names(object["author"]) }
            publisher = publisher ?? Self.names(object["publisher"], skippingPeople: true).first
            if articleBody == nil, let body = object["articleBody"] as? String,
                !body.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
            {
                articleBody = body
            }
            language = language ?? Self.string(object["inLanguage"])
        }
        if publisher == nil {
            publisher = objects.first { Self.types(of: $0).contains("newsmediaorganization") }
                .flatMap { Self.string($0["name"]) }
        }
    }

    private static func rank(_ object: [String: Any]) -> Int {
        let types = types(of: object)
        if types.contains("webpage") { return 2 }
        return object["articleBody"] != nil || object["headline"] != nil ? 0 : 1
    }

    private static func gather(_ value: Any, into objects: inout [[String: Any]], depth: Int) {
        guard depth < 6 else { return }
        if let array = value as? [Any] {
            for item in array { gather(item, into: &objects, depth: depth + 1) }
        } else if let object = value as? [String: Any] {
            objects.append(object)
            if let graph = object["@graph"] { gather(graph, into: &objects, depth: depth + 1) }
            if let main = object["mainEntity"] { gather(main, into: &objects, depth: depth + 1) }
        }
    }

    private static func types(of object: [String: Any]) -> [String] {
        if let type = object["@type"] as? String { return [type.lowercased()] }
        if let types = object["@type"] as? [Any] { return types.compactMap { ($0 as? String)?.lowercased() } }
        return []
    }

    private static func string(_ value: Any?) -> String? {
        if let text = value as? String {
            let clean = TextCleaner.clean(text)
            return clean.isEmpty ? nil : clean
        }
        if let array = value as? [Any] { return array.lazy.compactMap { string($0) }.first }
        return nil
    }

    /// Names from a `Person`/`Organization` value, a string, or a list of either; with
    /// `skippingPeople`, not a `Person`'s (a blog's publisher given as its author is no site name).
    private static func names(_ value: Any?, skippingPeople: Bool = false) -> [String] {
        if let text = string(value) { return [text] }
        if let object = value as? [String: Any] {
            // Some pages write "type" for "@type".
            let type = types(of: object) + [(object["type"] as? String)?.lowercased()].compactMap { $0 }
            if skippingPeople, type.contains("person") { return [] }
            return string(object["name"]).map { [$0] } ?? []
        }
        if let array = value as? [Any] { return array.flatMap { names($0, skippingPeople: skippingPeople) } }
        return []
    }
}
