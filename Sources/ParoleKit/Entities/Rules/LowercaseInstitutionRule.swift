/// An institution written in lower case and defined by its acronym in brackets is an
/// organisation, its head included, and so is the acronym: "le comité des médicaments à usage
/// humain (CHMP)", "la commission électorale nationale indépendante (CENI)". The head
/// (`lowercaseInstitutionHead`, or `qualifiedLowercaseInstitutionHead` before an administrative
/// qualifier: "service départemental", not "service après-vente") is the nearest one before the bracket, after a
/// determiner, with only lower-case words (elided ones too: "d'incendie") between them on the
/// same line. Institutions of a kind
/// named in the plural (`pluralInstitutionHead`) are no name, but their acronym is one: "les
/// agences régionales de santé (ARS)" → ORG "ARS". The name may end with the known place it
/// serves and the acronym take that place's number: "le service départemental d'incendie et de
/// secours du Pas-de-Calais (Sdis 62)".
struct LowercaseInstitutionRule: EntityRule {
    func apply(to names: [TokenName], in context: EntityRuleContext) -> [TokenName] {
        let c = context
        var out: [TokenName] = []
        for open in c.tokens.indices where c.norm(open) == "(" {
            guard let acronym = acronymInBrackets(at: open, c) else { continue }
            // The place the institution serves may close it: "du Pas-de-Calais (Sdis 62)".
            let last = placeComplementHead(before: open, c) ?? (open - 1)
            var head = last
            while head >= 0 && open - head <= 10 && (c.isLowercaseWord(head) || c.isLowercaseElision(head))
                && c.continuesLine(head + 1)
                && !c.isLowercaseInstitutionHead(head)
                && !c.is(head, in: c.words.pluralInstitutionHead)
            {
                head -= 1
            }
            guard head >= 0, head < last, c.isLowercaseWord(head), c.is(head - 1, in: c.words.determiner)
            else { continue }
            if c.is(head, in: c.words.pluralInstitutionHead) {
                out.append(TokenName(acronym, .organization, isCertain: true))
                continue
            }
            guard c.isLowercaseInstitutionHead(head) else { continue }
            out += [
                TokenName(head..<open, .organization, isCertain: true),
                TokenName(acronym, .organization, isCertain: true),
            ]
        }
        return c.overlay(names, with: out)
    }

    /// The acronym in the brackets opened at `open`: one word in capitals ("(CENI)"), or an
    /// acronym written in capitals or with one capital and the number of the département it
    /// serves ("(Sdis 62)", "(SDIS 83)"); nil otherwise.
    private func acronymInBrackets(at open: Int, _ c: EntityRuleContext) -> Range<Int>? {
        if c.norm(open + 2) == ")" && c.isAllCaps(open + 1) { return (open + 1)..<(open + 2) }
        guard c.norm(open + 3) == ")", c.isAllCaps(open + 1) || c.isCap(open + 1),
            c.norm(open + 1).count <= LowercaseInstitutionRule.maxAcronymLength,
            open + 2 < c.tokens.count, c.tokens[open + 2].kind == .number
        else { return nil }
        return (open + 1)..<(open + 3)
    }

    /// Letters at most in an acronym written with one capital ("Sdis").
    private static let maxAcronymLength = 6

    /// The last lower-case word before a known place that closes the institution's name right
    /// before the bracket at `open` ("secours" in "… et de secours du Pas-de-Calais (Sdis 62)"),
    /// the place opened by "de", "du", "de la", "d'"; nil when no such place is there.
    private func placeComplementHead(before open: Int, _ c: EntityRuleContext) -> Int? {
        for start in stride(from: open - 1, through: max(0, open - 4), by: -1)
        where c.isCap(start) && c.isKnown(start..<open, as: .place) && c.continuesLine(open - 1) {
            if let head = c.head(beforeComplementAt: start), c.isLowercaseWord(head) { return head }
        }
        return nil
    }
}
