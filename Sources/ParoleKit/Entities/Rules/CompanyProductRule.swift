/// A known company and the capitalised words right after it name one of its products: "Nintendo
/// DS", "Google Maps", "Volkswagen Golf", "Microsoft Word" → MISC over the whole. Not when the
/// words after it are a place, a people, another organisation, a first name, a title or a
/// company's kind ("Google France", "Renault Nissan", "Samsung Electronics", "Sony Music
/// Entertainment"), nor inside a longer name ("Francis Ford Coppola"). Common nouns after an acronym
/// (words the debates write lower-case), one of them a business word (`branchNoun`), name a
/// branch of it, an organisation: "SNCF Voyageurs"; "BMW Série" is a product line, MISC.
struct CompanyProductRule: EntityRule {
    func apply(to names: [TokenName], in context: EntityRuleContext) -> [TokenName] {
        let c = context
        func isProductWord(_ k: Int) -> Bool {
            (c.isCap(k) || c.isAllCaps(k)) && c.continuesLine(k) && !c.isSentenceInitial(k)
                && !c.isMarked(k, as: .place, .people, .organisation, .media) && !c.single(k, .firstName)
                && !c.single(k, .title) && !c.single(k, .orgHead) && !c.is(k, in: c.words.companySuffix)
                && !c.is(k, in: c.words.determiner) && !c.is(k, in: c.words.abbreviation)
        }
        /// The company opens the name: no capitalised word before it ("Francis Ford Coppola").
        func opensName(_ i: Int) -> Bool {
            c.isSentenceInitial(i) || !c.continuesLine(i) || !(c.isCap(i - 1) || c.isAllCaps(i - 1))
        }
        var out: [TokenName] = []
        var i = 0
        while i < c.tokens.count {
            guard c.isCap(i) || c.isAllCaps(i), c.single(i, .organisation), opensName(i), isProductWord(i + 1)
            else {
                i += 1
                continue
            }
            var end = i + 2
            while isProductWord(end) { end += 1 }
            // "Sony Music Entertainment": a company's kind after the words makes it a company.
            if c.isCap(end) && c.continuesLine(end) && c.is(end, in: c.words.companySuffix) {
                i = end + 1
                continue
            }
            // Common nouns after an acronym, one a business word, name one of its branches, an
            // organisation: "SNCF Voyageurs", "CGT Spectacle" (words the debates write lower-case),
            // not a product line ("BMW Série").
            let after = i + 1..<end
            let isBranch =
                c.isAllCaps(i) && after.allSatisfy { c.writtenLowerCase($0) }
                && after.contains { c.is($0, in: c.words.branchNoun) }
            out.append(TokenName(i..<end, isBranch ? .organization : .miscellaneous, isCertain: true))
            i = end
        }
        return c.overlay(names, with: out)
    }
}
