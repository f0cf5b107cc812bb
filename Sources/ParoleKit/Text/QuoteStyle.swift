/// A style of quotation marks a language's press uses: the marks that open it and the marks that
/// close it ("«" and "»"; "“" "„" and "”" "“"), read from the `[quote-pairs]` section of
/// `tokenizer.txt`. A mark in both sets opens unless a mark that only opens the style is open
/// before it ("„ … “" closes, "“ … ”" opens). A closing mark that is also an apostrophe ("’")
/// closes only apart from a word.
public struct QuoteStyle: Sendable, Equatable {
    /// The marks (one character each) that open a quote of this style.
    public var opens: Set<String>
    /// The marks (one character each) that close a quote of this style.
    public var closes: Set<String>
    /// Whether a paragraph may write the style reversed ("» … «"): its first mark closes and its
    /// last opens.
    public var reversible: Bool

    /// Creates a style from its opening and closing marks.
    public init(opens: Set<String>, closes: Set<String>, reversible: Bool = false) {
        self.opens = opens
        self.closes = closes
        self.reversible = reversible
    }

    /// The styles of the lines of a `[quote-pairs]` section: each line the opening marks, "/",
    /// the closing marks, then optionally "reversible". A line without "/", with no mark on one
    /// side, a mark of several characters or another word after the closing marks is an error
    /// naming the file.
    static func styles(_ lines: [[String]], name: String) throws -> [QuoteStyle] {
        try lines.map { words in
            guard let slash = words.firstIndex(of: "/") else {
                throw ResourceFormatError(
                    description:
                        "\(name): [quote-pairs] line \"\(words.joined(separator: " "))\" has no \"/\"")
            }
            var closing = Array(words[(slash + 1)...])
            let reversible = closing.last == "reversible"
            if reversible { closing.removeLast() }
            let opening = Array(words[..<slash])
            for mark in opening + closing where mark.unicodeScalars.count != 1 {
                throw ResourceFormatError(
                    description: "\(name): [quote-pairs] holds \"\(mark)\", not one character")
            }
            guard !opening.isEmpty, !closing.isEmpty else {
                throw ResourceFormatError(
                    description:
                        "\(name): [quote-pairs] line \"\(words.joined(separator: " "))\" lacks a mark")
            }
            return QuoteStyle(opens: Set(opening), closes: Set(closing), reversible: reversible)
        }
    }
}
