/// An organisation's name takes the capitalised word the model left just before it, on the same
/// line and inside a sentence: "les Red Sox de Boston" (not "Sox de Boston"), "la Royal Academy",
/// "le groupe Public Enemy", "le FC Energie Cottbus". Not a determiner, title, first name or
/// known place ("Le", "Président", "Edward", "Japon"), nor a word written lower-case elsewhere.
struct OrganisationPrefixRule: EntityRule {
    func apply(to names: [TokenName], in context: EntityRuleContext) -> [TokenName] {
        let c = context
        let covered = c.coverage(names)
        return names.map { n in
            let p = n.range.lowerBound - 1
            guard n.type == .organization, p >= 0, !covered[p], c.isCap(p) || c.isAllCaps(p),
                !c.isSentenceInitial(p), c.continuesLine(n.range.lowerBound),
                !c.is(p, in: c.words.determiner),
                !c.is(p, in: c.words.commonNoun), !c.single(p, .title), !c.single(p, .firstName),
                !c.single(p, .place), !c.single(p, .people), !c.writtenLowerCase(p)
            else { return n }
            var extended = n
            extended.range = p..<n.range.upperBound
            return extended
        }
    }
}
