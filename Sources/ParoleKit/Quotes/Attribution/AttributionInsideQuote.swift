/// "« A, explique X. B »": an inverted attribution given inside the marks splits them into two
/// quotes with one speaker; a role in apposition after X ("explique X, ingénieure. B"), the
/// verb's complements ("a-t-il expliqué à France 3 Bretagne. B") and a relative about X
/// ("lance X, dont la mère … . B") belong to the attribution.
struct AttributionInsideQuote: QuoteAttribution {
    let name = "attribution inside the quote"

    func attribute(_ stretch: QuotedStretch, in context: AttributionContext) -> [FoundQuote]? {
        let tokens = context.tokens
        let finder = context.finder
        let content = context.content
        var k = content.lowerBound + 2
        while k < min(content.upperBound - 2, content.lowerBound + QuoteFinder.reach) {
            defer { k += 1 }
            guard tokens[k].norm == ",", let cue = finder.cues.cue(at: k + 1, limit: content.upperBound),
                cue.verb.frames.contains(.direct), !cue.verb.frames.contains(.relay)
            else { continue }
            let speaker: SpeakerRef
            var end: Int
            if let clitic = cue.clitic {
                if context.view.language.quoteGrammar.impersonalClitics.contains(tokens[clitic].norm) {
                    return nil
                }
                speaker = SpeakerRef(kind: .pronoun(clitic))
                end = cue.tokens.upperBound
            } else {
                guard
                    let np = finder.phrases.phrase(
                        startingAt: cue.tokens.upperBound, limit: content.upperBound),
                    finder.namesSpeaker(np)
                else { return nil }
                speaker = SpeakerRef(kind: .phrase(np))
                // "explique X, ingénieure, ancienne de l'agence. B": the apposition is part of
                // the attribution.
                end = finder.appositionEndingSentence(after: np, limit: content.upperBound) ?? np.upperBound
            }
            // "…, a-t-elle déclaré au quotidien régional. B": the verb's complements may close
            // the attribution's sentence, as after an incise outside the marks.
            var via: Range<Int>? = nil
            if end < content.upperBound, tokens[end].kind != .terminal, tokens[end].norm != "," {
                let rest = finder.skippingComplements(from: end, limit: content.upperBound)
                end = rest.next
                via = rest.via
            }
            // "…, a-t-il expliqué à France 3 Bretagne. B", "…, lance X, dont la mère a été
            // hospitalisée. B": words the complements and the apposition leave over, or a
            // relative describing the speaker, still belong to the attribution's sentence.
            if end < content.upperBound, tokens[end].kind != .terminal {
                end = finder.attributionSentenceEnd(from: end, limit: content.upperBound) ?? end
            }
            // The attribution ends its sentence; the rest of the marks is the second part.
            guard end < content.upperBound, context.view.isClauseBreak(end) || tokens[end].norm == "," else {
                return nil
            }
            let first = context.view.trimmedInside(content.lowerBound..<k)
            let second = context.view.trimmedInside((end + 1)..<content.upperBound)
            guard context.view.hasWord(first), context.view.hasWord(second) else { return nil }
            var a = FoundQuote(content: first, kind: .direct, cue: cue.tokens, speaker: speaker, via: via)
            a.attributionEnd = end
            let b = FoundQuote(content: second, kind: .direct, cue: cue.tokens, speaker: speaker, via: via)
            return [a, b]
        }
        return nil
    }
}
