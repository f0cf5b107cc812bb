/// Every form of every speech verb, ready to look up by a token's normal form.
public struct SpeechLexicon: Sendable {
    /// The forms, by their lower-case spelling.
    public let forms: [String: [SpeechVerbForm]]
    /// The verbs, by lemma.
    public let verbs: [String: SpeechVerb]

    /// The French speech verbs (`speech-verbs.txt`), read once: the language's lexicon and the
    /// entity rules' verbs share it.
    static let french = SpeechLexicon(parsing: ResourceFile.text("speech-verbs.txt"), conjugator: .french)

    /// Creates a lexicon from the text of a `speech-verbs.txt` file, conjugated by `conjugator`.
    public init(parsing text: String, conjugator: SpeechVerbConjugator = .french) {
        var forms: [String: [SpeechVerbForm]] = [:]
        var verbs: [String: SpeechVerb] = [:]
        // Each form is hashed once (a French form is hashed through Unicode normalization).
        forms.reserveCapacity(4096)
        for line in ResourceText.lines(text) {
            let fields = ResourceText.words(line.text)
            guard fields.count >= 2 else { continue }
            var lemma = fields[0]
            // "s'exprimer": the reflexive prefix is no part of the lemma.
            if let prefix = conjugator.reflexivePrefixes.first(where: {
                lemma.hasPrefix($0) && lemma.count > $0.count
            }) {
                lemma = String(lemma.dropFirst(prefix.count))
            }
            var frames: SpeechVerb.Frames = []
            var secondGroup = false
            // Flags and stems are cut on their bytes (`split` on a `String` breaks graphemes).
            for flag in fields[1].utf8.split(separator: UInt8(ascii: ",")) {
                switch Substring(flag) {
                case "que": frames.insert(.contentClause)
                case "inf": frames.insert(.infinitive)
                case "deinf": frames.insert(.promise)
                case "de": frames.insert(.accusation)
                case "direct": frames.insert(.direct)
                case "partial": frames.insert(.partial)
                case "via": frames.insert(.relay)
                case "noun": frames.insert(.speechNoun)
                case "objque": frames.insert(.objectThenClause)
                case "group2": secondGroup = true
                default: break
                }
            }
            var stems: SpeechVerbConjugator.Stems = [:]
            for field in fields.dropFirst(2) {
                let parts = field.utf8.split(separator: UInt8(ascii: "="), maxSplits: 1)
                guard parts.count == 2 else { continue }
                stems[String(Substring(parts[0]))] = parts[1].split(separator: UInt8(ascii: ",")).map {
                    String(Substring($0))
                }
            }
            let verb = SpeechVerb(lemma: lemma, frames: frames.union(verbs[lemma]?.frames ?? []))
            verbs[lemma] = verb
            for (form, shape, plural) in conjugator.forms(of: lemma, secondGroup: secondGroup, stems: stems) {
                let entry = SpeechVerbForm(verb: verb, shape: shape, isPlural: plural)
                Self.add(entry, to: &forms[form, default: []])
            }
        }
        self.forms = forms
        self.verbs = verbs
    }

    /// Appends `entry` to the forms of one spelling unless it is there already.
    private static func add(_ entry: SpeechVerbForm, to list: inout [SpeechVerbForm]) {
        if !list.contains(entry) { list.append(entry) }
    }

    /// The forms spelled `norm`, if it is a form of a speech verb.
    public func lookup(_ norm: String) -> [SpeechVerbForm]? { forms[norm] }
}
