/// An article written with a capital inside a sentence belongs to the name after it: "a-t-il dit
/// à La Tribune", "selon Les Echos", "l'épicerie La Passerelle", "à La Chaux-de-Fonds" → the name
/// with its article, whatever its type. Only after a lower-case word or a comma on the same
/// line: at a sentence's opening, after a colon or a quotation mark, the capital says nothing.
struct CapitalizedArticleRule: EntityRule {
    func apply(to names: [TokenName], in context: EntityRuleContext) -> [TokenName] {
        let c = context
        var names = names
        var previousEnd = 0
        for k in names.indices {
            let start = names[k].range.lowerBound
            defer { previousEnd = names[k].range.upperBound }
            let article = start - 1
            guard article >= previousEnd, c.isCap(article), !c.isAllCaps(article),
                c.is(article, in: c.words.capitalizedArticle), !c.isSentenceInitial(article),
                c.continuesLine(article), c.continuesLine(start),
                c.isLowercaseWord(article - 1) || c.is(article - 1, in: c.words.midSentencePunctuation)
            else { continue }
            names[k].range = article..<names[k].range.upperBound
        }
        return names
    }
}
