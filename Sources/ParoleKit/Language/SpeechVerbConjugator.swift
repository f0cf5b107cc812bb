/// Derives the forms news uses from a speech verb's lemma: third persons of the present,
/// imperfect, simple past, future and conditional, past participles (m/f, s/p) for compound
/// tenses, and the present participle. Regular -er and second-group -ir verbs need only their
/// lemma; other verbs give their stems (see `speech-verbs.txt`).
public struct SpeechVerbConjugator: Sendable {
    /// Stems given for a verb that is not regular, by key (p3s, p3p, impf, ps3s, ps3p, fut, pp, ppr).
    public typealias Stems = [String: [String]]

    /// Creates a conjugator.
    public init() {}

    /// Every form of `lemma`, each with its shape and number.
    public func forms(of lemma: String, secondGroup: Bool = false, stems given: Stems = [:]) -> [(
        String, SpeechVerbForm.Shape, Bool
    )] {
        let stems = given.isEmpty ? regularStems(lemma, secondGroup: secondGroup) : given
        var out: [(String, SpeechVerbForm.Shape, Bool)] = []
        func add(_ key: String, _ suffixes: [String], _ shape: SpeechVerbForm.Shape, plural: Bool) {
            for stem in stems[key] ?? [] {
                for suffix in suffixes { out.append((stem + suffix, shape, plural)) }
            }
        }
        add("p3s", [""], .finite, plural: false)
        add("p3p", [""], .finite, plural: true)
        // Imperfect stems end before the ending; -cer and -ger verbs keep their sound before "a".
        for stem in stems["impf"] ?? [] {
            out.append((softened(stem, before: "a") + "ait", .finite, false))
            out.append((softened(stem, before: "a") + "aient", .finite, true))
        }
        add("ps3s", [""], .finite, plural: false)
        add("ps3p", [""], .finite, plural: true)
        add("fut", ["a", "ait"], .finite, plural: false)
        add("fut", ["ont", "aient"], .finite, plural: true)
        for pp in stems["pp"] ?? [] {
            let plural = pp.hasSuffix("s") ? pp : pp + "s"
            let feminine = pp + "e"
            var distinct: [String] = []
            for form in [pp, feminine, plural, feminine + "s"] where !distinct.contains(form) {
                distinct.append(form)
                out.append((form, .participle, false))
            }
        }
        for stem in stems["ppr"] ?? [] {
            out.append((softened(stem, before: "a") + "ant", .presentParticiple, false))
        }
        return out
    }

    /// The stems of a regular verb.
    func regularStems(_ lemma: String, secondGroup: Bool) -> Stems {
        if secondGroup, lemma.hasSuffix("ir") {
            let stem = String(lemma.dropLast(2))
            return [
                "p3s": [stem + "it"], "p3p": [stem + "issent"], "impf": [stem + "iss"],
                "ps3s": [stem + "it"], "ps3p": [stem + "irent"], "fut": [lemma], "pp": [stem + "i"],
                "ppr": [stem + "iss"],
            ]
        }
        guard lemma.hasSuffix("er") else { return [:] }
        let stem = String(lemma.dropLast(2))
        let strong = strongStem(stem)
        return [
            "p3s": [strong + "e"], "p3p": [strong + "ent"], "impf": [stem],
            "ps3s": [softened(stem, before: "a") + "a"],
            "ps3p": [stem + "èrent"], "fut": [strong == stem ? lemma : strong + "er"], "pp": [stem + "é"],
            "ppr": [stem],
        ]
    }

    /// The vowels a stem's last syllable is found by.
    private static let vowels = Set("aeiouyéèêàâîôûœ".unicodeScalars)

    /// The stem under stress: "appel" → "appell", "répét" → "répèt", "lev" → "lèv".
    func strongStem(_ stem: String) -> String {
        var scalars = Array(stem.unicodeScalars)
        guard scalars.count >= 2 else { return stem }
        // Find the last vowel; the rest must be consonants.
        var k = scalars.count - 1
        while k >= 0, !Self.vowels.contains(scalars[k]) { k -= 1 }
        guard k >= 0, k < scalars.count - 1 else { return stem }
        let consonants = scalars.count - 1 - k
        if scalars[k] == "é" {
            scalars[k] = "è"
            return String(String.UnicodeScalarView(scalars))
        }
        if scalars[k] == "e", consonants == 1, k > 0, !Self.vowels.contains(scalars[k - 1]) {
            let last = scalars[scalars.count - 1]
            if last == "l" || last == "t" {
                return stem + String(last)
            }
            scalars[k] = "è"
            return String(String.UnicodeScalarView(scalars))
        }
        return stem
    }

    /// `stem` made to keep its sound before `vowel`: "annonc" → "annonç", "jug" → "juge".
    func softened(_ stem: String, before vowel: String) -> String {
        if stem.hasSuffix("c") { return String(stem.dropLast()) + "ç" }
        if stem.hasSuffix("g") { return stem + "e" }
        return stem
    }
}
