/// A document together with its entities and the language's word lists: what the quote
/// finder and the speaker resolver look at, with the small questions they ask of tokens.
struct TextView {
    /// The view's words and tables, in one box its copies share: the quote finder, the phrase
    /// finder, the actor index and the speaker resolver each keep the view, and their closures
    /// capture it; copied as a struct of some fifty arrays, sets and tables, every copy retained
    /// each of them.
    private let parts: Parts
    /// For each token, the index of the top-level guillemet pair that holds it (marks included), or -1.
    var pairOfToken: [Int32]

    var doc: Document { parts.doc }
    var entities: [Entity] { parts.entities }
    var language: Language { parts.language }
    /// For each token, the index of the entity that covers it, or -1.
    var entityOfToken: [Int32] { parts.entityOfToken }
    /// For each entity, the range of tokens it covers.
    var entityTokens: [Range<Int>] { parts.entityTokens }
    var auxiliaries: Set<String> { parts.auxiliaries }
    var adverbs: Set<String> { parts.adverbs }
    var determiners: Set<String> { parts.determiners }
    var npStops: Set<String> { parts.npStops }
    var clauseStops: Set<String> { parts.clauseStops }
    /// Words after ", selon X," that gloss the figure of the claim before ("soit", "contre").
    var figureGlosses: Set<String> { parts.figureGlosses }
    var documentNouns: Set<String> { parts.documentNouns }
    /// Head nouns of texts and figures cited as a source ("selon un rapport").
    var citedDocuments: Set<String> { parts.citedDocuments }
    var institutionNouns: Set<String> { parts.institutionNouns }
    /// Words that join a role or a body to its owner ("de", "du": "le porte-parole du
    /// gouvernement").
    var ownerConnectors: Set<String> { parts.ownerConnectors }
    /// Words that join a name to a complement of its own ("de", "des").
    var complementConnectors: Set<String> { parts.complementConnectors }
    /// Titles written before a name ("M.", "Mme").
    var honorifics: Set<String> { parts.honorifics }
    /// Forms of the auxiliaries that are not finite ("avoir", "ayant").
    var nonFiniteAuxiliaries: Set<String> { parts.nonFiniteAuxiliaries }
    /// Third-person plural forms of the auxiliaries ("ont", "sont").
    var pluralAuxiliaries: Set<String> { parts.pluralAuxiliaries }
    /// Plural subject pronouns ("ils", "elles").
    var pluralPronouns: Set<String> { parts.pluralPronouns }
    /// The language's patterns and word classes of reported speech.
    var grammar: QuoteGrammar { parts.grammar }
    /// What each token is for the cue finder, looked up once per token (`TokenRole` bits): the
    /// finder asks at every token, several times, and looking up a non-ASCII word is dear.
    var roleOfToken: [TokenRole] { parts.roleOfToken }
    /// Each token's word in the grammar's `openerWords`, or -1: openers are matched on these.
    var openerWordOfToken: [Int32] { parts.openerWordOfToken }
    /// The first word of each organisation named in several words ("muséum" of "Muséum national
    /// d'histoire naturelle"), with the tokens of every such name, in text order: a definite
    /// phrase headed by that word after one of them names it again ("selon le muséum").
    var organisationHeads: [String: [Range<Int>]] { parts.organisationHeads }

    init(doc: Document, entities: [Entity], language: Language) {
        parts = Parts(doc: doc, entities: entities, language: language)
        pairOfToken = [Int32](repeating: -1, count: doc.tokens.count)
    }

    /// The fields of a view that never change once it is made (see `parts`).
    final class Parts: Sendable {
        let doc: Document
        let entities: [Entity]
        let language: Language
        let entityOfToken: [Int32]
        let entityTokens: [Range<Int>]
        let auxiliaries: Set<String>
        let adverbs: Set<String>
        let determiners: Set<String>
        let npStops: Set<String>
        let clauseStops: Set<String>
        let figureGlosses: Set<String>
        let documentNouns: Set<String>
        let citedDocuments: Set<String>
        let institutionNouns: Set<String>
        let ownerConnectors: Set<String>
        let complementConnectors: Set<String>
        let honorifics: Set<String>
        let nonFiniteAuxiliaries: Set<String>
        let pluralAuxiliaries: Set<String>
        let pluralPronouns: Set<String>
        let grammar: QuoteGrammar
        let roleOfToken: [TokenRole]
        let openerWordOfToken: [Int32]
        let organisationHeads: [String: [Range<Int>]]

        init(doc: Document, entities: [Entity], language: Language) {
            self.doc = doc
            self.entities = entities
            self.language = language
            var map = [Int32](repeating: -1, count: doc.tokens.count)
            var ranges: [Range<Int>] = []
            ranges.reserveCapacity(entities.count)
            for (e, entity) in entities.enumerated() {
                var i = doc.firstToken(atOrAfter: entity.span.start)
                let first = i
                while i < doc.tokens.count, doc.tokens[i].span.start < entity.span.end {
                    map[i] = Int32(e)
                    i += 1
                }
                ranges.append(first..<i)
            }
            entityOfToken = map
            entityTokens = ranges
            var heads: [String: [Range<Int>]] = [:]
            for (e, entity) in entities.enumerated() where entity.type == .organization && ranges[e].count > 1
            {
                let first = doc.tokens[ranges[e].lowerBound]
                if first.kind == .word { heads[first.norm, default: []].append(ranges[e]) }
            }
            organisationHeads = heads
            let w = language.words
            auxiliaries = w.words("auxiliaries")
            adverbs = w.words("adverbs")
            determiners = w.words("determiners")
            npStops = w.words("np-stops")
            clauseStops = w.words("clause-stops")
            figureGlosses = w.words("figure-glosses")
            documentNouns = w.words("document-nouns")
            citedDocuments = w.words("cited-documents")
            institutionNouns = w.words("institution-nouns")
            ownerConnectors = w.words("owner-connectors")
            complementConnectors = w.words("complement-connectors")
            honorifics = w.words("honorifics")
            nonFiniteAuxiliaries = w.words("non-finite-auxiliaries")
            pluralAuxiliaries = w.words("plural-auxiliaries")
            pluralPronouns = w.words("plural-pronouns")
            grammar = language.quoteGrammar
            let table = language.tokenRoles.lookup
            var roles: [TokenRole] = []
            var openerWords: [Int32] = []
            roles.reserveCapacity(doc.tokens.count)
            openerWords.reserveCapacity(doc.tokens.count)
            for token in doc.tokens {
                if let entry = table[token.norm] {
                    roles.append(token.kind == .word ? entry.roles.union(entry.wordRoles) : entry.roles)
                    openerWords.append(entry.openerWord)
                } else {
                    roles.append([])
                    openerWords.append(-1)
                }
            }
            roleOfToken = roles
            openerWordOfToken = openerWords
        }
    }

    /// The opener among `openers` that starts at token `i`, the longest first.
    func opener(_ openers: [QuoteGrammar.Opener], at i: Int, limit: Int) -> QuoteGrammar.Opener? {
        grammar.opener(openers, at: i, wordIDs: openerWordOfToken, limit: limit)
    }

    var tokens: [Token] { doc.tokens }

    func norm(_ i: Int) -> String { doc.tokens[i].norm }

    func entity(at i: Int) -> Int? {
        let e = entityOfToken[i]
        return e >= 0 ? Int(e) : nil
    }

    /// The people and organisations named from token `range.lowerBound` on, each once, in text
    /// order: a name is taken where it starts before `range.upperBound` and the scan goes on
    /// after it; tokens of `hole` (a quote's own words) are passed over.
    func peopleAndBodies(in range: Range<Int>, skipping hole: Range<Int> = 0..<0) -> [Int] {
        var found: [Int] = []
        var k = range.lowerBound
        while k < range.upperBound {
            if hole.contains(k) {
                k = hole.upperBound
                continue
            }
            guard let e = entity(at: k) else {
                k += 1
                continue
            }
            k = max(k + 1, entityTokens[e].upperBound)
            if entities[e].type == .person || entities[e].type == .organization { found.append(e) }
        }
        return found
    }

    /// Whether `range` is exactly one work or other MISC name: a quoted title
    /// (le film « Oppenheimer »), not quoted speech.
    func isWorkTitle(_ range: Range<Int>) -> Bool {
        guard let e = entity(at: range.lowerBound) else { return false }
        return entities[e].type == .miscellaneous && entityTokens[e] == range
    }

    /// Whether the label noun at `noun` names what the quotation marks opening at `open` hold:
    /// "le terme « … »", "la notion de « … »", "la loi « Travail »". A noun of a text or a plan
    /// ("loi", "volet") names only right before the marks and a capitalised word; no label noun
    /// names when it is the object of a qualifying verb and "de" leads to the marks ("a qualifié
    /// le plan de « coquille vide »": the speaker's words).
    func labelNounNames(_ noun: Int, open: Int, sentence: Range<Int>) -> Bool {
        let t = doc.tokens[noun]
        guard t.kind == .word, noun < open else { return false }
        if grammar.contains(.nameLabelNouns, t.norm) {
            guard noun == open - 1,
                let first = (open + 1..<doc.tokens.count).first(where: { doc.tokens[$0].isWordLike })
            else { return false }
            return doc.tokens[first].isCapitalized
        }
        guard grammar.contains(.labelNouns, t.norm) else { return false }
        let throughDe =
            (noun + 1..<open).contains { grammar.contains(.attributeMarkers, doc.tokens[$0].norm) }
            || (noun + 1 < open - 1
                && grammar.contains(.attributeMarkers, doc.tokens[open - 2].norm + doc.tokens[open - 1].norm))
        guard throughDe else { return true }
        // The words before the noun's phrase, back to a clause break: a qualifying verb there.
        var k = noun - 1
        while k >= max(sentence.lowerBound, noun - 4) {
            let w = doc.tokens[k]
            if !w.isWordLike && w.kind != .elision { break }
            if let forms = language.speech.lookup(w.norm),
                forms.contains(where: { grammar.contains(.qualifyingVerbs, $0.verb.lemma) })
            {
                return false
            }
            k -= 1
        }
        return true
    }

    /// Whether `range` is exactly the name of one person, organisation or place: a name in
    /// quotation marks (a MISC entity may be a slogan or an exclamation someone said).
    func isOneName(_ range: Range<Int>) -> Bool {
        guard let e = entity(at: range.lowerBound), entities[e].type != .miscellaneous else { return false }
        return entityTokens[e] == range
    }

    /// The tokens of the first person named inside `range`, if any.
    func person(in range: Range<Int>) -> Range<Int>? {
        for i in range {
            if let e = entity(at: i), entities[e].type == .person { return entityTokens[e] }
        }
        return nil
    }

    /// Whether token `i` is a small word that may stand lower-case inside a name or title ("de", "la").
    func connectorLike(_ i: Int) -> Bool {
        grammar.contains(.nameConnectors, doc.tokens[i].norm)
    }

    /// `range` without its leading determiners, keeping at least one token.
    func droppingDeterminers(_ range: Range<Int>) -> Range<Int> {
        var lo = range.lowerBound
        while lo < range.upperBound - 1, isDeterminer(lo) { lo += 1 }
        return lo..<range.upperBound
    }

    /// Whether token `i` is a noun for people or bodies that speak ("ministre", "porte-parole").
    func isRoleNoun(_ i: Int) -> Bool {
        doc.tokens[i].kind == .word && language.words.roleNouns[doc.tokens[i].norm] != nil
    }

    /// Whether paragraph `p` is a heading: a short line that ends without a full stop (the
    /// title, a subheading, a dateline, a caption). A heading's names are not taken as the
    /// speaker of quotes elsewhere. The one heading test of the analysis: `Analyzer.headings`
    /// asks it too (and adds a question alone on its line, which the speaker resolver reads as
    /// an interview's question, body text).
    func isHeading(paragraph p: Int) -> Bool {
        Self.isHeading(
            doc.paragraphs[p].tokens.lazy.map { doc.tokens[$0] }, listMarks: grammar.listMarks,
            leadingEnds: grammar.leadingEnds)
    }

    /// Whether the tokens of a paragraph make a heading: the line has a word, does not open with
    /// a list mark (`grammar`'s `listMarks`: an item of a list, a line of dialogue), does not end
    /// with a mark that leads into what follows (its `leadingEnds`: "… a ajouté :", a list item
    /// ending with ";" or ","), and is short (at most ``headingWords`` words) without final punctuation
    /// (. ! ? or … before any closing quotation mark). Reads the first and last tokens and at
    /// most `headingWords` + 1 words from the start, so that asking of a long paragraph costs no
    /// more than of a short one.
    static func isHeading<Line: BidirectionalCollection>(_ line: Line, grammar: QuoteGrammar = .french)
        -> Bool
    where Line.Element == Token {
        isHeading(line, listMarks: grammar.listMarks, leadingEnds: grammar.leadingEnds)
    }

    /// ``isHeading(_:grammar:)`` given the grammar's list marks and leading ends alone (the text
    /// view asks it of a paragraph at a time, many times an analysis).
    static func isHeading<Line: BidirectionalCollection>(
        _ line: Line, listMarks: Set<String>, leadingEnds: Set<String>
    ) -> Bool where Line.Element == Token {
        var first: Token? = nil
        var words = 0
        for token in line {
            if first == nil { first = token }
            guard token.isWordLike else { continue }
            words += 1
            if words > headingWords { return false }
        }
        guard words > 0, let first, let last = line.last(where: { $0.kind != .closeQuote }) else {
            return false
        }
        return last.kind != .terminal && !listMarks.contains(first.norm) && !leadingEnds.contains(last.norm)
    }

    /// The most words a heading line may have.
    static let headingWords = 20

    func isDeterminer(_ i: Int) -> Bool { roleOfToken[i].contains(.determiner) }

    /// Whether token `i` is an adverb where only an adverb can stand (between an auxiliary and
    /// a participle, between a verb and its clause): a listed adverb, or a lower-case word of
    /// seven letters or more with an adverb ending ("longuement"). Only asked at such places,
    /// never of every token.
    func isAdverb(_ i: Int) -> Bool {
        if roleOfToken[i].contains(.adverb) { return true }
        let t = doc.tokens[i]
        guard t.kind == .word, !t.isCapitalized, t.norm.utf8.count >= 7 else { return false }
        return grammar.words(.adverbEndings).contains { t.norm.hasSuffix($0) }
    }

    /// Whether token `i` is part of a date between a verb and its clause: a number or a date
    /// word ("jeudi 5 mars", "le 12 mars"), or a determiner before a number.
    func isDateWord(_ i: Int) -> Bool {
        let t = doc.tokens[i]
        if t.kind == .number || grammar.contains(.dateWords, t.norm) { return true }
        return isDeterminer(i) && i + 1 < doc.tokens.count && doc.tokens[i + 1].kind == .number
    }

    func isPunctuation(_ i: Int, _ mark: String) -> Bool {
        doc.tokens[i].kind == .punctuation && doc.tokens[i].norm == mark
    }

    /// Whether token `i` ends a sentence-level clause: terminal, ; or :.
    func isClauseBreak(_ i: Int) -> Bool {
        let t = doc.tokens[i]
        return t.kind == .terminal || (t.kind == .punctuation && (t.norm == ";" || t.norm == ":"))
    }

    /// Whether token `i` is a clause stop ("mais", "sans", …) that ends a reported clause: not
    /// where it opens a multi-word adverb of the language's `adverb-phrases` ("sans doute").
    func isClauseStop(_ i: Int) -> Bool {
        clauseStops.contains(doc.tokens[i].norm)
            && opener(grammar.adverbPhrases, at: i, limit: doc.tokens.count) == nil
    }

    /// Whether token `i` opens the journalist's gloss of a figure after a source's incise: ", selon
    /// le ministère, soit près de 10 %".
    func isFigureGloss(_ i: Int) -> Bool { figureGlosses.contains(doc.tokens[i].norm) }

    /// The sentence range of token `i`.
    func sentence(of i: Int) -> Range<Int> { doc.sentences[doc.sentenceIndex(ofToken: i)].tokens }

    /// Whether the tokens `a..<b` (b exclusive) hold at least one word.
    func hasWord(_ range: Range<Int>) -> Bool { range.contains { doc.tokens[$0].isWordLike } }

    /// The span of `range` with leading and trailing punctuation dropped (quote marks kept
    /// only when both ends are marks of one pair).
    func trimmedSpan(_ range: Range<Int>) -> Range<Int> {
        var lo = range.lowerBound
        var hi = range.upperBound
        while lo < hi, isTrimmable(lo), !isSign(lo) { lo += 1 }
        while hi > lo, isTrimmable(hi - 1) { hi -= 1 }
        return lo..<hi
    }

    /// Whether token `i` is the sign of the number glued after it ("-3 degrés", "+5 %"): part
    /// of the words, never trimmed.
    func isSign(_ i: Int) -> Bool {
        let t = doc.tokens[i]
        guard t.kind == .punctuation, ["-", "+", "−"].contains(t.norm), i + 1 < doc.tokens.count else {
            return false
        }
        let next = doc.tokens[i + 1]
        return next.kind == .number && next.span.start == t.span.end
    }

    private func isTrimmable(_ i: Int) -> Bool {
        let t = doc.tokens[i]
        switch t.kind {
        case .punctuation:
            return t.norm != "[" && t.norm != "]" && t.norm != "(" && t.norm != ")" && t.norm != "%"
        case .terminal: return true
        default: return false
        }
    }
}
