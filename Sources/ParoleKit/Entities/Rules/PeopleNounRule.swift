/// A capitalised people or nationality noun ("Arméniens", "les Grecs") is MISC unless it is also
/// a place; the model's type is replaced and untagged ones are added (at a sentence start only
/// in the plural). A people noun glued to the name after it is cut off: "l'Américain Pete
/// Selleck" is MISC "Américain" and PER "Pete Selleck" (the capitalised noun names a person:
/// the rest is that person unless it is a known organisation, medium or place; a people noun
/// that is also a first name, as "Maori", stays).
struct PeopleNounRule: EntityRule {
    func apply(to names: [TokenName], in context: EntityRuleContext) -> [TokenName] {
        let c = context
        var names = names
        func isPeople(_ i: Int) -> Bool { c.isCap(i) && c.single(i, .people) && !c.single(i, .place) }
        var split: [TokenName] = []
        for k in names.indices where names[k].range.count >= 2 && isPeople(names[k].range.lowerBound) {
            let a = names[k].range.lowerBound
            guard c.isCap(a + 1), !c.single(a, .firstName),
                !c.isKnown(names[k].range, as: .organisation, .media, .place)
            else {
                continue
            }
            split.append(TokenName(a..<(a + 1), .miscellaneous))
            let rest = (a + 1)..<names[k].range.upperBound
            let known = c.isKnown(rest, as: .organisation, .media, .place)
            split.append(TokenName(rest, known ? names[k].type : .person))
            names[k].range = a..<a
        }
        names = names.filter { !$0.range.isEmpty } + split
        let covered = c.coverage(names)
        for k in names.indices where names[k].range.count == 1 && isPeople(names[k].range.lowerBound) {
            names[k].type = .miscellaneous
        }
        for i in c.tokens.indices where !covered[i] && isPeople(i) {
            if c.isSentenceInitial(i) && !c.hasRegularPlural(i) { continue }
            names.append(TokenName(i..<(i + 1), .miscellaneous))
        }
        return names.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }
}
