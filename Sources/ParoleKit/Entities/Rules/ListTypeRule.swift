/// The names of a list share a type: in three names or more separated only by commas, "et" or
/// "ou" (`listSeparator`), a name of one word the model typed otherwise takes the type most of
/// the list has ("Port-Gentil, Lambaréné, Mouila, Tchibanga" as places; "Degas, Manet, Monet,
/// Toulouse-Lautrec" as people). Names the lexicon knows or a rule typed from their form keep
/// their type, and the latter alone give it when the list has any; a name after an article is
/// no person ("À l'Assemblée, Erwann Binet et Pascale Crozon"); a list with no type over half
/// of its voters is left as it is.
struct ListTypeRule: EntityRule {
    func apply(to names: [TokenName], in context: EntityRuleContext) -> [TokenName] {
        let c = context
        var names = names
        /// Whether only separators stand between two names, on one line.
        func separated(_ a: TokenName, _ b: TokenName) -> Bool {
            let gap = a.range.upperBound..<b.range.lowerBound
            return (1...2).contains(gap.count) && gap.allSatisfy { c.is($0, in: c.words.listSeparator) }
                && c.continuesLine(b.range.lowerBound)
        }
        var start = 0
        while start < names.count {
            var end = start + 1
            while end < names.count && separated(names[end - 1], names[end]) { end += 1 }
            if end - start >= 3 {
                // Names a rule typed from their form vote alone when there are any ("la ville de
                // Maitland, Greta, Branxton"); a name the lexicon knows keeps its type.
                func known(_ k: Int) -> Bool {
                    names[k].isCertain
                        || c.isMarked(names[k].range.lowerBound, as: .place, .organisation, .media, .people)
                }
                let anchors = (start..<end).filter { names[$0].isCertain }
                let voters = anchors.isEmpty ? Array(start..<end) : anchors
                var counts: [EntityType: Int] = [:]
                for k in voters { counts[names[k].type, default: 0] += 1 }
                if let (type, n) = counts.max(by: { $0.value < $1.value }), 2 * n > voters.count {
                    for k in start..<end
                    where names[k].type != type && names[k].range.count == 1 && !known(k)
                        && !(type == .person
                            && c.is(names[k].range.lowerBound - 1, in: c.words.nonPersonArticle))
                    {
                        names[k].type = type
                    }
                }
            }
            start = end
        }
        return names
    }
}
