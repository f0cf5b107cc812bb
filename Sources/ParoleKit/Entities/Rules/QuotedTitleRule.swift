/// A short capitalised stretch in quotation marks that is not speech is the title of a work:
/// le film « Oppenheimer », " La Reine des neiges " → MISC. A work noun before it allows a
/// longer title; quoted words with a subject pronoun or a common verb, one common word
/// (« Non »), an exhortation (« Imaginez un monde… ») or a quotation alone on its line (a
/// subheading, « Tout le monde savait ») are left to quotes.
struct QuotedTitleRule: EntityRule {
    func apply(to names: [TokenName], in context: EntityRuleContext) -> [TokenName] {
        let c = context
        let tokens = c.tokens
        var out: [TokenName] = []
        for open in tokens.indices where tokens[open].kind == .openQuote {
            guard
                let close = (open + 1..<min(tokens.count, open + 14)).first(where: {
                    tokens[$0].kind == .closeQuote || tokens[$0].kind == .openQuote
                        || tokens[$0].kind == .terminal
                }), tokens[close].kind == .closeQuote, close > open + 1,
                c.isCap(open + 1) || c.isAllCaps(open + 1)
            else { continue }
            let content = (open + 1)..<close
            let words = content.filter { tokens[$0].isWordLike }.count
            let triggered = c.is(open - 1, in: c.words.workNoun)
            // One common word ("« Non »", "« Merci »") is an interjection unless a work noun precedes.
            let commonWord = words == 1 && c.writtenLowerCase(open + 1)
            // An opening verb in the first or second plural person is an exhortation: « Imaginez un monde… ».
            let first = c.norm(open + 1)
            let exhortation = words >= 3 && c.words.imperativeEnding.contains { first.hasSuffix($0) }
            // A quotation alone on its line is a subheading quoting the article: « Tout le monde
            // savait ».
            let wholeLine =
                (open == 0 || !c.continuesLine(open))
                && (close + 1 == tokens.count || !c.continuesLine(close + 1))
            guard words <= (triggered ? 10 : 6), triggered || !commonWord, !exhortation,
                triggered || !wholeLine,
                !content.contains(where: { c.is($0, in: c.words.speechMarker) })
            else { continue }
            out.append(TokenName(content, .miscellaneous))
        }
        return c.overlay(names, with: out)
    }
}
