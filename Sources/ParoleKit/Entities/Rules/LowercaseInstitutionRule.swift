/// An institution written in lower case and defined by its acronym in brackets is an
/// organisation, its head included, and so is the acronym: "le comité des médicaments à usage
/// humain (CHMP)", "la commission électorale nationale indépendante (CENI)". The head
/// (`lowercaseInstitutionHead`) is the nearest one before the bracket, after a
/// determiner, with only lower-case words between them on the same line. Institutions of a kind
/// named in the plural (`pluralInstitutionHead`) are no name, but their acronym is one: "les
/// agences régionales de santé (ARS)" → ORG "ARS".
struct LowercaseInstitutionRule: EntityRule {
    func apply(to names: [TokenName], in context: EntityRuleContext) -> [TokenName] {
        let c = context
        var out: [TokenName] = []
        for open in c.tokens.indices
        where c.norm(open) == "(" && c.norm(open + 2) == ")" && c.isAllCaps(open + 1) {
            var head = open - 1
            while head >= 0 && open - head <= 10 && c.isLowercaseWord(head) && c.continuesLine(head + 1)
                && !c.is(head, in: c.words.lowercaseInstitutionHead)
                && !c.is(head, in: c.words.pluralInstitutionHead)
            {
                head -= 1
            }
            guard head >= 0, head < open - 1, c.isLowercaseWord(head), c.is(head - 1, in: c.words.determiner)
            else { continue }
            if c.is(head, in: c.words.pluralInstitutionHead) {
                out.append(TokenName((open + 1)..<(open + 2), .organization, isCertain: true))
                continue
            }
            guard c.is(head, in: c.words.lowercaseInstitutionHead) else { continue }
            out += [
                TokenName(head..<open, .organization, isCertain: true),
                TokenName((open + 1)..<(open + 2), .organization, isCertain: true),
            ]
        }
        return c.overlay(names, with: out)
    }
}
