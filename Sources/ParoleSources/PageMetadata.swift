import Foundation

/// What a page's `head` says about its article: title, date, address, author.
struct PageMetadata {
    /// The `og:title` meta, else the `title` element.
    var title: String?
    /// The publication date from `article:published_time`, `date`, `dc.date` or `dcterms.date` metas.
    var date: Date?
    /// The canonical address (`link rel=canonical`, else `og:url`).
    var link: String?
    /// The `author` meta.
    var author: String?

    /// Reads the metadata anywhere in the tree below `root` (pages put some of it in the body).
    init(root: MarkupNode) {
        var titleElement: String?
        var ogTitle: String?
        var ogURL: String?
        for node in root.descendants() {
            switch node.name {
            case "title":
                if titleElement == nil {
                    let text = TextCleaner.clean(node.allText)
                    if !text.isEmpty { titleElement = text }
                }
            case "meta":
                let key = (node.attribute("property") ?? node.attribute("name") ?? "").lowercased()
                guard let value = node.attribute("content").map(TextCleaner.clean), !value.isEmpty else {
                    continue
                }
                switch key {
                case "og:title": ogTitle = ogTitle ?? value
                case "og:url": ogURL = ogURL ?? value
                case "author", "article:author", "dc.creator": author = author ?? value
                case "article:published_time", "date", "dc.date", "dcterms.date", "dc.date.issued",
                    "datepublished":
                    date = date ?? FeedDate.parse(value)
                default: break
                }
            case "link":
                if link == nil, node.attribute("rel")?.lowercased() == "canonical" {
                    link = node.attribute("href")
                }
            default:
                break
            }
        }
        title = ogTitle ?? titleElement
        link = link ?? ogURL
    }
}
