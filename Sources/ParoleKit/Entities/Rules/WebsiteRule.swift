/// A website named by its address is MISC, the address whole: "Planethunters.org", "arXiv.org",
/// "www.lemonde.fr" (words joined by dots with no space, the last a top-level domain), over
/// whatever the model made of its parts.
struct WebsiteRule: EntityRule {
    func apply(to names: [TokenName], in context: EntityRuleContext) -> [TokenName] {
        let c = context
        let tokens = c.tokens
        func isDot(_ k: Int) -> Bool { k >= 0 && k < tokens.count && tokens[k].norm == "." }
        var out: [TokenName] = []
        var i = 0
        while i < tokens.count {
            guard tokens[i].isWordLike, !c.touchesPrevious(i) || !isDot(i - 1) else {
                i += 1
                continue
            }
            // Words and dots, each touching the one before.
            var end = i + 1
            while isDot(end), c.touchesPrevious(end), end + 1 < tokens.count, tokens[end + 1].isWordLike,
                c.touchesPrevious(end + 1)
            {
                end += 2
            }
            if end - i >= 3, c.is(end - 1, in: c.words.topLevelDomain), !c.isCap(end - 1) {
                out.append(TokenName(i..<end, .miscellaneous, isCertain: true))
            }
            i = end
        }
        return c.overlay(names, with: out)
    }
}
