/// Derives the forms news uses from a speech verb's lemma: third persons of the present,
/// imperfect, simple past, future and conditional, past participles (m/f, s/p) for compound
/// tenses, and the present participle. Regular -er and second-group -ir verbs need only their
/// lemma; other verbs give their stems (see `speech-verbs.txt`).
public struct SpeechVerbConjugator: Sendable {
    /// Stems given for a verb that is not regular, by key (p3s, p3p, impf, ps3s, ps3p, fut, pp, ppr).
    public typealias Stems = [String: [String]]

    /// Creates a conjugator.
    public init() {}

    /// The stems of one verb by key, as fields (a dictionary per verb cost more than the forms).
    struct StemSet {
        var p3s: [String] = [], p3p: [String] = [], impf: [String] = [], ps3s: [String] = []
        var ps3p: [String] = [], fut: [String] = [], pp: [String] = [], ppr: [String] = []

        /// Empty stems.
        init() {}

        /// The stems given by key; unknown keys are left out.
        init(_ stems: Stems) {
            for (key, list) in stems {
                switch key {
                case "p3s": p3s = list
                case "p3p": p3p = list
                case "impf": impf = list
                case "ps3s": ps3s = list
                case "ps3p": ps3p = list
                case "fut": fut = list
                case "pp": pp = list
                case "ppr": ppr = list
                default: break
                }
            }
        }

        /// The stems by key, the empty ones left out.
        var byKey: Stems {
            let all = [
                ("p3s", p3s), ("p3p", p3p), ("impf", impf), ("ps3s", ps3s), ("ps3p", ps3p), ("fut", fut),
                ("pp", pp), ("ppr", ppr),
            ]
            return Dictionary(uniqueKeysWithValues: all.filter { !$0.1.isEmpty })
        }
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
        func add(_ list: [String], _ suffixes: [String], _ shape: SpeechVerbForm.Shape, plural: Bool) {
            for stem in list {
                for suffix in suffixes { out.append((stem + suffix, shape, plural)) }
            }
        }
        add(stems.p3s, [""], .finite, plural: false)
        add(stems.p3p, [""], .finite, plural: true)
        // Imperfect stems end before the ending; -cer and -ger verbs keep their sound before "a".
        for stem in stems.impf {
            out.append((softened(stem, before: "a") + "ait", .finite, false))
            out.append((softened(stem, before: "a") + "aient", .finite, true))
        }
        add(stems.ps3s, [""], .finite, plural: false)
        add(stems.ps3p, [""], .finite, plural: true)
        add(stems.fut, ["a", "ait"], .finite, plural: false)
        add(stems.fut, ["ont", "aient"], .finite, plural: true)
        for pp in stems.pp {
            let plural = pp.utf8.last == UInt8(ascii: "s") ? pp : pp + "s"
            let feminine = pp + "e"
            var distinct: [String] = []
            for form in [pp, feminine, plural, feminine + "s"] where !distinct.contains(form) {
                distinct.append(form)
                out.append((form, .participle, false))
            }
        }
        for stem in stems.ppr {
            out.append((softened(stem, before: "a") + "ant", .presentParticiple, false))
        }
        return out
    }

    /// The stems of a regular verb.
    func regularStems(_ lemma: String, secondGroup: Bool) -> Stems {
        regularStemSet(lemma, secondGroup: secondGroup).byKey
    }

    /// The stems of a regular verb, as fields.
    func regularStemSet(_ lemma: String, secondGroup: Bool) -> StemSet {
        var stems = StemSet()
        if secondGroup, lemma.hasSuffix("ir") {
            let stem = String(lemma.dropLast(2))
            stems.p3s = [stem + "it"]
            stems.p3p = [stem + "issent"]
            stems.impf = [stem + "iss"]
            stems.ps3s = [stem + "it"]
            stems.ps3p = [stem + "irent"]
            stems.fut = [lemma]
            stems.pp = [stem + "i"]
            stems.ppr = [stem + "iss"]
            return stems
        }
        guard lemma.hasSuffix("er") else { return stems }
        let stem = String(lemma.dropLast(2))
        let strong = strongStem(stem)
        stems.p3s = [strong + "e"]
        stems.p3p = [strong + "ent"]
        stems.impf = [stem]
        stems.ps3s = [softened(stem, before: "a") + "a"]
        stems.ps3p = [stem + "èrent"]
        stems.fut = [strong == stem ? lemma : strong + "er"]
        stems.pp = [stem + "é"]
        stems.ppr = [stem]
        return stems
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
        let last = stem.utf8.last
        if last == UInt8(ascii: "c") { return String(stem.dropLast()) + "ç" }
        if last == UInt8(ascii: "g") { return stem + "e" }
        return stem
    }
}
