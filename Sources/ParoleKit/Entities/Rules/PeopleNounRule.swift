/// A capitalised people or nationality noun ("Arméniens", "les Grecs") is MISC unless it is also
/// a place; the model's type is replaced and untagged ones are added (at a sentence start only
/// in the plural).
struct PeopleNounRule: EntityRule {
    func apply(to names: [TokenName], in context: EntityRuleContext) -> [TokenName] {
        let c = context
        var names = names
        let covered = c.coverage(names)
        func isPeople(_ i: Int) -> Bool { c.isCap(i) && c.single(i, .people) && !c.single(i, .place) }
        for k in names.indices where names[k].range.count == 1 && isPeople(names[k].range.lowerBound) {
            names[k].type = .miscellaneous
        }
        for i in c.tokens.indices where !covered[i] && isPeople(i) {
            if c.isSentenceInitial(i) && !c.norm(i).hasSuffix("s") { continue }
            names.append(TokenName(i..<(i + 1), .miscellaneous))
        }
        return names.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }
}
