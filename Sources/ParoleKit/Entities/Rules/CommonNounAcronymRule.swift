import Foundation

/// An acronym defined in brackets by lower-case words is a common noun, not a name: "salaire
/// minimum interprofessionnel de croissance (SMIC)", "accidents vasculaires cérébraux (AVC)",
/// "questionnaires à choix multiples (QCM)". The acronym is no name there nor anywhere else in
/// the article. (An expansion opening with a capital, "Organisation mondiale de la santé (OMS)",
/// is a name: see ``AcronymRule``.) An expansion headed by a law, a regulation or a mechanism
/// (`lawHead`) names one, as the guidelines type laws: the expansion and the acronym are MISC,
/// here and wherever the acronym comes back: "loi sur le blanchiment d'argent (LBA)", "règlement
/// général sur la protection des données (RGPD)".
struct CommonNounAcronymRule: EntityRule {
    func apply(to names: [TokenName], in context: EntityRuleContext) -> [TokenName] {
        let c = context
        var commonNouns: Set<UInt64> = []
        var laws: [TokenName] = []
        var lawAcronyms: Set<UInt64> = []
        for open in c.tokens.indices where c.norm(open) == "(" && c.norm(open + 2) == ")" {
            let acronym = open + 1
            guard c.isAllCaps(acronym) else { continue }
            let letters = Array(c.document.text(c.tokens[acronym].span)).filter(\.isLetter)
            guard (2...8).contains(letters.count),
                let expansion = expansionOfLowercaseWords(before: open, letters: letters, c)
            else { continue }
            switch expansion {
            case .law(let head):
                laws.append(TokenName(head..<open, .miscellaneous, isCertain: true))
                lawAcronyms.insert(c.word(acronym))
            case .commonNoun:
                commonNouns.insert(c.word(acronym))
            }
        }
        for k in c.tokens.indices where lawAcronyms.contains(c.word(k)) && c.isAllCaps(k) {
            laws.append(TokenName(k..<k + 1, .miscellaneous, isCertain: true))
        }
        guard !commonNouns.isEmpty || !laws.isEmpty else { return names }
        let kept = names.filter { n in
            !(n.range.count == 1 && commonNouns.contains(c.word(n.range.lowerBound)))
        }
        return laws.isEmpty ? kept : c.overlay(kept, with: laws)
    }

    /// What lower-case words spelling an acronym name.
    private enum Expansion {
        /// A common noun: no name.
        case commonNoun
        /// A law, whose expansion opens at `head`.
        case law(head: Int)
    }

    /// What the lower-case words just before `end` name when they spell `letters` by their
    /// initials, short function words (joiners, determiners, prepositions) skipped when they give
    /// no letter; nil when they do not spell the acronym or name an institution.
    private func expansionOfLowercaseWords(before end: Int, letters: [Character], _ c: EntityRuleContext)
        -> Expansion?
    {
        var k = end - 1
        var remaining = letters[...]
        while let letter = remaining.last {
            guard k >= 0, end - k <= 16, c.isLowercaseWord(k) || c.isLowercaseElision(k),
                c.continuesLine(k + 1) || k + 1 == end
            else {
                return nil
            }
            let functionWord =
                c.is(k, in: c.words.joiner) || c.is(k, in: c.words.determiner) || c.is(k, in: c.words.breaker)
            if let initial = c.norm(k).first, folded(initial) == folded(letter),
                !functionWord || remaining.count > 1
            {
                remaining = remaining.dropLast()
            } else if !functionWord {
                return nil
            }
            k -= 1
        }
        // An institution is a name ("la commission électorale nationale indépendante (CENI)": see
        // ``LowercaseInstitutionRule``), also when a function word gave a letter and its head
        // none ("directions départementales des territoires (DDT)").
        for h in [k + 1, k] where c.isLowercaseWord(h) {
            if c.isLowercaseInstitutionHead(h) || c.is(h, in: c.words.pluralInstitutionHead) {
                return nil
            }
        }
        // The expansion is the whole noun phrase: no capitalised word but a determiner before it.
        guard !c.isCap(k) || c.is(k, in: c.words.determiner) else { return nil }
        return c.is(k + 1, in: c.words.lawHead) ? .law(head: k + 1) : .commonNoun
    }

    /// `letter` without case and accents ("é" and "E" match).
    private func folded(_ letter: Character) -> String {
        String(letter).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }
}
