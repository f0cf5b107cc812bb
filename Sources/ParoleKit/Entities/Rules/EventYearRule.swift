/// An event or work of several words and the year written right after it are one name: "Festival
/// de Cannes 2007", "Série mondiale 1986", "Tour de France 1948", "Classique mondiale de baseball
/// 2013" → MISC with the year, and so is a lower-case complement of one or two words between the
/// name and the year ("Coupe d'Afrique des nations 2027", "prix Mosan des lecteurs 2026"). One
/// space between, on the same line, no unit after the number
/// ("… 2000 personnes") and no season ("le Vendée Globe 2012-2013"). A name of one word is left as ``EventRule`` reads it ("l'Euro 2012").
struct EventYearRule: EntityRule {
    func apply(to names: [TokenName], in context: EntityRuleContext) -> [TokenName] {
        let c = context
        var names = names
        var retyped = Set<UInt64>()
        for k in names.indices where names[k].range.count >= 2 {
            // A lower-case complement may stand between the name and its year ("la Coupe
            // d'Afrique des nations 2027", "le prix Mosan des lecteurs 2026").
            let y = complementEnd(after: names[k].range.upperBound, c) ?? names[k].range.upperBound
            guard c.isEditionYear(y) else { continue }
            if k + 1 < names.count && names[k + 1].range.lowerBound <= y { continue }
            if names[k].type != .miscellaneous {
                guard isEventLike(names[k], c) else { continue }
                names[k].type = .miscellaneous
                retyped.insert(c.sequenceHash(names[k].range))
            }
            names[k].range = names[k].range.lowerBound..<(y + 1)
        }
        // The other mentions of a name so retyped are that event too ("des Nuits de Fourvière").
        guard !retyped.isEmpty else { return names }
        for k in names.indices where names[k].type != .miscellaneous {
            if retyped.contains(c.sequenceHash(names[k].range)) { names[k].type = .miscellaneous }
        }
        return names
    }

    /// Whether a name the model typed an organisation or a person, right before a year, is an
    /// edition of an event ("les Nuits de Fourvière 2027", "le Grand Trail du Vercors 2027"):
    /// not a place, nor a name the lexicon knows, nor a person opened by a first name.
    private func isEventLike(_ n: TokenName, _ c: EntityRuleContext) -> Bool {
        guard n.type == .organization || n.type == .person else { return false }
        if c.isKnown(n.range, as: .organisation, .media, .place) { return false }
        return !c.single(n.range.lowerBound, .firstName)
    }

    /// The token after a complement of one or two lower-case words ("des nations", "de la
    /// musique") that starts at `k` and ends right before a year, if there is one.
    private func complementEnd(after k: Int, _ c: EntityRuleContext) -> Int? {
        guard c.is(k, in: c.words.complementPreposition), c.isLowercaseWord(k) || c.isLowercaseElision(k),
            c.continuesLine(k)
        else { return nil }
        var j = k + 1
        if c.is(j, in: c.words.complementArticle) { j += 1 }
        for end in [j + 1, j + 2] {
            guard c.isYear(end) else { continue }
            let words = j..<end
            if words.allSatisfy({
                c.isLowercaseWord($0) && c.continuesLine($0) && !c.is($0, in: c.words.breaker)
            }) {
                return end
            }
        }
        return nil
    }
}
