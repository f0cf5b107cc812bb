/// A capitalised noun naming the people of a place, formed on the place's name ("les
/// Sherbrookois" of Sherbrooke, "des Lillois", "les Saint-Louisiens", "le Tongien" of Tonga), is
/// MISC, as the guidelines type people as nouns of origin; the model's type is replaced (it
/// often says LOC) and a missed one is added; glued to a person's name after it, it is cut off
/// ("la Vaudoise Léa Rochat": MISC "Vaudoise", PER "Léa Rochat").
///
/// The noun ends in a `demonymEnding` ("ois", "aise", "iens"…); what is left, as written, with
/// a `demonymStemEnding` added ("Sherbrook" + "e", "Renn" + "es"), or with a doubled last letter
/// made single ("Lyonn" → "Lyon"), and each of those with its last letter of a
/// `demonymStemLetter` pair written as the place writes it ("Finistér" → "Finistèr" + "e",
/// "Niç" → "Nic" + "e"), is a place the lexicon knows or a name of one word the article gives
/// another type than person. A `townDemonym` ("Rochelais", "Franciliennes") needs no place. The noun follows a plural article ("les", "des"), or a
/// singular one ("le", "une") unless its ending names a region as well and a preposition stands
/// before the article ("dans le Lunévillois" is a place, "Le Drômois n'a pas pu suivre" a
/// person; "du Constantinois" has no singular article), so a surname ("Dubois") is not read as
/// one, and in the singular
/// takes no lower-case complement ("le Gardien de la paix" is no people of the Gard); it is
/// neither a known first name, place, organisation or medium.
struct DemonymRule: EntityRule {
    /// Stems shorter than this are not compared ("Mar" + "ais" of "le Marais").
    private static let minStemLength = 4

    func apply(to names: [TokenName], in context: EntityRuleContext) -> [TokenName] {
        let c = context
        // The one-word names of the article that are no person, by the hash of their norm.
        var namedHere = Set<UInt64>()
        for n in names where n.range.count == 1 && n.type != .person {
            namedHere.insert(c.word(n.range.lowerBound))
        }
        var nameAt = [Int?](repeating: nil, count: c.tokens.count)
        var covered = [Bool](repeating: false, count: c.tokens.count)
        for (k, n) in names.enumerated() {
            for i in n.range { covered[i] = true }
            nameAt[n.range.lowerBound] = k
        }
        var names = names
        var added: [TokenName] = []
        for i in c.tokens.indices
        where c.isCap(i) && !c.isAllCaps(i) && c.continuesLine(i) && isDemonym(i, namedHere: namedHere, in: c)
        {
            let beforeName = c.isCap(i + 1) && c.continuesLine(i + 1)
            if let k = nameAt[i], names[k].range.count == 1, !beforeName {
                names[k].type = .miscellaneous
                names[k].isCertain = true
            } else if let k = nameAt[i], names[k].range.count >= 2, beforeName {
                // Glued to the name after it: "la Vaudoise Léa Rochat" is MISC "Vaudoise" and
                // the person, as a people noun is (`PeopleNounRule`).
                let rest = (i + 1)..<names[k].range.upperBound
                let known = c.isKnown(rest, as: .organisation, .media, .place)
                added.append(TokenName(i..<(i + 1), .miscellaneous, isCertain: true))
                added.append(TokenName(rest, known ? names[k].type : .person))
                names[k].range = i..<i
            } else if !covered[i], !beforeName {
                added.append(TokenName(i..<(i + 1), .miscellaneous, isCertain: true))
            }
        }
        names.removeAll { $0.range.isEmpty }
        guard !added.isEmpty else { return names }
        return (names + added).sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// Whether token `i` is a noun of the people of a place the lexicon or the article names.
    private func isDemonym(_ i: Int, namedHere: Set<UInt64>, in c: EntityRuleContext) -> Bool {
        guard !c.single(i, .firstName), !c.single(i, .place), !c.single(i, .organisation),
            !c.single(i, .media)
        else { return false }
        let word = c.norm(i)
        let listed = c.is(i, in: c.words.townDemonym)
        let ending = c.words.demonymEnding.first(where: { word.hasSuffix($0) })
        guard listed || ending != nil else { return false }
        // After "les", "des"; after "le", "une" unless the noun may name a region and a
        // preposition stands before the article ("dans le Lunévillois"; "le Drômois a…" is a person).
        let plural = c.is(i - 1, in: c.words.pluralArticle)
        let regionEnding = ending ?? c.words.regionEnding.first { word.hasSuffix($0) }
        let region =
            regionEnding.map { c.words.regionEnding.contains($0) } == true
            && c.is(i - 2, in: c.words.regionPreposition)
        guard plural || (c.is(i - 1, in: c.words.singularArticle) && !region) else { return false }
        // A singular noun with a lower-case complement is a title: "le Gardien de la paix".
        if !plural, let complement = c.complement(at: i + 1), c.isLowercaseWord(complement) { return false }
        if listed { return true }
        guard let ending else { return false }
        let stem = String(word.dropLast(ending.count))
        guard stem.count >= DemonymRule.minStemLength else { return false }
        // The rest as written, and with the last letter of a `demonymStemLetter` pair written as
        // the place writes it ("finistér" → "finistèr").
        var rests = [stem]
        for (inNoun, inPlace) in c.words.demonymStemLetter {
            if let letter = inNoun.first, let k = stem.lastIndex(of: letter) {
                var rest = stem
                rest.replaceSubrange(k...k, with: inPlace)
                rests.append(rest)
            }
        }
        var stems: [String] = []
        for rest in rests {
            stems += [rest] + c.words.demonymStemEnding.map { rest + $0 }
            if let last = rest.last, rest.dropLast().last == last { stems.append(String(rest.dropLast())) }
        }
        return stems.contains { s in
            let h = FeatureHash.of(s)
            return namedHere.contains(h)
                || (c.lexicon.categories(ofSequenceHash: FeatureHash.mix(0, h))
                    >> UInt16(NameLexicon.Category.place.rawValue)) & 1
                    == 1
        }
    }
}
