/// Estimates the gender of the people of an analysis from the article's own words, and says
/// "unknown" whenever the evidence is weak (see docs/statistics.md):
///
/// - a title right before a mention ("Mme", "M.");
/// - a role noun before the name or as a mention ("la chancelière Angela Merkel", "l'actrice",
///   "la ministre" — an epicene noun counts only with its determiner);
/// - agreement after the name ("Marie Curie, née…", "X est arrivée");
/// - the pronoun the analysis resolved a quote's speaker to ("a-t-elle ajouté", "Il a dit");
/// - the first name, when at least 95 % of the French births bearing it were of one sex.
///
/// A surname alone is never evidence. Organisations and other non-persons are not estimated.
public struct GenderEstimate: Sendable {
    /// How much each kind of evidence weighs: the answer needs one side to outweigh the other
    /// at least threefold.
    public struct Evidence: Sendable, Equatable {
        /// Weight of the signs for a woman.
        public var female = 0
        /// Weight of the signs for a man.
        public var male = 0

        /// The gender the evidence supports, or unknown.
        public var gender: SpeakerGender {
            if female > 0 && female >= 3 * male { return .female }
            if male > 0 && male >= 3 * female { return .male }
            return .unknown
        }

        mutating func add(_ gender: SpeakerGender?, weight: Int) {
            switch gender {
            case .female: female += weight
            case .male: male += weight
            default: break
            }
        }
    }

    private let lexicon: GenderLexicon
    private let firstNames: FirstNames

    /// An estimator over `lexicon` and the first names `firstNames`.
    public init(lexicon: GenderLexicon = .french, firstNames: FirstNames = .french) {
        self.lexicon = lexicon
        self.firstNames = firstNames
    }

    /// The gender of every person actor of `analysis`, by actor identifier.
    public func genders(in analysis: Analysis) -> [String: SpeakerGender] {
        let words = WordScanner(analysis.text)
        var out: [String: SpeakerGender] = [:]
        for actor in analysis.actors where actor.type == .person {
            out[actor.id] = evidence(for: actor, in: analysis, words: words).gender
        }
        return out
    }

    /// The evidence for the gender of `actor` in `analysis`.
    public func evidence(for actor: Actor, in analysis: Analysis) -> Evidence {
        evidence(for: actor, in: analysis, words: WordScanner(analysis.text))
    }

    private func evidence(for actor: Actor, in analysis: Analysis, words: WordScanner) -> Evidence {
        var evidence = Evidence()
        for span in actor.occurrences {
            let inside = words.words(in: span)
            let before = words.words(before: span.start, count: 3)
            if !inside.isEmpty, words.startsLowercase(span) {
                // A role phrase standing for the actor: "la porte-parole", "l'actrice".
                evidence.add(rolePhrase(inside, determiner: before.last), weight: 2)
                continue
            }
            if let title = before.last, let gender = lexicon.titles[title] {
                evidence.add(gender, weight: 3)
            } else if let noun = before.last {
                evidence.add(
                    role(noun, determiner: before.dropLast().last) ?? lexicon.demonymGender(noun), weight: 2)
            }
            evidence.add(agreement(after: span.end, words: words), weight: 2)
            evidence.add(apposition(after: span.end, words: words), weight: 2)
        }
        // Role phrases the analysis linked to the actor: "président du club", "La joueuse américaine".
        for alias in actor.aliases + actor.roles.filter({ !actor.aliases.contains($0) }) {
            evidence.add(
                rolePhrase(
                    WordScanner(alias).words(in: Span(0, alias.unicodeScalars.count)), determiner: nil),
                weight: 2)
        }
        for quote in analysis.quotes where quote.speaker?.actor == actor.id {
            guard let speaker = quote.speaker else { continue }
            // The pronoun alone ("Elle a dit") or at the end of an inversion ("a-t-elle", "dit-il").
            let said = words.words(in: speaker.span)
            if said.count == 1, let pronoun = said[0].split(separator: "-").last,
                let gender = lexicon.pronouns[String(pronoun)]
            {
                evidence.add(gender, weight: 2)
            }
        }
        evidence.add(firstNameGender(actor.name), weight: 2)
        return evidence
    }

    /// The gender a role phrase marks by its head noun and determiner ("la présidente du
    /// club", "le porte-parole"); `determiner` is the word before the phrase, if any.
    private func rolePhrase(_ words: [String], determiner: String?) -> SpeakerGender? {
        guard let first = words.first else { return nil }
        if lexicon.determiners[first] != nil || lexicon.elidedDeterminers.contains(first) {
            return words.count > 1 ? role(words[1], determiner: first) : nil
        }
        return role(first, determiner: determiner)
    }

    /// The gender a role noun marks, alone or (epicene nouns) with its determiner.
    private func role(_ noun: String, determiner: String?) -> SpeakerGender? {
        if let gender = lexicon.roleNouns[noun] { return gender }
        if lexicon.epiceneRoleNouns.contains(noun), let determiner { return lexicon.determiners[determiner] }
        return nil
    }

    /// A role noun in apposition right after a name: "Nock Ag Attia, député touareg",
    /// "X, la porte-parole du parti".
    private func apposition(after offset: Int, words: WordScanner) -> SpeakerGender? {
        let next = words.words(after: offset, count: 3)
        guard next.first == ",", next.count > 1 else { return nil }
        if lexicon.determiners[next[1]] != nil || lexicon.elidedDeterminers.contains(next[1]) {
            return next.count > 2 ? role(next[2], determiner: next[1]) : nil
        }
        return lexicon.roleNouns[next[1]]
    }

    /// Agreement right after a name: ", née", "est arrivée".
    private func agreement(after offset: Int, words: WordScanner) -> SpeakerGender? {
        let next = words.words(after: offset, count: 4)
        var index = next.first == "," ? 1 : 0
        if index < next.count, let gender = lexicon.agreement[next[index]] { return gender }
        var sawCopula = false
        if index + 1 < next.count, lexicon.copulaAuxiliaries.contains(next[index]),
            lexicon.copulaParticiples.contains(next[index + 1])
        {
            index += 1
        }
        while index < next.count, lexicon.copulas.contains(next[index]) {
            sawCopula = true
            index += 1
        }
        guard sawCopula, index < next.count else { return nil }
        let word = next[index]
        guard word.count > 3 else { return nil }
        for (ending, gender) in lexicon.participleEndings where word.hasSuffix(ending) { return gender }
        return nil
    }

    /// The sex of the first name opening `name`, when one sex holds at least 95 % of births;
    /// nil for a single word (a surname alone) or an unknown or mixed first name. The library
    /// reads a typed or stored name's first name by it too.
    public func firstNameGender(_ name: String) -> SpeakerGender? {
        let parts = name.split(separator: " ")
        guard parts.count >= 2 else { return nil }
        let first = String(parts[0])
        let key = CharClass.lowercased(first)
        if lexicon.titles[key] != nil || first.count < 2 || first.hasSuffix(".") { return nil }
        if lexicon.uncertainFirstNames.contains(key) { return nil }
        if let dash = key.firstIndex(of: "-"), lexicon.uncertainFirstNames.contains(String(key[..<dash])),
            !firstNames.contains(first)
        {
            return nil
        }
        switch firstNames.sex(of: first) {
        case .female: return .female
        case .male: return .male
        case nil: return nil
        }
    }
}
