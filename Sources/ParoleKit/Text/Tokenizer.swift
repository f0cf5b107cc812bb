/// Cuts text into paragraphs, sentences and tokens, knowing French typography:
/// elisions (l’, qu'), hyphenated inversions (a-t-il), guillemets with any kind of
/// space, abbreviations (M., Mme), numbers with spaced thousands (6 500) and soft
/// hyphens inside words. The words and marks of the language are its ``TokenizerRules``.
public struct Tokenizer: Sendable {
    /// The language-specific facts used.
    public let rules: TokenizerRules

    /// The most scalars an elision of ``rules`` has: a word's head with more visible scalars
    /// (its normal form has at least as many) is none, and is not normalised to be looked up.
    private let longestElision: Int

    /// Creates a tokenizer with the given rules.
    public init(rules: TokenizerRules = .french) {
        self.rules = rules
        longestElision = rules.elisions.map(\.unicodeScalars.count).max() ?? 0
    }

    /// Tokenizes `text`.
    public func document(_ text: String) -> Document {
        document(scalars: ScalarText.scalars(of: text))
    }

    /// Tokenizes text given as Unicode scalars.
    public func document(scalars: [Unicode.Scalar]) -> Document {
        var tokens: [Token] = []
        tokens.reserveCapacity(scalars.count / 5)
        var sentences: [Sentence] = []
        var paragraphs: [Paragraph] = []
        var lineStart = 0
        let n = scalars.count
        // The scalars are read through a buffer pointer: every index below comes from a loop
        // bounded by the line, so the array's bounds checks are not needed.
        scalars.withUnsafeBufferPointer { scalars in
            while lineStart <= n {
                var lineEnd = lineStart
                while lineEnd < n && scalars[lineEnd] != "\n" { lineEnd += 1 }
                var s = lineStart
                var e = lineEnd
                while s < e && CharClass.isSpace(scalars[s]) { s += 1 }
                while e > s && CharClass.isSpace(scalars[e - 1]) { e -= 1 }
                if s < e {
                    let firstToken = tokens.count
                    tokenizeLine(scalars, s, e, into: &tokens)
                    let firstSentence = sentences.count
                    splitSentences(
                        tokens, scalars, firstToken..<tokens.count, paragraph: paragraphs.count,
                        into: &sentences)
                    paragraphs.append(
                        Paragraph(
                            span: Span(s, e), tokens: firstToken..<tokens.count,
                            sentences: firstSentence..<sentences.count))
                }
                lineStart = lineEnd + 1
            }
        }
        return Document(scalars: scalars, tokens: tokens, sentences: sentences, paragraphs: paragraphs)
    }

    // MARK: - Tokens

    private func tokenizeLine(
        _ sc: UnsafeBufferPointer<Unicode.Scalar>, _ start: Int, _ end: Int, into tokens: inout [Token]
    ) {
        var i = start
        while i < end {
            let c = sc[i]
            if CharClass.isSpace(c) || CharClass.isInvisible(c) {
                i += 1
                continue
            }
            if CharClass.isLetter(c) {
                i = scanWord(sc, i, end, into: &tokens)
            } else if CharClass.isDigit(c) {
                i = scanNumber(sc, i, end, into: &tokens)
            } else {
                i = scanPunctuation(sc, i, end, into: &tokens)
            }
        }
    }

    private func scanWord(
        _ sc: UnsafeBufferPointer<Unicode.Scalar>, _ start: Int, _ end: Int, into tokens: inout [Token]
    ) -> Int {
        if let initialsEnd = initialsEnd(sc, start, end) {
            tokens.append(makeToken(sc, start, initialsEnd, .word))
            return initialsEnd
        }
        var i = start
        // The scalars of the word so far that its normal form keeps (all but the invisible
        // ones): past the longest elision, a head cannot be one. Normalising every head made a
        // word of 100,000 apostrophes quadratic.
        var visible = 0
        while i < end {
            let c = sc[i]
            if CharClass.isLetter(c) || CharClass.isDigit(c) || CharClass.isMark(c) || c == "\u{AD}" {
                if !CharClass.isInvisible(c) { visible += 1 }
                i += 1
                continue
            }
            if CharClass.isApostrophe(c), i + 1 < end, CharClass.isLetter(sc[i + 1]) {
                if visible <= longestElision, rules.elisions.contains(Token.normalize(sc, start, i)) {
                    tokens.append(makeToken(sc, start, i + 1, .elision))
                    return i + 1
                }
                visible += 1
                i += 1
                continue
            }
            // An elision typed with a stray space ("l' Union", "d' été"), as in tokenized corpora.
            if CharClass.isApostrophe(c), i + 2 < end, sc[i + 1] == " ", CharClass.isLetter(sc[i + 2]),
                visible <= longestElision, rules.elisions.contains(Token.normalize(sc, start, i))
            {
                tokens.append(makeToken(sc, start, i + 1, .elision))
                return i + 1
            }
            if CharClass.isHyphen(c), i + 1 < end, CharClass.isLetter(sc[i + 1]) {
                if let cliticEnd = cliticEnd(sc, i, end) {
                    tokens.append(makeToken(sc, start, i, .word))
                    tokens.append(makeToken(sc, i, cliticEnd, .clitic))
                    return cliticEnd
                }
                visible += 1
                i += 1
                continue
            }
            break
        }
        // A trailing period belongs to a known abbreviation or to a single capital initial.
        if i < end, sc[i] == ".", i - start <= 4 {
            let word = Token.normalize(sc, start, i)
            let isInitial = i - start == 1 && sc[start].properties.isUppercase
            if rules.abbreviations.contains(word) || isInitial {
                let nextIsSpace = i + 1 >= end || CharClass.isSpace(sc[i + 1])
                if nextIsSpace {
                    tokens.append(makeToken(sc, start, i + 1, .word))
                    return i + 1
                }
            }
        }
        tokens.append(makeToken(sc, start, i, .word))
        return i
    }

    /// If initials written without spaces start at `start` ("F.L.", "J.-P.", "B.C.E."), where
    /// they end, their last period included: two capital letters or more, each followed by its
    /// period, joined directly or by a hyphen, and no letter or digit glued after the last period.
    /// They are one word, so that their periods end no sentence.
    private func initialsEnd(_ sc: UnsafeBufferPointer<Unicode.Scalar>, _ start: Int, _ end: Int) -> Int? {
        func isInitial(_ k: Int) -> Bool {
            k + 1 < end && CharClass.isUppercaseLetter(sc[k]) && sc[k + 1] == "."
        }
        guard isInitial(start) else { return nil }
        var letters = 1
        var i = start + 2
        while letters < Self.maximumInitials {
            if isInitial(i) {
                i += 2
            } else if i < end, CharClass.isHyphen(sc[i]), isInitial(i + 1) {
                i += 3
            } else {
                break
            }
            letters += 1
        }
        guard letters >= 2 else { return nil }
        if i < end, CharClass.isLetter(sc[i]) || CharClass.isDigit(sc[i]) { return nil }
        return i
    }

    /// The longest run of initials read as one word.
    private static let maximumInitials = 8

    /// If a hyphen at `hyphen` opens an inverted subject pronoun ("-t-il", "-elle"), where it ends.
    private func cliticEnd(_ sc: UnsafeBufferPointer<Unicode.Scalar>, _ hyphen: Int, _ end: Int) -> Int? {
        var j = hyphen + 1
        // A euphonic letter between hyphens ("-t-").
        if j + 1 < end, rules.euphonicLetters.contains(sc[j]), CharClass.isHyphen(sc[j + 1]) { j += 2 }
        var k = j
        while k < end, CharClass.isLetter(sc[k]) { k += 1 }
        guard k > j, k == end || !(CharClass.isHyphen(sc[k]) || CharClass.isApostrophe(sc[k])) else {
            return nil
        }
        guard sc[j].properties.isLowercase else { return nil }
        return rules.cliticPronouns.contains(Token.normalize(sc, j, k)) ? k : nil
    }

    private func scanNumber(
        _ sc: UnsafeBufferPointer<Unicode.Scalar>, _ start: Int, _ end: Int, into tokens: inout [Token]
    )
        -> Int
    {
        var i = start
        while i < end {
            let c = sc[i]
            if CharClass.isDigit(c) {
                i += 1
            } else if (c == "," || c == "."), i + 1 < end, CharClass.isDigit(sc[i + 1]) {
                i += 1
            } else if CharClass.isSpace(c), c != "\n", isThousandsGroup(sc, i + 1, end) {
                i += 1
            } else {
                break
            }
        }
        // Ordinals and the like stay one token ("1er", "XXe" are words).
        while i < end, CharClass.isLetter(sc[i]), i - start < 6 { i += 1 }
        tokens.append(makeToken(sc, start, i, .number))
        return i
    }

    /// Whether exactly three digits start at `i`, followed by no further digit.
    private func isThousandsGroup(_ sc: UnsafeBufferPointer<Unicode.Scalar>, _ i: Int, _ end: Int) -> Bool {
        guard i + 3 <= end else { return false }
        for k in i..<(i + 3) where !CharClass.isDigit(sc[k]) { return false }
        return i + 3 == end || !CharClass.isDigit(sc[i + 3])
    }

    private func scanPunctuation(
        _ sc: UnsafeBufferPointer<Unicode.Scalar>, _ start: Int, _ end: Int, into tokens: inout [Token]
    )
        -> Int
    {
        let c = sc[start]
        if !c.isASCII {
            if rules.openingQuotes.contains(c) {
                tokens.append(makeToken(sc, start, start + 1, .openQuote))
                return start + 1
            }
            if rules.closingQuotes.contains(c) {
                tokens.append(makeToken(sc, start, start + 1, .closeQuote))
                return start + 1
            }
        }
        switch c {
        case "\"":
            let before = start == 0 ? " " : sc[start - 1]
            let after: Unicode.Scalar = start + 1 < end ? sc[start + 1] : " "
            var opens =
                (CharClass.isSpace(before) || before == "(" || before == "[" || CharClass.isApostrophe(before)
                    || before == "-")
                && !CharClass.isSpace(after)
            if CharClass.isSpace(before) && CharClass.isSpace(after) {
                // Spaced on both sides (tokenized text: ' dans " La Reine des neiges " '): it closes
                // a straight quote opened shortly before, else it opens one.
                let recent = tokens.suffix(40).last { sc[$0.span.start] == "\"" }
                opens = recent?.kind != .openQuote
            }
            tokens.append(makeToken(sc, start, start + 1, opens ? .openQuote : .closeQuote))
            return start + 1
        case ".":
            var i = start
            while i < end && sc[i] == "." { i += 1 }
            tokens.append(makeToken(sc, start, i, .terminal))
            return i
        case "!", "?", "…":
            var i = start + 1
            while i < end && (sc[i] == "!" || sc[i] == "?") { i += 1 }
            tokens.append(makeToken(sc, start, i, .terminal))
            return i
        default:
            // Marks and other joiners that do not start a word are kept as punctuation.
            tokens.append(makeToken(sc, start, start + 1, .punctuation))
            return start + 1
        }
    }

    private func makeToken(
        _ sc: UnsafeBufferPointer<Unicode.Scalar>, _ start: Int, _ end: Int, _ kind: TokenKind
    ) -> Token {
        var letters = 0
        var upper = 0
        var firstIsUpper = false
        var sawLetter = false
        for k in start..<end {
            let c = sc[k]
            if c.isASCII {
                let v = c.value
                if v >= 65 && v <= 90 {
                    letters += 1
                    upper += 1
                    if !sawLetter { firstIsUpper = true }
                    sawLetter = true
                } else if v >= 97 && v <= 122 {
                    letters += 1
                    sawLetter = true
                }
            } else if CharClass.isLetter(c) {
                letters += 1
                if CharClass.isUppercaseLetter(c) {
                    upper += 1
                    if !sawLetter { firstIsUpper = true }
                }
                sawLetter = true
            }
        }
        return Token(
            span: Span(start, end), kind: kind, norm: Token.normalize(sc, start, end),
            isCapitalized: firstIsUpper, isAllCaps: letters >= 2 && upper == letters)
    }

    // MARK: - Sentences

    private func splitSentences(
        _ tokens: [Token], _ sc: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>, paragraph: Int,
        into sentences: inout [Sentence]
    ) {
        guard !range.isEmpty else { return }
        var first = range.lowerBound
        var bracketDepth = 0
        var i = range.lowerBound
        while i < range.upperBound {
            let t = tokens[i]
            let m = mark(t, sc)
            if m == "[" || m == "(" { bracketDepth += 1 }
            if m == "]" || m == ")" { bracketDepth = max(0, bracketDepth - 1) }
            if bracketDepth == 0 && (t.kind == .terminal || endsSentenceAfterInitials(tokens, i, range, sc)) {
                var last = i
                // Closing quotes and brackets right after the terminal stay with the sentence.
                while last + 1 < range.upperBound,
                    tokens[last + 1].kind == .closeQuote || mark(tokens[last + 1], sc) == ")"
                {
                    last += 1
                }
                let next = last + 1
                if next >= range.upperBound || startsSentence(tokens[next], sc) {
                    sentences.append(
                        Sentence(
                            span: Span(tokens[first].span.start, tokens[last].span.end), tokens: first..<next,
                            paragraph: paragraph))
                    first = next
                    i = next
                    continue
                }
            }
            i += 1
        }
        if first < range.upperBound {
            sentences.append(
                Sentence(
                    span: Span(tokens[first].span.start, tokens[range.upperBound - 1].span.end),
                    tokens: first..<range.upperBound, paragraph: paragraph))
        }
    }

    /// Whether the run of initials at `i` ("J.-C.", "B.C.E.", "U.S.A.") ends its sentence with its
    /// last period: the word after it is a capitalised sentence opener of the language (a
    /// determiner, pronoun, preposition, adverb or weekday: "Le", "Il", "Selon", "Mardi"). Not
    /// before the name the initials belong to ("J.-P. Bruneau", "R.T. Ozanne Berlier"), nor before
    /// a determiner that opens a name ("J.-M. Le Pen").
    private func endsSentenceAfterInitials(
        _ tokens: [Token], _ i: Int, _ range: Range<Int>, _ sc: UnsafeBufferPointer<Unicode.Scalar>
    ) -> Bool {
        let t = tokens[i]
        guard t.kind == .word, t.span.end - t.span.start >= 4, sc[t.span.end - 1] == ".",
            initialsEnd(sc, t.span.start, t.span.end) == t.span.end, i + 1 < range.upperBound
        else { return false }
        let next = tokens[i + 1]
        guard next.kind == .word || next.kind == .elision, next.isCapitalized,
            rules.sentenceOpeners.contains(next.norm) || rules.cliticPronouns.contains(next.norm)
        else { return false }
        let nameFollows =
            i + 2 < range.upperBound && tokens[i + 2].kind == .word && tokens[i + 2].isCapitalized
        return !(rules.nameDeterminers.contains(next.norm) && nameFollows)
    }

    private func startsSentence(_ t: Token, _ sc: UnsafeBufferPointer<Unicode.Scalar>) -> Bool {
        if t.isCapitalized || t.kind == .openQuote || t.kind == .number { return true }
        return t.kind == .punctuation && t.span.end - t.span.start == 1
            && rules.sentenceDashes.contains(sc[t.span.start])
    }

    /// The scalar of a punctuation token of one scalar (its norm is that scalar), else NUL: the
    /// sentence splitter compares scalars rather than norms.
    @inline(__always)
    private func mark(_ t: Token, _ sc: UnsafeBufferPointer<Unicode.Scalar>) -> Unicode.Scalar {
        t.kind == .punctuation && t.span.end - t.span.start == 1 ? sc[t.span.start] : "\0"
    }
}

extension Token {
    /// The normal form of the scalars from `start` to `end`: lower-case, ’ written ',
    /// soft hyphens and zero-width characters dropped.
    ///
    /// Written as UTF-8 bytes into a buffer on the stack, then made a string at once (a string
    /// of up to 15 bytes is stored inline, with no allocation); a scalar whose lower case needs
    /// the Unicode tables (upper-case beyond Latin-1) takes the scalar-by-scalar path.
    public static func normalize(_ sc: [Unicode.Scalar], _ start: Int, _ end: Int) -> String {
        precondition(start >= 0 && end <= sc.count, "range outside the scalars")
        return sc.withUnsafeBufferPointer { normalize($0, start, end) }
    }

    /// The normal form of the scalars of `sc` from `start` to `end` (see above).
    static func normalize(_ sc: UnsafeBufferPointer<Unicode.Scalar>, _ start: Int, _ end: Int) -> String {
        guard start < end else { return "" }
        let scalars = UnsafeBufferPointer(rebasing: sc[start..<end])
        return normalize(scalars) ?? normalizeByUnicodeTables(scalars)
    }

    /// The normal form of `scalars` when every scalar folds without the Unicode tables (ASCII,
    /// Latin-1, apostrophes, invisible characters, any scalar that is not upper-case beyond
    /// Latin-1), else nil.
    @inline(__always)
    private static func normalize(_ scalars: UnsafeBufferPointer<Unicode.Scalar>) -> String? {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: scalars.count &* 4) { out -> String? in
            var n = 0
            for c in scalars {
                let v = c.value
                if v < 0x80 {
                    out[n] = UInt8(truncatingIfNeeded: v >= 65 && v <= 90 ? v &+ 32 : v)
                    n &+= 1
                    continue
                }
                var w = v
                if v == 0x2019 || v == 0x02BC {
                    out[n] = 0x27  // '
                    n &+= 1
                    continue
                } else if v == 0xAD || v == 0x200B || v == 0x200C || v == 0x200D || v == 0x2060 || v == 0xFEFF
                {
                    continue
                } else if v >= 0xC0 && v <= 0xDE && v != 0xD7 {
                    w = v &+ 32
                } else if v > 0xFF && c.properties.isUppercase {
                    return nil
                }
                n = ScalarText.encode(w, into: out, at: n)
            }
            return String(decoding: UnsafeBufferPointer(rebasing: out[..<n]), as: UTF8.self)
        }
    }

    /// The normal form of `scalars`, lower-casing through the Unicode tables.
    private static func normalizeByUnicodeTables(_ scalars: UnsafeBufferPointer<Unicode.Scalar>) -> String {
        var out = String.UnicodeScalarView()
        for c in scalars {
            if c.isASCII {
                let v = c.value
                out.append(v >= 65 && v <= 90 ? Unicode.Scalar(v + 32)! : c)
            } else if CharClass.isApostrophe(c) {
                out.append("'")
            } else if CharClass.isInvisible(c) {
                continue
            } else if c.value >= 0xC0 && c.value <= 0xDE && c.value != 0xD7 {
                out.append(Unicode.Scalar(c.value + 32)!)
            } else if c.value >= 0xDF && c.value <= 0xFF {
                out.append(c)
            } else if c.properties.isUppercase {
                out.append(contentsOf: c.properties.lowercaseMapping.unicodeScalars)
            } else {
                out.append(c)
            }
        }
        return String(out)
    }
}
