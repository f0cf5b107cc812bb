/// One block of text read from a page: a paragraph, a subheading, a list item, a quotation, a
/// line of a `br`-separated run, with how much of it sits inside links.
struct TextBlock: Equatable {
    /// What kind of element the text came from.
    enum Kind: Equatable {
        /// A paragraph or a run of loose text.
        case paragraph
        /// A heading of this level (1–6).
        case heading(Int)
        /// A list item.
        case listItem
        /// A table cell.
        case cell
    }

    /// The text, one clean line.
    var text: String
    /// What it came from.
    var kind: Kind
    /// Characters of the text inside links.
    var linkLength: Int

    /// The share of the text inside links (0 for empty text).
    var linkDensity: Double {
        let count = PageNode.visibleCount(text)
        return count == 0 ? 0 : min(1, Double(linkLength) / Double(count))
    }
}
