/// A platform named by one capital letter is MISC, as the guidelines type websites and
/// software, where the words before it say that one writes there: "a dénoncé sur X", "a réagi
/// sur le réseau social X" (`platformLetter` after `platformPreposition`, or after the noun of
/// `platformNoun` and its adjective). A letter alone elsewhere ("le groupe X", "Malcolm X",
/// "X." of an initial) names nothing certain and is left as it was; so is "sur X." at a
/// sentence's end, which the tokenizer reads as an initial.
struct LetterPlatformRule: EntityRule {
    func apply(to names: [TokenName], in context: EntityRuleContext) -> [TokenName] {
        let c = context
        var out: [TokenName] = []
        for i in c.tokens.indices where c.is(i, in: c.words.platformLetter) && c.tokens[i].isCapitalized {
            let next = i + 1
            // The letter ends its phrase: punctuation, a quotation mark or the line's end.
            guard next >= c.tokens.count || !c.tokens[next].isWordLike || !c.continuesLine(next) else {
                continue
            }
            let afterPreposition = c.is(i - 1, in: c.words.platformPreposition) && c.continuesLine(i)
            let afterNoun = (i - 3..<i).contains { k in
                k >= 0 && c.is(k, in: c.words.platformNoun)
                    && (k + 1..<i).allSatisfy { c.isLowercaseWord($0) && c.continuesLine($0) }
            }
            guard afterPreposition || afterNoun else { continue }
            out.append(TokenName(i..<next, .miscellaneous, isCertain: true))
        }
        return c.overlay(names, with: out)
    }
}
