/// A place the model closed before a capitalised word that no name covers is cut short: the
/// words belong to one name ("Central Park", "Salt Lake City", "Middlesex County Cricket Club"),
/// an organisation or a named thing when the teacher calls its last word so, else a place. Not
/// across a line, nor over a known place, people, first name, title or capitalised common noun,
/// nor over a word opening a sentence or glued to the place.
struct CutPlaceRule: EntityRule {
    func apply(to names: [TokenName], in context: EntityRuleContext) -> [TokenName] {
        let c = context
        let covered = c.coverage(names)
        return names.map { n in
            guard n.type == .location, !n.isCertain else { return n }
            var end = n.range.upperBound
            while end < c.tokens.count, c.isCap(end), !c.isAllCaps(end), !covered[end], c.continuesLine(end),
                !c.isSentenceInitial(end), !c.isMarked(end, as: .place, .people), !c.single(end, .firstName),
                !c.single(end, .title), !c.is(end, in: c.words.commonNoun),
                c.tokens[end - 1].span.end < c.tokens[end].span.start
            {
                end += 1
            }
            guard end > n.range.upperBound else { return n }
            let t = c.teacherType(end - 1)
            return TokenName(
                n.range.lowerBound..<end, t == .organization || t == .miscellaneous ? t! : .location)
        }
    }
}
