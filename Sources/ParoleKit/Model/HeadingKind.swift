/// What sort of heading a line of the article is. The raw values are the stable strings of
/// `headings[].kind` in the JSON; more may be added, so a kind this version does not know (from
/// a newer writer) decodes as ``subheading`` rather than failing the whole analysis.
public enum HeadingKind: String, Codable, Sendable, CaseIterable {
    /// The article's title: its first paragraph.
    case title
    /// A later line that reads as a heading rather than body text: a subheading, a caption, a
    /// dateline or a label alone on its line (see `headings` in docs/analysis-format.md).
    case subheading

    /// Decodes a known kind by its raw value, and any other string as ``subheading``.
    public init(from decoder: any Decoder) throws {
        let raw = try decoder.singleValueContainer().decode(String.self)
        self = HeadingKind(rawValue: raw) ?? .subheading
    }
}
