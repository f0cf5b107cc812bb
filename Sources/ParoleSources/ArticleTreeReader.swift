/// Finds an article's title, lead and paragraphs in an HTML tree, leaving out what is not
/// the article: navigation, scripts, styles, asides, footers, forms, comments sections.
struct ArticleTreeReader {
    /// Elements whose whole content is left out.
    static let skipped: Set<String> = [
        "script", "style", "nav", "aside", "footer", "noscript", "template", "form", "iframe", "svg",
        "button", "select", "textarea", "figure", "figcaption", "head", "menu", "dialog", "object",
        "canvas", "video", "audio", "map",
    ]

    /// Words in an element's `class` or `id` that mark page furniture rather than the article.
    static let furnitureWords: [String] = [
        "comment", "sidebar", "share", "social", "related", "newsletter", "cookie", "breadcrumb",
        "advert", "promo", "navbar", "menu", "footer",
    ]

    /// Elements that start a new block of text.
    static let blocks: Set<String> = [
        "p", "div", "section", "article", "main", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre",
        "h1", "h2", "h3", "h4", "h5", "h6", "table", "tr", "td", "th", "br", "hr", "header", "body",
    ]

    /// Whether `node` and everything in it are left out.
    static func isSkipped(_ node: MarkupNode) -> Bool {
        if skipped.contains(node.name) { return true }
        if node.attribute("hidden") != nil || node.attribute("aria-hidden") == "true" { return true }
        if node.attribute("role") == "navigation" || node.attribute("role") == "complementary" { return true }
        let marks = ((node.attribute("class") ?? "") + " " + (node.attribute("id") ?? "")).lowercased()
        if !marks.isEmpty, furnitureWords.contains(where: { marks.contains($0) }) { return true }
        return false
    }

    /// The text of an element as one clean line, without the skipped parts; `br` counts as a space.
    static func inlineText(_ node: MarkupNode) -> String {
        var raw = ""
        collect(node, into: &raw)
        return TextCleaner.clean(raw)
    }

    private static func collect(_ node: MarkupNode, into raw: inout String) {
        for child in node.children {
            if child.isText {
                raw += child.content
            } else if child.isElement {
                if child.name == "br" {
                    raw += " "
                } else if !isSkipped(child) {
                    if blocks.contains(child.name) { raw += " " }
                    collect(child, into: &raw)
                    if blocks.contains(child.name) { raw += " " }
                }
            }
        }
    }

    /// The element the article lives in: the `article` with the most paragraph text, else
    /// `main`, else the body, else the root.
    static func scope(of root: MarkupNode) -> MarkupNode {
        var articles: [MarkupNode] = []
        var mains: [MarkupNode] = []
        var body: MarkupNode?
        func visit(_ node: MarkupNode) {
            if isSkipped(node) { return }
            switch node.name {
            case "article": articles.append(node)
            case "main": mains.append(node)
            case "body": if body == nil { body = node }
            default: break
            }
            if node.attribute("role") == "main" { mains.append(node) }
            for child in node.elements { visit(child) }
        }
        visit(root)
        if let best = articles.max(by: { paragraphLength($0) < paragraphLength($1) }),
            paragraphLength(best) > 0
        {
            return best
        }
        return mains.first ?? body ?? root
    }

    private static func paragraphLength(_ node: MarkupNode) -> Int {
        var total = 0
        func visit(_ n: MarkupNode) {
            if isSkipped(n) { return }
            if n.name == "p" {
                total += inlineText(n).unicodeScalars.count
                return
            }
            for child in n.elements { visit(child) }
        }
        visit(node)
        return total
    }

    /// The parts found in `scope`, in document order.
    struct Parts {
        /// The text of the first `h1`.
        var heading: String?
        /// The text of the first `h2` met before any paragraph.
        var lead: String?
        /// The paragraphs: `p`, list items and definitions holding no paragraph of their own,
        /// `pre` blocks.
        var paragraphs: [String] = []
        /// The `datetime` of the first `time` element.
        var time: String?
    }

    /// Reads the headline, lead and paragraphs below `scope`.
    static func parts(of scope: MarkupNode) -> Parts {
        var parts = Parts()
        func visit(_ node: MarkupNode) {
            guard node.isElement, !isSkipped(node) else { return }
            switch node.name {
            case "h1":
                if parts.heading == nil {
                    let text = inlineText(node)
                    if !text.isEmpty { parts.heading = text }
                }
                return
            case "h2":
                if parts.lead == nil, parts.paragraphs.isEmpty {
                    let text = inlineText(node)
                    if !text.isEmpty { parts.lead = text }
                }
                return
            case "time":
                if parts.time == nil { parts.time = node.attribute("datetime") }
            case "p", "pre":
                let text = inlineText(node)
                if !text.isEmpty { parts.paragraphs.append(text) }
                return
            case "li", "dd", "dt", "blockquote":
                if !node.descendants().dropFirst().contains(where: { $0.name == "p" }) {
                    let text = inlineText(node)
                    if !text.isEmpty { parts.paragraphs.append(text) }
                    return
                }
            default:
                break
            }
            for child in node.elements { visit(child) }
        }
        visit(scope)
        return parts
    }

    /// Blocks of loose text below `node`, split at block elements and line breaks: the
    /// fallback for pages and feed items that hold text without paragraph elements.
    static func looseBlocks(_ node: MarkupNode) -> [String] {
        var blocksFound: [String] = []
        var current = ""
        func flush() {
            let text = TextCleaner.clean(current)
            if !text.isEmpty { blocksFound.append(text) }
            current = ""
        }
        func visit(_ n: MarkupNode) {
            for child in n.children {
                if child.isText {
                    current += child.content
                } else if child.isElement, !isSkipped(child) {
                    let isBlock = blocks.contains(child.name)
                    if isBlock { flush() }
                    if child.name != "br" { visit(child) }
                    if isBlock { flush() }
                }
            }
        }
        visit(node)
        flush()
        return blocksFound
    }
}
