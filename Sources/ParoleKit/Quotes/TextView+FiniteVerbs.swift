/// One answer to "is this token a finite verb", for the phrase finder, the cue finder and the
/// speaker resolver. The words come from the language: the auxiliaries and their plural and
/// non-finite forms (`[auxiliaries]`, `[plural-auxiliaries]`, `[non-finite-auxiliaries]` of
/// speech-words.txt) and the finite forms of the speech verbs (speech-verbs.txt conjugated by
/// conjugation.txt). Where it stands decides the rest:
/// - only a word is a verb, and a capitalised one only where it opens its sentence ("Estime",
///   "Est" inside a sentence are names or nouns: "l'Europe de l'Est");
/// - a speech verb's form right after a determiner is a noun ("le juge", "une note"), unless the
///   caller knows that determiner is an object pronoun ("comme le précise"); an auxiliary stays a
///   verb after an elided pronoun ("il l'a dit").
extension TextView {
    /// Whether token `i` may be a finite verb where it stands: a word, lower-case unless it opens
    /// its sentence.
    private func standsAsVerb(_ i: Int) -> Bool {
        let t = doc.tokens[i]
        guard t.kind == .word else { return false }
        return !t.isCapitalized || sentence(of: i).lowerBound == i
    }

    /// Whether a determiner stands right before token `i` (at most one space between): "le
    /// juge", "l'annonce".
    private func followsDeterminer(_ i: Int) -> Bool {
        i > 0 && isDeterminer(i - 1) && doc.tokens[i - 1].span.end >= doc.tokens[i].span.start - 1
    }

    /// Whether token `i` is a finite form of an auxiliary ("a", "sont", "aurait"; not "avoir",
    /// "ayant").
    func isFiniteAuxiliary(_ i: Int) -> Bool {
        roleOfToken[i].contains(.auxiliary) && standsAsVerb(i)
            && !nonFiniteAuxiliaries.contains(doc.tokens[i].norm)
    }

    /// The finite form of a speech verb that token `i` is where it stands ("précise", "a
    /// indiqué"'s "a" is no speech verb), or nil. `determinerIsPronoun` says that a determiner
    /// right before the token is an object pronoun ("comme le précise X"): the form stays a verb.
    func finiteSpeechForm(at i: Int, determinerIsPronoun: Bool = false) -> SpeechVerbForm? {
        guard standsAsVerb(i), determinerIsPronoun || !followsDeterminer(i),
            let forms = language.speech.lookup(doc.tokens[i].norm)
        else { return nil }
        return forms.first { $0.shape == .finite }
    }

    /// Whether token `i` is a finite verb where it stands: a finite auxiliary or the finite form
    /// of a speech verb ("a indiqué", "précise"; not "la réponse", "le juge", "ayant").
    func isFiniteVerb(_ i: Int) -> Bool {
        isFiniteAuxiliary(i) || finiteSpeechForm(at: i) != nil
    }

    /// Whether token `i` is a third-person plural finite verb where it stands ("ont", "estiment"):
    /// "X et Y ont déclaré" names two subjects.
    func isPluralFiniteVerb(_ i: Int) -> Bool {
        if isFiniteAuxiliary(i) {
            return pluralAuxiliaries.contains(doc.tokens[i].norm)
        }
        guard standsAsVerb(i), !followsDeterminer(i), let forms = language.speech.lookup(doc.tokens[i].norm)
        else { return false }
        return forms.contains { $0.shape == .finite && $0.isPlural }
    }
}
