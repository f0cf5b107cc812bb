/// A person's name is never cut at a particle:
/// - a first name alone goes on across a lower-case particle: "François d'Assise", "Léonard de
///   Vinci", "Ludwig van Beethoven", "Abou Bakr al-Baghdadi" (the words after the particle
///   capitalised, on the same line, even when they name a place);
/// - a person found after a lower-case particle takes the capitalised word before it, whatever
///   the model made of that word: "Kito de Pavant", "Bertrand de Broc" (a one-word surname after
///   the particle; before it a word the debates mostly capitalise, not a known place,
///   organisation, people or title, not a sentence's first word unless a first name);
/// - a person found after a capitalised particle takes it ("Nick De Santis"; mid-sentence), and
///   the particle and surname of a person named in full are that person wherever they appear
///   ("De Santis" later in the article, even at a sentence start).
struct NameParticleRule: EntityRule {
    func apply(to names: [TokenName], in context: EntityRuleContext) -> [TokenName] {
        let c = context
        var out: [TokenName] = []
        for name in names where name.type == .person && name.range.count == 1 {
            let first = name.range.lowerBound
            let p = name.range.upperBound
            guard c.single(first, .firstName), c.is(p, in: c.words.nameParticle), !c.tokens[p].isCapitalized,
                c.isCap(p + 1), c.continuesLine(p + 1), !c.isSentenceInitial(p + 1)
            else { continue }
            var end = p + 2
            while c.isCap(end) && c.continuesLine(end) { end += 1 }
            out.append(TokenName(first..<end, .person))
        }
        let extended = c.overlay(names, with: out)
        return c.overlay(extended, with: backward(extended, c))
    }

    /// People whose name begins before a particle the model left out of it, and the particled
    /// surnames of people named in full, wherever they occur.
    private func backward(_ names: [TokenName], _ c: EntityRuleContext) -> [TokenName] {
        var out: [TokenName] = []
        /// A capitalised word that may be a name's first part.
        func plain(_ i: Int) -> Bool {
            c.isCap(i) && !c.isAllCaps(i) && !c.isMarked(i, as: .place, .organisation, .media, .people)
                && !c.single(i, .title) && !c.is(i, in: c.words.determiner)
                && !c.is(i, in: c.words.commonNoun)
                && (!c.isSentenceInitial(i) || c.single(i, .firstName))
                && (c.caseClass(i) == 0 || c.caseClass(i) >= 4)
        }
        var surnames: [[UInt64]] = []
        for name in names where name.type == .person {
            var a = name.range.lowerBound
            let p = a - 1
            guard name.range.count == 1, c.is(p, in: c.words.nameParticle), c.continuesLine(a) else {
                continue
            }
            if c.tokens[p].isCapitalized {
                guard !c.isSentenceInitial(p), c.continuesLine(p) else { continue }
                a = p
            } else {
                guard plain(p - 1), c.continuesLine(p) else { continue }
                a = p - 1
            }
            out.append(TokenName(a..<name.range.upperBound, .person))
        }
        // "Nick De Santis": "De Santis" alone elsewhere is that person too.
        for name in names + out where name.type == .person && name.range.count >= 3 {
            let p = name.range.lowerBound + 1
            guard c.tokens[p].isCapitalized, c.is(p, in: c.words.nameParticle) else { continue }
            surnames.append((p..<name.range.upperBound).map { c.word($0) })
        }
        let inLongerPerson = c.coverage((names + out).filter { $0.type == .person && $0.range.count >= 3 })
        out += occurrences(of: surnames, c, skipping: inLongerPerson)
        return out
    }

    /// Where each of `surnames` (two words or more) stands alone in the document: its words from
    /// a capitalised token, no capitalised word right after, not inside a longer person's name
    /// (`covered`); each surname's occurrences taken from left to right without overlap. One
    /// pass over the tokens, the surnames looked up by their first two words, so that an article
    /// naming many people costs no more per token than a short one.
    private func occurrences(of surnames: [[UInt64]], _ c: EntityRuleContext, skipping covered: [Bool])
        -> [TokenName]
    {
        guard !surnames.isEmpty, c.tokens.count >= 2 else { return [] }
        var distinct: [[UInt64]] = []
        var seen: Set<[UInt64]> = []
        var byStart: [SIMD2<UInt64>: [Int]] = [:]
        for surname in surnames where seen.insert(surname).inserted {
            byStart[SIMD2(surname[0], surname[1]), default: []].append(distinct.count)
            distinct.append(surname)
        }
        var nextFree = [Int](repeating: 0, count: distinct.count)
        var found: [TokenName] = []
        for i in 0..<(c.tokens.count - 1) where c.tokens[i].isCapitalized {
            guard let candidates = byStart[SIMD2(c.word(i), c.word(i + 1))] else { continue }
            for s in candidates where i >= nextFree[s] {
                let surname = distinct[s]
                guard i + surname.count <= c.tokens.count,
                    (2..<surname.count).allSatisfy({ c.word(i + $0) == surname[$0] }),
                    !c.isCap(i + surname.count), !covered[i]
                else { continue }
                found.append(TokenName(i..<(i + surname.count), .person))
                nextFree[s] = i + surname.count
            }
        }
        return found
    }
}
