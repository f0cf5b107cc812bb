/// What sort of heading a line of the article is. The raw values are the stable strings of
/// `headings[].kind` in the JSON.
public enum HeadingKind: String, Codable, Sendable, CaseIterable {
    /// The article's title: its first paragraph.
    case title
    /// A later line that reads as a heading rather than body text: a subheading, a caption, a
    /// dateline or a label alone on its line (short, without a final full stop).
    case subheading
}
