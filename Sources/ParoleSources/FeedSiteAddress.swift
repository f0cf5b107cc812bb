import Foundation

extension FeedParser {
    /// The address of the site the feed `data` belongs to, as the feed gives it: RSS
    /// `channel/link`, Atom `xml:base` on `feed`, else its `<link rel="alternate">`; nil when
    /// the document is not a feed or names no site. A saved feed file's relative item links are
    /// resolved against it (``FeedItemLink``).
    public static func siteAddress(of data: Data) -> String? {
        withRoot(of: data) { root in siteAddress(root: root) }
    }

    private static func siteAddress(root: MarkupNode) -> String? {
        let address: String?
        switch root.name {
        case "rss", "rdf":
            address = root.firstElement("channel")?.elements.lazy.filter { $0.name == "link" }
                .map { TextCleaner.clean($0.allText) }.first { !$0.isEmpty }
        case "feed":
            let links = root.elements.filter { $0.name == "link" }
            address =
                root.attribute("base")
                ?? links.first { ($0.attribute("rel") ?? "alternate") == "alternate" }?.attribute("href")
        default: address = nil
        }
        guard let address, !address.isEmpty else { return nil }
        return address
    }
}
