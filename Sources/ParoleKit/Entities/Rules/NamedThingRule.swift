/// A named thing after the common noun saying what it is: a storm, a vehicle, a spacecraft, an
/// instrument, a programme, a piece of software, a website or a work ("l'ouragan Sandy", "la fusée
/// Soyouz", "le télescope spatial Kepler", "le système GPS", "le site Planethunters.org", "la
/// série James Bond") →
/// MISC over the name alone (a celestial body after its noun, "la planète Alpha Centauri Bb", is
/// LOC) (and a model number after it: "la fusée Falcon 9"). The noun may
/// carry one lower-case adjective ("le système américain GPS"); the name is no known place,
/// or people (a first name is allowed: storms bear them).
struct NamedThingRule: EntityRule {
    func apply(to names: [TokenName], in context: EntityRuleContext) -> [TokenName] {
        let c = context
        var out: [TokenName] = []
        var heads: [Int] = []
        for i in c.tokens.indices where c.is(i, in: c.words.thingNoun) || c.is(i, in: c.words.celestialNoun) {
            // Celestial bodies are places: "la planète Alpha Centauri Bb".
            let celestial = c.is(i, in: c.words.celestialNoun)
            let type: EntityType = celestial ? .location : .miscellaneous
            if celestial && !c.isLowercaseWord(i) { continue }  // a title: « Planète Terreur »
            // A capitalised noun is part of a name, unless it opens the sentence ("Ouragan Sandy").
            guard !c.isCap(i) || c.isSentenceInitial(i) else { continue }
            var k = i + 1
            if c.isLowercaseWord(k), !c.is(k, in: c.words.joiner), !c.is(k, in: c.words.breaker),
                !c.is(k, in: c.words.determiner)
            {
                k += 1
            }
            guard c.isCap(k) || c.isAllCaps(k), c.continuesLine(k), !c.isMarked(k, as: .place, .people),
                !c.single(k, .title)
            else { continue }
            var end = k + 1
            while (c.isCap(end) || c.isAllCaps(end)) && c.continuesLine(end) { end += 1 }
            if end < c.tokens.count, c.tokens[end].kind == .number,
                c.tokens[end - 1].span.end + 1 == c.tokens[end].span.start
            {
                end += 1
            }
            out.append(TokenName(k..<end, type, isCertain: true))
            heads.append(i)
        }
        // The noun is no part of a name: "Ouragan Sandy" → "Sandy".
        return c.overlay(names, with: out).filter { n in !heads.contains { n.range.contains($0) } }
    }
}
