/// Multi-word organisations and media from the lexicon ("Al Jazeera", "BFM TV") → ORG, over
/// whatever the model found there; a medium with the known place right after it is its regional
/// edition, one name ("France 3 Bretagne", "France 3 Nouvelle-Aquitaine").
struct KnownOrganisationRule: EntityRule {
    func apply(to names: [TokenName], in context: EntityRuleContext) -> [TokenName] {
        context.overlay(names, with: found(context))
    }

    private func found(_ c: EntityRuleContext) -> [TokenName] {
        let orgBits = UInt16(
            1 << NameLexicon.Category.organisation.rawValue | 1 << NameLexicon.Category.media.rawValue)
        let mediumBit = UInt16(1 << NameLexicon.Category.media.rawValue)
        var out: [TokenName] = []
        var i = 0
        while i < c.tokens.count {
            guard c.isCap(i) || c.isAllCaps(i) else {
                i += 1
                continue
            }
            var h = FeatureHash.mix(0, c.observations.word[i])
            var best: Int? = nil
            var isMedium = false
            var j = i + 1
            while j < c.tokens.count && j - i < c.lexicon.maxLength && c.lexicon.continues(h) {
                h = FeatureHash.mix(h, c.observations.word[j])
                let categories = c.lexicon.categories(ofSequenceHash: h)
                // A medium may end with its number ("France 3", "Europe 1").
                if categories & orgBits != 0, c.isCap(j) || c.isAllCaps(j) || c.tokens[j].kind == .number {
                    best = j + 1
                    isMedium = categories & mediumBit != 0
                }
                j += 1
            }
            // A medium's regional edition: the place it serves right after it ("France 3 Bretagne").
            if let b = best, isMedium, let e = placeEnd(at: b, c) { best = e }
            if let b = best, !c.isCap(b) {
                out.append(TokenName(i..<b, .organization))
                i = b
            } else {
                i += 1
            }
        }
        return out
    }

    /// The end of the known place of one or more words at `b`, one space after the medium before
    /// it, on its line and followed by no capitalised word ("France 3 Centre-Val de Loire").
    private func placeEnd(at b: Int, _ c: EntityRuleContext) -> Int? {
        guard c.isCap(b), c.isOneSpaceAfterPrevious(b) else { return nil }
        var end: Int? = nil
        var e = b + 1
        while e <= c.tokens.count && e - b <= c.lexicon.maxLength && c.continuesLine(e - 1) {
            if c.isKnown(b..<e, as: .place) { end = e }
            e += 1
        }
        return end
    }
}
