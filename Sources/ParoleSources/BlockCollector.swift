import Foundation

/// Reads the text blocks below page nodes in document order: block elements start a new
/// block, `br` starts a new line outside paragraphs, `<q>` is set in guillemets, links are
/// counted, and furniture is left out.
struct BlockCollector {
    /// Elements that end the block before them and start a new one.
    static let blockElements: Set<String> = [
        "p", "div", "section", "article", "main", "header", "li", "ul", "ol", "dl", "dt", "dd", "blockquote",
        "pre", "h1", "h2", "h3", "h4", "h5", "h6", "table", "tr", "td", "th", "hr", "figure", "center",
        "address", "details", "summary", "form", "body", "html", "caption", "tbody", "thead", "tfoot",
        "hgroup", "picture", "footer", "nav", "aside",
    ]

    /// The blocks found, in document order.
    private(set) var blocks: [TextBlock] = []
    private var current = ""
    private var currentLinks = 0
    private var kind = TextBlock.Kind.paragraph
    private var linkDepth = 0
    private var paragraphDepth = 0
    /// The opening and closing quotation marks a `<q>` gets.
    let quoteMarks: (open: String, close: String)

    /// Creates a collector setting `<q>` between `quoteMarks`.
    init(quoteMarks: (open: String, close: String) = ("«\u{A0}", "\u{A0}»")) {
        self.quoteMarks = quoteMarks
    }

    /// Reads the blocks below `node` (the node included).
    mutating func collect(_ node: PageNode) {
        visit(node)
        flush()
    }

    private mutating func flush() {
        let text = TextCleaner.clean(current)
        // A block of no-break spaces only (`<p>&nbsp;</p>`, a spacer) holds no text.
        if text.unicodeScalars.contains(where: { !$0.properties.isWhitespace }) {
            blocks.append(TextBlock(text: text, kind: kind, linkLength: currentLinks))
        }
        current = ""
        currentLinks = 0
    }

    private mutating func visit(_ node: PageNode) {
        if node.isText {
            current += node.text
            if linkDepth > 0 { currentLinks += PageNode.visibleCount(node.text) }
            return
        }
        if node.isFurniture { return }
        let name = node.name
        if name == "br" {
            if paragraphDepth > 0 { current += " " } else { flush() }
            return
        }
        let isBlock = Self.blockElements.contains(name)
        let outerKind = kind
        if isBlock {
            flush()
            switch name {
            case "h1", "h2", "h3", "h4", "h5", "h6": kind = .heading(Int(String(name.dropFirst())) ?? 2)
            case "li", "dt", "dd": kind = .listItem
            case "td", "th": kind = .cell
            case "p", "pre", "blockquote": kind = .paragraph
            default: break
            }
        }
        if name == "p" { paragraphDepth += 1 }
        if name == "a" { linkDepth += 1 }
        var quoted = false
        if name == "q" {
            let inner = node.allText.trimmingCharacters(in: .whitespaces)
            quoted = !(inner.hasPrefix("«") || inner.hasPrefix("\"") || inner.hasPrefix("“"))
            if quoted { current += quoteMarks.open }
        }
        for child in node.children { visit(child) }
        if quoted { current += quoteMarks.close }
        if name == "a" { linkDepth -= 1 }
        if name == "p" { paragraphDepth -= 1 }
        if isBlock {
            flush()
            kind = outerKind
        } else if name == "td" || name == "th" {
            current += " "
        }
    }
}
