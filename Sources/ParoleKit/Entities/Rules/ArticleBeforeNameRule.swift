/// French news puts no article before a person's name: a name the model typed PER right after
/// "le", "la", "du", "des"… ("le Titanic", "du Minitel", "la Major League Soccer", "au Madison
/// Square Garden") is something else. It takes the type the lexicon gives it (a known place or
/// organisation), else the first type other than PER the teacher gives its words, last word
/// first; with neither it stays a person (a fixed fallback type lost on the tune folds). A name opened by a
/// known first name stays a person ("des Patrice Bernier"), and so does an epithet ("Charles le
/// Téméraire").
struct ArticleBeforeNameRule: EntityRule {
    func apply(to names: [TokenName], in context: EntityRuleContext) -> [TokenName] {
        let c = context
        var names = names
        var previousEnd = -1
        var previousType: EntityType? = nil
        for k in names.indices {
            let n = names[k]
            defer {
                previousEnd = n.range.upperBound
                previousType = n.type
            }
            let lo = n.range.lowerBound
            guard n.type == .person, !n.isCertain, c.is(lo - 1, in: c.words.nonPersonArticle),
                c.isLowercaseWord(lo - 1) || c.isElided(lo - 1), c.continuesLine(lo),
                !c.single(lo, .firstName),
                !(previousType == .person && previousEnd == lo - 1)
            else { continue }
            if c.isKnown(n.range, as: .place) {
                names[k].type = .location
            } else if c.isKnown(n.range, as: .organisation, .media) {
                names[k].type = .organization
            } else if let t = n.range.reversed().lazy.compactMap({ c.teacherType($0) }).first(where: {
                $0 != .person
            }) {
                names[k].type = t
            }
        }
        return names
    }
}
