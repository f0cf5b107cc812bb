/// An organisation named in full is then often named by its first word: "le cabinet Axiome Santé
/// Conseil" … "versées à Axiome", "l'usine Sodimel de Montbéliard" … "Rachat de Sodimel". A
/// one-word person or place that is the first word of an organisation of several words in the
/// article is that organisation; not a known place or first name, nor the surname of a person
/// named in full in the article ("Ford" after "Henry Ford"). A work or event keeps its type ("l'Empress"
/// of the ship "Empress of Ireland").
struct OrganisationShortFormRule: EntityRule {
    func apply(to names: [TokenName], in context: EntityRuleContext) -> [TokenName] {
        let c = context
        var firstWords = Set<UInt64>()
        var surnames = Set<UInt64>()
        for n in names where n.range.count >= 2 {
            let first = n.range.lowerBound
            // Not one named after people, whose first word alone is a person's ("Sterling &
            // Francine Clark Art Institute" … "les collectionneurs Sterling et Francine Clark").
            let namedAfterPeople =
                c.norm(first + 1) == "&" || c.is(first + 1, in: c.words.coordination)
                || c.is(first + 1, in: c.words.englishJoiner)
            if n.type == .organization && !namedAfterPeople && c.isCap(first)
                && !c.is(first, in: c.words.determiner)
                && !c.single(first, .place) && !c.single(first, .firstName) && !c.single(first, .title)
            {
                firstWords.insert(c.word(first))
            }
            if n.type == .person { surnames.insert(c.word(n.range.upperBound - 1)) }
        }
        firstWords.subtract(surnames)
        guard !firstWords.isEmpty else { return names }
        return names.map { n in
            guard n.range.count == 1, n.type == .person || n.type == .location,
                firstWords.contains(c.word(n.range.lowerBound))
            else { return n }
            return TokenName(n.range, .organization, isCertain: n.isCertain)
        }
    }
}
