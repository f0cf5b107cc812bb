/// The words that tell a quoted person's gender in one language: titles, gendered and epicene
/// role nouns, determiners, agreement after a name, and the first names whose sex is too
/// mixed to count. French comes from `gender-words.txt`, the `[role-nouns]` of
/// `speech-words.txt` and `firstnames-uncertain-sex.txt`.
public struct GenderLexicon: Sendable {
    /// Titles before a name, by the gender they mark ("mme" → female, "m." → male).
    public let titles: [String: SpeakerGender]
    /// Role nouns that name one gender ("chancelière" → female, "acteur" → male).
    public let roleNouns: [String: SpeakerGender]
    /// Role nouns used for both ("ministre", "porte-parole"): the determiner tells.
    public let epiceneRoleNouns: Set<String>
    /// Determiners by the gender they mark ("la" → female).
    public let determiners: [String: SpeakerGender]
    /// Words agreeing with a name right after it ("née" → female).
    public let agreement: [String: SpeakerGender]
    /// Verbs after a name whose participle agrees with it ("est", "était", "été").
    public let copulas: Set<String>
    /// Auxiliaries that make a copula with a participle of `copulaParticiples` ("a été").
    public let copulaAuxiliaries: Set<String>
    /// The participles that make a copula after an auxiliary ("été").
    public let copulaParticiples: Set<String>
    /// Determiners that mark no gender, before a vowel ("l'").
    public let elidedDeterminers: Set<String>
    /// Participle endings by gender ("ée" → female, "é" → male), longest first.
    public let participleEndings: [(ending: String, gender: SpeakerGender)]
    /// Subject pronouns for one person by gender ("elle" → female).
    public let pronouns: [String: SpeakerGender]
    /// First names (lower case) whose majority sex holds less than 95 % of births.
    public let uncertainFirstNames: Set<String>
    /// Nationality nouns in their masculine singular form, lower case ("américain", "belge").
    public let demonyms: Set<String>
    /// How the feminine of a demonym is written (the `gender-words.txt` demonym sections).
    public let demonymInflection: DemonymInflection

    /// French, loaded once from the package's resources.
    public static let french = GenderLexicon(
        genderWords: ResourceFile.text("gender-words.txt"),
        speechWords: SpeakerKind.frenchWords,
        uncertainFirstNames: ResourceFile.rows("firstnames-uncertain-sex.txt").compactMap {
            $0.first.map { CharClass.lowercased($0) }
        },
        demonyms: ResourceFile.rows("peoples.txt").compactMap { $0.first.map { CharClass.lowercased($0) } })

    /// Builds a lexicon from the text of a `gender-words.txt` file, the language's word lists
    /// (role nouns and subject pronouns), its mixed first names and its nationality nouns.
    public init(
        genderWords: String, speechWords: WordLists, uncertainFirstNames: [String], demonyms: [String]
    ) {
        let lists = WordLists(parsing: genderWords)
        func marked(_ female: String, _ male: String) -> [String: SpeakerGender] {
            var out: [String: SpeakerGender] = [:]
            for word in lists.words(female) { out[word] = .female }
            for word in lists.words(male) { out[word] = .male }
            return out
        }
        titles = marked("female-titles", "male-titles")
        determiners = marked("female-determiners", "male-determiners")
        agreement = marked("female-agreement", "male-agreement")
        copulas = lists.words("copulas")
        copulaAuxiliaries = lists.words("copula-auxiliaries")
        copulaParticiples = lists.words("copula-participles")
        elidedDeterminers = lists.words("elided-determiners")
        var roles = marked("female-role-nouns", "male-role-nouns")
        var epicene: Set<String> = []
        for (noun, gender) in speechWords.roleNouns {
            switch gender {
            case .feminine: roles[noun] = roles[noun] ?? .female
            case .masculine: roles[noun] = roles[noun] ?? .male
            case .unknown: epicene.insert(noun)
            }
        }
        // Nouns that name bodies or groups, not one person, say nothing of a person's gender,
        // nor do plurals and nouns whose gender is the word's, not the person's ("une source").
        for noun in speechWords.words("institution-nouns") { roles[noun] = nil }
        for noun in speechWords.words("document-nouns") { roles[noun] = nil }
        for noun in lists.words("not-personal-gender") { roles[noun] = nil }
        let pluralEndings = lists.words("plural-endings").sorted()
        for noun in Array(roles.keys)
        where pluralEndings.contains(where: {
            noun.hasSuffix($0) && roles[String(noun.dropLast($0.count))] != nil
        }) {
            roles[noun] = nil
        }
        roleNouns = roles
        epiceneRoleNouns = epicene
        participleEndings =
            (lists.words("participle-female-endings").map { ($0, SpeakerGender.female) }
            + lists.words("participle-male-endings").map { ($0, SpeakerGender.male) })
            .sorted { $0.0.count > $1.0.count }
        var pronouns: [String: SpeakerGender] = [:]
        for (pronoun, info) in speechWords.subjectPronouns where !info.plural {
            if info.gender == .feminine { pronouns[pronoun] = .female }
            if info.gender == .masculine { pronouns[pronoun] = .male }
        }
        self.pronouns = pronouns
        self.uncertainFirstNames = Set(uncertainFirstNames)
        self.demonyms = Set(demonyms)
        do {
            demonymInflection = try DemonymInflection(sets: lists.sections, name: "gender-words.txt")
        } catch {
            ResourceFile.unusable(error)
        }
    }

    /// The gender a nationality noun marks: "américain" male, "américaine" and "algérienne"
    /// female (by `demonymInflection`'s female marks); an epicene one ("belge") or another word nil.
    public func demonymGender(_ word: String) -> SpeakerGender? {
        if demonyms.contains(word) { return demonymInflection.isEpicene(word) ? nil : .male }
        for mark in demonymInflection.femaleMarks where word.hasSuffix(mark.feminine) {
            if demonyms.contains(word.dropLast(mark.feminine.count) + mark.masculine) { return .female }
        }
        return nil
    }
}
