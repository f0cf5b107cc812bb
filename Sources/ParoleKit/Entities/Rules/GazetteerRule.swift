/// Known organisations, media and places the model left untagged (a medium written in lower
/// case too: "franceinfo"); a known place of several
/// words replaces a shorter model name inside it ("Arabie saoudite" over "Arabie", "Los
/// Angeles" over "Los").
struct GazetteerRule: EntityRule {
    func apply(to names: [TokenName], in context: EntityRuleContext) -> [TokenName] {
        context.merge(names, with: found(context), replacing: false, extending: true)
    }

    private func found(_ c: EntityRuleContext) -> [TokenName] {
        var out: [TokenName] = []
        let orgBits = UInt16(
            1 << NameLexicon.Category.organisation.rawValue | 1 << NameLexicon.Category.media.rawValue)
        let placeBit = UInt16(1 << NameLexicon.Category.place.rawValue)
        var i = 0
        while i < c.tokens.count {
            // A medium whose name is one word written in lower case ("franceinfo"), a word the
            // debates never write: not a common word ("libération"), nor an abbreviation ("ap").
            if c.isLowercaseWord(i), c.single(i, .media), c.caseClass(i) == 0, c.norm(i).count >= 5 {
                out.append(TokenName(i..<i + 1, .organization))
                i += 1
                continue
            }
            guard c.isCap(i) || c.isAllCaps(i) else {
                i += 1
                continue
            }
            var h: UInt64 = 0
            var best: TokenName? = nil
            var j = i
            while j < c.tokens.count && j - i < c.lexicon.maxLength {
                h = FeatureHash.mix(h, c.observations.word[j])
                let cats = c.lexicon.categories(ofSequenceHash: h)
                if c.isCap(j) || c.isAllCaps(j) || j > i {
                    if cats & orgBits != 0 {
                        best = TokenName(i..<(j + 1), .organization)
                    } else if cats & placeBit != 0 && (j > i || (!c.isSentenceInitial(i) && c.isCap(j))) {
                        best = TokenName(i..<(j + 1), .location)
                    }
                }
                if !c.lexicon.continues(h) { break }
                j += 1
            }
            // A known name ends on a capital ("Nouvelle-Calédonie", "ONU"), or is several words
            // opened by one ("Arabie saoudite", "Guinée équatoriale").
            // A name opened by a determiner goes on with a capital ("Le Havre", not "Le passage").
            if let b = best, !c.is(i, in: c.words.determiner) || c.isCap(i + 1),
                c.isCap(b.range.upperBound - 1) || c.isAllCaps(b.range.upperBound - 1) || b.range.count >= 2
            {
                out.append(b)
                i = b.range.upperBound
            } else {
                i += 1
            }
        }
        return out
    }
}
