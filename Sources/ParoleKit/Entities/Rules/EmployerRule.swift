/// A name after "chez" is the organisation someone works for or a work comes out at when the
/// word before "chez" says so (`employerCue`, then `employerPreposition`): "analyste chez Kepler
/// Cheuvreux", "publié chez Vauclair", "éditée chez Dargaud" → ORG, whatever type the model gave
/// it. After another word "chez" is as often a person's home or work ("chez Descartes", "une
/// perquisition chez Jean Tiberi"), so the name is left as it was. Where the model found nothing,
/// capitalised words that end their phrase are added ("analyste chez Oddo Partenaires,").
struct EmployerRule: EntityRule {
    /// At most this many words in an added name.
    private static let maxWords = 4

    func apply(to names: [TokenName], in context: EntityRuleContext) -> [TokenName] {
        let c = context
        var nameAt = [Int?](repeating: nil, count: c.tokens.count)
        for (k, n) in names.enumerated() { for i in n.range { nameAt[i] = k } }
        var names = names
        var added: [TokenName] = []
        for p in c.tokens.indices
        where c.is(p, in: c.words.employerPreposition) && c.isLowercaseWord(p)
            && c.is(p - 1, in: c.words.employerCue) && c.isLowercaseWord(p - 1) && c.continuesLine(p)
        {
            let k = p + 1
            guard k < c.tokens.count, c.continuesLine(k), c.isCap(k) || c.isAllCaps(k) else { continue }
            if let n = nameAt[k] {
                // Only a name that starts there ("chez | Kepler Cheuvreux").
                guard names[n].range.lowerBound == k else { continue }
                names[n].type = .organization
                names[n].isCertain = true
                continue
            }
            var end = k + 1
            while end < c.tokens.count, end - k < Self.maxWords, nameAt[end] == nil, c.continuesLine(end),
                c.isCap(end) || c.isAllCaps(end)
            {
                end += 1
            }
            // The capitalised words end their phrase: punctuation or the line's end.
            guard end >= c.tokens.count || !c.tokens[end].isWordLike || !c.continuesLine(end) else {
                continue
            }
            added.append(TokenName(k..<end, .organization, isCertain: true))
        }
        return added.isEmpty ? names : c.overlay(names, with: added)
    }
}
