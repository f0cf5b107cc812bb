/// The recipient of a speech verb after "à" is the medium the words were said to, an
/// organisation: "a-t-il déclaré au Progrès", "a-t-elle confié à l'Est Républicain" (a
/// `recipientSpeechVerb`, its inverted pronoun if any, then `recipientPreposition` and its
/// article, `recipientArticle`, on one line). Only a medium: a name the media or organisation
/// lists hold, with or without the article "au" hides (`mediumArticle`: "au Progrès" for "Le
/// Progrès"), or one the teacher lexicon gives ORG and that is no title, no common noun written
/// with a capital ("au Premier ministre", "au Préfet", "au Gouvernement" stay as they were). A
/// name the model typed MISC there is retyped only then ("au Festival de Cannes" stays MISC);
/// where the model found nothing, the name is added. People and places stay as the model read
/// them ("a confié à Javier Bardem", "a déclaré à Genève").
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
                if names[n].type == .miscellaneous && names[n].range.lowerBound == k
                    && isMedium(names[n].range, c)
                {
                    names[n].type = .organization
                    names[n].isCertain = true
                } else if names[n].range.lowerBound == k, let split = personAfterMedium(in: names[n].range, c)
                {
                    // "a déclaré à l'AFP | Arben Hoxha": the medium, then the verb's inverted
                    // subject, which the model ran on from it.
                    added.append(TokenName(k..<split, .organization, isCertain: true))
                    added.append(TokenName(split..<names[n].range.upperBound, .person))
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
            guard isMedium(range, c) else { continue }
            added.append(TokenName(range, .organization, isCertain: true))
        }
        return c.overlay(names, with: added)
    }

    /// Where the person's name starts in a name that opens with a medium of the media list and
    /// runs on into two or more capitalised words ("AFP Arben Hoxha", "France Inter Marc
    /// Dufresne"): the speech verb's inverted subject after its recipient. Nil when no listed
    /// medium opens the name, or when the words after it are a medium, an organisation or a
    /// place of the lexicon themselves ("France 3 Occitanie").
    private func personAfterMedium(in range: Range<Int>, _ c: EntityRuleContext) -> Int? {
        var split: Int? = nil
        for m in (range.lowerBound + 1)..<min(range.upperBound, range.lowerBound + Self.maxWords)
        where c.isKnown(range.lowerBound..<m, as: .media) {
            split = m
        }
        guard let split, range.upperBound - split >= 2,
            (split..<range.upperBound).allSatisfy({ c.isCap($0) && !c.isAllCaps($0) }),
            !c.isKnown(split..<range.upperBound, as: .media, .organisation, .place),
            !c.single(split, .place), !c.single(split, .organisation), !c.single(split, .media)
        else { return nil }
        return split
    }

    /// Whether `range` names a medium: the media or organisation lists hold it, alone or after
    /// one of the articles "au" or "à l'" hides; or the teacher gives its first word ORG and that
    /// word is no title, no common noun written with a capital and no word the debates write
    /// lower-case.
    private func isMedium(_ range: Range<Int>, _ c: EntityRuleContext) -> Bool {
        if c.isKnown(range, as: .media, .organisation) { return true }
        let listed =
            UInt16(1 << NameLexicon.Category.media.rawValue)
            | UInt16(1 << NameLexicon.Category.organisation.rawValue)
        for article in c.words.mediumArticle {
            var h = FeatureHash.mix(0, FeatureHash.of(article))
            for k in range { h = FeatureHash.mix(h, c.word(k)) }
            if c.lexicon.categories(ofSequenceHash: h) & listed != 0 { return true }
        }
        let k = range.lowerBound
        return c.teacherType(k) == .organization && !c.single(k, .title) && !c.is(k, in: c.words.commonNoun)
            && !c.writtenLowerCase(k)
    }
}
