/// The recipient of a speech verb after "à" is the medium the words were said to, an
/// organisation: "a-t-il déclaré au Progrès", "a-t-elle confié à l'Est Républicain", "a
/// expliqué à Midi Olympique" (a `recipientSpeechVerb`, its inverted pronoun if any, then
/// `recipientPreposition` and its article, `recipientArticle`, on one line). A name the model typed MISC there is retyped; where
/// the model found nothing, the capitalised words after "au" or "à l'", or an acronym, are added.
/// People and places stay as the model read them ("a confié à Javier Bardem", "a déclaré à
/// Genève"), and so do known places, peoples and first names the model left untagged.
struct SpeechRecipientMediumRule: EntityRule {
    /// At most this many words in an added name.
    private static let maxWords = 4

    func apply(to names: [TokenName], in context: EntityRuleContext) -> [TokenName] {
        let c = context
        var nameAt = [Int?](repeating: nil, count: c.tokens.count)
        for (k, n) in names.enumerated() { for i in n.range { nameAt[i] = k } }
        var names = names
        var added: [TokenName] = []
        for v in c.tokens.indices where c.is(v, in: c.words.recipientSpeechVerb) && c.isLowercaseWord(v) {
            var k = v + 1
            if k < c.tokens.count, c.tokens[k].kind == .clitic { k += 1 }
            guard c.is(k, in: c.words.recipientPreposition), c.continuesLine(k) else { continue }
            var withArticle = c.is(k, in: c.words.recipientArticle)
            k += 1
            if c.is(k, in: c.words.recipientArticle), c.continuesLine(k) {
                withArticle = true
                k += 1
            }
            guard k < c.tokens.count, c.continuesLine(k), c.isCap(k) || c.isAllCaps(k),
                !c.isSentenceInitial(k)
            else { continue }
            if let n = nameAt[k] {
                if names[n].type == .miscellaneous && names[n].range.lowerBound == k {
                    names[n].type = .organization
                    names[n].isCertain = true
                }
                continue
            }
            // Nothing found there: only after an article ("au", "à l'") or for an acronym.
            guard withArticle || c.isAllCaps(k) else { continue }
            var end = k + 1
            while end < c.tokens.count, end - k < Self.maxWords, nameAt[end] == nil, c.continuesLine(end),
                c.isCap(end) || c.isAllCaps(end)
            {
                end += 1
            }
            // Capitalised words going on into a name found there are that name's ("BFM Business").
            if end < c.tokens.count, nameAt[end] != nil, c.continuesLine(end), end - k < Self.maxWords {
                continue
            }
            let range = k..<end
            if c.isKnown(range, as: .place, .people, .firstName) || c.single(k, .firstName) { continue }
            added.append(TokenName(range, .organization, isCertain: true))
        }
        return c.overlay(names, with: added)
    }
}
