/// A speech verb in the text, with everything around it that attributes words: the
/// auxiliary, adverbs, an inverted subject pronoun.
struct Cue {
    /// The tokens of the verb group, from the auxiliary (or reflexive pronoun) to the verb,
    /// an inverted pronoun included ("a-t-il ajouté").
    var tokens: Range<Int>
    /// The verb.
    var verb: SpeechVerb
    /// The token of the inverted subject pronoun ("-t-il"), if any.
    var clitic: Int?
    /// Whether the subject stands after the verb although no pronoun is inverted ("comme le précise X").
    var subjectFollows = false
    /// Whether the verb is a present participle after a comma or a gerund ("…, ajoutant que",
    /// "en précisant que"): its subject is the subject of the sentence's main clause.
    var isParticipial = false
}

/// Finds speech verbs in a tokenized text.
struct CueFinder {
    let view: TextView

    /// A participial cue over `tokens` for `verb`, reporting the content or infinitive clause
    /// the verb takes: its subject is the main clause's.
    private func participial(_ tokens: Range<Int>, _ verb: SpeechVerb) -> Cue {
        Cue(
            tokens: tokens,
            verb: SpeechVerb(
                lemma: verb.lemma, frames: verb.frames.intersection([.contentClause, .infinitive])),
            isParticipial: true)
    }

    /// The cue that starts at token `i`, if one does, within `limit`.
    func cue(at i: Int, limit: Int) -> Cue? {
        let tokens = view.tokens
        var j = i
        var reflexive = false
        let grammar = view.grammar
        let roles = view.roleOfToken
        if j < limit, roles[j].contains(.reflexivePronoun) {
            reflexive = true
            j += 1
        }
        guard j < limit, roles[j].contains(.cueHead) else { return nil }
        let first = tokens[j]
        guard first.kind == .word else { return nil }
        if roles[j].contains(.auxiliary) {
            var k = j + 1
            var clitic: Int? = nil
            if k < limit, tokens[k].kind == .clitic {
                clitic = k
                k += 1
            }
            while k < limit {
                // A multi-word adverb first: "en outre" is not the pronoun "en" then a word.
                if let phrase = adverbPhrase(at: k, limit) {
                    k += phrase
                } else if view.isAdverb(k) {
                    k += 1
                } else {
                    break
                }
            }
            // "Le ministre a, dans un communiqué, déclaré que …": an incise between commas may
            // stand between the auxiliary and the participle.
            if clitic == nil, k < limit, tokens[k].norm == "," {
                var c = k + 1
                while c < min(limit, k + 12), tokens[c].norm != ",", !view.isClauseBreak(c),
                    tokens[c].kind != .openQuote, tokens[c].kind != .closeQuote
                {
                    c += 1
                }
                if c > k + 1, c + 1 < limit, tokens[c].norm == ",", tokens[c + 1].kind == .word,
                    view.language.speech.lookup(tokens[c + 1].norm)?.contains(where: {
                        $0.shape == .participle
                    })
                        == true
                {
                    k = c + 1
                }
            }
            if !grammar.contains(.etreForms, first.norm), let p = periphrase(at: k, limit: limit) {
                return Cue(tokens: i..<(k + p.length), verb: p.verb, clitic: clitic)
            }
            guard k < limit, tokens[k].kind == .word, !tokens[k].isCapitalized,
                let form = view.language.speech.lookup(tokens[k].norm)?.first(where: {
                    $0.shape == .participle
                })
            else { return nil }
            // With être, only a reflexive verb speaks ("s'est dit"); "sont appelés" is a passive.
            if grammar.contains(.etreForms, first.norm) && !reflexive { return nil }
            // "comme l'a rappelé le ministre": the subject follows the verb.
            return withSpeechNoun(
                Cue(
                    tokens: i..<(k + 1), verb: form.verb, clitic: clitic,
                    subjectFollows: clitic == nil && !reflexive && followsInversionOpener(j)), limit: limit)
        }
        if !reflexive, !first.isCapitalized, !(j > 0 && view.isDeterminer(j - 1)),
            let p = periphrase(at: j, limit: limit)
        {
            return Cue(tokens: i..<(j + p.length), verb: p.verb)
        }
        // "…, ajoutant que …", "en précisant que …", "a publié un communiqué indiquant que …": a
        // present participle reports a content clause (after a text, for whoever published it).
        if j > 0, !first.isCapitalized,
            tokens[j - 1].norm == "," || grammar.contains(.gerundMarkers, tokens[j - 1].norm)
                || view.documentNouns.contains(tokens[j - 1].norm)
                || view.citedDocuments.contains(tokens[j - 1].norm),
            let form = view.language.speech.lookup(first.norm)?.first(where: {
                $0.shape == .presentParticiple
            }),
            form.verb.frames.contains(.contentClause)
        {
            // "…, affirmant avoir agi en représailles": an infinitive clause too, where the verb takes one.
            return participial(i..<(j + 1), form.verb)
        }
        // "a assuré respecter les normes et indiqué que …", "a accusé X de … et promis de …": a
        // participle after a coordinator shares the auxiliary and the subject of the verb before
        // it, and takes what that verb would take.
        let sharedFrames: SpeechVerb.Frames = [.contentClause, .infinitive, .promise, .accusation]
        if !reflexive, !first.isCapitalized, j > 0, grammar.contains(.coordinators, tokens[j - 1].norm),
            let form = view.language.speech.lookup(first.norm)?.first(where: { $0.shape == .participle }),
            !form.verb.frames.isDisjoint(with: sharedFrames)
        {
            return Cue(
                tokens: i..<(j + 1),
                verb: SpeechVerb(lemma: form.verb.lemma, frames: form.verb.frames.intersection(sharedFrames)),
                isParticipial: true)
        }
        // "…, avant de préciser que …", "pour dire que …": an infinitive after a lead reports a
        // content clause for the main clause's subject.
        if !reflexive, !first.isCapitalized, follows(grammar.infinitiveLeads, before: j),
            let verb = view.language.speech.verbs[first.norm], verb.frames.contains(.contentClause)
        {
            return Cue(
                tokens: i..<(j + 1), verb: SpeechVerb(lemma: verb.lemma, frames: .contentClause),
                isParticipial: true)
        }
        // "le juge", "une note": after a determiner the word is a noun; a capital inside the
        // sentence is no verb. "comme le précise X": there "le" is a pronoun and the subject
        // follows the verb.
        let afterComme = followsInversionOpener(j)
        guard let form = view.finiteSpeechForm(at: j, determinerIsPronoun: reflexive || afterComme) else {
            return nil
        }
        // "plus inquiète que sa mère", "très préoccupé que …": after a degree adverb the form is
        // an adjective ("ne plus dire que" keeps its verb), unless a subject stands right before
        // the adverb ("Elle aussi estime que", "Lui aussi affirme que": a pronoun or a name) or
        // the adverb opens the sentence before an inverted subject ("Aussi estime-t-il que").
        let sentenceStart = view.sentence(of: j).lowerBound
        if !reflexive, j > 0, grammar.contains(.degreeAdverbs, tokens[j - 1].norm),
            !(j > 1 && grammar.contains(.negations, tokens[j - 2].norm))
        {
            let subjectBefore =
                j - 2 >= sentenceStart && tokens[j - 2].kind == .word
                && (tokens[j - 2].isCapitalized
                    || view.language.words.subjectPronouns[tokens[j - 2].norm] != nil)
            let invertedAfter = j - 1 == sentenceStart && j + 1 < limit && tokens[j + 1].kind == .clitic
            if !subjectBefore && !invertedAfter { return nil }
        }
        var end = j + 1
        var clitic: Int? = nil
        if end < limit, tokens[end].kind == .clitic {
            clitic = end
            end += 1
        }
        return withSpeechNoun(
            Cue(
                tokens: i..<end, verb: form.verb, clitic: clitic,
                subjectFollows: afterComme), limit: limit)
    }

    /// A verb that speaks through a speech noun ("a exprimé l'espoir que") as a cue that takes
    /// the noun in and reports a content clause or a pledge. Without a speech noun after it, the
    /// verb is a cue only for its other frames (the reflexive "s'exprimer"), if it has any.
    private func withSpeechNoun(_ cue: Cue, limit: Int) -> Cue? {
        // A lemma may be listed twice ("exprimer", "s'exprimer"): its frames are all the lines'.
        let frames = view.language.speech.verbs[cue.verb.lemma]?.frames ?? cue.verb.frames
        guard frames.contains(.speechNoun) else { return cue }
        let tokens = view.tokens
        var k = cue.tokens.upperBound
        while k < limit, view.roleOfToken[k].contains(.adverb) { k += 1 }
        guard k + 1 < limit, view.isDeterminer(k), view.grammar.contains(.speechNouns, tokens[k + 1].norm)
        else {
            return cue.verb.frames.subtracting(.speechNoun).isEmpty ? nil : cue
        }
        k += 1
        var spoken = cue
        spoken.tokens = cue.tokens.lowerBound..<(k + 1)
        spoken.verb = SpeechVerb(lemma: cue.verb.lemma, frames: [.contentClause, .promise])
        return spoken
    }

    /// A verb of several words that reports like one speech verb, at token `k`: a periphrase
    /// ("fait savoir", "laissé entendre"), or a lead and the infinitive speech verb it leads
    /// ("tenu à rappeler", "voulu souligner"), which gives the frames.
    private func periphrase(at k: Int, limit: Int) -> (length: Int, verb: SpeechVerb)? {
        let tokens = view.tokens
        let grammar = view.grammar
        guard k < limit, view.openerWordOfToken[k] >= 0, grammar.multiWordVerbStarts.contains(tokens[k].norm)
        else { return nil }
        if let p = view.opener(grammar.speechPeriphrases, at: k, limit: limit) {
            let lemma = p.tokens.joined(separator: " ")
            return (p.tokens.count, SpeechVerb(lemma: lemma, frames: [.contentClause, .direct, .partial]))
        }
        guard let lead = view.opener(grammar.speechLeads, at: k, limit: limit) else {
            return nil
        }
        var m = k + lead.tokens.count
        while m < limit, view.roleOfToken[m].contains(.adverb) { m += 1 }
        guard m < limit, tokens[m].kind == .word, !tokens[m].isCapitalized,
            let verb = view.language.speech.verbs[tokens[m].norm],
            !verb.frames.isDisjoint(with: [.contentClause, .direct])
        else { return nil }
        return (m + 1 - k, verb)
    }

    /// Whether an object pronoun and an inversion opener stand right before token `j`, where the
    /// subject follows the verb: "comme le précise X", "comme l'a rappelé X", and "ainsi que l'a
    /// indiqué X" (the opener, then a complementizer).
    private func followsInversionOpener(_ j: Int) -> Bool {
        let tokens = view.tokens
        let grammar = view.grammar
        guard j >= 2, grammar.contains(.objectClitics, tokens[j - 1].norm) else { return false }
        if grammar.contains(.inversionOpeners, tokens[j - 2].norm) { return true }
        return j >= 3 && grammar.contains(.complementizers, tokens[j - 2].norm)
            && grammar.contains(.inversionOpeners, tokens[j - 3].norm)
    }

    /// Whether one of `openers` ends right before token `j`.
    private func follows(_ openers: [QuoteGrammar.Opener], before j: Int) -> Bool {
        for length in 1...2 where j >= length {
            if let opener = view.opener(openers, at: j - length, limit: j), opener.tokens.count == length {
                return true
            }
        }
        return false
    }

    /// The length of a multi-word adverb at token `k` ("de nouveau"), if one starts there.
    private func adverbPhrase(at k: Int, _ limit: Int) -> Int? {
        view.opener(view.grammar.adverbPhrases, at: k, limit: limit)?.tokens.count
    }
}
