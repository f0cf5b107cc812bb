/// Multi-word organisations and media from the lexicon ("Al Jazeera", "BFM TV") → ORG, over
/// whatever the model found there.
struct KnownOrganisationRule: EntityRule {
    func apply(to names: [TokenName], in context: EntityRuleContext) -> [TokenName] {
        context.overlay(names, with: found(context))
    }

    private func found(_ c: EntityRuleContext) -> [TokenName] {
        let orgBits = UInt16(
            1 << NameLexicon.Category.organisation.rawValue | 1 << NameLexicon.Category.media.rawValue)
        var out: [TokenName] = []
        var i = 0
        while i < c.tokens.count {
            guard c.isCap(i) || c.isAllCaps(i) else {
                i += 1
                continue
            }
            var h = FeatureHash.mix(0, c.observations.word[i])
            var best: Int? = nil
            var j = i + 1
            while j < c.tokens.count && j - i < c.lexicon.maxLength && c.lexicon.continues(h) {
                h = FeatureHash.mix(h, c.observations.word[j])
                if c.lexicon.categories(ofSequenceHash: h) & orgBits != 0, c.isCap(j) || c.isAllCaps(j) {
                    best = j + 1
                }
                j += 1
            }
            if let b = best, !c.isCap(b) {
                out.append(TokenName(i..<b, .organization))
                i = b
            } else {
                i += 1
            }
        }
        return out
    }
}
