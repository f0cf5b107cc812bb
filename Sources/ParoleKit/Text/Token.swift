/// What a token is made of.
public enum TokenKind: UInt8, Sendable {
    /// Letters, possibly with inner hyphens, apostrophes of elision excluded ("Haut-Karabakh").
    case word
    /// An elided article, pronoun or conjunction with its apostrophe ("l’", "qu'", "d’").
    case elision
    /// A hyphenated subject pronoun after an inverted verb ("-t-il", "-elle", "-on").
    case clitic
    /// Digits, with inner separators kept ("6 500", "3,5", "2012").
    case number
    /// An opening quotation mark: « “ or a straight " that opens.
    case openQuote
    /// A closing quotation mark: » ” or a straight " that closes.
    case closeQuote
    /// Sentence-ending punctuation: . ! ? …
    case terminal
    /// Any other punctuation or symbol.
    case punctuation
}

/// One token of an article: where it stands, what it is, and its normalised form.
public struct Token: Hashable, Sendable {
    /// The token's span in the article, in Unicode scalars.
    public var span: Span
    /// What the token is made of.
    public var kind: TokenKind
    /// The token's text, lower-cased, with ’ written ' and soft hyphens removed.
    public var norm: String
    /// Whether the token's first letter is upper-case.
    public var isCapitalized: Bool
    /// Whether every letter of the token is upper-case and it has at least two.
    public var isAllCaps: Bool

    /// Creates a token.
    public init(span: Span, kind: TokenKind, norm: String, isCapitalized: Bool, isAllCaps: Bool) {
        self.span = span
        self.kind = kind
        self.norm = norm
        self.isCapitalized = isCapitalized
        self.isAllCaps = isAllCaps
    }

    /// Whether the token is a word, an elision or a clitic.
    public var isWordLike: Bool { kind == .word || kind == .elision || kind == .clitic }

    /// Whether the norm is `literal`, byte for byte. For a literal that no other text is
    /// canonically equivalent to (ASCII punctuation but ";", dashes, brackets) this answers
    /// `norm == literal` without the Unicode comparison `==` makes of a non-ASCII norm.
    @inline(__always)
    func normIs(_ literal: StaticString) -> Bool {
        let n = literal.utf8CodeUnitCount
        guard norm.utf8.count == n else { return false }
        let bytes = UnsafeBufferPointer(start: literal.utf8Start, count: n)
        return norm.utf8.elementsEqual(bytes)
    }
}
