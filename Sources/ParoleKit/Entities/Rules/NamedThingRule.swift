/// A named thing after the common noun saying what it is: a storm, a vehicle, a spacecraft, an
/// instrument, a programme, a piece of software, a website or a work ("l'ouragan Sandy", "la fusée
/// Soyouz", "le télescope spatial Kepler", "le système GPS", "le site Planethunters.org", "la
/// série James Bond") →
/// MISC over the name alone (a celestial body after its noun, "la planète Alpha Centauri Bb", is
/// LOC) (and a model number after it: "la fusée Falcon 9"). The noun may
/// carry one lower-case adjective ("le système américain GPS"), or a complement of one or two
/// lower-case words after a bare "de" ("l'application de rencontres Kiffly", "le logiciel de vie
/// scolaire Pronoval"; then the name is no listed organisation, medium or first name: "le site
/// de production Airbus"); the name is no known place, or people (a first name is allowed after
/// the noun alone: storms bear them).
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
            func isPlainLowercase(_ j: Int) -> Bool {
                c.isLowercaseWord(j) && !c.is(j, in: c.words.joiner) && !c.is(j, in: c.words.breaker)
                    && !c.is(j, in: c.words.determiner)
            }
            var withComplement = false
            if isPlainLowercase(k) {
                k += 1
            } else if !celestial, c.is(k, in: c.words.bareClassPreposition), isPlainLowercase(k + 1) {
                // The kind with its complement: "l'application de rencontres Kiffly", "le
                // logiciel de vie scolaire Pronoval" (one or two lower-case words after "de").
                k += 2
                if isPlainLowercase(k) { k += 1 }
                withComplement = true
            }
            guard c.isCap(k) || c.isAllCaps(k), c.continuesLine(k), !c.isMarked(k, as: .place, .people),
                !c.single(k, .title)
            else { continue }
            // After a complement, a listed organisation or medium, or a first name, is the maker
            // or the owner ("le site de production Airbus"), not the thing.
            if withComplement, c.isMarked(k, as: .organisation, .media, .firstName) { continue }
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
