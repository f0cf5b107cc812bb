/// A person's initials before the name the model found belong to it: "J. Lee Thompson",
/// "J. M. Barrie", "J.-P. Durand" (initials on the same line, each one capital letter and its
/// period, alone or written together, "F.L.", "J.-P."; the first not glued to the word before
/// it, as "C." is in "38°C."; not a title, "M." for "Monsieur"). Initials written together and
/// followed by capitalised words no name covers open a person with them ("F.L. Copperman"),
/// unless the lexicon knows the words, one of them is a common word the debates write lower-case
/// ("U.S. Route") or the teacher gives the last one a type other than person ("D.C. United").
struct InitialsRule: EntityRule {
    func apply(to names: [TokenName], in context: EntityRuleContext) -> [TokenName] {
        let c = context
        let covered = c.coverage(names)
        func isInitial(_ k: Int) -> Bool {
            guard k >= 0, !covered[k], c.isCap(k) || c.isAllCaps(k), !c.single(k, .title) else {
                return false
            }
            return Self.initialCount(c.norm(k)) > 0
        }
        var out = names.map { n in
            guard n.type == .person else { return n }
            var start = n.range.lowerBound
            // Not across a sentence start: "le P.S. Gérard Collomb" ends a sentence with "P.S.".
            while isInitial(start - 1) && c.continuesLine(start) && !c.isSentenceInitial(start) { start -= 1 }
            guard start < n.range.lowerBound, !c.touchesPrevious(start) else { return n }
            var extended = n
            extended.range = start..<n.range.upperBound
            return extended
        }
        var opened: [TokenName] = []
        for k in c.tokens.indices
        where isInitial(k) && Self.initialCount(c.norm(k)) >= 2 && !c.touchesPrevious(k) {
            var end = k + 1
            while end < c.tokens.count, !covered[end], c.isCap(end), !c.isAllCaps(end), c.continuesLine(end),
                !c.touchesPrevious(end), !c.isSentenceInitial(end)
            {
                end += 1
            }
            guard end > k + 1, end == c.tokens.count || !covered[end] else { continue }
            let words = (k + 1)..<end
            if c.isKnown(words, as: .place, .organisation, .media, .people) { continue }
            if words.contains(where: { c.writtenLowerCase($0) }) { continue }
            if let type = c.teacherType(end - 1), type != .person { continue }
            opened.append(TokenName(k..<end, .person))
        }
        if !opened.isEmpty {
            out = (out + opened).sorted { $0.range.lowerBound < $1.range.lowerBound }
        }
        return out
    }

    /// How many initials `norm` is made of ("j." 1, "j.-p." 2, "f.l." 2), 0 when it is not
    /// initials alone.
    static func initialCount(_ norm: String) -> Int {
        var count = 0
        var expectLetter = true
        var previous: Character = " "
        for ch in norm {
            if expectLetter {
                if ch == "-" && previous == "." && count > 0 {
                    previous = ch
                    continue
                }
                guard ch.isLetter else { return 0 }
                count += 1
                expectLetter = false
            } else {
                guard ch == "." else { return 0 }
                expectLetter = true
            }
            previous = ch
        }
        return expectLetter ? count : 0
    }
}
