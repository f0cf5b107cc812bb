/// A name ending in an English possessive is a company: "Moody's", "McDonald's", "Sotheby's"
/// (French writes no person's name that way); the model's PER or LOC becomes ORG.
struct PossessiveCompanyRule: EntityRule {
    func apply(to names: [TokenName], in context: EntityRuleContext) -> [TokenName] {
        let c = context
        return names.map { name in
            let last = c.norm(name.range.upperBound - 1)
            guard name.type == .person || name.type == .location,
                c.words.possessiveEnding.contains(where: { last.count > $0.count + 1 && last.hasSuffix($0) })
            else { return name }
            return TokenName(name.range, .organization, isCertain: true)
        }
    }
}
