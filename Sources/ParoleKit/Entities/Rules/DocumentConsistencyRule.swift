/// One reading of each name across the article: a surname after a full name is that person; each
/// string gets one type (votes of its occurrences, the lexicon breaking ties); untagged
/// occurrences of a tagged string are tagged, and so are occurrences of a name of several words
/// where only part of it was found ("Festival de Cannes" where "Cannes" alone was); adjacent
/// person names are merged. A letter alone is neither retyped nor spread.
struct DocumentConsistencyRule: EntityRule {
    func apply(to input: [TokenName], in context: EntityRuleContext) -> [TokenName] {
        let c = context
        var names = c.mergingAdjacentPeople(input)
        // Surnames of people named in full.
        var surnames = Set<UInt64>()
        for name in names where name.type == .person && name.range.count >= 2 {
            let last = name.range.upperBound - 1
            // A determiner is no surname ("Le" of a name cut before a quotation mark).
            if c.isCap(last) && !c.is(last, in: c.words.determiner) {
                surnames.insert(c.sequenceHash(last..<last + 1))
            }
        }
        for k in names.indices
        where names[k].range.count == 1 && surnames.contains(c.sequenceHash(names[k].range)) {
            names[k].type = .person
        }
        var typeOf = majorityTypes(names, c)
        for s in surnames { typeOf[s] = .person }
        for k in names.indices where !names[k].isCertain && !isOneLetter(names[k].range, c) {
            names[k].type = typeOf[c.sequenceHash(names[k].range)] ?? names[k].type
        }
        names = widenedOccurrences(names, c)
        names += untaggedOccurrences(names, typeOf, c)
        return c.mergingAdjacentPeople(c.removeOverlaps(names))
    }

    /// The type each string gets: the most votes of its occurrences; the lexicon breaks ties
    /// (a known place or organisation; a first name for a person).
    private func majorityTypes(_ names: [TokenName], _ c: EntityRuleContext) -> [UInt64: EntityType] {
        var votes: [UInt64: [EntityType: Int]] = [:]
        var lexiconType: [UInt64: EntityType] = [:]
        for name in names {
            votes[c.sequenceHash(name.range), default: [:]][name.type, default: 0] += name.isCertain ? 6 : 2
        }
        for name in names {
            let k = c.sequenceHash(name.range)
            if c.isKnown(name.range, as: .place) {
                votes[k]![.location, default: 0] += 2
                lexiconType[k] = .location
            }
            if c.isKnown(name.range, as: .organisation, .media) {
                votes[k]![.organization, default: 0] += 2
                lexiconType[k] = .organization
            }
            if c.single(name.range.lowerBound, .firstName) && name.range.count > 1 {
                votes[k]![.person, default: 0] += 1
            }
        }
        var typeOf: [UInt64: EntityType] = [:]
        for (k, v) in votes {
            let top = v.values.max() ?? 0
            if let t = lexiconType[k], v[t] == top {
                typeOf[k] = t
            } else {
                typeOf[k] = v.max { a, b in a.value < b.value || (a.value == b.value && a.key > b.key) }!.key
            }
        }
        return typeOf
    }

    /// Whether `range` is one letter alone ("X"): what it names comes from its own context
    /// ("a dénoncé sur X" but "plainte contre X"), so no other occurrence gives it a type.
    private func isOneLetter(_ range: Range<Int>, _ c: EntityRuleContext) -> Bool {
        range.count == 1 && c.norm(range.lowerBound).count == 1
    }

    /// Occurrences of a typed string no name covers (the longest first; a single word at a
    /// sentence start only for a person or a word capitalised elsewhere).
    private func untaggedOccurrences(
        _ names: [TokenName], _ typeOf: [UInt64: EntityType], _ c: EntityRuleContext
    )
        -> [TokenName]
    {
        let covered = c.coverage(names)
        let maxLength = names.map(\.range.count).max() ?? 0
        var extra: [TokenName] = []
        var i = 0
        while i < c.tokens.count {
            guard !covered[i], c.isCap(i) || c.isAllCaps(i) else {
                i += 1
                continue
            }
            var found: TokenName? = nil
            var length = min(maxLength, c.tokens.count - i)
            while length >= 1 {
                let r = i..<(i + length)
                if !r.contains(where: { covered[$0] }), let t = typeOf[c.sequenceHash(r)],
                    length > 1 || !c.is(i, in: c.words.determiner),
                    !isOneLetter(r, c),
                    length > 1 || !c.isSentenceInitial(i) || t == .person
                        || c.observations.flags[i].contains(.capitalizedElsewhere)
                {
                    if !c.isCap(i + length) { found = TokenName(r, t) }
                    break
                }
                length -= 1
            }
            if let f = found {
                extra.append(f)
                i = f.range.upperBound
            } else {
                i += 1
            }
        }
        return extra
    }

    /// Occurrences of a name of several words where only names inside it were found (no name
    /// crossing its edges): they become that name ("Cannes" of a second "Festival de Cannes").
    private func widenedOccurrences(_ names: [TokenName], _ c: EntityRuleContext) -> [TokenName] {
        var typeOf: [UInt64: EntityType] = [:]
        var firstWords = Set<UInt64>()
        var lengths = Set<Int>()
        for n in names where n.range.count >= 2 {
            let h = c.sequenceHash(n.range)
            if typeOf[h] == nil { typeOf[h] = n.type }
            firstWords.insert(c.word(n.range.lowerBound))
            lengths.insert(n.range.count)
        }
        guard !typeOf.isEmpty else { return names }
        let byLength = lengths.sorted(by: >)
        var nameAt = [Int?](repeating: nil, count: c.tokens.count)
        for (k, n) in names.enumerated() { for i in n.range { nameAt[i] = k } }
        var wider: [TokenName] = []
        var i = 0
        while i < c.tokens.count {
            guard firstWords.contains(c.word(i)), nameAt[i].map({ names[$0].range.lowerBound == i }) ?? true
            else {
                i += 1
                continue
            }
            var found: TokenName? = nil
            for length in byLength where i + length <= c.tokens.count {
                let r = i..<(i + length)
                guard let t = typeOf[c.sequenceHash(r)], !c.isCap(i + length) || !c.continuesLine(i + length),
                    (i + 1..<i + length).allSatisfy({ c.continuesLine($0) })
                else { continue }
                let inside = Set(r.compactMap { nameAt[$0] })
                if !inside.isEmpty,
                    inside.allSatisfy({ r.contains(names[$0].range) && names[$0].range != r })
                {
                    found = TokenName(r, t)
                    break
                }
            }
            if let f = found {
                wider.append(f)
                i = f.range.upperBound
            } else {
                i += 1
            }
        }
        return wider.isEmpty ? names : c.merge(names, with: wider, replacing: true)
    }
}
