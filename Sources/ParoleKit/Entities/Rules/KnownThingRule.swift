/// A capitalised word that names one thing (`knownThing`: holidays, the Internet, websites,
/// platforms and software) is MISC whatever the model gave it or missed: "à Noël", "pendant le
/// Ramadan", "Internet l'a remplacé", "sur Twitter". Not a person's name ("Noël Mamère": a capitalised word follows, or a first name
/// comes before) and not a word inside a longer name ("Père Noël", "Aïd el-Kébir").
struct KnownThingRule: EntityRule {
    func apply(to names: [TokenName], in context: EntityRuleContext) -> [TokenName] {
        let c = context
        var longer = [Bool](repeating: false, count: c.tokens.count)
        var personEnd = [Bool](repeating: false, count: c.tokens.count + 1)
        for n in names {
            if n.range.count >= 2 { for i in n.range { longer[i] = true } }
            if n.type == .person { personEnd[n.range.upperBound] = true }
        }
        var out: [TokenName] = []
        for i in c.tokens.indices where c.isCap(i) && !c.isAllCaps(i) && c.is(i, in: c.words.knownThing) {
            guard !longer[i], !personEnd[i], !(c.isCap(i + 1) && c.continuesLine(i + 1)),
                !(c.isCap(i - 1) && c.continuesLine(i))
            else { continue }
            out.append(TokenName(i..<(i + 1), .miscellaneous, isCertain: true))
        }
        return c.overlay(names, with: out)
    }
}
