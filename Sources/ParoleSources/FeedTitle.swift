import Foundation

extension FeedParser {
    /// The title of the feed `data` itself (RSS `channel/title`, Atom `feed/title`), one clean
    /// line; nil when the document is not a feed or has no title.
    public static func title(of data: Data) -> String? {
        guard !data.contains(0), let doc = MarkupParser.xml(data), let root = doc.root else { return nil }
        // The nodes point into the tree: keep it alive until the function returns.
        defer { withExtendedLifetime(doc) {} }
        let holder: MarkupNode?
        switch root.name {
        case "rss": holder = root.firstElement("channel")
        case "rdf": holder = root.firstElement("channel")
        case "feed": holder = root
        default: holder = nil
        }
        guard let title = holder?.firstElement("title").map({ TextCleaner.clean($0.allText) }), !title.isEmpty
        else { return nil }
        return title
    }
}
