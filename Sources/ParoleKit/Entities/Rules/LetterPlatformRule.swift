/// A platform named by one capital letter is MISC, as the guidelines type websites and
/// software, where the words before it say that one writes there: "a dénoncé sur X", "un
/// message publié sur X" (`platformLetter` after `platformPreposition`, itself after a word of
/// writing, `platformContext`), "a réagi sur le réseau social X", "son compte X" (after the noun
/// of `platformNoun` and its adjective). A letter alone elsewhere names nothing certain and is
/// left as it was: "le groupe X", "Malcolm X", the unknown party of legal French ("plainte
/// contre X", "le parquet enquête sur X"), "tout misé sur X"; so is a letter before an
/// apposition that names what it is ("sur X, un homme de quarante ans": `appositionOpener`),
/// and "sur X." at a sentence's end, which the tokenizer reads as an initial.
struct LetterPlatformRule: EntityRule {
    func apply(to names: [TokenName], in context: EntityRuleContext) -> [TokenName] {
        let c = context
        var out: [TokenName] = []
        for i in c.tokens.indices where c.is(i, in: c.words.platformLetter) && c.tokens[i].isCapitalized {
            let next = i + 1
            let afterPreposition =
                c.is(i - 1, in: c.words.platformPreposition) && c.isLowercaseWord(i - 1) && c.continuesLine(i)
                && c.is(i - 2, in: c.words.platformContext) && c.continuesLine(i - 1)
            // The letter ends its phrase: punctuation, a quotation mark or the line's end; after a
            // word of writing and "sur", a lower-case word may follow too ("a écrit sur X le
            // sénateur", "publiait sur X une photo").
            guard
                next >= c.tokens.count || !c.tokens[next].isWordLike || !c.continuesLine(next)
                    || (afterPreposition && (c.isLowercaseWord(next) || c.isLowercaseElision(next)))
            else {
                continue
            }
            let afterNoun = (i - 3..<i).contains { k in
                k >= 0 && c.is(k, in: c.words.platformNoun)
                    && (k + 1..<i).allSatisfy {
                        c.isLowercaseWord($0) && c.continuesLine($0)
                            && !c.is($0, in: c.words.platformPreposition)
                    }
            }
            guard (afterPreposition || afterNoun) && !opensApposition(after: i, c) else { continue }
            out.append(TokenName(i..<next, .miscellaneous, isCertain: true))
        }
        return c.overlay(names, with: out)
    }

    /// Whether a comma after the letter opens an apposition that says what it is ("X, un homme",
    /// "X, son cheval favori"), unless the apposition names a platform or a capitalised name
    /// ("X, le réseau social", "X, l'ancien Twitter").
    private func opensApposition(after i: Int, _ c: EntityRuleContext) -> Bool {
        let comma = i + 1
        guard comma < c.tokens.count, c.tokens[comma].normIs(","),
            c.is(comma + 1, in: c.words.appositionOpener)
        else { return false }
        return !(comma + 2...comma + 3).contains { k in
            k < c.tokens.count && (c.is(k, in: c.words.platformNoun) || c.isCap(k))
        }
    }
}
