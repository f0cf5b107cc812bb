/// People named in full the model split or missed: a known first name followed by capitalised
/// words ("Claude Érignac"; an article of another language that name lists hold, "The" of "The
/// Wall", opens no person), a one-word person the model stopped short of ("Dmitri" in "Dmitri
/// Peskov"), capitalised words after a role ("la Première ministre suédoise, Ebba Lindqvist"),
/// a name right after a role and its adjectives ("le président ukrainien Volodymyr Zelensky"),
/// and an unknown capitalised word right before a person ("Souha Arafat"), also when the model
/// made it a name of its own of another type ("Ebba" as a place before "Lindqvist").
struct FullNameRule: EntityRule {
    func apply(to names: [TokenName], in context: EntityRuleContext) -> [TokenName] {
        context.overlay(names, with: found(names, context))
    }

    private func found(_ names: [TokenName], _ c: EntityRuleContext) -> [TokenName] {
        let tokens = c.tokens
        var out: [TokenName] = []
        /// A capitalised word that is no known place, organisation, medium, people, title,
        /// common noun or organisation head.
        func plain(_ i: Int) -> Bool {
            // A first name spelt like a common noun opens a name before a capital: "Marine Le Pen".
            let firstNameFirst = c.single(i, .firstName) && c.isCap(i + 1) && !c.isSentenceInitial(i)
            return c.isCap(i) && !c.isAllCaps(i) && !c.isMarked(i, as: .place, .organisation, .media, .people)
                && !c.single(i, .title) && (!c.is(i, in: c.words.commonNoun) || firstNameFirst)
                && !c.single(i, .orgHead)
        }
        let modelCovered = c.coverage(names)
        /// A word the debates never or mostly write capitalised ("Peskov"), not a common word
        /// ("Nouvelle", "Démocratie").
        func nameLike(_ k: Int) -> Bool {
            let cc = c.caseClass(k)
            return cc == 0 || cc >= 4
        }
        var personAlone = [Bool](repeating: false, count: tokens.count)
        for n in names where n.type == .person && n.range.count == 1 {
            personAlone[n.range.lowerBound] = true
        }
        /// A role shortly before: "la Première ministre suédoise, Ebba Lindqvist".
        func afterRole(_ i: Int) -> Bool {
            var k = i - 1
            while k >= 0 && k >= i - 4 {
                if tokens[k].kind == .terminal || tokens[k].kind == .openQuote
                    || tokens[k].kind == .closeQuote
                {
                    return false
                }
                if c.single(k, .title) && (!tokens[k].isCapitalized || c.norm(k).hasSuffix(".")) {
                    return true
                }
                k -= 1
            }
            return false
        }
        let last = tokens.count - 1
        var i = 0
        while i < tokens.count {
            let afterHead = c.is(i - 1, in: c.words.placeHead)
            // "Le" and "La" are first names too, but not at the head of "Le Venezuela".
            let introduced =
                (c.single(i, .firstName) && !c.is(i, in: c.words.determiner)
                    && !c.is(i, in: c.words.foreignArticle))
                || (personAlone[i] && !c.isSentenceInitial(i) && !modelCovered[min(i + 1, last)]
                    && nameLike(i) && nameLike(i + 1))
                || (afterRole(i) && !c.isSentenceInitial(i) && !modelCovered[i]
                    && !modelCovered[min(i + 1, last)])
            guard plain(i), introduced, plain(i + 1), c.continuesLine(i + 1), !afterHead else {
                i += 1
                continue
            }
            var j = i + 2
            // A name never runs over a line break ("Alain Gomez⏎Convaincue").
            while c.continuesLine(j)
                && (plain(j) || (c.single(j, .particle) && !c.is(j, in: c.words.determiner) && plain(j + 1)))
            {
                j += 1
            }
            if c.isCap(j) && c.continuesLine(j) {
                i = j
                continue
            }
            // No name ends with a determiner ("Juste Le" before a quotation mark).
            var end = j
            while end > i + 1 && c.is(end - 1, in: c.words.determiner) { end -= 1 }
            if end < i + 2 {
                i = j
                continue
            }
            out.append(TokenName(i..<end, .person))
            i = j
        }
        var covered = c.coverage(names + out)
        let candidate = c.coverage(out)
        // A name right after a role and its adjectives, or after them and a comma, is a person:
        // "le président ukrainien Volodymyr Zelensky", "la Première ministre suédoise, Ebba
        // Lindqvist" (but not "le chef de Nouvelle Démocratie").
        for name in names where name.type != .person && name.range.count >= 2 && name.range.allSatisfy(plain)
        {
            var k = name.range.lowerBound - 1
            if c.norm(k) == "," { k -= 1 }
            while k >= 0 && tokens[k].kind == .word && !tokens[k].isCapitalized && !c.single(k, .title)
                && !c.single(k, .particle) && name.range.lowerBound - k <= 4
            {
                k -= 1
            }
            if k >= 0 && c.single(k, .title) && !tokens[k].isCapitalized && !candidate[name.range.lowerBound]
            {
                out.append(TokenName(name.range, .person))
            }
        }
        for name in names where name.type == .person {
            let a = name.range.lowerBound
            guard a > 0, plain(a - 1), c.continuesLine(a),
                !c.isSentenceInitial(a - 1) || c.single(a - 1, .firstName),
                !covered[a - 1] || names.contains(where: { $0.range == a - 1..<a && $0.type != .person })
            else { continue }
            covered[a - 1] = true
            out.append(TokenName(a - 1..<name.range.upperBound, .person))
        }
        return out
    }
}
