import Foundation

extension FeedParser {
    /// The title of the feed `data` itself (RSS `channel/title`, Atom `feed/title`), one clean
    /// line; nil when the document is not a feed or has no title.
    public static func title(of data: Data) -> String? {
        withRoot(of: data) { root in title(root: root) }
    }

    /// Runs `body` on the root element of the XML document `data` (the tree kept alive while it
    /// runs); nil when `data` is no XML document.
    static func withRoot<Value>(of data: Data, _ body: (MarkupNode) -> Value?) -> Value? {
        guard !data.contains(0), let doc = MarkupParser.xml(data), let root = doc.root else { return nil }
        return withExtendedLifetime(doc) { body(root) }
    }

    private static func title(root: MarkupNode) -> String? {
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
