/// A person and the epithet after it are one name: "Alexandre le Grand", "Pline l'Ancien",
/// "Pieter Brueghel l'Ancien", "Charles le Téméraire" (a capitalised word written lower-case elsewhere, no known
/// place, organisation or people).
struct EpithetRule: EntityRule {
    func apply(to names: [TokenName], in context: EntityRuleContext) -> [TokenName] {
        let c = context
        return names.map { name in
            let e = name.range.upperBound
            guard name.type == .person, e + 1 < c.tokens.count,
                c.is(e, in: c.words.epithetArticle), !c.tokens[e].isCapitalized, c.isCap(e + 1),
                !c.isMarked(e + 1, as: .place, .organisation, .people), c.writtenLowerCase(e + 1)
            else { return name }
            return TokenName(name.range.lowerBound..<(e + 2), .person)
        }
    }
}
