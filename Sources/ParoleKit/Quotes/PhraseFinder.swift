/// Finds noun phrases and subjects around a position: the speaker after an inverted verb,
/// the subject before a verb, a sentence's subject, the antecedent of "qui".
struct PhraseFinder {
    let view: TextView
    private let connectors: Set<String>
    private let objectPronouns: Set<String>

    init(view: TextView) {
        self.view = view
        connectors = view.ownerConnectors
        objectPronouns = view.grammar.words(.objectClitics)
    }
    private let maxLength = 14

    private var tokens: [Token] { view.tokens }

    /// Whether token `i` can be inside a noun phrase.
    private func isPhraseWord(_ i: Int) -> Bool {
        let t = tokens[i]
        if view.entity(at: i) != nil { return true }
        guard t.kind == .word || t.kind == .elision || t.kind == .number else { return false }
        if connectors.contains(t.norm) { return true }
        if view.npStops.contains(t.norm) || view.auxiliaries.contains(t.norm) { return false }
        // "La mairesse élue | devra composer": a modal verb opens the verb group.
        if view.language.speakerWords.modalVerbs.contains(t.norm) { return false }
        if t.kind == .elision && !view.grammar.contains(.phraseElisions, t.norm) { return false }
        // "une note", "le juge": after a determiner a form of a speech verb is a noun.
        return view.finiteSpeechForm(at: i) == nil
    }

    /// Whether a determiner at token `k`, inside a phrase that a determiner opened at `start`,
    /// opens a phrase of its own: lower-case, after a noun, not after a connector, another
    /// determiner or a predeterminer ("à la presse | le ministre"; "le ministre de la Justice",
    /// "tous les experts", "Monsieur le rapporteur", "le ministre Le Drian" go on).
    private func opensNextPhrase(_ k: Int, after start: Int) -> Bool {
        guard k > start, view.isDeterminer(start), view.isDeterminer(k), !tokens[k].isCapitalized,
            !connectors.contains(tokens[k].norm)
        else { return false }
        let before = tokens[k - 1].norm
        return !connectors.contains(before) && !view.isDeterminer(k - 1)
            && !view.grammar.contains(.predeterminers, before) && tokens[k - 1].kind != .number
    }

    /// Whether an object pronoun at token `k`, after the phrase's first word at `start`, opens the
    /// verb group that follows the phrase: "La ministre | lui a répondu", "Le maire | leur
    /// assure" (pronouns of `[object-clitics]` that are no determiner, then a finite verb).
    private func opensVerbGroup(_ k: Int, after start: Int) -> Bool {
        guard k > start, objectPronouns.contains(tokens[k].norm), !view.isDeterminer(k) else { return false }
        var n = k + 1
        while n < tokens.count, n - k <= 2, objectPronouns.contains(tokens[n].norm) { n += 1 }
        return n < tokens.count && isFiniteVerb(n)
    }

    /// The noun phrase that starts at token `i`, if any, not beyond `limit`.
    func phrase(startingAt i: Int, limit: Int) -> Range<Int>? {
        var k = i
        // One participle's complement may go on the phrase ("un député interrogé sur France Info").
        var tookParticipleComplement = false
        while k < limit, k - i < maxLength, !opensNextPhrase(k, after: i), !opensVerbGroup(k, after: i) {
            guard isPhraseWord(k) else {
                // "un député interrogé | sur France Info": a preposition after a participle opens
                // its complement.
                if !tookParticipleComplement, k > i + 1, isParticipleAfterNoun(k - 1, phraseStart: i),
                    opensParticipleComplement(k, limit: limit)
                {
                    tookParticipleComplement = true
                    k += 1
                    continue
                }
                break
            }
            if let e = view.entity(at: k) {
                k = max(k + 1, view.entityTokens[e].upperBound)
                // A name ends the phrase unless a complement follows: "Dmitri Peskov a dit"; or a
                // participle with its own complement ("la porte-parole de la Commission | chargée
                // de l'aide humanitaire").
                if !tookParticipleComplement, k + 1 < limit, view.isDeterminer(i),
                    view.entityTokens[e].lowerBound > i, isParticiple(k),
                    connectors.contains(tokens[k + 1].norm) || opensParticipleComplement(k + 1, limit: limit)
                {
                    tookParticipleComplement = true
                    k += 2
                    continue
                }
                if k < limit, !connectors.contains(tokens[k].norm) {
                    k = adjectivesAfterComplementName(at: k, phraseStart: i, limit: limit)
                    break
                }
            } else {
                k += 1
            }
        }
        if isVerbBeforeObject(k - 1, phraseStart: i) { k -= 1 }
        // A phrase does not end on a connector or a determiner.
        while k > i, connectors.contains(tokens[k - 1].norm) || view.isDeterminer(k - 1) { k -= 1 }
        guard k > i, view.hasWord(i..<k) else { return nil }
        return i..<k
    }

    /// The phrase of a verb's complement that starts at token `i`, right after its preposition
    /// ("au mégaphone", "au petit matin", "sur X", "au micro de France 3 Occitanie"): as
    /// `phrase(startingAt:limit:)`, but a complement with no determiner of its own ends before a
    /// determiner after its noun when the phrase it opens closes the clause ("au petit matin | un
    /// diplomate d'un pays méditerranéen."), and any complement ends before
    /// a person's name right after one of its words when the name closes the clause ("au
    /// mégaphone | Manon Girardeau, porte-parole …"), names the recogniser split after its last
    /// name included ("au micro de France 3 Occitanie | Thierry Lagarrigue"): what follows an
    /// inverted verb's complements is its subject.
    func complement(startingAt i: Int, limit: Int) -> Range<Int>? {
        guard let np = phrase(startingAt: i, limit: limit) else { return nil }
        // "en montrant | les rangs": after a gerund's marker the words are the gerund's object.
        let bare =
            !view.isDeterminer(i) && !(i > 0 && view.grammar.contains(.gerundMarkers, tokens[i - 1].norm))
        for k in (i + 1)..<np.upperBound {
            let before = tokens[k - 1]
            guard !connectors.contains(before.norm), !view.isDeterminer(k - 1) else { continue }
            if bare, view.isDeterminer(k), !tokens[k].isCapitalized, !connectors.contains(tokens[k].norm),
                !view.grammar.contains(.predeterminers, before.norm), before.kind != .number,
                let next = phrase(startingAt: k, limit: limit),
                closesClause(at: next.upperBound, limit: limit)
            {
                return i..<k
            }
            if let e = view.entity(at: k), view.entities[e].type == .person,
                view.entityTokens[e].lowerBound == k,
                closesClause(at: view.entityTokens[e].upperBound, limit: limit)
            {
                return i..<k
            }
        }
        // "au micro de France 3 | Occitanie | Thierry Lagarrigue,": a name the recogniser split
        // after the complement's last name, then the subject's.
        var end = np.upperBound
        while end < limit, view.entity(at: end - 1) != nil, let e = view.entity(at: end),
            view.entities[e].type != .person, view.entityTokens[e].lowerBound == end
        {
            end = view.entityTokens[e].upperBound
        }
        if end > np.upperBound, let e = view.entity(at: end), view.entities[e].type == .person,
            view.entityTokens[e].lowerBound == end,
            closesClause(at: view.entityTokens[e].upperBound, limit: limit)
        {
            return i..<end
        }
        return np
    }

    /// Where the words after a short aside between commas that opens at the comma `comma` resume
    /// ("a souligné, | mi-amusé, | le directeur du musée"): one to three lower-case words, no
    /// determiner, name, connector, phrase stop or finite verb; nil when no such aside opens there.
    func endOfShortAside(openingAt comma: Int, limit: Int) -> Int? {
        guard comma < limit, tokens[comma].norm == "," else { return nil }
        var k = comma + 1
        while k < limit, k - comma <= 4, tokens[k].norm != "," {
            let t = tokens[k]
            guard t.kind == .word || t.norm == "-", !t.isCapitalized, view.entity(at: k) == nil,
                !view.isDeterminer(k), !connectors.contains(t.norm), !view.npStops.contains(t.norm),
                !isFiniteVerb(k)
            else { return nil }
            k += 1
        }
        guard k > comma + 1, k + 1 < limit, tokens[k].norm == "," else { return nil }
        return k + 1
    }

    /// Whether token `k` ends a clause: the limit, a comma or a sentence's end.
    private func closesClause(at k: Int, limit: Int) -> Bool {
        k >= limit || tokens[k].norm == "," || tokens[k].kind == .terminal
    }

    /// Whether token `k` is a past participle (`SpeakerWords.isPastParticiple`: "chargée", "cité",
    /// "venue"), no name nor finite verb.
    private func isParticiple(_ k: Int) -> Bool {
        let t = tokens[k]
        guard t.kind == .word, !t.isCapitalized, view.entity(at: k) == nil, !isFiniteVerb(k) else {
            return false
        }
        return view.language.speakerWords.isPastParticiple(t.norm)
    }

    /// Whether token `k`, inside a phrase that a determiner opened at `start`, is a participle
    /// after the phrase's noun (not the noun itself: "le député", nor right after a determiner).
    private func isParticipleAfterNoun(_ k: Int, phraseStart start: Int) -> Bool {
        k >= start + 2 && view.isDeterminer(start) && !view.isDeterminer(k - 1) && isParticiple(k)
    }

    /// Whether a preposition at token `k` opens the complement of a participle before it: a
    /// complement preposition (`[complement-prepositions]`: "à", "par", "sur") followed by a
    /// determiner, a name or a word.
    private func opensParticipleComplement(_ k: Int, limit: Int) -> Bool {
        guard k + 1 < limit, view.grammar.contains(.complementPrepositions, tokens[k].norm) else {
            return false
        }
        let next = tokens[k + 1]
        return view.isDeterminer(k + 1) || view.entity(at: k + 1) != nil
            || (next.kind == .word && !view.npStops.contains(next.norm) && !isFiniteVerb(k + 1))
    }

    /// Where a phrase ends whose name the recogniser cut before its adjectives: "le ministère des
    /// Affaires | municipales dit", "La France | insoumise dénonce". Lower-case words right after
    /// a name that a determiner precedes belong to the phrase when a finite verb follows them (at
    /// most two); otherwise the phrase ends at the name (`k`).
    private func adjectivesAfterComplementName(at k: Int, phraseStart start: Int, limit: Int) -> Int {
        guard view.isDeterminer(start), let e = view.entity(at: k - 1),
            view.entityTokens[e].lowerBound > start
        else { return k }
        var n = k
        while n < limit, n - k < 2, tokens[n].kind == .word, !tokens[n].isCapitalized, isPhraseWord(n),
            !view.isDeterminer(n), !connectors.contains(tokens[n].norm), !isFiniteVerb(n)
        {
            n += 1
        }
        return n > k && n < limit && isFiniteVerb(n) ? n : k
    }

    /// Whether the last word `w` of a phrase that a determiner opened at `start` is the verb of
    /// the clause: a lower-case word after the noun, no participle, followed (past adverbs) by a
    /// determiner and a word that is no verb ("La fédération **invite** les adhérents", "Le
    /// magistrat **lit** alors l'un des messages"). Before a clitic ("Le ministre français les a
    /// reçus") the word stays an adjective.
    private func isVerbBeforeObject(_ w: Int, phraseStart start: Int) -> Bool {
        guard w >= start + 2, view.isDeterminer(start), w + 1 < tokens.count else { return false }
        func isPlainWord(_ k: Int) -> Bool {
            tokens[k].kind == .word && !tokens[k].isCapitalized && view.entity(at: k) == nil
                && !view.isDeterminer(k) && !connectors.contains(tokens[k].norm)
        }
        guard isPlainWord(w), isPlainWord(w - 1),
            !view.language.speakerWords.participleEndings.contains(where: { tokens[w].norm.hasSuffix($0) }),
            !view.language.speakerWords.participles.contains(tokens[w].norm)
        else { return false }
        var n = w + 1
        while n < tokens.count, n - w <= 2, view.adverbs.contains(tokens[n].norm) || view.isAdverb(n) {
            n += 1
        }
        guard n + 1 < tokens.count, view.isDeterminer(n), !tokens[n].isCapitalized,
            tokens[n + 1].kind == .word || tokens[n + 1].kind == .number
        else { return false }
        return !isFiniteVerb(n + 1)
    }

    /// The noun phrase that ends just before token `end`, not before `floor`.
    func phrase(endingBefore end: Int, floor: Int) -> Range<Int>? {
        var b = end
        var joinedCoordinatedName = false
        var tookParticipleComplement = false
        while b > floor, end - b < maxLength {
            let k = b - 1
            if let e = view.entity(at: k) {
                b = max(floor, view.entityTokens[e].lowerBound)
                continue
            }
            if !joinedCoordinatedName, joinsOneName(coordinatorAt: k, floor: floor, end: end) {
                joinedCoordinatedName = true
                b = k
                continue
            }
            // "un député cité | par Bruzz a qualifié": the complement of a participle after a noun
            // belongs to the noun's phrase.
            if !isPhraseWord(k), !tookParticipleComplement, k - 2 >= floor, k + 1 < end,
                opensParticipleComplement(k, limit: end), isParticiple(k - 1), isPhraseWord(k - 2),
                !view.isDeterminer(k - 2), !isFiniteVerb(k - 2)
            {
                tookParticipleComplement = true
                b = k
                continue
            }
            guard isPhraseWord(k) else { break }
            b = k
        }
        // Start at the first determiner, name or capital, so that verbs of a preceding clause stay out.
        var start = b
        while start < end,
            !(view.isDeterminer(start) || view.entity(at: start) != nil || tokens[start].isCapitalized)
        {
            start += 1
        }
        if start == end { start = b }
        while start < end, connectors.contains(tokens[start].norm) { start += 1 }
        guard start < end, view.hasWord(start..<end) else { return nil }
        return start..<end
    }

    /// Whether a lower-case coordinator at token `k` joins the capitalised words around it into
    /// one name ("La CFDT Banques et Assurances estime", "le club Sang et Or a déclaré"): the
    /// words after it are no name of their own (a person, place or organisation the recogniser
    /// found), and the verb at `end` is not plural ("Lyon et Bordeaux ont annoncé", "Anne Roy
    /// et Paul Marin estiment" name two subjects).
    private func joinsOneName(coordinatorAt k: Int, floor: Int, end: Int) -> Bool {
        guard k > floor, k + 1 < end, !tokens[k].isCapitalized,
            view.grammar.contains(.coordinators, tokens[k].norm),
            tokens[k + 1].isCapitalized, tokens[k + 1].kind == .word,
            tokens[k - 1].isCapitalized, tokens[k - 1].kind == .word
        else { return false }
        if let e = view.entity(at: k + 1), view.entities[e].type != .miscellaneous { return false }
        return !isPluralVerb(end)
    }

    /// Whether token `i` is a plural finite verb or auxiliary ("ont", "estiment").
    private func isPluralVerb(_ i: Int) -> Bool { i < tokens.count && view.isPluralFiniteVerb(i) }

    /// Who is the subject of a verb that starts at token `verb`: a pronoun, a relative "qui",
    /// a name with or without apposition, or a noun phrase.
    func subject(before verb: Int, floor: Int) -> SpeakerRef {
        var k = verb - 1
        while k >= floor, objectPronouns.contains(tokens[k].norm) || view.adverbs.contains(tokens[k].norm) {
            if tokens[k].kind != .elision, view.grammar.contains(.definiteArticles, tokens[k].norm) { break }
            k -= 1
        }
        guard k >= floor else { return .none }
        let t = tokens[k]
        if view.grammar.contains(.impersonalPronouns, t.norm) { return SpeakerRef(kind: .impersonal) }
        if view.language.words.subjectPronouns[t.norm] != nil { return SpeakerRef(kind: .pronoun(k)) }
        if view.grammar.contains(.relativePronouns, t.norm) {
            return antecedent(ofRelativeAt: k, floor: floor)
        }
        // "X se dit … et pense que": a coordinated verb shares the sentence's subject.
        if view.grammar.contains(.coordinators, t.norm) {
            var clauseStart = k
            while clauseStart > floor, !view.isClauseBreak(clauseStart - 1) { clauseStart -= 1 }
            return sentenceSubject(clauseStart..<k)
        }
        if t.norm == "," {
            if let opening = openingNameWithApposition(endingAtComma: k, floor: floor) { return opening }
            return apposedSubject(endingAtComma: k, floor: floor)
        }
        if let relative = relativeClause(endingBefore: k + 1, floor: floor) {
            return antecedent(ofRelativeAt: relative, floor: floor)
        }
        if let np = phrase(endingBefore: k + 1, floor: floor) { return SpeakerRef(kind: .phrase(np)) }
        // "La Fédération nationale des bailleurs privés (FNBP) s'est dite « choquée »": the body
        // whose acronym the brackets right before the verb hold, or else the phrase before them
        // ("Le maire de Cluses (Haute-Savoie)"; p304, p502, p562).
        if let np = organisationInBrackets(closingAt: k, floor: floor)
            ?? phrase(endingBeforeBracketsClosingAt: k, floor: floor)
        {
            return SpeakerRef(kind: .phrase(np))
        }
        return .none
    }

    /// The relative "qui" of a clause that ends just before token `end` and holds a finite verb:
    /// "une soignante **qui** a requis l'anonymat | décrit": the verb's subject is its antecedent,
    /// not the object that ends the clause. Nil when a comma, a clause break or a quotation mark
    /// comes first.
    private func relativeClause(endingBefore end: Int, floor: Int) -> Int? {
        var k = end - 1
        while k > floor, end - k <= maxLength {
            let t = tokens[k]
            if t.norm == "," || view.isClauseBreak(k) || view.pairOfToken[k] >= 0 { return nil }
            if view.grammar.contains(.relativePronouns, t.norm) {
                return ((k + 1)..<end).contains(where: isFiniteVerb) ? k : nil
            }
            k -= 1
        }
        return nil
    }

    /// The antecedent of a relative "qui" at token `k`.
    func antecedent(ofRelativeAt k: Int, floor: Int) -> SpeakerRef {
        guard k - 1 >= floor else { return .none }
        if tokens[k - 1].norm == "," {
            if let np = phraseClosingAside(endingAtComma: k - 1, floor: floor) {
                return SpeakerRef(kind: .phrase(np))
            }
            return apposedSubject(endingAtComma: k - 1, floor: floor)
        }
        if let np = phrase(endingBefore: k, floor: floor) { return SpeakerRef(kind: .phrase(np)) }
        return .none
    }

    /// The noun phrase that ends an aside between commas which is no apposition, when a relative
    /// follows the closing comma `comma`: an inverted clause ("…, a indiqué la préfecture, qui a
    /// dénoncé …") or a preposition's object ("…, selon une source européenne, qui évoque …") is
    /// the antecedent, not the sentence's subject before the aside.
    func phraseClosingAside(endingAtComma comma: Int, floor: Int) -> Range<Int>? {
        guard let open = openingComma(of: comma, floor: floor) else { return nil }
        let inner = (open + 1)..<comma
        guard !inner.isEmpty, !view.grammar.contains(.relativePronouns, tokens[inner.lowerBound].norm) else {
            return nil
        }
        var first = inner.lowerBound
        if tokens[first].kind == .elision, first + 1 < comma { first += 1 }
        let opensWithPreposition = view.npStops.contains(tokens[first].norm) && !view.isDeterminer(first)
        guard opensWithPreposition || inner.contains(where: isFiniteVerb) else { return nil }
        return phrase(endingBefore: comma, floor: open + 1)
    }

    /// The comma that opens an aside closed by the comma `comma`, within the finder's reach and
    /// the clause; nil when a clause break, a quotation mark or the floor comes first.
    private func openingComma(of comma: Int, floor: Int) -> Int? {
        var open = comma - 1
        let bound = max(floor, comma - QuoteFinder.reach)
        while open >= bound, tokens[open].norm != ",", !view.isClauseBreak(open), view.pairOfToken[open] < 0 {
            open -= 1
        }
        return open >= bound && tokens[open].norm == "," ? open : nil
    }

    /// Whether token `i` is a finite verb where it stands (`TextView.isFiniteVerb`).
    private func isFiniteVerb(_ i: Int) -> Bool { view.isFiniteVerb(i) }

    /// A subject followed by an apposition between commas: "Dmitri Peskov, porte-parole du
    /// Kremlin," or "Le porte-parole du Kremlin, Dmitri Peskov,". `comma` is the closing comma.
    func apposedSubject(endingAtComma comma: Int, floor: Int) -> SpeakerRef {
        guard let open = openingComma(of: comma, floor: floor), open + 1 < comma else {
            // No opening comma: the phrase before the comma is the subject.
            if let np = phrase(endingBefore: comma, floor: floor) { return SpeakerRef(kind: .phrase(np)) }
            // "… à la Commission nationale de l'informatique et des libertés (CNIL), qui a
            // rappelé": the name the brackets abbreviate.
            if let np = phrase(endingBeforeBracketsClosingAt: comma - 1, floor: floor) {
                return SpeakerRef(kind: .phrase(np))
            }
            return .none
        }
        let inner = (open + 1)..<comma
        // "L'Agence … (Anssi), dont une équipe est sur place, a confirmé": a relative between
        // the commas is about the phrase before them, and is never the subject itself.
        let first = tokens[inner.lowerBound].norm
        let opensRelative =
            view.grammar.contains(.relativePronouns, first) || view.grammar.contains(.sourceRelatives, first)
        // "Joëlle Rivière, dont la mère, Paulette Rivière, est morte …, s'est dite": a verb
        // between the commas ends a relative clause opened further back, around an apposition of
        // its own; the relative's antecedent is the subject.
        if !opensRelative, inner.contains(where: isFiniteVerb),
            let relative = relativeOpening(before: open, floor: floor)
        {
            return antecedent(ofRelativeAt: relative, floor: floor)
        }
        let before =
            phrase(endingBefore: open, floor: floor)
            ?? (opensRelative ? phrase(endingBeforeBracketsClosingAt: open - 1, floor: floor) : nil)
        // "Le porte-parole du Kremlin, (M.) Dmitri Peskov,", "La directrice …, la docteure Agnès
        // Roubaud,": the person, the role as alias.
        if let person = view.person(in: inner), person.upperBound == comma,
            isTitleBeforeName(inner.lowerBound..<person.lowerBound)
        {
            return SpeakerRef(kind: .phrase(person), alias: before)
        }
        if let before { return SpeakerRef(kind: .phrase(before), alias: opensRelative ? nil : inner) }
        return opensRelative ? .none : SpeakerRef(kind: .phrase(inner))
    }

    /// The relative pronoun after a comma that opens a clause still running at token `end`
    /// ("Joëlle Rivière, | dont la mère, Paulette Rivière, | est morte"): a subject relative of
    /// `[relative-pronouns]` or an object one of `[clause-relatives]` or `[source-relatives]`,
    /// found within the finder's reach with no clause break nor quotation mark between; nil
    /// otherwise.
    private func relativeOpening(before end: Int, floor: Int) -> Int? {
        var k = end - 1
        let bound = max(floor + 1, end - maxLength)
        while k >= bound, !view.isClauseBreak(k), view.pairOfToken[k] < 0 {
            let w = tokens[k].norm
            if tokens[k - 1].norm == ",",
                view.grammar.contains(.relativePronouns, w) || view.grammar.contains(.clauseRelatives, w)
                    || view.grammar.contains(.sourceRelatives, w)
            {
                return k
            }
            k -= 1
        }
        return nil
    }

    /// The organisation that brackets closing at token `close` hold and nothing else ("(HCR)",
    /// "(Monusco)"): the acronym names the body the words before it may name only in part
    /// ("Haut-Commissariat des Nations unies pour les réfugiés"); nil otherwise.
    private func organisationInBrackets(closingAt close: Int, floor: Int) -> Range<Int>? {
        guard close - 2 > floor, tokens[close].norm == ")", let e = view.entity(at: close - 1),
            view.entities[e].type == .organization
        else { return nil }
        let name = view.entityTokens[e]
        guard name.upperBound == close, name.lowerBound - 1 > floor, tokens[name.lowerBound - 1].norm == "("
        else { return nil }
        return name
    }

    /// The noun phrase before brackets that close at token `close` ("l'Agence nationale de la
    /// sécurité des systèmes d'information | (Anssi)"): the name the brackets abbreviate; nil
    /// when `close` is no closing bracket or its opening one is not within a few tokens.
    private func phrase(endingBeforeBracketsClosingAt close: Int, floor: Int) -> Range<Int>? {
        guard close > floor, tokens[close].norm == ")" else { return nil }
        var open = close - 1
        while open > floor, close - open <= 6, tokens[open].norm != "(" { open -= 1 }
        guard open > floor, tokens[open].norm == "(" else { return nil }
        return phrase(endingBefore: open, floor: floor)
    }

    /// A person's name followed by its role between commas, the comma `comma` closing the role:
    /// "Romain Espitaller, délégué de la CGT Spectacle, | pour qui …" gives the name as the phrase
    /// and the role as its alias; nil when the words before the role are no person's name or the
    /// role holds a verb, a relative or a quotation mark.
    func nameBeforeApposition(endingAtComma comma: Int, floor: Int) -> SpeakerRef? {
        guard let open = openingComma(of: comma, floor: floor), open + 1 < comma, open > floor,
            let e = view.entity(at: open - 1), view.entities[e].type == .person,
            view.entityTokens[e].upperBound == open
        else { return nil }
        let role = (open + 1)..<comma
        guard
            !role.contains(where: {
                isFiniteVerb($0) || tokens[$0].kind == .openQuote || tokens[$0].kind == .closeQuote
                    || view.grammar.contains(.relativePronouns, tokens[$0].norm)
            }), view.person(in: role) == nil
        else { return nil }
        return SpeakerRef(kind: .phrase(view.entityTokens[e]), alias: role)
    }

    /// The person whose name opens the sentence at `floor`, when everything from the comma after
    /// the name to the comma `comma` is an apposition, however long, with no verb, relative,
    /// quotation mark or clause break in it: "Lucie Marchand, climatologue à l'Institut de
    /// recherche pour l'environnement, la forêt et les sols (IREFS) de Grenoble, | a expliqué".
    func openingNameWithApposition(endingAtComma comma: Int, floor: Int) -> SpeakerRef? {
        guard let name = apposedPerson(startingAt: floor, limit: comma), name.upperBound < comma,
            tokens[name.upperBound].norm == ",", comma - name.upperBound <= QuoteFinder.reach / 2
        else { return nil }
        let apposition = (name.upperBound + 1)..<comma
        // "Le pédiatre Vincent Holtz, du CHU de Strasbourg, qui n'a pas participé aux travaux, |
        // juge": a relative between commas is an aside about the person, its verbs no subject's.
        var inRelative = false
        for k in apposition {
            if tokens[k].kind == .openQuote || tokens[k].kind == .closeQuote || view.isClauseBreak(k) {
                return nil
            }
            if view.grammar.contains(.relativePronouns, tokens[k].norm) {
                guard tokens[k - 1].norm == "," else { return nil }
                inRelative = true
            } else if tokens[k].norm == "," {
                inRelative = false
            } else if !inRelative, isFiniteVerb(k) {
                return nil
            }
        }
        guard !apposition.isEmpty else { return nil }
        // The role in apposition is the person's alias; a complement ("du CHU de Strasbourg") or
        // a relative is none.
        let first = tokens[apposition.lowerBound].norm
        let opensRole =
            !connectors.contains(first) && !view.grammar.contains(.complementPrepositions, first)
            && !view.grammar.contains(.relativePronouns, first)
        return SpeakerRef(
            kind: .phrase(name),
            alias: opensRole ? phrase(startingAt: apposition.lowerBound, limit: comma) : nil)
    }

    /// Whether the name `name` inside the phrase `np` is a complement of its head, not the phrase
    /// itself nor a name after its title: "l'avocate de France Nature Environnement" (a preposition
    /// or a capitalised word before it), unlike "Antoine Mercier" or "le neurologue Antoine
    /// Mercier".
    func isComplement(_ name: Range<Int>, of np: Range<Int>) -> Bool {
        let first = view.droppingDeterminers(np).lowerBound
        guard name.lowerBound > first else { return false }
        let before = tokens[name.lowerBound - 1]
        return before.kind != .word || before.isCapitalized || connectors.contains(before.norm)
            || view.connectorLike(name.lowerBound - 1) || view.npStops.contains(before.norm)
    }

    /// The person's name at `start`, after honorifics ("M.", "Me"), or with its title: a
    /// determiner and up to two lower-case role words ("le pédiatre", "la docteure"), which the
    /// resolver keeps as the person's role; nil when no person's name starts there.
    func apposedPerson(startingAt start: Int, limit: Int) -> Range<Int>? {
        let honorifics = view.honorifics
        var k = start
        while k < limit, k - start < 4, view.entity(at: k) == nil {
            guard honorifics.contains(tokens[k].norm) || view.isDeterminer(k) || k > start else { return nil }
            k += 1
        }
        guard k < limit, let e = view.entity(at: k), view.entities[e].type == .person,
            view.entityTokens[e].lowerBound == k
        else { return nil }
        let title = start..<k
        if title.allSatisfy({ honorifics.contains(tokens[$0].norm) }) { return view.entityTokens[e] }
        guard view.isDeterminer(start), isTitleBeforeName(title) else { return nil }
        return start..<view.entityTokens[e].upperBound
    }

    /// Whether the words `range` before a name in apposition are at most a title: nothing, one
    /// word ("M."), or a determiner and up to four words: lower-case words that are no verb,
    /// determiner nor preposition ("la docteure", "le commandant"), "de" before such a word (a
    /// bare complement: "le commandant de bord"), and a capitalised nationality noun right after
    /// the determiner ("l'Italienne"). "le président de la Région" is no title: its complement
    /// has a determiner of its own.
    private func isTitleBeforeName(_ range: Range<Int>) -> Bool {
        if range.count <= 1 { return true }
        guard range.count <= 5, view.isDeterminer(range.lowerBound) else { return false }
        for k in range.dropFirst() {
            let t = tokens[k]
            guard t.kind == .word else { return false }
            if t.isCapitalized {
                guard k == range.lowerBound + 1, view.language.speakerWords.isDemonym(t.norm) else {
                    return false
                }
                continue
            }
            if connectors.contains(t.norm) {
                // A bare complement: "de" between two words of the title, no determiner after it.
                guard k > range.lowerBound + 1, k + 1 < range.upperBound, !view.isDeterminer(k + 1) else {
                    return false
                }
                continue
            }
            guard !view.npStops.contains(t.norm), !isFiniteVerb(k), !view.isDeterminer(k) else {
                return false
            }
        }
        return true
    }

    /// The subject of the sentence `range`: its opening noun phrase, after adverbial openings
    /// ("Mercredi,", "De son côté,"), with a name in apposition preferred.
    func sentenceSubject(_ range: Range<Int>) -> SpeakerRef {
        var i = range.lowerBound
        var attempts = 0
        while i < range.upperBound, attempts < 3 {
            attempts += 1
            while i < range.upperBound, tokens[i].kind == .punctuation || tokens[i].kind == .openQuote {
                if tokens[i].kind == .openQuote { return .none }
                i += 1
            }
            guard i < range.upperBound else { return .none }
            let t = tokens[i]
            if view.language.words.subjectPronouns[t.norm] != nil { return SpeakerRef(kind: .pronoun(i)) }
            // "Pourquoi la Creuse ?": a question word opens no phrase.
            let startsPhrase =
                view.isDeterminer(i) || view.entity(at: i) != nil
                || (t.isCapitalized && !view.adverbs.contains(t.norm)
                    && !view.language.speakerWords.questionOpeners.contains(t.norm))
            if startsPhrase, let np = phrase(startingAt: i, limit: range.upperBound),
                !np.allSatisfy({ view.adverbs.contains(tokens[$0].norm) })
            {
                let after = np.upperBound
                if after + 1 < range.upperBound, tokens[after].norm == ",",
                    let e = view.entity(at: after + 1), view.entities[e].type == .person
                {
                    return SpeakerRef(kind: .phrase(view.entityTokens[e]), alias: np)
                }
                // "L'avocat de Gwenaëlle Ropars, Me Thomas Quéméner, dénonce": a role, then the
                // name with its title.
                if after + 1 < range.upperBound, tokens[after].norm == ",",
                    view.person(in: np).map({ isComplement($0, of: np) }) ?? true,
                    view.entity(at: np.lowerBound) == nil,
                    let person = apposedPerson(startingAt: after + 1, limit: range.upperBound)
                {
                    return SpeakerRef(kind: .phrase(person), alias: np)
                }
                if after < range.upperBound, tokens[after].norm == ",",
                    let e = view.entity(at: np.lowerBound),
                    view.entityTokens[e].upperBound == after
                {
                    // "Barroso, le président de la Commission, se dit": the name, its role in apposition.
                    let role = phrase(startingAt: after + 1, limit: range.upperBound)
                    return SpeakerRef(kind: .phrase(np), alias: role)
                }
                if after < range.upperBound, tokens[after].norm == ",",
                    !isVerbAhead(after + 1, range.upperBound)
                {
                    // "Autre avocat de X, Gilles Simeoni a appris": an opening apposition.
                    i = after + 1
                    continue
                }
                return SpeakerRef(kind: .phrase(np))
            }
            // Skip an adverbial opening up to its comma.
            var c = i
            while c < range.upperBound, c - i < 12, tokens[c].norm != ",", !view.isClauseBreak(c) { c += 1 }
            guard c < range.upperBound, tokens[c].norm == "," else { return .none }
            i = c + 1
        }
        return .none
    }

    /// Whether a verb (an auxiliary or a speech verb) comes within a few tokens of `i`.
    private func isVerbAhead(_ i: Int, _ limit: Int) -> Bool {
        var k = i
        while k < limit, k - i < 3 {
            if view.auxiliaries.contains(tokens[k].norm) { return true }
            if tokens[k].norm == "," { return false }
            k += 1
        }
        return false
    }
}
