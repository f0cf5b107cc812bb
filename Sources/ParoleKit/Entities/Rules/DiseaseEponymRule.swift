/// A disease named after a person or a place ("maladie de Paget", "syndrome de Down", "maladie
/// osseuse de Paget", "maladie d'Alzheimer") is never a place nor a person who could speak: the
/// name after the disease head (`diseaseHead`, up to two lower-case words, then "de" or "d'") is
/// no name when the names so far read it as a person (Sequoia types the person, the guidelines
/// the disease: neither a speaker nor a wrong type), and otherwise the disease is one MISC, its
/// head included, as the guidelines type diseases. Runs last, after the article-wide vote, so
/// the vote cannot give the eponym back. A first name and a surname after the head are
/// someone's illness, left alone ("la maladie de Jacques Chirac").
struct DiseaseEponymRule: EntityRule {
    func apply(to names: [TokenName], in context: EntityRuleContext) -> [TokenName] {
        let c = context
        var names = names
        for i in c.tokens.indices where c.isLowercaseWord(i) && c.is(i, in: c.words.diseaseHead) {
            var k = i + 1
            // "maladie osseuse de Paget": lower-case words between the head and its complement.
            while k < i + 3, c.isLowercaseWord(k), c.continuesLine(k),
                !c.is(k, in: c.words.complementPreposition),
                !c.is(k, in: c.words.breaker), !c.is(k, in: c.words.determiner)
            {
                k += 1
            }
            guard c.is(k, in: c.words.complementPreposition),
                !c.is(k, in: c.words.articlePreposition)
                    || !c.is(k + 1, in: c.words.complementArticle)
            else { continue }
            let start = k + 1
            guard c.isCap(start), c.continuesLine(start), !c.isSentenceInitial(start),
                !c.single(start, .title)
            else { continue }
            var end = start + 1
            while c.isCap(end) && c.continuesLine(end) { end += 1 }
            // A first name and a surname are someone's illness ("la maladie de Jacques Chirac").
            if end - start >= 2 && c.single(start, .firstName) { continue }
            let eponym = start..<end
            let overlapping = names.indices.filter { names[$0].range.overlaps(eponym) }
            let readAsPerson = overlapping.contains { names[$0].type == .person }
            let upper = overlapping.reduce(end) { max($0, names[$1].range.upperBound) }
            for o in overlapping.reversed() { names.remove(at: o) }
            guard !readAsPerson else { continue }
            let at = names.firstIndex { $0.range.lowerBound >= upper } ?? names.endIndex
            guard (names[..<at].last?.range.upperBound ?? 0) <= i else { continue }
            names.insert(TokenName(i..<upper, .miscellaneous, isCertain: true), at: at)
        }
        return names
    }
}
