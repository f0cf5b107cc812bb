/// A disease named after a person or a place ("maladie de Paget", "syndrome de Down", "maladie
/// osseuse de Paget", "maladie d'Alzheimer") is never a place nor a person who could speak: the
/// name after the disease head (`diseaseHead`, up to two adjectives, then "de" or "d'") is
/// no name when the names so far read it as a person (Sequoia types the person, the guidelines
/// the disease: neither a speaker nor a wrong type), and otherwise the disease is one MISC, its
/// head included, as the guidelines type diseases. Runs last, after the article-wide vote, so
/// the vote cannot give the eponym back. A first name and a surname after the head, or the
/// surname of a person named elsewhere, are someone's illness, left alone ("la maladie de
/// Jacques Chirac"); a name starting before the head holds the disease and is kept whole ("l'Institut de
/// la maladie de Parkinson").
struct DiseaseEponymRule: EntityRule {
    func apply(to names: [TokenName], in context: EntityRuleContext) -> [TokenName] {
        let c = context
        var names = names
        for i in c.tokens.indices where c.isLowercaseWord(i) && c.is(i, in: c.words.diseaseHead) {
            var k = i + 1
            // "maladie osseuse de Paget": adjectives between the head and its complement, no verb
            // nor participle ("maladie venue de Chine", "la maladie touche désormais de Lyon").
            while k < i + 3, c.isLowercaseWord(k), c.continuesLine(k),
                c.is(k, in: c.words.institutionAdjective) || c.is(k, in: c.words.complementAdjective)
                    || c.words.adjectiveEnding.contains(where: { c.norm(k).hasSuffix($0) })
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
            // A name that starts before the head holds the disease: an organisation, kept whole
            // ("l'Association française du syndrome de Rett", "l'Institut de la maladie de
            // Parkinson").
            if overlapping.contains(where: { names[$0].range.lowerBound < i }) { continue }
            // The surname of a person named elsewhere in the article is that person's illness
            // ("Emmanuel Macron … la maladie de Macron").
            let surname = c.norm(end - 1)
            if names.contains(where: {
                $0.type == .person && $0.range.count >= 2 && !$0.range.overlaps(eponym)
                    && c.norm($0.range.upperBound - 1) == surname
            }) {
                continue
            }
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
