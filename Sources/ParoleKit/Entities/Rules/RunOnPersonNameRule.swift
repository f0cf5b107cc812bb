/// A person's name the model ran on from the name of the body before it is two names: "la
/// prévisionniste de Météo-France Élodie Carpentier", "le fondateur de WikiLeaks Julian Assange"
/// → ORG over the body's name, PER from the first name on. The person's name starts at a first
/// name (the gazetteer's) that is the second or third word of the name and is followed by at
/// least one more word; the words before it are no first name (nor first names joined by a
/// hyphen: "Jean-Marc") and no title; and the body's name runs on from what precedes it (a
/// capitalised word or a complement's preposition stands right before). The quote stage reads
/// the same entities, so the actors go by the person's own name.
struct RunOnPersonNameRule: EntityRule {
    func apply(to names: [TokenName], in context: EntityRuleContext) -> [TokenName] {
        var out: [TokenName] = []
        var changed = false
        for n in names {
            guard n.type == .person, let start = personStart(in: n.range, context) else {
                out.append(n)
                continue
            }
            changed = true
            out.append(TokenName(n.range.lowerBound..<start, .organization))
            out.append(TokenName(start..<n.range.upperBound, .person, isCertain: n.isCertain))
        }
        return changed ? out : names
    }

    /// The token where the person's name in `range` starts, nil when the name is one name.
    private func personStart(in range: Range<Int>, _ c: EntityRuleContext) -> Int? {
        let first = range.lowerBound
        let words = range.filter { c.tokens[$0].kind == .word }
        guard first > 0, words.count >= 3, words.first == first else { return nil }
        let before = first - 1
        guard
            (c.tokens[before].kind == .word && c.isCap(before))
                || c.is(before, in: c.words.complementPreposition)
        else { return nil }
        for (n, k) in words.enumerated() where n >= 1 && n <= 2 {
            guard c.isCap(k), !c.single(k, .particle), c.single(k, .firstName), n + 1 < words.count else {
                continue
            }
            let leadIsBody = words[..<n].allSatisfy { j in !isFirstNames(j, c) && !c.single(j, .title) }
            return leadIsBody ? k : nil
        }
        return nil
    }

    /// Whether token `j` is a first name, or first names joined by hyphens ("Jean-Marc").
    private func isFirstNames(_ j: Int, _ c: EntityRuleContext) -> Bool {
        let bit = UInt16(1 << NameLexicon.Category.firstName.rawValue)
        return c.norm(j).split(separator: "-").allSatisfy {
            c.lexicon.categories(ofSequenceHash: FeatureHash.mix(0, FeatureHash.of(String($0)))) & bit != 0
        }
    }
}
