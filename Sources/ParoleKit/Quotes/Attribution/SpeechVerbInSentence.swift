/// "Bruxelles a salué un signe de « détermination »": a speech verb earlier in the sentence
/// whose subject said the words.
struct SpeechVerbInSentence: QuoteAttribution {
    let name = "speech verb in the sentence"

    func attribute(_ stretch: QuotedStretch, in context: AttributionContext) -> [FoundQuote]? {
        guard let found = context.finder.attributionInSentence(stretch, sentence: context.sentence) else {
            return nil
        }
        let kind: QuoteKind = context.isClauseLike && context.startsUpper ? .direct : .partial
        return [context.quote(kind, cue: found.cue, speaker: found.speaker)]
    }
}
