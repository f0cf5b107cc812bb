/// Derives the forms news uses from a speech verb's lemma: third persons of the present,
/// imperfect, simple past, future and conditional, past participles (m/f, s/p) for compound
/// tenses, and the present participle. Regular verbs need only their lemma; other verbs give
/// their stems (see `speech-verbs.txt`). What the forms are made of — the regular paradigms,
/// endings, participle agreement, sound changes — is the language's, read from a typed resource
/// (`conjugation.txt`); a missing section is an error.
public struct SpeechVerbConjugator: Sendable {
    /// Stems given for a verb that is not regular, by key (p3s, p3p, impf, ps3s, ps3p, fut, pp, ppr).
    public typealias Stems = [String: [String]]

    /// The stems a verb is conjugated from.
    enum Key: String, CaseIterable {
        case p3s, p3p, impf, ps3s, ps3p, fut, pp, ppr
    }

    /// Which stem of a regular verb a paradigm builds a key's stem on.
    enum Base: String {
        /// The lemma without the paradigm's ending.
        case stem
        /// That stem under stress (`[stress]`).
        case stressed
    }

    /// A regular paradigm: the lemma's ending and, per key, the base and ending of the stem.
    struct Paradigm: Sendable {
        var lemmaEnding: String
        var stems: [(key: Key, base: Base, ending: String)]
    }

    /// One line of `[endings]`: the forms made from the stems of a key.
    struct EndingRow: Sendable {
        var key: Key
        var shape: SpeechVerbForm.Shape
        var plural: Bool
        var endings: [String]
    }

    /// A sound change of a stem's last letter before an ending that starts with one of `before`.
    struct Softening: Sendable {
        var last: Character
        var replacement: String
        var before: Set<Character>
    }

    /// A change of a stem's last vowel under stress.
    struct Stress: Sendable {
        var vowel: Unicode.Scalar
        var stressed: Unicode.Scalar
        /// Only when exactly one consonant follows and a consonant precedes the vowel.
        var oneConsonant: Bool
        /// Consonants that double instead of the vowel changing.
        var doubled: Set<Unicode.Scalar>
    }

    let firstGroup: Paradigm
    let secondGroup: Paradigm
    let endings: [EndingRow]
    let feminine: String
    let pluralEnding: String
    let softenings: [Softening]
    let vowels: Set<Unicode.Scalar>
    let stresses: [Stress]
    /// Prefixes written before a reflexive lemma ("s'"), left out of the lemma.
    public let reflexivePrefixes: [String]

    /// The sections every conjugation file must have.
    public static let requiredSections = [
        "reflexive-prefixes", "first-group", "second-group", "endings", "participle-agreement", "softening",
        "vowels", "stress",
    ]

    /// An error in a conjugation file.
    public typealias FormatError = ResourceFormatError

    /// Reads a conjugation file; throws when a section is missing or a line is malformed.
    public init(parsing text: String, name: String = "conjugation.txt") throws {
        let parsed = ResourceText.sections(text, name: name, required: Self.requiredSections)
        if let problem = parsed.problem { throw FormatError(description: problem) }
        let sections = parsed.sections
        func bad(_ section: String, _ fields: [String]) -> FormatError {
            FormatError(
                description: "\(name): [\(section)] malformed line '\(fields.joined(separator: " "))'")
        }
        func ending(_ field: String) -> String { field == "-" ? "" : field }
        func paradigm(_ section: String) throws -> Paradigm {
            var paradigm = Paradigm(lemmaEnding: "", stems: [])
            for fields in sections[section, default: []] {
                if fields.count == 2, fields[0] == "lemma-ending" {
                    paradigm.lemmaEnding = fields[1]
                } else if fields.count == 3, let key = Key(rawValue: fields[0]),
                    let base = Base(rawValue: fields[1])
                {
                    paradigm.stems.append((key, base, ending(fields[2])))
                } else {
                    throw bad(section, fields)
                }
            }
            guard !paradigm.lemmaEnding.isEmpty else {
                throw FormatError(description: "\(name): [\(section)] needs a lemma-ending")
            }
            return paradigm
        }
        firstGroup = try paradigm("first-group")
        secondGroup = try paradigm("second-group")
        var endings: [EndingRow] = []
        for fields in sections["endings", default: []] {
            let shapes: [String: SpeechVerbForm.Shape] = [
                "finite": .finite, "participle": .participle, "present-participle": .presentParticiple,
            ]
            guard fields.count >= 4, let key = Key(rawValue: fields[0]), let shape = shapes[fields[1]],
                fields[2] == "singular" || fields[2] == "plural"
            else { throw bad("endings", fields) }
            endings.append(
                EndingRow(
                    key: key, shape: shape, plural: fields[2] == "plural",
                    endings: fields.dropFirst(3).map(ending)))
        }
        self.endings = endings
        var agreement: [String: String] = [:]
        for fields in sections["participle-agreement", default: []] {
            guard fields.count == 2 else { throw bad("participle-agreement", fields) }
            agreement[fields[0]] = ending(fields[1])
        }
        guard let feminine = agreement["feminine"], let plural = agreement["plural"] else {
            throw FormatError(description: "\(name): [participle-agreement] needs feminine and plural")
        }
        self.feminine = feminine
        pluralEnding = plural
        softenings = try sections["softening", default: []].map { fields in
            guard fields.count >= 3, fields[0].count == 1, let last = fields[0].first else {
                throw bad("softening", fields)
            }
            return Softening(
                last: last, replacement: fields[1], before: Set(fields.dropFirst(2).compactMap(\.first)))
        }
        vowels = Set(sections["vowels", default: []].joined().flatMap(\.unicodeScalars))
        stresses = try sections["stress", default: []].map { fields in
            guard fields.count >= 2, fields[0].unicodeScalars.count == 1, fields[1].unicodeScalars.count == 1,
                fields.count == 2 || fields[2] == "one"
            else { throw bad("stress", fields) }
            return Stress(
                vowel: fields[0].unicodeScalars.first!, stressed: fields[1].unicodeScalars.first!,
                oneConsonant: fields.count > 2,
                doubled: Set(fields.dropFirst(3).flatMap(\.unicodeScalars)))
        }
        reflexivePrefixes = sections["reflexive-prefixes", default: []].joined().map { $0 }
    }

    /// French, from the package's resources; a broken file stops the program with its error.
    public static let french: SpeechVerbConjugator = {
        do {
            return try SpeechVerbConjugator(parsing: ResourceFile.text("conjugation.txt"))
        } catch {
            fatalError("ParoleKit resources: \(error)")
        }
    }()

    /// The stems of one verb by key, as an array indexed by key (a dictionary per verb cost
    /// more than the forms).
    struct StemSet {
        var byIndex: [[String]] = Array(repeating: [], count: Key.allCases.count)

        /// Empty stems.
        init() {}

        /// The stems given by key; unknown keys are left out.
        init(_ stems: Stems) {
            for (key, list) in stems {
                if let key = Key(rawValue: key) { self[key] = list }
            }
        }

        /// The stems of `key`.
        subscript(key: Key) -> [String] {
            get { byIndex[Self.index(key)] }
            set { byIndex[Self.index(key)] = newValue }
        }

        private static func index(_ key: Key) -> Int { Key.allCases.firstIndex(of: key)! }

        /// The stems by key, the empty ones left out.
        var byKey: Stems {
            var out: Stems = [:]
            for key in Key.allCases where !self[key].isEmpty { out[key.rawValue] = self[key] }
            return out
        }
    }

    /// The endings of the imperfect's finite forms (`[endings]`, key `impf`): "ait", "aient".
    public var imperfectEndings: [String] {
        endings.filter { $0.key == .impf && $0.shape == .finite }.flatMap(\.endings)
    }

    /// Every form of `lemma`, each with its shape and number.
    public func forms(of lemma: String, secondGroup: Bool = false, stems given: Stems = [:]) -> [(
        String, SpeechVerbForm.Shape, Bool
    )] {
        forms(stems: given.isEmpty ? regularStemSet(lemma, secondGroup: secondGroup) : StemSet(given))
    }

    /// Every form made from `stems`, each with its shape and number.
    func forms(stems: StemSet) -> [(String, SpeechVerbForm.Shape, Bool)] {
        var out: [(String, SpeechVerbForm.Shape, Bool)] = []
        out.reserveCapacity(24)
        for row in endings {
            for stem in stems[row.key] {
                guard row.shape == .participle else {
                    for ending in row.endings { out.append((joined(stem, ending), row.shape, row.plural)) }
                    continue
                }
                for ending in row.endings {
                    let participle = joined(stem, ending)
                    let feminine = participle + self.feminine
                    var distinct: [String] = []
                    for form in [participle, feminine, plural(of: participle), plural(of: feminine)]
                    where !distinct.contains(form) {
                        distinct.append(form)
                        out.append((form, .participle, row.plural))
                    }
                }
            }
        }
        return out
    }

    /// A participle in the plural: the plural ending added unless it ends so already.
    private func plural(of participle: String) -> String {
        participle.hasSuffix(pluralEnding) ? participle : participle + pluralEnding
    }

    /// The stems of a regular verb.
    func regularStems(_ lemma: String, secondGroup: Bool) -> Stems {
        regularStemSet(lemma, secondGroup: secondGroup).byKey
    }

    /// The stems of a regular verb, by the first or second group's paradigm; none when the lemma
    /// does not end as the paradigm's lemmas do.
    func regularStemSet(_ lemma: String, secondGroup: Bool) -> StemSet {
        var stems = StemSet()
        let paradigm = secondGroup ? self.secondGroup : firstGroup
        guard lemma.hasSuffix(paradigm.lemmaEnding) else { return stems }
        let stem = String(lemma.dropLast(paradigm.lemmaEnding.count))
        let stressed = stressedStem(stem)
        for entry in paradigm.stems {
            stems[entry.key] = [joined(entry.base == .stem ? stem : stressed, entry.ending)]
        }
        return stems
    }

    /// The stem under stress: "appel" → "appell", "répét" → "répèt", "lev" → "lèv".
    func stressedStem(_ stem: String) -> String {
        var scalars = Array(stem.unicodeScalars)
        guard scalars.count >= 2 else { return stem }
        // Find the last vowel; the rest must be consonants.
        var k = scalars.count - 1
        while k >= 0, !vowels.contains(scalars[k]) { k -= 1 }
        guard k >= 0, k < scalars.count - 1 else { return stem }
        let consonants = scalars.count - 1 - k
        for rule in stresses where rule.vowel == scalars[k] {
            if rule.oneConsonant {
                guard consonants == 1, k > 0, !vowels.contains(scalars[k - 1]) else { continue }
                let last = scalars[scalars.count - 1]
                if rule.doubled.contains(last) { return stem + String(last) }
            }
            scalars[k] = rule.stressed
            return String(String.UnicodeScalarView(scalars))
        }
        return stem
    }

    /// `stem` and `ending` joined, the stem's last letter changed to keep its sound before the
    /// ending (`[softening]`): "annonc" + "ait" → "annonçait", "jug" + "a" → "jugea".
    func joined(_ stem: String, _ ending: String) -> String {
        guard let first = ending.first, let last = stem.last else { return stem + ending }
        for rule in softenings where rule.last == last && rule.before.contains(first) {
            return String(stem.dropLast()) + rule.replacement + ending
        }
        return stem + ending
    }
}
