/// What every entity rule reads of a document: its tokens, what the model observed of each
/// token (word hashes, gazetteer marks, case and teacher classes), the lexicon and the
/// language's rule words, with the token facts and span operations the rules share.
struct EntityRuleContext {
    /// The document analysed.
    let document: Document
    /// Its tokens.
    let tokens: [Token]
    /// What was observed of each token.
    let observations: TokenObservations
    /// Gazetteers and trigger words.
    let lexicon: NameLexicon
    /// The language's rule words.
    let words: EntityRuleWords
    /// The lexicon categories of each token alone, looked up once (``single(_:_:)`` is asked
    /// several times per token).
    private let singleCategories: [UInt16]

    init(document: Document, observations: TokenObservations, lexicon: NameLexicon, words: EntityRuleWords) {
        self.document = document
        self.tokens = document.tokens
        self.observations = observations
        self.lexicon = lexicon
        self.words = words
        singleCategories = observations.word.map {
            lexicon.categories(ofSequenceHash: FeatureHash.mix(0, $0))
        }
    }

    // MARK: - Token facts

    /// Whether token `i` is a capitalised word (false outside the document).
    func isCap(_ i: Int) -> Bool {
        i >= 0 && i < tokens.count && tokens[i].isWordLike && tokens[i].isCapitalized
    }

    /// Whether token `i` is written in capitals ("ONU"; false outside the document).
    func isAllCaps(_ i: Int) -> Bool { i >= 0 && i < tokens.count && tokens[i].isAllCaps }

    /// Whether token `i`'s norm ends as a regular plural does (`regularPluralEnding`: "Canucks").
    func hasRegularPlural(_ i: Int) -> Bool {
        let n = norm(i)
        return words.regularPluralEnding.contains { n.hasSuffix($0) }
    }

    /// Whether token `i` is a word written lower-case (false outside the document).
    func isLowercaseWord(_ i: Int) -> Bool {
        i >= 0 && i < tokens.count && tokens[i].kind == .word && !tokens[i].isCapitalized
    }

    /// Whether token `i` is an elided word written lower-case ("n'", "qu'"; false outside the
    /// document).
    func isLowercaseElision(_ i: Int) -> Bool {
        i >= 0 && i < tokens.count && tokens[i].kind == .elision && !tokens[i].isCapitalized
    }

    /// Token `i`'s norm ("" outside the document).
    func norm(_ i: Int) -> String { i >= 0 && i < tokens.count ? tokens[i].norm : "" }

    /// Whether token `i` is an elided word ("l'", "n'"; false outside the document).
    func isElided(_ i: Int) -> Bool {
        let n = norm(i)
        return words.elisionMark.contains { n.hasSuffix($0) }
    }

    /// The hash of token `i`'s norm (that of "" outside the document), for ``WordSet`` lookups.
    func word(_ i: Int) -> UInt64 {
        i >= 0 && i < tokens.count ? observations.word[i] : EntityRuleContext.emptyWord
    }
    private static let emptyWord = FeatureHash.of("")

    /// Whether token `i`'s word is in `set`.
    func `is`(_ i: Int, in set: WordSet) -> Bool { set.contains(word(i)) }

    /// Whether token `i` heads an institution written in lower case: a
    /// `lowercaseInstitutionHead` ("commission"), or a `qualifiedLowercaseInstitutionHead`
    /// followed by a `lowercaseInstitutionQualifier` ("service départemental").
    func isLowercaseInstitutionHead(_ i: Int) -> Bool {
        `is`(i, in: words.lowercaseInstitutionHead)
            || (`is`(i, in: words.qualifiedLowercaseInstitutionHead)
                && `is`(i + 1, in: words.lowercaseInstitutionQualifier))
    }

    /// The hash of the norms of `range`, as the lexicon keys its entries.
    func sequenceHash(_ range: Range<Int>) -> UInt64 {
        var h: UInt64 = 0
        for k in range { h = FeatureHash.mix(h, observations.word[k]) }
        return h
    }

    /// The lexicon categories of the whole of `range`, as a bit set.
    func categories(of range: Range<Int>) -> UInt16 {
        lexicon.categories(ofSequenceHash: sequenceHash(range))
    }

    /// Whether the lexicon has `range` as an entry of one of `categories`.
    func isKnown(_ range: Range<Int>, as categories: NameLexicon.Category...) -> Bool {
        let bits = categories.reduce(UInt16(0)) { $0 | UInt16(1 << $1.rawValue) }
        return self.categories(of: range) & bits != 0
    }

    /// Whether token `k` is initials written together ("B.C.E.", "P.S.") whose letters alone are
    /// an organisation the lexicon knows ("BCE", "PS").
    func isKnownAcronym(_ k: Int) -> Bool {
        guard k >= 0 && k < tokens.count else { return false }
        let letters = norm(k).filter { $0 != "." && $0 != "-" }
        guard !letters.isEmpty else { return false }
        let bit = UInt16(1 << NameLexicon.Category.organisation.rawValue)
        return lexicon.categories(ofSequenceHash: FeatureHash.mix(0, FeatureHash.of(letters))) & bit != 0
    }

    /// Whether token `i` starts, continues or ends a lexicon entry of one of `categories`.
    func isMarked(_ i: Int, as categories: NameLexicon.Category...) -> Bool {
        guard i >= 0 && i < tokens.count else { return false }
        let bits = categories.reduce(UInt64(0)) { $0 | UInt64(1 << $1.rawValue) }
        return observations.gazetteer[i] & bits != 0
    }

    /// The case class the debates give token `k`'s word (see ``WordStatistics``): 0 unknown,
    /// 1–2 mostly lower-case, 4–5 mostly capitalised; 1 outside the document.
    func caseClass(_ k: Int) -> UInt32 {
        k >= 0 && k < tokens.count ? observations.cluster[k] >> 4 : 1
    }

    /// Whether token `k`'s word is mostly written lower-case: a common word ("non", "grand").
    func writtenLowerCase(_ k: Int) -> Bool { (1...2).contains(caseClass(k)) }

    /// The type the teacher lexicon mostly gave token `k`'s word (nil when none).
    func teacherType(_ k: Int) -> EntityType? {
        guard k >= 0 && k < tokens.count else { return nil }
        switch observations.teacher[k] >> 3 {
        case 1: return .person
        case 2: return .organization
        case 3: return .location
        case 4: return .miscellaneous
        default: return nil
        }
    }

    /// Whether token `i` stands on the same line as the token before it (a name never runs over
    /// a line break: "Ouragan Sandy⏎⏎Une…").
    func continuesLine(_ i: Int) -> Bool {
        guard i > 0 && i < tokens.count else { return false }
        let gap = tokens[i - 1].span.end..<tokens[i].span.start
        return !gap.contains { document.scalars[$0] == "\n" }
    }

    /// Whether token `i` opens a sentence.
    func isSentenceInitial(_ i: Int) -> Bool {
        i >= 0 && i < tokens.count && observations.flags[i].contains(.sentenceInitial)
    }

    /// Whether token `i` alone is a lexicon entry of `category`.
    func single(_ i: Int, _ category: NameLexicon.Category) -> Bool {
        i >= 0 && i < tokens.count && (singleCategories[i] >> UInt16(category.rawValue)) & 1 == 1
    }

    /// Whether token `k` is a year ("2012") on the same line as the token before it.
    func isYear(_ k: Int) -> Bool {
        guard k >= 0, k < tokens.count, tokens[k].kind == .number, continuesLine(k), norm(k).count == 4,
            let year = Int(norm(k))
        else { return false }
        return (1800...2099).contains(year)
    }

    /// Whether token `k` is a year that dates an edition of the name ending right before it
    /// ("Festival de Cannes 2007", "Angoulême 2028"): one space between, no unit after the number
    /// ("… 2000 personnes") and no season ("2012-2013", "2006/07").
    func isEditionYear(_ k: Int) -> Bool {
        guard isYear(k), isOneSpaceAfterPrevious(k), !self.is(k + 1, in: words.unit) else { return false }
        let startsSeason =
            k + 2 < tokens.count && tokens[k + 2].kind == .number && touchesPrevious(k + 1)
            && touchesPrevious(k + 2) && self.is(k + 1, in: words.seasonSeparator)
        return !startsSeason
    }

    /// Whether token `k` touches the token before it, no space between ("." of "arXiv.org").
    func touchesPrevious(_ k: Int) -> Bool {
        k > 0 && k < tokens.count && tokens[k - 1].span.end == tokens[k].span.start
    }

    /// Whether one space, nothing else, separates token `k` from the token before it.
    func isOneSpaceAfterPrevious(_ k: Int) -> Bool {
        guard k > 0 && k < tokens.count else { return false }
        let gap = tokens[k - 1].span.end..<tokens[k].span.start
        return gap.count == 1 && document.scalars[gap.lowerBound] == " "
    }

    // MARK: - Complements

    /// The first token of the complement opened at `k` by "de", "du", "des", "d'", "de la" or
    /// "de l'" (nil when no such preposition is at `k`).
    func complement(at k: Int) -> Int? {
        guard `is`(k, in: words.complementPreposition) else { return nil }
        if `is`(k, in: words.articlePreposition), `is`(k + 1, in: words.complementArticle) { return k + 2 }
        return k + 1
    }

    /// The head before the complement that starts at `start` ("Canucks" for "Vancouver" in
    /// "Canucks de Vancouver"): the token before its preposition (nil when none).
    func head(beforeComplementAt start: Int) -> Int? {
        if `is`(start - 1, in: words.complementPreposition) { return start >= 2 ? start - 2 : nil }
        if `is`(start - 1, in: words.complementArticle) && `is`(start - 2, in: words.articlePreposition) {
            return start >= 3 ? start - 3 : nil
        }
        return nil
    }

    /// The end of "de la Défense", "des Affaires étrangères", "de l'Intérieur et des Cultes"
    /// starting at `start`: capitalised complements and their adjectives, coordinated.
    func capitalizedComplements(from start: Int) -> Int? {
        var j = start
        var end: Int? = nil
        while true {
            var k = j
            if `is`(k, in: words.coordination), end != nil { k += 1 }
            guard let c = complement(at: k), isCap(c) else { break }
            k = c
            // "des Affaires étrangères", "des Nations unies": an adjective of a complement or of
            // an institution.
            while isCap(k)
                || (k < tokens.count
                    && (`is`(k, in: words.complementAdjective) || `is`(k, in: words.institutionAdjective)))
            {
                k += 1
            }
            end = k
            j = k
        }
        return end
    }

    // MARK: - Spans

    /// `name` without leading determiners and titles, cut at a lower-case preposition or a
    /// stopping punctuation mark, without
    /// trailing particles, elided words and punctuation; nil when nothing of a name is left.
    func trim(_ name: TokenName) -> TokenName? {
        var lo = name.range.lowerBound
        var hi = name.range.upperBound
        while lo < hi - 1 {
            let isTitle =
                single(lo, .title)
                && (name.type == .person || !tokens[lo].isCapitalized || norm(lo).hasSuffix("."))
            let lowercase = !tokens[lo].isCapitalized && !tokens[lo].isAllCaps
            let head =
                `is`(lo, in: words.ministryHead) || `is`(lo, in: words.placeHead)
                || `is`(lo, in: words.institutionSiteHead)
            let strayLowercase = lowercase && (name.type == .person || name.type == .miscellaneous || !head)
            if `is`(lo, in: words.determiner) || isTitle || !tokens[lo].isWordLike || strayLowercase {
                lo += 1
            } else {
                break
            }
        }
        // A lower-case preposition ends a name ("école Ozar Hatorah à Toulouse"), and so does a
        // colon, a semicolon, a question or exclamation mark or a quotation mark ("UE : de…"),
        // and a line break ("Alain Gomez⏎Convaincue").
        if let cut = (lo + 1..<hi).first(where: {
            (`is`($0, in: words.breaker) && !tokens[$0].isCapitalized) || `is`($0, in: words.nameStop)
                || !continuesLine($0)
        }) {
            hi = cut
        }
        // Nor does a joiner or a lower-case elided word ("n'" in "New York n'avait"); a period
        // glued to an abbreviation stays ("King Jr."), and so does a number glued to the word by a
        // hyphen ("REPLACE-2", "Sikorsky S-92").
        while hi > lo + 1 && !gluedAbbreviationPeriod(at: hi - 1) && !hyphenatedNumber(at: hi - 1, after: lo)
            && (!tokens[hi - 1].isWordLike || `is`(hi - 1, in: words.joiner)
                || (!tokens[hi - 1].isCapitalized && isElided(hi - 1)))
        {
            hi -= 1
        }
        guard lo < hi, tokens[lo].isWordLike else { return nil }
        let lowercaseStart = !tokens[lo].isCapitalized && !tokens[lo].isAllCaps
        if lowercaseStart
            && !(`is`(lo, in: words.ministryHead) || `is`(lo, in: words.placeHead)
                || `is`(lo, in: words.institutionSiteHead) || `is`(lo, in: words.lowercaseEventHead))
        {
            return nil
        }
        if hi - lo == 1
            && (`is`(lo, in: words.determiner) || single(lo, .title) || `is`(lo, in: words.commonNoun))
        {
            return nil
        }
        // An initial alone ("C." of "38°C.") is no name.
        if hi - lo == 1 && norm(lo).count == 2 && norm(lo).hasSuffix(".") { return nil }
        // "la Première ministre", "le Premier secrétaire": the start of a title, not a name.
        if hi - lo == 1 && `is`(lo, in: words.titleOpener) && single(hi, .title) { return nil }
        if lowercaseStart && (hi - lo == 1 || (name.type != .organization && name.type != .location)) {
            return nil
        }
        return TokenName(lo..<hi, name.type, isCertain: name.isCertain)
    }

    /// Whether token `k` is a number glued by a hyphen to a word of the name that starts at `lo`
    /// ("2" of "REPLACE-2", "92" of "S-92"): the model's or product's number, part of the name.
    func hyphenatedNumber(at k: Int, after lo: Int) -> Bool {
        k - 2 >= lo && k < tokens.count && tokens[k].kind == .number && touchesPrevious(k)
            && norm(k - 1) == "-" && touchesPrevious(k - 1) && tokens[k - 2].isWordLike
    }

    /// Whether token `k` is a period glued to the abbreviation before it ("." of "Jr.", "Bros.").
    func gluedAbbreviationPeriod(at k: Int) -> Bool {
        k > 0 && k < tokens.count && norm(k) == "." && `is`(k - 1, in: words.abbreviation)
            && touchesPrevious(k)
    }

    /// Lays `extra` names over `names`: a name inside an extra one goes, a name sticking out of
    /// one keeps only its part outside (trimmed).
    func overlay(_ names: [TokenName], with extra: [TokenName]) -> [TokenName] {
        let extra = removeOverlaps(extra)
        guard !extra.isEmpty else { return names }
        var owner = [Int32](repeating: -1, count: tokens.count)
        for (k, e) in extra.enumerated() { for i in e.range { owner[i] = Int32(k) } }
        var out: [TokenName] = []
        for n in names {
            var overlapping: [Int] = []
            for i in n.range where owner[i] >= 0 && overlapping.last != Int(owner[i]) {
                overlapping.append(Int(owner[i]))
            }
            if overlapping.isEmpty {
                out.append(n)
                continue
            }
            var pieces: [Range<Int>] = [n.range]
            for e in overlapping.map({ extra[$0] }) {
                pieces = pieces.flatMap { p -> [Range<Int>] in
                    guard p.overlaps(e.range) else { return [p] }
                    var r: [Range<Int>] = []
                    if p.lowerBound < e.range.lowerBound { r.append(p.lowerBound..<e.range.lowerBound) }
                    if p.upperBound > e.range.upperBound { r.append(e.range.upperBound..<p.upperBound) }
                    return r
                }
            }
            for p in pieces {
                if let t = trim(TokenName(p, n.type, isCertain: n.isCertain)) { out.append(t) }
            }
        }
        return removeOverlaps(out + extra)
    }

    /// Adds `extra` names; where they overlap existing ones, they win when `replacing`, else
    /// they are dropped.
    ///
    /// With `extending`, an extra name that strictly contains names (and cuts none) replaces
    /// them: "Los Angeles" over "Los".
    func merge(_ names: [TokenName], with extra: [TokenName], replacing: Bool, extending: Bool = false)
        -> [TokenName]
    {
        var names = names
        var extra = extra
        if extending {
            // The names over each token, so that finding the names an extra one overlaps reads
            // its own tokens only (not every name: many extras made that quadratic).
            var namesAt: [Int: [Int]] = [:]
            for (k, n) in names.enumerated() { for i in n.range { namesAt[i, default: []].append(k) } }
            var longer: [TokenName] = []
            for e in extra {
                var inside = Set<Int>()
                for i in e.range { inside.formUnion(namesAt[i] ?? []) }
                if !inside.isEmpty,
                    inside.allSatisfy({ e.range.contains(names[$0].range) && names[$0].range != e.range })
                {
                    longer.append(e)
                }
            }
            var byLonger = [Bool](repeating: false, count: tokens.count)
            for e in longer { for i in e.range { byLonger[i] = true } }
            names.removeAll { n in n.range.contains { byLonger[$0] } }
            names += longer
            let longerRanges = Set(longer.map(\.range))
            extra.removeAll { longerRanges.contains($0.range) }
        }
        var out: [TokenName] = []
        var covered = [Bool](repeating: false, count: tokens.count)
        if replacing {
            let extra = removeOverlaps(extra)
            for e in extra { for i in e.range { covered[i] = true } }
            out = names.filter { n in !n.range.contains { covered[$0] } }
            out += extra
        } else {
            for n in names { for i in n.range { covered[i] = true } }
            out = names
            for e in extra where !e.range.contains(where: { covered[$0] }) { out.append(e) }
        }
        return out.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// Names in text order, an earlier or longer name winning over one it overlaps.
    func removeOverlaps(_ names: [TokenName]) -> [TokenName] {
        let sorted = names.sorted {
            $0.range.lowerBound < $1.range.lowerBound
                || ($0.range.lowerBound == $1.range.lowerBound && $0.range.count > $1.range.count)
        }
        var out: [TokenName] = []
        for n in sorted {
            if let last = out.last, last.range.overlaps(n.range) { continue }
            out.append(n)
        }
        return out
    }

    /// Two person names side by side on one line, or joined by lower-case name particles, are one
    /// ("Dmitri" + "Peskov", "Ludwig" + "van" + "Beethoven"); a title line's "Obama" and the
    /// "Barack Obama" opening the next paragraph stay two.
    func mergingAdjacentPeople(_ input: [TokenName]) -> [TokenName] {
        var names: [TokenName] = []
        for n in input {
            // The gap is checked first: names not yet freed of overlaps make no closed range.
            if let last = names.last, last.type == .person, n.type == .person,
                last.range.upperBound == n.range.lowerBound
                    || (last.range.upperBound < n.range.lowerBound
                        && n.range.lowerBound - last.range.upperBound <= 2
                        && (last.range.upperBound..<n.range.lowerBound).allSatisfy {
                            `is`($0, in: words.nameParticle) && !tokens[$0].isCapitalized
                        }),
                (last.range.upperBound...n.range.lowerBound).allSatisfy({ continuesLine($0) })
            {
                names[names.count - 1].range = last.range.lowerBound..<n.range.upperBound
            } else {
                names.append(n)
            }
        }
        return names
    }

    /// Whether token `k` is covered by one of `names`, as a per-token table.
    func coverage(_ names: [TokenName]) -> [Bool] {
        var covered = [Bool](repeating: false, count: tokens.count)
        for n in names { for k in n.range { covered[k] = true } }
        return covered
    }
}
