import Foundation

/// An acronym defined in brackets by lower-case words is a common noun, not a name: "salaire
/// minimum interprofessionnel de croissance (SMIC)", "accidents vasculaires cérébraux (AVC)",
/// "questionnaires à choix multiples (QCM)". The acronym is no name there nor anywhere else in
/// the article. (An expansion opening with a capital, "Organisation mondiale de la santé (OMS)",
/// is a name: see ``AcronymRule``.)
struct CommonNounAcronymRule: EntityRule {
    func apply(to names: [TokenName], in context: EntityRuleContext) -> [TokenName] {
        let c = context
        var commonNouns: Set<UInt64> = []
        for open in c.tokens.indices where c.norm(open) == "(" && c.norm(open + 2) == ")" {
            let acronym = open + 1
            guard c.isAllCaps(acronym) else { continue }
            let letters = Array(c.document.text(c.tokens[acronym].span)).filter(\.isLetter)
            guard (2...8).contains(letters.count), spelledByLowercaseWords(before: open, letters: letters, c)
            else { continue }
            commonNouns.insert(c.word(acronym))
        }
        guard !commonNouns.isEmpty else { return names }
        return names.filter { n in !(n.range.count == 1 && commonNouns.contains(c.word(n.range.lowerBound))) }
    }

    /// Whether the lower-case words just before `end` spell `letters` by their initials, short
    /// function words (joiners, determiners, prepositions) skipped when they give no letter.
    private func spelledByLowercaseWords(before end: Int, letters: [Character], _ c: EntityRuleContext)
        -> Bool
    {
        var k = end - 1
        var remaining = letters[...]
        while let letter = remaining.last {
            guard k >= 0, end - k <= 16, c.isLowercaseWord(k), c.continuesLine(k + 1) || k + 1 == end else {
                return false
            }
            let functionWord =
                c.is(k, in: c.words.joiner) || c.is(k, in: c.words.determiner) || c.is(k, in: c.words.breaker)
            if let initial = c.norm(k).first, folded(initial) == folded(letter),
                !functionWord || remaining.count > 1
            {
                remaining = remaining.dropLast()
            } else if !functionWord {
                return false
            }
            k -= 1
        }
        // An institution is a name ("la commission électorale nationale indépendante (CENI)": see
        // ``LowercaseInstitutionRule``), also when a function word gave a letter and its head
        // none ("directions départementales des territoires (DDT)").
        for h in [k + 1, k] where c.isLowercaseWord(h) {
            if c.is(h, in: c.words.lowercaseInstitutionHead) || c.is(h, in: c.words.pluralInstitutionHead) {
                return false
            }
        }
        // The expansion is the whole noun phrase: no capitalised word but a determiner before it.
        return !c.isCap(k) || c.is(k, in: c.words.determiner)
    }

    /// `letter` without case and accents ("é" and "E" match).
    private func folded(_ letter: Character) -> String {
        String(letter).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }
}
