/// Resolves how the text names each quote's speaker into an actor: names and noun
/// phrases to their actor, role phrases ("le ministère") to the actor that goes by that
/// role, documents ("le communiqué du ministère") to their owner, pronouns ("a-t-il
/// ajouté", "selon lui") to the salient person or body of matching gender just before.
struct SpeakerResolver {
    let view: TextView
    let phrases: PhraseFinder
    var index: ActorIndex
    /// For each sentence, the actor its subject refers to (-1 none), computed on demand.
    private var subjectActor: [Int: Int] = [:]
    /// How many descriptions are being ranked inside one another: ranking one reads the subjects
    /// of the sentences before, which may be descriptions too.
    private var descriptionDepth = 0
    /// The people a definite description was resolved to so far, by its head noun: once "le
    /// porte-parole du collectif" named someone, a later "le porte-parole" holds that noun too.
    private var describedByHead: [String: Set<Int>] = [:]
    /// For each sentence whose subject was read past the phrase finder's (a name after an opening
    /// clause or a determiner), the token after that name.
    private var subjectEnd: [Int: Int] = [:]
    /// For each sentence, how its subject is named, computed once on demand.
    private var subjectRefs: [Int: SpeakerRef] = [:]
    /// Resolved quote speakers so far: (sentence, actor, first token of the quote).
    private var spoken: [(sentence: Int, actor: Int, start: Int)] = []
    /// The speaker of the last answer in an interview or an exchange (see `isAnswer`), if any.
    private var lastAnswerer: Int? = nil
    /// The speaker of the last question in guillemets of an exchange (see `isQuestion`), if any.
    private var lastAsker: Int? = nil
    /// The words of the last quote resolved, headings included (a quote in the title counts as
    /// the quote before the first paragraph's), and its speaker.
    private var lastQuote: (content: Range<Int>, actor: Int?)? = nil
    /// Whether the article is shaped as an interview or an exchange: at least
    /// `interviewQuestions` paragraphs of text (no heading) end with a question (a question mark,
    /// or one before a closing quotation mark) and are followed by a paragraph of text that does
    /// not (a question, the outlet's or in guillemets, then its answer). One question in a report
    /// ("Qui prendra la suite ?") makes no interview. Computed once.
    private lazy var isInterview: Bool = {
        let paragraphs = view.doc.paragraphs
        func asks(_ p: Int) -> Bool {
            let range = paragraphs[p].tokens
            guard var last = range.last else { return false }
            if view.pairOfToken[last] >= 0, last > range.lowerBound { last -= 1 }
            return speakerWords.questionMarks.contains(tokens[last].norm)
        }
        var questions = 0
        for p in paragraphs.indices.dropLast()
        where !view.isHeading(paragraph: p) && !view.isHeading(paragraph: p + 1) && asks(p) && !asks(p + 1) {
            questions += 1
            if questions >= Self.interviewQuestions { return true }
        }
        return false
    }()

    /// How many questions, each followed by an answer, make an article an interview.
    static let interviewQuestions = 2

    /// The people the article's title names (the heading lines before the first paragraph of
    /// text), computed once: in an interview, the person who answers. An interview whose title
    /// names no one ("… : une nivologue met en garde") has for interviewee the first person
    /// its first paragraph of text names ("la nivologue Laetitia Zurbriggen … répond à nos
    /// questions").
    private lazy var titlePeople: [Int] = {
        var people: [Int] = []
        let firstText = view.doc.paragraphs.indices.first { !view.isHeading(paragraph: $0) } ?? 0
        guard firstText > 0 else { return [] }
        let end = view.doc.paragraphs[firstText - 1].span.end
        for e in view.entities.indices {
            if view.entities[e].span.start >= end { break }
            guard view.entities[e].type == .person else { continue }
            let d = index.actor(forEntity: e)
            if !people.contains(d) { people.append(d) }
        }
        if people.isEmpty, isInterview {
            let lead = view.doc.paragraphs[firstText].span
            if let e = view.entities.indices.first(where: {
                view.entities[$0].span.start >= lead.start && view.entities[$0].span.end <= lead.end
                    && view.entities[$0].type == .person
            }) {
                people.append(index.actor(forEntity: e))
            }
        }
        return people
    }()
    /// The actors of `spoken`, for "has spoken before" without a scan of every earlier quote.
    private var spokenActors: Set<Int> = []
    /// The first content token of each quote whose relay the speaker took in: "a précisé une
    /// source au ministère de l'Économie" is the source at the ministry speaking, so the ministry
    /// is no `via` of the words (docs/analysis-format.md: `via` is the outlet that relayed them).
    private(set) var absorbedVias: Set<Int> = []
    /// The actors named as the relay of an earlier quote ("a-t-il déclaré au journal Le
    /// Progrès"): the outlet the words were given to, so no candidate speaker of the words after
    /// ("« … », a-t-il ajouté") unless it has spoken itself.
    private var relayedBy: Set<Int> = []
    /// When set, every ranking decision is recorded here (for training the ranker).
    var samples: [SpeakerSample]? = nil
    /// The quote being resolved and the phrase its cue names, for recording the ranking of a
    /// description under that quote.
    private var currentQuote: (span: Span, phrase: Range<Int>)? = nil
    /// Whether the cue's phrase being ranked made an actor though no lexicon knows its head.
    private var unlexicalised = false
    /// For each token, whether it stands inside the words of a quote of the text, for candidates
    /// named only inside quoted words. Computed once per text, so that asking costs nothing
    /// whatever the number of quotes.
    private var insideQuote: [Bool] = []
    /// The most mentions any actor has, computed once.
    private lazy var mostMentions: Int = index.drafts.map(\.occurrences.count).max() ?? 0
    /// The person the article names most (the first of equals, with at least two mentions),
    /// computed once: a candidate of every ranked quote and description however far back it was
    /// last named (`far`), as news turns back to its protagonist ("la lauréate", "elle", "le
    /// vainqueur du jour") paragraphs after naming them.
    private lazy var protagonist: Int? = {
        var best: Int? = nil
        for (d, draft) in index.drafts.enumerated()
        where draft.kind == .person && draft.occurrences.count >= 2 {
            if best == nil || draft.occurrences.count > index.drafts[best!].occurrences.count { best = d }
        }
        return best
    }()

    /// For each paragraph, the token where a leading dateline ends ("PARIS (AFP) -"), or the
    /// paragraph's first token when it has none. Names in a dateline never speak.
    private let datelineEnd: [Int]
    /// The grammar's plural endings in a fixed order (the first that leaves a known noun gives
    /// the singular), sorted once rather than at every word.
    private let pluralEndings: [String]

    init(view: TextView, index: ActorIndex) {
        self.view = view
        self.phrases = PhraseFinder(view: view)
        self.index = index
        self.pluralEndings = view.grammar.words(.pluralEndings).sorted()
        self.datelineEnd = view.doc.paragraphs.map { Self.datelineEnd(of: $0.tokens, in: view.tokens) }
    }

    /// For each of `tokenCount` tokens, whether one of `contents` holds it: one pass over the
    /// ranges' ends (a running count of the ranges open), linear in tokens and quotes.
    static func insideQuoteFlags(_ contents: [Range<Int>], tokenCount: Int) -> [Bool] {
        var opened = [Int](repeating: 0, count: tokenCount + 1)
        for r in contents where !r.isEmpty {
            let lo = max(0, r.lowerBound)
            let hi = min(tokenCount, r.upperBound)
            guard lo < hi else { continue }
            opened[lo] += 1
            opened[hi] -= 1
        }
        var flags = [Bool](repeating: false, count: tokenCount)
        var open = 0
        for k in 0..<tokenCount {
            open += opened[k]
            flags[k] = open > 0
        }
        return flags
    }

    /// The most tokens a dateline holds before its dash.
    static let datelineReach = 12
    /// Dashes that end a dateline.
    static let datelineDashes: Set<String> = ["-", "\u{2013}", "\u{2014}"]

    /// Where the dateline that opens `paragraph` ends (after its dash): a few capitalised words,
    /// numbers and brackets ("PARIS, 12 mars (Reuters) -", "4 juillet 2012. -") before a dash
    /// followed by the text. The paragraph's first token when there is none.
    static func datelineEnd(of paragraph: Range<Int>, in tokens: [Token]) -> Int {
        var lowercase = 0
        var k = paragraph.lowerBound
        while k < min(paragraph.upperBound - 1, paragraph.lowerBound + datelineReach) {
            let t = tokens[k]
            if datelineDashes.contains(t.norm) {
                return k > paragraph.lowerBound && tokens[k + 1].isWordLike ? k + 1 : paragraph.lowerBound
            }
            if t.isWordLike && !t.isCapitalized {
                lowercase += 1
                // A month name or a particle, not a clause.
                if lowercase > 2 { break }
            }
            k += 1
        }
        return paragraph.lowerBound
    }

    /// Whether token `k` is part of a dateline.
    private func isInDateline(_ k: Int) -> Bool {
        k < datelineEnd[view.doc.sentences[view.doc.sentenceIndex(ofToken: k)].paragraph]
    }

    private var tokens: [Token] { view.tokens }
    private var speakerWords: SpeakerWords { view.language.speakerWords }

    /// The speakers of `quotes`, in order, as (text, span, actor draft). A quote in a heading
    /// whose words the body quotes too takes the speaker of the body quote. A source given by
    /// "selon" that is no actor ("selon la mythologie grecque") is a speaker with no actor.
    mutating func resolve(_ quotes: [FoundQuote]) -> [(text: String, span: Span, actor: Int?)?] {
        insideQuote = Self.insideQuoteFlags(quotes.map(\.content), tokenCount: tokens.count)
        var out: [(text: String, span: Span, actor: Int?)?] = []
        var headed: [Int] = []
        for quote in quotes {
            let sentence = view.doc.sentenceIndex(ofToken: quote.content.lowerBound)
            if view.isHeading(paragraph: view.doc.sentences[sentence].paragraph) {
                headed.append(out.count)
                out.append(nil)
                continue
            }
            out.append(resolve(quote, sentence: sentence))
        }
        echoLead(quotes, speakers: &out)
        // The body's quotes with a speaker, their words indexed once: each heading quote looks up
        // the first that holds its words or that its words hold, without reading them all (a
        // text of many headings and many quotes stays near linear).
        let isHeaded = Set(headed)
        let bodyQuotes = quotes.indices.filter { !isHeaded.contains($0) && out[$0] != nil }
        let tokens = self.tokens
        let bodyWords = WordSequences(bodyQuotes.map { b in quotes[b].content.map { tokens[$0] } })
        for q in headed {
            let words = quotes[q].content.filter { tokens[$0].isWordLike }.map { tokens[$0].norm }
            let first = [bodyWords.firstHolder(of: words), bodyWords.firstHeld(in: words)].compactMap { $0 }
                .min()
            let body = words.isEmpty ? nil : first.map { bodyQuotes[$0] }
            if let body, let said = out[body], let actor = said.actor {
                index.addQuote(to: actor)
                out[q] = (index.drafts[actor].name, said.span, actor)
            } else if let body, let said = out[body] {
                out[q] = said
            } else {
                out[q] = resolve(
                    quotes[q], sentence: view.doc.sentenceIndex(ofToken: quotes[q].content.lowerBound))
            }
        }
        return out
    }

    /// The quotes of the lead (the first paragraph of text) whose speaker is no person, or no one,
    /// take the speaker of the same words quoted again by a person further down (`LeadEcho`).
    private mutating func echoLead(
        _ quotes: [FoundQuote], speakers out: inout [(text: String, span: Span, actor: Int?)?]
    ) {
        guard let lead = view.doc.paragraphs.indices.first(where: { !view.isHeading(paragraph: $0) })
        else { return }
        let later: [(quote: Int, words: String)] = quotes.indices.compactMap { b in
            guard paragraph(of: quotes[b].content.lowerBound) > lead, let d = out[b]?.actor,
                index.drafts[d].kind == .person
            else { return nil }
            return (b, quoteKey(quotes[b]))
        }
        guard !later.isEmpty else { return }
        for q in quotes.indices where paragraph(of: quotes[q].content.lowerBound) == lead {
            if let d = out[q]?.actor, index.drafts[d].kind == .person { continue }
            guard
                let b = LeadEcho.source(
                    of: quoteKey(quotes[q]), among: later, functionWords: speakerWords.functionWords),
                let d = out[b]?.actor
            else { continue }
            if let old = out[q]?.actor { index.removeQuote(from: old) }
            index.addQuote(to: d)
            let sentence = view.doc.sentenceIndex(ofToken: quotes[q].content.lowerBound)
            out[q] = mentioned(d, quote: quotes[q], sentence: sentence)
        }
    }

    /// A quote's words folded for comparison: lower-case, words only.
    private func quoteKey(_ quote: FoundQuote) -> String {
        quote.content.filter { tokens[$0].isWordLike }.map { tokens[$0].norm }.joined(separator: " ")
    }

    /// The speaker of one quote in sentence `sentence`.
    private mutating func resolve(_ quote: FoundQuote, sentence: Int) -> (
        text: String, span: Span, actor: Int?
    )? {
        var result: (text: String, span: Span, actor: Int)? = nil
        var absorbedVia = false
        switch quote.speaker.kind {
        case .phrase(var range):
            var alias = quote.speaker.alias
            if alias == nil, let (role, name) = nameAfterCoordinatedComplement(of: range) {
                range = role
                alias = name
            }
            if let name = alias, name.lowerBound > range.upperBound,
                name.upperBound <= (quote.cue?.lowerBound ?? 0),
                isPersonSide(range), let connector = affiliationConnector(at: range.upperBound),
                (range.upperBound + connector..<name.lowerBound).allSatisfy(view.isDeterminer)
            {
                // "Un responsable au ministère de la Santé a indiqué": the body read as the
                // apposition of the person's noun is where the person works.
                range = range.lowerBound..<name.upperBound
                alias = nil
            } else if let wider = affiliatedPerson(range, via: quote.via) {
                // "Une source à l'ARS a reconnu", "a précisé une source au ministère de
                // l'Économie": the person with the body speaks, the body is no relay.
                range = wider
                absorbedVia = quote.via.map { wider.contains($0.lowerBound) } ?? false
            }
            if let name = alias, !namesDirectly(range), isPersonName(name) || isBodyName(name),
                isRoleHeaded(range), !isDocumentHeaded(range)
            {
                // "le porte-parole de Vladimir Poutine, Dmitri Peskov", "L'autorité organisatrice
                // des transports, Île-de-France Mobilités (IDFM),": the name in apposition
                // speaks, the role phrase is kept as its role.
                alias = range
                range = name
            }
            range = withStateComplement(range)
            if let cut = documentBeforeParticiple(range), cut.documents,
                cut.agent.map({ !namesSomeone($0) })
                    ?? view.droppingDeterminers(cut.name).contains(where: {
                        view.ownerConnectors.contains(tokens[$0].norm)
                    })
            {
                // "selon un tract de l'intersyndicale distribué aux usagers" (p474), "selon un
                // relevé effectué par trois sondes": a document its complement already names
                // ends at the participle, and an agent that names no one ("par 94 voix") issued
                // nothing. With neither, the participle tells which document it is: "un
                // document remis aux actionnaires" (p054), "une note interne adressée aux
                // soignants" (p238) keep it, and so does a participle that is the complement's
                // ("le rapport de l'expert désigné par les juges").
                range = cut.name
            }
            if quote.kind == .according, isWritersDocument(range) {
                // "Selon nos données" in a release: the writer's own document, whose owner the
                // ranker finds among the bodies around (the issuer), not a document of its own.
                if let d = issuingOrganisation(of: range, quote: quote, sentence: sentence) {
                    result = mentioned(d, quote: quote, sentence: sentence)
                    break
                }
                // No body around issued it: the paper's own reporting ("d'après notre enquête"),
                // named as any phrase below.
            }
            currentQuote = (view.doc.span(tokens: quote.content), range)
            var named = actor(forPhrase: range, alias: alias)
            currentQuote = nil
            unlexicalised = false
            if named == nil, quote.kind != .according, let cue = quote.cue,
                !cue.contains(where: { speakerWords.conditionalAuxiliaries.contains(tokens[$0].norm) }),
                isUnlexicalisedGroup(range, cue: cue)
            {
                // "Les écologistes, eux, dénoncent", "Les ayants droit se disent": a subject whose
                // head no lexicon knows is a candidate of its own; the ranker weighs it
                // (`unlexicalised`) against the names around.
                named = index.actor(
                    forPhrase: range, head: headNoun(view.droppingDeterminers(range)), kind: .anonymousSource)
                unlexicalised = true
                // "La revue indépendante Prescrire": the capitalised words that end the phrase
                // are a name the recogniser missed, another name of the group.
                var tail = range.upperBound
                while tail > range.lowerBound + 2, tokens[tail - 1].kind == .word,
                    tokens[tail - 1].isCapitalized
                {
                    tail -= 1
                }
                if tail < range.upperBound, let d = named {
                    index.addAlias(tail..<range.upperBound, to: d, head: nil)
                }
            }
            // "selon les chiffres communiqués par les deux banques": the agent who issued the
            // document speaks (`actor(forPhrase:)`), and its own phrase names it.
            if named != nil, let agent = documentBeforeParticiple(range)?.agent,
                !view.grammar.contains(.relayParticiples, tokens[agent.lowerBound - 2].norm)
            {
                range = agent
            }
            // "Celle-ci", "ce dernier" name the person mentioned last: certain too.
            let certain = named != nil && (namesDirectly(range) || demonstrativeGender(range) != nil)
            if quote.kind == .according, named == nil, range.count > 1,
                view.grammar.contains(.possessives, tokens[range.lowerBound].norm)
            {
                // "d'après ses calculs" (p348): a source no lexicon types, owned through a
                // possessive, is its owner's; the ranker finds the owner among the bodies around
                // (an organisation the recogniser named), else the phrase stays the source.
                if let d = issuingOrganisation(of: range, quote: quote, sentence: sentence) {
                    result = mentioned(d, quote: quote, sentence: sentence)
                    break
                }
            }
            if quote.kind == .according && named == nil {
                // "selon la mythologie grecque": the source is given, it is just no actor.
                if view.hasWord(range) {
                    return (view.doc.text(tokens: range), view.doc.span(tokens: range), nil)
                }
                break
            }
            // A name (or a role with its name) in the cue's slot is certain; a role phrase, a body
            // or a phrase that names no actor ("sans mentionner de noms") is weighed by the ranker
            // against the names around the cue (apposition, subject of the verb).
            let choice = ranked(
                quote, sentence: sentence, pronoun: nil, named: (named, range), decide: !certain)
            if certain || (choice != nil && choice == named), let named {
                result = (view.doc.text(tokens: range), view.doc.span(tokens: range), named)
            } else if let d = choice {
                result = mentioned(d, quote: quote, sentence: sentence)
            }
        case .none:
            // Words in guillemets that no attribution names: the ranker picks a speaker nearby,
            // or nobody.
            if let d = ranked(quote, sentence: sentence, pronoun: nil) {
                result = mentioned(d, quote: quote, sentence: sentence)
            }
        case .pronoun(let k):
            if let d = ranked(quote, sentence: sentence, pronoun: k) {
                result = (index.drafts[d].name, tokens[k].span, d)
            }
        case .context:
            // Words that continue a speaker's: the ranker weighs the last speaker against the
            // others nearby.
            // With no speaker yet, they are words that nothing names.
            if let d = ranked(quote, sentence: sentence, pronoun: nil, context: spoken.last != nil) {
                result = mentioned(d, quote: quote, sentence: sentence)
            }
        case .impersonal:
            break
        }
        if let result {
            index.addQuote(to: result.actor)
            spoken.append((sentence, result.actor, quote.content.lowerBound))
            // Who answered a question answers the next one, whether a cue named them ("« … ? »
            // « J'ai voulu sauver l'école », répond-il. « … ? » « C'était une erreur. »") or not.
            if isAnswer(quote) || followsAQuestion(quote) { lastAnswerer = result.actor }
            // Who asks a question in guillemets that nothing names asks the next one, even the
            // first of an exchange, with no words quoted before it ("La présidente … « Pourquoi
            // … ? »" / « … » / « Et le bidon … ? »). (A question a cue named, "« … ? », demande la
            // présidente", as the asker too measured worse on press-check: docs/accuracy.md.)
            if isUnnamed(quote), endsWithQuestion(quote.content) { lastAsker = result.actor }
            spokenActors.insert(result.actor)
        }
        if absorbedVia { absorbedVias.insert(quote.content.lowerBound) }
        if let via = quote.via, !absorbedVia {
            for e in view.peopleAndBodies(in: via) where index.actor(forEntity: e) != result?.actor {
                relayedBy.insert(index.actor(forEntity: e))
            }
        }
        lastQuote = (quote.content, result?.actor)
        return result
    }

    /// The speaker a ranking chose, where the article names it: the actor's last mention before
    /// the quote, else its first mention in the quote's sentence after it, with the text of that
    /// mention; with neither, the actor's name and an empty span at the quote's start.
    private func mentioned(_ d: Int, quote: FoundQuote, sentence: Int) -> (
        text: String, span: Span, actor: Int
    ) {
        let occurrences = index.drafts[d].occurrences
        let quoteSpan = view.doc.span(tokens: quote.content)
        let sentenceEnd = view.doc.sentences[sentence].span.end
        let before = occurrences.lastSpan(before: quoteSpan.start)
        let after = occurrences.firstSpan(atOrAfter: quoteSpan.end).flatMap {
            $0.end <= sentenceEnd ? $0 : nil
        }
        if let span = before ?? after {
            return (view.doc.text(span), span, d)
        }
        return (index.drafts[d].name, Span(quoteSpan.start, quoteSpan.start), d)
    }

    /// The actor a phrase names, made if needed; `alias` is a role phrase in apposition. Nil
    /// when the phrase names no actor: not a name, a role, a body or a document.
    mutating func actor(forPhrase phrase: Range<Int>, alias: Range<Int>?) -> Int? {
        guard !phrase.isEmpty else { return nil }
        let range = withStateComplement(withoutPluralVerb(phrase))
        var d: Int? = nil
        let lo = view.droppingDeterminers(range).lowerBound
        let head = headNoun(lo..<range.upperBound)
        let entitiesInside = range.compactMap { view.entity(at: $0) }
        let person = entitiesInside.first(where: {
            view.entities[$0].type == .person && !isComplementName($0, in: range)
        })
        let beforeParticiple = documentBeforeParticiple(range)
        if let agent = beforeParticiple?.agent {
            // "les résultats communiqués par la présidente d'élection": who issued them speaks.
            return actor(forPhrase: agent, alias: alias)
        }
        if let earlier = sourceNamedAgain(range) {
            // "selon la même source", "d'après ce même document": the source cited last.
            d = earlier
            index.addOccurrence(view.doc.span(tokens: range), to: earlier)
            // "Le même sondage" after "un sondage Ifop": the same noun is another name of it.
            if index.drafts[earlier].heads.contains(tokens[range.upperBound - 1].norm) {
                index.addAlias(range, to: earlier, head: nil)
            }
        } else if let gender = demonstrativeGender(range) {
            // "Celle-ci a expliqué", "ce dernier a assuré": the person mentioned last.
            d = personMentionedLast(before: range.lowerBound, agreeingWith: gender)
        } else if let k = demonymNoun(range) {
            // "le Serbe", "l'Espagnole": the person named with that nationality ("l'Espagnol
            // Carlos Alcaraz"), else the one the description fits best (ranked), else someone the
            // article did not name.
            if let holder = index.holder(ofRole: k..<range.upperBound) {
                d = holder
                index.addOccurrence(view.doc.span(tokens: range), to: holder)
            } else if let person = describedPerson(range, lo: k, head: tokens[k].norm) {
                d = person
                index.addRole(k..<range.upperBound, to: person)
                index.addOccurrence(view.doc.span(tokens: range), to: person)
            } else {
                d = index.actor(forPhrase: range, head: nil, kind: .anonymousSource)
            }
        } else if let e = view.entity(at: lo), person == nil || view.entities[e].type == .person {
            // The phrase is a name, possibly with a determiner: "l'Azerbaïdjan", "Dmitri Peskov".
            d = index.actor(forEntity: e)
        } else if let person {
            // "le président de l'Assemblée Claude Bartolone": the person, the role kept.
            d = index.actor(forEntity: person)
            let roleEnd = view.entityTokens[person].lowerBound
            if roleEnd > lo {
                index.addAlias(lo..<roleEnd, to: d!, head: head)
                index.addRole(lo..<roleEnd, to: d!)
            }
        } else if let name = missedName(after: lo..<range.upperBound) {
            // "la ministre des Sports Laura Flessel", the recogniser having missed the name: the
            // person, the role kept.
            d = index.actor(forPhrase: name, head: nil, kind: .person)
            index.addRole(lo..<name.lowerBound, to: d!)
        } else if let name = namedBody(lo..<range.upperBound), let body = actor(forPhrase: name, alias: nil) {
            // "l'agence Météo-France", "le quotidien Le Monde": the body by its name, the noun kept.
            d = body
            index.addAlias(range, to: body, head: head)
            // A place's name after "agence", "groupe": the body, not the place's government.
            if index.drafts[body].kind == .government { index.setKind(.organisation, of: body) }
        } else if let head, view.documentNouns.contains(head) || speakerWords.ownedFigures.contains(head),
            let owner = entitiesInside.first, ownsDocument(owner, of: lo)
        {
            // "le communiqué du ministère de l'Intérieur", "une note de la direction de Renault":
            // the owner speaks through it; not a place that only locates the complement ("un
            // rapport de la chambre régionale des comptes | Grand Est": the chamber's report, not
            // the region's).
            d = index.actor(forEntity: owner)
            index.addAlias(range, to: d!, head: head)
        } else if let holder = index.namedByRoleAt[lo],
            !entitiesInside.contains(where: { view.entities[$0].type == .person })
        {
            // "Le ministre délégué à l'Industrie, Antoine Lacombe, s'est rendu …" read as "Le
            // ministre": the role written right before a name is that person.
            d = holder
            index.addOccurrence(view.doc.span(tokens: range), to: holder)
        } else if let holder = index.holder(ofRole: range),
            index.drafts[holder].gender.agrees(with: view.grammar.gender(of: tokens[range.lowerBound].norm))
        {
            // "le premier ministre", once the article named "le premier ministre Jean-Marc Ayrault".
            d = holder
            index.addAlias(range, to: holder, head: head)
            index.addOccurrence(view.doc.span(tokens: range), to: holder)
        } else if let head, isShortDefinite(range),
            let known = index.actor(
                withHead: head, before: tokens[range.lowerBound].span.start,
                agreeingWith: view.grammar.gender(of: tokens[range.lowerBound].norm))
        {
            // "le ministère", "le documentaire": the last actor that goes by that role.
            d = known
            index.addOccurrence(view.doc.span(tokens: range), to: known)
        } else if let head, isShortDefinite(range), speakerWords.bodyClassifiers.contains(head),
            range.upperBound - lo == 1,
            let body = bodyBefore(range.lowerBound)
        {
            // "l'agence", "la société" (a classifier noun alone) with no actor of that head yet:
            // the body named last, which now goes by that head too. "Le gouvernement tibétain"
            // describes a body of its own, "le tribunal" is a body of its own.
            d = body
            index.addAlias(range, to: body, head: head)
            index.addOccurrence(view.doc.span(tokens: range), to: body)
        } else if let head, let holder = leadHolder(range, lo: lo, head: head) {
            // "Le maire parle d'une « mise en danger »" in the lead, then "le maire de Lannion,
            // Patrick Le Moal" in the body: the one person the article names with that role.
            d = holder
            index.addOccurrence(view.doc.span(tokens: range), to: holder)
        } else if let person = describedPerson(range, lo: lo, head: head) {
            // "la maire sortante", "le président français": the person named before whom the
            // description fits best (ranked), the description kept as a role.
            d = person
            index.addAlias(range, to: person, head: head)
            index.addRole(lo..<range.upperBound, to: person)
            index.addOccurrence(view.doc.span(tokens: range), to: person)
        } else if let owner = documentOwner(lo..<range.upperBound) {
            // "selon les informations des autorités": the owner of the information speaks.
            d = actor(forPhrase: owner, alias: nil)
        } else if let kind = kind(ofPhrase: lo..<range.upperBound) {
            d = index.actor(forPhrase: range, head: head, kind: kind)
        } else if isIndefiniteDescription(range) {
            // "souffle un fidèle de la maire", "un de ses proches a assuré": someone unnamed.
            // The determiner stays in its name: "un de ses proches", not "de ses proches".
            d = index.actor(forPhrase: range, head: head, kind: .anonymousSource, keepingDeterminers: true)
        }
        // An apposition is another name only when it names: a name, a role or a body ("le
        // premier ministre, chef de la majorité"), not a state ("…, très remonté").
        // A body is no other name of a person: "Selon des analyses effectuées dans un laboratoire
        // en Suisse, Yasser Arafat aurait …" read the laboratory as Arafat's apposition.
        if let alias, let d, namesSomeone(alias),
            !(index.drafts[d].kind == .person
                && headNoun(view.droppingDeterminers(alias)).map(isBodyNoun) == true)
        {
            index.addAlias(alias, to: d, head: headNoun(view.droppingDeterminers(alias)))
            if index.drafts[d].kind == .person { index.addRole(view.droppingDeterminers(alias), to: d) }
        }
        if let d, let name = beforeParticiple?.name, index.drafts[d].kind == .document {
            // "un sondage Ifop publié le 5 décembre" also goes by "sondage Ifop".
            index.addAlias(name, to: d, head: nil)
        }
        return d
    }

    /// A cited document's name followed by a past participle ("un sondage Ifop publié le 5
    /// décembre", "les résultats communiqués par la présidente d'élection"): the name before the
    /// participle, and the agent after it ("par" + a phrase, past a date: "publiés jeudi par"),
    /// if any and if no complement ("de …") stands between the document's noun and the
    /// participle; `documents`, whether the participle is the document's rather than its
    /// complement's ("le rapport de l'expert désigné par les juges": the expert's, told by
    /// agreement when an agent follows); nil when the
    /// phrase has no such participle.
    private func documentBeforeParticiple(_ range: Range<Int>) -> (
        name: Range<Int>, agent: Range<Int>?, documents: Bool
    )? {
        let lo = view.droppingDeterminers(range).lowerBound
        guard lo < range.upperBound, view.citedDocuments.contains(tokens[lo].norm) else { return nil }
        var k = lo + 1
        while k < range.upperBound {
            let t = tokens[k]
            // A participle right after a noun or a name, not after a determiner or a preposition
            // ("du comité", "la société").
            if t.kind == .word, !t.isCapitalized, view.entity(at: k) == nil,
                speakerWords.isPastParticiple(t.norm),
                !view.isDeterminer(k - 1), !view.connectorLike(k - 1),
                !view.adverbs.contains(tokens[k - 1].norm)
            {
                // "publiés jeudi par", "publié en 2025 par": a date between the participle and
                // its agent.
                var p = k + 1
                while p < range.upperBound, p - k <= 3,
                    !view.grammar.contains(.agentPrepositions, tokens[p].norm),
                    isDateBetweenParticipleAndAgent(p)
                {
                    p += 1
                }
                // "le rapport de l'expert-comptable désigné par les enquêteurs": after the
                // document's complement the participle is the complement's, and so is its agent.
                let owners = view.ownerConnectors
                let connector = (lo + 1..<k).first { owners.contains(tokens[$0].norm) }
                // "les résultats de l'enquête annuelle publiés jeudi par l'Insee": a participle
                // whose number agrees with the document's noun and not with its complement's is
                // the document's, and so is its agent.
                let documentsParticiple =
                    connector.map { participleAgreesWithDocument(k, document: lo, connector: $0) } ?? true
                var agent: Range<Int>? = nil
                if documentsParticiple, p + 1 < range.upperBound,
                    view.grammar.contains(.agentPrepositions, tokens[p].norm)
                {
                    agent = (p + 1)..<range.upperBound
                }
                // Without an agent the participle is taken for the document's ("un tract du
                // syndicat remis aux voyageurs"); with one, the agreement above decides.
                let agentFollows =
                    p + 1 < range.upperBound && view.grammar.contains(.agentPrepositions, tokens[p].norm)
                return (range.lowerBound..<k, agent, documentsParticiple || !agentFollows)
            }
            // "les conclusions d'analyses ayant été menées": a verb group, no name to end.
            if view.isClauseBreak(k) || view.auxiliaries.contains(t.norm) { return nil }
            k += 1
        }
        return nil
    }

    /// Whether the participle at `k` is plural exactly when the document's noun at `document` is,
    /// and the noun of the complement that `connector` opens (before the participle) differs in
    /// number: "les résultats (pl.) de l'enquête (sg.) publiés (pl.)", not "le rapport de
    /// l'expert désigné".
    private func participleAgreesWithDocument(_ k: Int, document: Int, connector: Int) -> Bool {
        let plurals = speakerWords.pluralDeterminers
        func isPluralNoun(_ n: Int) -> Bool { n > 0 && plurals.contains(tokens[n - 1].norm) }
        // The complement's noun: the first word after the connector and its determiners.
        var c = connector + 1
        while c < k, view.isDeterminer(c) || tokens[c].kind == .elision { c += 1 }
        guard c < k, tokens[c].kind == .word || view.entity(at: c) != nil else { return false }
        // "des" joins a plural complement: a connector that is a plural determiner too.
        let complementPlural =
            plurals.contains(tokens[connector].norm) || plurals.contains(tokens[c - 1].norm)
        let documentPlural = isPluralNoun(document)
        let participle = tokens[k].norm
        let participlePlural = pluralEndings.contains { participle.hasSuffix($0) }
        return participlePlural == documentPlural && complementPlural != documentPlural
    }

    /// Whether token `p` is a word of a date after a participle ("jeudi", "le 5 mars", "en 2025"):
    /// a date word, a day, or a preposition before a number.
    private func isDateBetweenParticipleAndAgent(_ p: Int) -> Bool {
        if view.isDateWord(p) || view.adverbs.contains(tokens[p].norm) { return true }
        return p + 1 < tokens.count && tokens[p + 1].kind == .number
            && view.grammar.contains(.complementPrepositions, tokens[p].norm)
    }

    /// The gender a demonstrative phrase names ("celle-ci", "ce dernier": `[demonstratives]` of
    /// speaker-words.txt, alone or after a determiner); nil for any other phrase.
    private func demonstrativeGender(_ range: Range<Int>) -> Gender? {
        guard let k = range.last, range.count <= 2, let gender = speakerWords.demonstratives[tokens[k].norm]
        else { return nil }
        // "celle-ci" alone; "dernier" only after a determiner ("ce dernier"), which the phrase
        // may have left out.
        if tokens[k].norm.contains("-") { return range.count == 1 ? gender : nil }
        let determiner = range.count == 2 ? range.lowerBound : k - 1
        guard determiner >= 0 else { return nil }
        return view.determiners.contains(tokens[determiner].norm) ? gender : nil
    }

    /// The person of gender `gender` mentioned last before token `k`, in its paragraph or the one
    /// before (headings and datelines aside).
    private mutating func personMentionedLast(before k: Int, agreeingWith gender: Gender) -> Int? {
        let paragraph = paragraph(of: k)
        var e = entityBefore(k)
        var looked = 0
        while e >= 0, looked < Self.candidateMentions {
            let at = view.entityTokens[e].lowerBound
            let p = self.paragraph(of: at)
            if p < paragraph - 1 { break }
            if view.entities[e].type == .person, !view.isHeading(paragraph: p), !isInDateline(at) {
                let d = index.actor(forEntity: e)
                if index.drafts[d].gender.agrees(with: gender) { return d }
            }
            e -= 1
            looked += 1
        }
        return nil
    }

    /// The source cited before that a phrase names again with a same-adjective
    /// (`[same-adjectives]`): a determiner (not an indefinite one), "même" and a noun ("selon la
    /// même source" after "a-t-on appris de source hospitalière", "d'après ce même document"
    /// after "selon le rapport de l'arbitre, Arnaud Salles"). Among the speakers of the quotes
    /// before, in the phrase's paragraph and the `candidateParagraphs` before it: the last one
    /// that goes by the phrase's noun; for a noun that names any document (`[document-anaphors]`),
    /// else the last one. Nil for any other phrase, or when no such speaker is found.
    private func sourceNamedAgain(_ range: Range<Int>) -> Int? {
        guard range.count == 3, let first = range.first, view.isDeterminer(first),
            !speakerWords.indefiniteDeterminers.contains(tokens[first].norm),
            speakerWords.sameAdjectives.contains(tokens[first + 1].norm),
            tokens[first + 2].kind == .word, !tokens[first + 2].isCapitalized
        else { return nil }
        let noun = tokens[first + 2].norm
        let paragraph = view.doc.sentences[view.doc.sentenceIndex(ofToken: first)].paragraph
        var last: Int? = nil
        for said in spoken.reversed().prefix(Self.spokenReach) {
            if view.doc.sentences[said.sentence].paragraph < paragraph - Self.candidateParagraphs { break }
            guard said.start < first else { continue }
            if index.drafts[said.actor].heads.contains(noun) { return said.actor }
            if last == nil { last = said.actor }
        }
        return speakerWords.documentAnaphors.contains(noun) ? last : nil
    }

    /// The nationality noun of a phrase that names a person by it alone: a singular definite
    /// article and one capitalised nationality noun ("le Serbe", "l'Espagnole"); nil otherwise.
    private func demonymNoun(_ range: Range<Int>) -> Int? {
        guard range.count == 2, let first = range.first,
            view.grammar.contains(.definiteArticles, tokens[first].norm),
            !speakerWords.pluralDeterminers.contains(tokens[first].norm),
            index.isNationalityNoun(first + 1)
        else { return nil }
        return first + 1
    }

    /// Whether `range` is a definite description of one person by a role, naming no one:
    /// "la maire sortante", "le président français", "le chef de l'État". `lo` is where it
    /// starts after its determiners; `head`, its head noun.
    private func isPersonDescription(_ range: Range<Int>, lo: Int, head: String?) -> Bool {
        let byNationality = demonymNoun(range) != nil
        guard let first = range.first, lo > first, let head,
            view.grammar.contains(.definiteArticles, tokens[first].norm),
            !speakerWords.pluralDeterminers.contains(tokens[first].norm),
            !isBodyNoun(head),
            view.language.words.roleNouns[head] != nil || speakerWords.roleGenders[head] != nil
                || speakerWords.personNouns.contains(head) || byNationality,
            range.count <= Self.descriptionReach || byNationality
        else { return false }
        if byNationality { return true }
        return !range.contains { k in view.entity(at: k).map { view.entities[$0].type == .person } ?? false }
    }

    /// The most tokens a definite description of a person holds ("le chef de la diplomatie
    /// européenne").
    static let descriptionReach = 7

    /// How many descriptions may be ranked inside one another ("La maire sortante …" whose
    /// sentence before opens with "La ministre …"). Deeper chains name no one, so that a text of
    /// thousands of such sentences cannot exhaust the stack.
    static let descriptionDepthLimit = 4

    /// The person a definite description refers back to, chosen by the ranker (features under
    /// `d:`) among the people mentioned in its paragraph and the two before, against "nobody"
    /// (the description names someone the article did not name). When it is the phrase the
    /// current quote's cue names, the ranking is recorded for training, its "nobody" going by
    /// the description.
    private mutating func describedPerson(_ range: Range<Int>, lo: Int, head: String?) -> Int? {
        guard isPersonDescription(range, lo: lo, head: head), descriptionDepth < Self.descriptionDepthLimit
        else { return nil }
        descriptionDepth += 1
        defer { descriptionDepth -= 1 }
        let sentence = view.doc.sentenceIndex(ofToken: range.lowerBound)
        let paragraph = view.doc.sentences[sentence].paragraph
        let floor = view.doc.paragraphs[max(0, paragraph - Self.candidateParagraphs)].span.start
        var gender = index.roleGender(lo..<range.upperBound)
        if gender == .unknown, view.isDeterminer(lo - 1) {
            // "la syndicaliste": a noun of either gender takes its determiner's.
            gender = view.grammar.gender(of: tokens[lo - 1].norm)
        }
        if gender == .unknown, demonymNoun(range) != nil {
            // "l'Espagnole": the nationality noun's own ending.
            gender = speakerWords.demonymGender(tokens[lo].norm)
        }
        var order: [Int] = []
        var lastToken: [Int: Int] = [:]
        var e = entityBefore(range.lowerBound)
        var looked = 0
        while e >= 0, looked < Self.candidateMentions, view.entities[e].span.start >= floor {
            let at = view.entityTokens[e].lowerBound
            if view.entities[e].type == .person, !isInDateline(at),
                !view.isHeading(paragraph: view.doc.sentences[view.doc.sentenceIndex(ofToken: at)].paragraph)
            {
                let d = index.actor(forEntity: e)
                if lastToken[d] == nil {
                    lastToken[d] = at
                    order.append(d)
                }
            }
            e -= 1
            looked += 1
        }
        // People who spoke in the window, by the sentence of their words ("« … », a-t-elle dit.
        // La syndicaliste a promis …").
        for said in spoken.reversed().prefix(Self.spokenReach) {
            let p = view.doc.sentences[said.sentence].paragraph
            if p < paragraph - Self.candidateParagraphs { break }
            let at = view.doc.sentences[said.sentence].tokens.lowerBound
            guard at < range.lowerBound, index.drafts[said.actor].kind == .person else { continue }
            if let known = lastToken[said.actor] {
                if known < at { lastToken[said.actor] = at }
            } else {
                lastToken[said.actor] = at
                order.append(said.actor)
            }
        }
        var far: Int? = nil
        if let p = protagonist, lastToken[p] == nil, index.drafts[p].kind == .person,
            let at = index.drafts[p].occurrences.lastStart(before: tokens[range.lowerBound].span.start)
        {
            far = p
            lastToken[p] = view.doc.firstToken(atOrAfter: at)
            order.append(p)
        }
        order.sort { lastToken[$0]! > lastToken[$1]! }
        guard !order.isEmpty else { return nil }
        var subjects: [Int: Int] = [:]
        for back in 1...2 where sentence - back >= 0 {
            let s = sentence - back
            if view.doc.sentences[s].paragraph < paragraph - Self.candidateParagraphs { break }
            if let d = subject(ofSentence: s), subjects[d] == nil { subjects[d] = back }
        }
        // Whether exactly one candidate's gender can be the description's ("la syndicaliste"
        // when one woman is named and every other person is known to be a man).
        let agreeing =
            gender == .unknown ? 0 : order.filter { index.drafts[$0].gender.agrees(with: gender) }.count
        // The description's words besides its head, by stem ("chinois" of "le dirigeant chinois").
        let qualifiers = Set(
            (lo..<range.upperBound).filter {
                tokens[$0].kind == .word && tokens[$0].norm != head && !view.isDeterminer($0)
                    && !view.connectorLike($0)
            }
            .map { speakerWords.stem(tokens[$0].norm) }
            .filter { $0.count >= 4 })
        // Who the article gave the description's office or head noun ("Leur porte-parole,
        // Julien Morel" … "le porte-parole des habitants"), or whom an earlier description by
        // that noun named: the only one such (`onlyholder`) or one of several (`holder`).
        let office = speakerWords.office(index.phraseName(lo..<range.upperBound))
        let holding = Set(
            order.filter { d in
                holdsTheDescription(index.drafts[d], office: office, head: head)
                    || (head.flatMap { describedByHead[$0] }?.contains(d) ?? false)
            })
        var candidates: [(actor: Int?, features: [String])] = []
        for d in order {
            let draft = index.drafts[d]
            let s = view.doc.sentenceIndex(ofToken: lastToken[d]!)
            // No recency rank: with the distance in sentences and paragraphs it over-fitted
            // (leave-one-article-out and a two-way split of the tune sets, docs/accuracy.md).
            var f = ["bias"]
            f.append("back\(min(max(0, sentence - s), 3))")
            f.append("para\(min(max(0, paragraph - view.doc.sentences[s].paragraph), 2))")
            f.append(
                draft.gender == Gender.unknown || gender == Gender.unknown
                    ? "gender?" : draft.gender == gender ? "gender+" : "gender-")
            if agreeing == 1, draft.gender == gender { f.append("onlyagreeing") }
            if sharesAWord(draft, with: qualifiers) {
                f.append("sharedword")
            } else if holdsAnotherRole(draft, than: lo..<range.upperBound, head: head) {
                f.append("otherrole")
            }
            if holding.contains(d) { f.append(holding.count == 1 ? "onlyholder" : "holder") }
            if let back = subjects[d] { f.append("subject\(back)") }
            if far == d { f.append("far") }
            if spoken.last?.actor == d { f.append("lastspeaker") }
            if spokenActors.contains(d) { f.append("spoke") }
            if draft.occurrences.count == mostMentions { f.append("main") }
            candidates.append((d, f.map { "d:" + $0 }))
        }
        candidates.append((nil, ["d:nobody"]))
        let best = view.language.speakerRanker.best(of: candidates.map(\.features))
        if samples != nil, let quote = currentQuote, quote.phrase == range {
            samples!.append(
                SpeakerSample(
                    quote: quote.span,
                    candidates: candidates.map { c in
                        SpeakerSample.Candidate(
                            names: c.actor.map { d in
                                [index.drafts[d].name] + index.drafts[d].aliases + index.drafts[d].roles
                            } ?? [index.phraseName(range)],
                            features: c.features)
                    }))
        }
        if let actor = candidates[best].actor, let head, !speakerWords.personNouns.contains(head) {
            describedByHead[head, default: []].insert(actor)
        }
        return candidates[best].actor
    }

    /// Whether the article described the body `draft` by a body noun ("l'agence" for Météo
    /// France, the head of its name for "le ministère de l'Intérieur"), none of them one of `heads`.
    private func describedByAnotherBodyNoun(_ draft: ActorIndex.Draft, than heads: Set<String>) -> Bool {
        let nouns = draft.heads.filter(isBodyNoun)
        return !nouns.isEmpty && nouns.isDisjoint(with: heads)
    }

    /// Whether the person `draft` was given the description's office ("la présidente de
    /// l'association" for "Anne Roux, présidente de l'association") or a role headed by its
    /// noun ("le ministre" for "le ministre de la Justice, X"). A noun for what someone does
    /// (`[person-nouns]`) is held by no one in particular.
    private func holdsTheDescription(_ draft: ActorIndex.Draft, office: String, head: String?) -> Bool {
        guard let head, !speakerWords.personNouns.contains(head) else { return false }
        return draft.heads.contains(head) || draft.roles.contains { speakerWords.office($0) == office }
    }

    /// Whether one of the person's roles holds a word of `qualifiers` (stems): "le dirigeant
    /// chinois" after "le président chinois Xi Jinping".
    private func sharesAWord(_ draft: ActorIndex.Draft, with qualifiers: Set<String>) -> Bool {
        guard !qualifiers.isEmpty else { return false }
        return draft.roles.contains { role in
            speakerWords.words(ofRole: CharClass.lowercased(role))
                .contains { qualifiers.contains(speakerWords.stem(String($0))) }
        }
    }

    /// Whether the person `draft` was given roles, none of them the office of the description
    /// `range` nor headed by its noun: "l'avocat de la défense, Me Martin" is not "le procureur"
    /// ("le chef de la Maison Blanche" and "le président américain" are one office,
    /// `[role-synonyms]`). A noun for what someone does (`[person-nouns]`: "la syndicaliste",
    /// "le défenseur") fits any office.
    private func holdsAnotherRole(_ draft: ActorIndex.Draft, than range: Range<Int>, head: String?) -> Bool {
        guard !draft.roles.isEmpty, let head, !draft.heads.contains(head),
            !speakerWords.personNouns.contains(head)
        else { return false }
        let office = speakerWords.office(index.phraseName(range))
        return !draft.roles.contains { speakerWords.office($0) == office }
    }

    /// What sort of source an unnamed phrase is, by its first nouns (before any complement): a
    /// cited document ("un rapport de l'ONU"), a body ("le ministère"), or a role whose holder
    /// is not named, an anonymous source ("une source diplomatique", "des analystes"). Nil for
    /// anything else: such a phrase is not an actor.
    private func kind(ofPhrase range: Range<Int>) -> ActorKind? {
        let words = view.language.words
        // A capitalised phrase is a name the recogniser missed: "Song Myung-Sup".
        let capitals = range.filter { tokens[$0].isWordLike && !view.connectorLike($0) }
        if let first = capitals.first, capitals.allSatisfy({ tokens[$0].isCapitalized }) {
            return capitals.count >= 2 || view.language.firstNames.sex(of: tokens[first].norm) != nil
                ? .person : .organisation
        }
        // A capitalised noun of a group with its adjective: "les Wikipédiens russophones"; a
        // capitalised body noun names a body the recogniser missed ("l'Institut pour l'étude de
        // la guerre").
        if let first = capitals.first, tokens[first].isCapitalized,
            first > range.lowerBound || range.count > 1
        {
            return isBodyNoun(tokens[first].norm) ? .organisation : .anonymousSource
        }
        for i in range.prefix(Self.headReach) {
            let n = tokens[i].norm
            if view.connectorLike(i) || view.isClauseBreak(i) { break }
            if view.citedDocuments.contains(n) { return .document }
            let singular = self.singular(i)
            if isBodyNoun(n) || singular.map(isBodyNoun) == true { return .organisation }
            if view.isRoleNoun(i) || speakerWords.personNouns.contains(n)
                || singular.map({
                    words.roleNouns[$0] != nil || speakerWords.roleGenders[$0] != nil
                        || speakerWords.personNouns.contains($0)
                }) == true
            {
                return .anonymousSource
            }
        }
        return nil
    }

    /// The person's name that ends a role phrase when the recogniser missed it (or took it for
    /// a place with the office's last word): capitalised words, from a known first name to the
    /// end, at least two, after a role noun ("la ministre des Sports **Laura Flessel**").
    private func missedName(after range: Range<Int>) -> Range<Int>? {
        var start = range.upperBound
        while start > range.lowerBound, tokens[start - 1].kind == .word, tokens[start - 1].isCapitalized,
            range.upperBound - start < Self.missedNameReach
        {
            start -= 1
        }
        guard
            let first = (start..<range.upperBound).first(where: {
                view.language.firstNames.sex(of: tokens[$0].norm) != nil
            }),
            range.upperBound - first >= 2, first > range.lowerBound,
            // "le porte-parole de Vladimir Poutine", "le président de France Télévisions": a
            // name after "de" is the office's complement, not its holder.
            !view.connectorLike(first - 1), !view.isDeterminer(first - 1),
            // "le directeur de l'agence France Presse", "la société Marine Harvest": a first name
            // right after a body noun, or opening a name the recogniser gave another type, names
            // the body ("France", "Marine" are first names too). A place that starts before it
            // may be the office's last word.
            !isBodyNoun(tokens[first - 1].norm),
            !(view.entity(at: first).map { e in
                view.entities[e].type != .person
                    && !(view.entities[e].type == .location && view.entityTokens[e].lowerBound < first)
            } ?? false),
            // A person the recogniser found there is the office's complement when the phrase
            // was not taken for its name ("le porte-parole du président Barack Obama").
            !(first..<range.upperBound).contains(where: { k in
                view.entity(at: k).map { view.entities[$0].type == .person } ?? false
            }),
            (range.lowerBound..<first).contains(where: { view.isRoleNoun($0) })
        else { return nil }
        return first..<range.upperBound
    }

    /// The most quotes read back for the people who spoke near a quote: an article's paragraphs
    /// hold far fewer; a hostile paragraph of thousands of quotes would make every quote read all
    /// the ones before it (quadratic).
    static let spokenReach = 200

    /// The most capitalised words read back from the end of a role phrase for a missed name
    /// (an office's last words and a first name and surname).
    static let missedNameReach = 5

    /// The name right after the institution noun that opens a phrase: "agence **Météo-France**",
    /// "le groupe **Renault**": an organisation or a place ending the phrase, or capitalised
    /// words the recogniser missed. Nil when the phrase does not open with an institution noun
    /// or a complement stands between ("la police **de** Londres" is a body of its own).
    private func namedBody(_ range: Range<Int>) -> Range<Int>? {
        var k = range.lowerBound
        while k < range.upperBound, view.grammar.contains(.roleModifiers, tokens[k].norm) { k += 1 }
        guard k + 1 < range.upperBound, view.entity(at: k) == nil,
            isBodyNoun(tokens[k].norm) || speakerWords.bodyClassifiers.contains(tokens[k].norm)
        else { return nil }
        // "L'organisation patronale Cepa", "le quotidien économique De Tijd", "le syndicat
        // agricole LTO Nederland": lower-case qualifiers of the noun stand before the name.
        var first = k + 1
        while first < range.upperBound - 1, first - k <= Self.bodyQualifierReach, isBodyQualifier(first) {
            first += 1
        }
        let name = first..<range.upperBound
        if let e = view.entity(at: first) {
            guard view.entityTokens[e] == name,
                view.entities[e].type == .organization || view.entities[e].type == .location
            else { return nil }
            return name
        }
        // Capitalised words the recogniser missed, or took in part for a name of another kind
        // ("De **Tijd**"): never a person's name.
        let words = name.filter { tokens[$0].isWordLike }
        guard !words.isEmpty,
            words.allSatisfy({ k in
                tokens[k].isCapitalized
                    && view.entity(at: k).map { e in
                        view.entities[e].type != .person && name.contains(view.entityTokens[e].lowerBound)
                            && view.entityTokens[e].upperBound <= name.upperBound
                    } ?? true
            }),
            // A capitalised particle opens a name ("De Tijd"); a lower-case one makes the name a
            // complement ("la police de Londres").
            !name.contains(where: { view.connectorLike($0) && !tokens[$0].isCapitalized })
        else { return nil }
        return name
    }

    /// The most lower-case qualifiers read between a body noun and the body's name.
    static let bodyQualifierReach = 2

    /// Whether token `k` qualifies the body noun before it: a lower-case word that is no
    /// connector, determiner or finite verb, inside no name ("patronale", "économique").
    private func isBodyQualifier(_ k: Int) -> Bool {
        tokens[k].kind == .word && !tokens[k].isCapitalized && view.entity(at: k) == nil
            && !view.connectorLike(k) && !view.isDeterminer(k) && !view.isFiniteVerb(k)
    }

    /// The salient organisation named last before token `k`, in its paragraph or the two before
    /// (a place counts when it already stands for its government): what a definite description
    /// of a body ("l'agence") refers back to. Salient: it spoke, is the subject of the sentence
    /// that names it, or is named more than once; a passing mention ("sur l'autoroute A20") is
    /// not what "la préfecture" means; nor is a body another noun already describes ("l'agence").
    /// Names in headings and datelines do not count.
    private mutating func bodyBefore(_ k: Int) -> Int? {
        let paragraph = view.doc.sentences[view.doc.sentenceIndex(ofToken: k)].paragraph
        let floor = view.doc.paragraphs[max(0, paragraph - Self.candidateParagraphs)].span.start
        var e = entityBefore(k)
        var looked = 0
        while e >= 0, looked < Self.candidateMentions, view.entities[e].span.start >= floor {
            let at = view.entityTokens[e].lowerBound
            let p = view.doc.sentences[view.doc.sentenceIndex(ofToken: at)].paragraph
            if !view.isHeading(paragraph: p), !isInDateline(at) {
                var body: Int? = nil
                if view.entities[e].type == .organization { body = index.actor(forEntity: e) }
                if view.entities[e].type == .location, index.actorOfEntity[e] >= 0,
                    index.drafts[index.actorOfEntity[e]].kind != .person
                {
                    body = index.actorOfEntity[e]
                }
                // A body described by another noun already ("l'agence") is not "la préfecture".
                if let d = body, !index.drafts[d].heads.isDisjoint(with: view.institutionNouns) { body = nil }
                if let body {
                    let s = view.doc.sentenceIndex(ofToken: at)
                    var isSubject = false
                    if case .phrase(let range) = subjectRef(ofSentence: s).kind {
                        isSubject = view.droppingDeterminers(range).lowerBound == at
                    }
                    if spokenActors.contains(body) || isSubject || index.drafts[body].occurrences.count > 1 {
                        return body
                    }
                }
            }
            e -= 1
            looked += 1
        }
        return nil
    }

    /// The complement that owns a cited text: "les informations **des autorités**", when the
    /// head is a document noun and the owner is itself a role or a body.
    private func documentOwner(_ range: Range<Int>) -> Range<Int>? {
        let documents = view.citedDocuments
        guard let first = range.first, documents.contains(tokens[first].norm) else { return nil }
        var k = first + 1
        while k < range.upperBound, !view.connectorLike(k) { k += 1 }
        guard k + 1 < range.upperBound, view.ownerConnectors.contains(tokens[k].norm)
        else { return nil }
        let owner = (k + 1)..<range.upperBound
        let ownerStart = view.droppingDeterminers(owner).lowerBound
        // "les résultats de l'étude": a cited text of a cited text is one document, not an owner.
        guard view.isRoleNoun(ownerStart) || view.institutionNouns.contains(tokens[ownerStart].norm),
            !documents.contains(tokens[ownerStart].norm)
        else {
            return nil
        }
        return owner
    }

    /// How many words of a phrase may stand before its head noun ("premier ministre", "haut
    /// responsable militaire").
    static let headReach = 3

    /// The first common noun of a phrase, lower-case: its head.
    private func headNoun(_ range: Range<Int>) -> String? {
        for i in range where tokens[i].kind == .word && view.entity(at: i) == nil {
            let n = tokens[i].norm
            if view.isDeterminer(i)
                || view.grammar.contains(.roleModifiers, n)
            {
                continue
            }
            return n
        }
        return nil
    }

    /// Whether a speaker's phrase describes someone unnamed by an indefinite determiner and a
    /// lower-case noun ("un fidèle de la maire", "une visiteuse venue de Rennes"), or picks one
    /// of a group ("un de ses proches", "l'une des victimes"). Bodies and documents are known by
    /// their nouns before this is asked.
    private func isIndefiniteDescription(_ range: Range<Int>) -> Bool {
        var k = range.lowerBound
        if k < range.upperBound, tokens[k].kind == .elision, view.isDeterminer(k) { k += 1 }  // "l'un"
        guard k + 1 < range.upperBound, speakerWords.indefiniteDeterminers.contains(tokens[k].norm) else {
            return false
        }
        k += 1
        if view.ownerConnectors.contains(tokens[k].norm) {
            // "un de ses proches", "une des victimes": the group's noun after its determiner.
            k += 1
            if k < range.upperBound, view.isDeterminer(k) { k += 1 }
        }
        // A phrase cut before a word of its own ("pour une courte | réplique : « … »") is no
        // description of someone; a subject is followed by its verb ("un de ses proches a
        // assuré", "une visiteuse confie").
        let next = range.upperBound
        let cut = next < tokens.count && tokens[next].kind == .word && !view.isFiniteVerb(next)
        guard k < range.upperBound, tokens[k].kind == .word, !tokens[k].isCapitalized,
            view.entity(at: k) == nil,
            !view.isDeterminer(k), !cut
        else { return false }
        // Someone, not something: a person or role noun among the first words ("un fidèle", "une
        // jeune visiteuse"); "une courte | réplique" names no one.
        return (k..<min(range.upperBound, k + Self.headReach)).contains(where: namesPerson)
    }

    /// Whether token `k` is a noun for a person or a role ("proches", "habitante", "ministre"),
    /// in the singular or the plural.
    private func namesPerson(_ k: Int) -> Bool {
        guard tokens[k].kind == .word else { return false }
        let n = tokens[k].norm
        func isPersonNoun(_ n: String) -> Bool {
            view.language.words.roleNouns[n] != nil || speakerWords.roleGenders[n] != nil
                || speakerWords.personNouns.contains(n)
        }
        return isPersonNoun(n) || singular(k).map(isPersonNoun) == true
    }

    /// Whether a phrase is a short definite description: "le ministère", "le nouveau gouvernement".
    private func isShortDefinite(_ range: Range<Int>) -> Bool {
        guard let first = range.first,
            view.grammar.contains(.definiteArticles, tokens[first].norm)
        else {
            return false
        }
        let connectors = view.ownerConnectors
        return range.count <= 4 && !range.contains { connectors.contains(tokens[$0].norm) }
    }

    /// The actor a pronoun at token `k` refers to: the subject or speaker of matching gender in
    /// the nearest sentences before it.
    mutating func referent(ofPronounAt k: Int, sentence: Int) -> Int? {
        let gender = pronounGender(tokens[k].norm)
        let paragraph = view.doc.sentences[sentence].paragraph
        var s = sentence
        while s >= 0, sentence - s <= 4, paragraph - view.doc.sentences[s].paragraph <= 1 {
            if view.isHeading(paragraph: view.doc.sentences[s].paragraph) {
                s -= 1
                continue
            }
            // The subject of an earlier sentence, or of this one when it stands before the pronoun
            // ("Les talibans ont visé l'hôtel car, selon eux, …").
            if s < sentence || subjectPrecedes(k, sentence: s), let d = subject(ofSentence: s),
                index.drafts[d].gender.agrees(with: gender)
            {
                return d
            }
            for said in spoken.reversed() {
                if said.sentence < s { break }
                // A quote later in the pronoun's own sentence is not what it refers back to
                // ("Elle se montre plus inquiète que « … »").
                if said.sentence == s, s < sentence || said.start < k,
                    index.drafts[said.actor].gender.agrees(with: gender)
                {
                    return said.actor
                }
            }
            s -= 1
        }
        // Fallback: the last person of matching gender named before the pronoun.
        var e = entityBefore(k)
        var looked = 0
        while e >= 0, looked < 200 {
            if view.entities[e].type == .person, !isInDateline(view.entityTokens[e].lowerBound),
                !view.isHeading(
                    paragraph: view.doc.sentences[
                        view.doc.sentenceIndex(ofToken: view.entityTokens[e].lowerBound)
                    ]
                    .paragraph)
            {
                let d = index.actor(forEntity: e)
                if index.drafts[d].gender.agrees(with: gender) { return d }
            }
            e -= 1
            looked += 1
        }
        return nil
    }

    /// How many tokens of the sentence after unattributed words the ranker reads for the
    /// inverted subject of a speech verb ("C'est ce qu'a raconté X").
    static let nextSpeakerReach = 12
    /// How many tokens before a pronoun the ranker looks for role nouns naming a known actor.
    static let roleMentionReach = 300
    /// How many paragraphs before the quote's own the ranker looks for candidates (a mention
    /// two or more paragraphs back weighs as `para2`). Three rather than two: the right speaker
    /// of words that continue a speaker's is more often among the candidates, and
    /// cross-validation over the tune sets gains by it (docs/accuracy.md, thirteenth session).
    static let candidateParagraphs = 3
    /// The most entity mentions the ranker looks at for one quote (keeps it linear).
    static let candidateMentions = 60

    /// Whether a phrase names its actor directly: it is a name, possibly after a determiner
    /// ("l'Azerbaïdjan", "Dmitri Peskov"), or holds a person's name ("le président de
    /// l'Assemblée Claude Bartolone"). Such a phrase in a cue's slot is not ranked.
    private func namesDirectly(_ range: Range<Int>) -> Bool {
        let lo = view.droppingDeterminers(range).lowerBound
        if lo < range.upperBound, view.entity(at: lo) != nil { return true }
        return range.contains { k in
            view.entity(at: k).map { view.entities[$0].type == .person && !isComplementName($0, in: range) }
                ?? false
        }
    }

    /// Whether a phrase is a person's name, possibly after a determiner or a title.
    private func isPersonName(_ range: Range<Int>) -> Bool {
        guard
            let first = range.first(where: {
                view.entity(at: $0).map { view.entities[$0].type == .person } ?? false
            })
        else { return false }
        // "Le jury, présidé par le cinéaste Kenji Moriwaki, a salué": a participle's agent is
        // named in the phrase, the phrase does not name that person.
        if (range.lowerBound..<first).contains(where: {
            view.grammar.contains(.agentPrepositions, tokens[$0].norm)
        }) {
            return false
        }
        return namesDirectly(range)
    }

    /// Whether a phrase is a body's name and nothing more, possibly after a determiner and
    /// before its abbreviation in brackets: "Île-de-France Mobilités (IDFM)", "la CGT".
    private func isBodyName(_ range: Range<Int>) -> Bool {
        let lo = view.droppingDeterminers(range).lowerBound
        guard lo < range.upperBound, let e = view.entity(at: lo), view.entities[e].type == .organization,
            view.entityTokens[e].lowerBound == lo
        else { return false }
        let end = view.entityTokens[e].upperBound
        if end >= range.upperBound { return true }
        // "(IDFM)": brackets right after the name, closing the phrase.
        return tokens[end].norm == "(" && tokens[range.upperBound - 1].norm == ")"
            && range.upperBound - end <= 4
    }

    /// Whether a phrase is the writer's own cited text: a first-person possessive before a cited
    /// document ("nos données", "notre enquête"), unlike "notre source".
    private func isWritersDocument(_ range: Range<Int>) -> Bool {
        guard range.count > 1, view.grammar.contains(.firstPersonPossessives, tokens[range.lowerBound].norm)
        else { return false }
        return headNoun((range.lowerBound + 1)..<range.upperBound).map { view.citedDocuments.contains($0) }
            ?? false
    }

    /// The organisation around `quote` that issued the source phrase `range` (the writer's own
    /// document, a possessive source), ranked among the candidates like any speaker; nil when the
    /// winner is no organisation the recogniser named, and then that ranking is no training sample.
    private mutating func issuingOrganisation(of range: Range<Int>, quote: FoundQuote, sentence: Int) -> Int?
    {
        let recorded = samples?.count ?? 0
        if let d = ranked(quote, sentence: sentence, pronoun: nil, named: (nil, range)),
            isIssuingOrganisation(d)
        {
            return d
        }
        samples?.removeSubrange(recorded...)
        return nil
    }

    /// Whether actor `d` is an organisation the recogniser named, which can issue a text of its own.
    private func isIssuingOrganisation(_ d: Int) -> Bool {
        index.drafts[d].kind == .organisation && index.actorOfEntity.contains(d)
    }

    /// Whether a phrase's head is a cited document ("le rapport final du BEA").
    private func isDocumentHeaded(_ range: Range<Int>) -> Bool {
        headNoun(view.droppingDeterminers(range)).map { view.documentNouns.contains($0) } ?? false
    }

    /// Whether the name `e`, the first inside a document's phrase headed at `head`, is the
    /// document's owner: the document's own complement or name ("le communiqué du ministère de
    /// l'Intérieur", "le site spécialisé Zataz"), or a body or person the complement's chain
    /// reaches ("une note de la direction **de Renault**", "le rapport d'experts **de l'ONU**");
    /// not a place further down the chain, which only locates the complement's head ("un rapport
    /// de la chambre régionale des comptes | Grand Est": the chamber's report, not the region's).
    private func ownsDocument(_ e: Int, of head: Int) -> Bool {
        view.entities[e].type != .location || isOwnComplement(e, of: head)
    }

    /// Whether the name `e` belongs to the noun at `head` itself: its complement, one connector
    /// right before the name or its determiners ("le communiqué du ministère de l'Intérieur",
    /// "le rapport annuel de l'ONU"), or its own name, no connector between ("le site spécialisé
    /// Zataz"); not a name inside a complement of the complement ("un rapport de la chambre
    /// régionale des comptes | Grand Est", "… des comptes de | Normandie").
    private func isOwnComplement(_ e: Int, of head: Int) -> Bool {
        let connectors = view.complementConnectors
        var k = view.entityTokens[e].lowerBound - 1
        while k > head, view.isDeterminer(k), !connectors.contains(tokens[k].norm) { k -= 1 }
        if k > head, connectors.contains(tokens[k].norm) { k -= 1 }
        return !(head...max(head, k)).contains { connectors.contains(tokens[$0].norm) }
    }

    /// Whether the person entity `e` inside a role phrase is the complement of the role, not
    /// its holder: "le porte-parole **de Vladimir Poutine**", "le porte-parole du président
    /// **Barack Obama**" (a connector before it, past role nouns and determiners), unlike "le
    /// président de l'Assemblée **Claude Bartolone**" or "le ministre **Manuel Valls**".
    private func isComplementName(_ e: Int, in range: Range<Int>) -> Bool {
        let connectors = view.complementConnectors
        var k = view.entityTokens[e].lowerBound - 1
        while k >= range.lowerBound {
            let n = tokens[k].norm
            // "un député cité par Bruzz": the agent of a participle is a complement too.
            if connectors.contains(n) || view.grammar.contains(.agentPrepositions, n) { return true }
            guard view.isRoleNoun(k) || view.isDeterminer(k) || view.grammar.contains(.roleModifiers, n)
            else {
                return false
            }
            k -= 1
        }
        return false
    }

    /// The speaker of a quote chosen by the ranker among the actors around it: mentioned or
    /// quoted nearby before it, named in its sentence (before or after the cue, in apposition
    /// to the phrase the cue names), the subjects of the sentences before, and the actor the
    /// cue's phrase names (`named`), if any; nil when "nobody" wins. `pronoun` is the pronoun
    /// that names the speaker; `context`, that the words continue a speaker's. With `decide`
    /// false the ranking is only recorded for training (a certain attribution was made).
    private mutating func ranked(
        _ quote: FoundQuote, sentence: Int, pronoun: Int?, context: Bool = false,
        named: (actor: Int?, range: Range<Int>)? = nil, decide: Bool = true
    ) -> Int? {
        if !decide && samples == nil { return nil }
        let anchor = min(
            quote.content.lowerBound, pronoun ?? quote.content.lowerBound, named?.range.lowerBound ?? Int.max)
        let paragraph = view.doc.sentences[sentence].paragraph
        let firstParagraph = max(0, paragraph - Self.candidateParagraphs)
        let floor = view.doc.paragraphs[firstParagraph].span.start
        // Each candidate with the offset of its last mention before the anchor.
        var last: [Int: Int] = [:]
        // The first token of that mention, for its distance in sentences and paragraphs.
        var lastToken: [Int: Int] = [:]
        var order: [Int] = []
        func add(_ d: Int, at offset: Int, token: Int) {
            if let known = last[d] {
                if offset > known {
                    last[d] = offset
                    lastToken[d] = token
                }
            } else {
                last[d] = offset
                lastToken[d] = token
                order.append(d)
            }
        }
        var e = entityBefore(anchor)
        var looked = 0
        while e >= 0, looked < Self.candidateMentions, view.entities[e].span.start >= floor {
            let type = view.entities[e].type
            let p = view.doc.sentences[view.doc.sentenceIndex(ofToken: view.entityTokens[e].lowerBound)]
                .paragraph
            if type == .person || type == .organization, !view.isHeading(paragraph: p),
                !isInDateline(view.entityTokens[e].lowerBound)
            {
                add(
                    index.actor(forEntity: e), at: view.entities[e].span.start,
                    token: view.entityTokens[e].lowerBound)
            }
            e -= 1
            looked += 1
        }
        // Names in the quote's own sentence, outside the quote, by their place relative to the cue
        // and to the phrase the cue names: "Sans mentionner de noms, Nick De Santis, le directeur
        // sportif, a affirmé que …", "« … », y compris …, commente Song Myung-Sup".
        var after: Set<Int> = []
        var inSentence: [Int: [String]] = [:]
        // The people a role in the cue's phrase belongs to ("le porte-parole de Vladimir
        // Poutine"): never its holder, so never a candidate.
        var complements: Set<Int> = []
        // The outlet the words were said to ("a appris l'AFP de source judiciaire", "a déclaré
        // X à l'AFP") relays them: never their speaker, so never a candidate.
        var relays: Set<Int> = []
        // Where a mention stands relative to the cue and to the phrase the cue names.
        func place(of mention: Range<Int>, actor d: Int) -> [String] {
            var f: [String] = []
            if let named, named.range.contains(mention.lowerBound) {
                // "le ministre Manuel Valls": a name inside the phrase.
                if named.actor != d {
                    let complement = view.entity(at: mention.lowerBound).map {
                        isComplementName($0, in: named.range)
                    }
                    if complement == true { complements.insert(d) } else { f.append("inphrase") }
                }
            } else if let named, isApposition(mention, to: named.range) {
                f.append("apposition")
            }
            if let cue = quote.cue {
                let distance =
                    mention.upperBound <= cue.lowerBound
                    ? cue.lowerBound - mention.upperBound : max(0, mention.lowerBound - cue.upperBound)
                f.append(mention.upperBound <= cue.lowerBound ? "beforecue" : "aftercue")
                f.append(
                    distance <= 1 ? "cue1" : distance <= 4 ? "cue4" : distance <= 10 ? "cue10" : "cuefar")
            }
            return f
        }
        let sentenceTokens = view.doc.sentences[sentence].tokens
        let start = max(sentenceTokens.lowerBound, quote.content.lowerBound - QuoteFinder.reach)
        let end = min(sentenceTokens.upperBound, quote.content.upperBound + QuoteFinder.reach)
        for e in view.peopleAndBodies(in: start..<max(start, end), skipping: quote.content) {
            let mention = view.entityTokens[e]
            guard !isInDateline(mention.lowerBound) else { continue }
            let d = index.actor(forEntity: e)
            if let via = quote.via, via.contains(mention.lowerBound) {
                relays.insert(d)
                continue
            }
            // "« … », a expliqué le porte-parole de la préfecture, la SNCF n'ayant pas souhaité
            // s'exprimer": the subject of an absolute participle clause after the cue speaks in
            // a clause of its own, not the words the cue reports.
            if isParticipleSubject(mention, after: quote.cue ?? quote.content) { continue }
            var f = place(of: mention, actor: d)
            if quote.cue == nil, mention.lowerBound >= quote.content.upperBound,
                followsSpeechVerb(mention.lowerBound)
            {
                // "« … », commente Song Myung-Sup": the inverted subject of a speech verb.
                f.append("invertedspeaker")
            }
            // "a été annoncé par X", "interrogée par l'AFP": the agent of a passive or a
            // participle, past a determiner.
            var before = mention.lowerBound - 1
            if before > 0, view.isDeterminer(before) { before -= 1 }
            if before >= 0, view.grammar.contains(.agentPrepositions, tokens[before].norm) {
                f.append("agent")
            }
            if mention.lowerBound >= quote.content.upperBound {
                if last[d] == nil { after.insert(d) }
            }
            if inSentence[d] == nil {
                inSentence[d] = f
            } else {
                inSentence[d]! += f.filter { !inSentence[d]!.contains($0) }
            }
            if last[d] == nil || after.contains(d) {
                add(d, at: view.entities[e].span.start, token: mention.lowerBound)
            }
        }
        // The sentence after the words: after their last sentence when they hold several ("« La
        // digue protège le bas de la ville et renvoie l'eau chez nous. On l'avait dit au conseil,
        // personne n'a écouté. » Patrice Simard, qui habite …", p220; p244, p390).
        let following =
            view.doc.sentenceIndex(ofToken: max(quote.content.lowerBound, quote.content.upperBound - 1)) + 1
        if quote.cue == nil, pronoun == nil, named == nil, !context, following < view.doc.sentences.count,
            view.doc.sentences[following].paragraph == paragraph
        {
            // "« … » C'est ce qu'a raconté Karim Benali": the inverted subject of a speech verb
            // at the start of the next sentence.
            let next = view.doc.sentences[following].tokens
            let reach = next.lowerBound..<min(next.upperBound, next.lowerBound + Self.nextSpeakerReach)
            for e in view.peopleAndBodies(in: reach) {
                let mention = view.entityTokens[e]
                guard followsSpeechVerb(mention.lowerBound) else { continue }
                let d = index.actor(forEntity: e)
                if last[d] == nil { after.insert(d) }
                inSentence[d, default: []].append("nextinverted")
                if last[d] == nil || after.contains(d) {
                    add(d, at: view.entities[e].span.start, token: mention.lowerBound)
                }
            }
        }
        // Words that open their paragraph (`nextnew`) or, later in it, their sentence
        // (`nextnewinside`: "Tous ne sont pas d'accord. « … » Julien Kerbrat, qui habite …").
        let opensParagraph = quote.content.lowerBound - view.doc.paragraphs[paragraph].tokens.lowerBound <= 2
        let opensSentence = quote.content.lowerBound - view.doc.sentences[sentence].tokens.lowerBound <= 2
        if quote.cue == nil, pronoun == nil, named == nil, following < view.doc.sentences.count,
            view.doc.sentences[following].paragraph == paragraph, opensParagraph || opensSentence,
            let d = subject(ofSentence: following), index.drafts[d].kind == .person,
            (index.drafts[d].occurrences.firstStart ?? 0) >= view.doc.sentences[following].span.start
        {
            // "« Je n'ai rien vu venir. » Julien Kerbrat, 34 ans, est encore sous le choc": words
            // that open a paragraph, then a person named for the first time as the subject of
            // the next sentence.
            if last[d] == nil { after.insert(d) }
            inSentence[d, default: []].append(opensParagraph ? "nextnew" : "nextnewinside")
            if last[d] == nil || after.contains(d) {
                add(
                    d, at: view.doc.sentences[following].span.start,
                    token: view.doc.sentences[following].tokens.lowerBound)
            }
        }
        if pronoun != nil {
            // A pronoun may name someone last mentioned by a role ("… a reçu le ministre. « … »,
            // a-t-il dit"): role nouns after a determiner in the window, for the actor known by
            // that role at that point.
            let from = max(
                view.doc.paragraphs[firstParagraph].tokens.lowerBound, anchor - Self.roleMentionReach)
            for k in from..<max(from, anchor)
            where k > 0 && (view.isRoleNoun(k) || view.institutionNouns.contains(tokens[k].norm))
                && view.isDeterminer(k - 1)
            {
                if view.entity(at: k) != nil || isInDateline(k) { continue }
                if let d = index.actor(withHead: tokens[k].norm, before: tokens[k].span.start) {
                    add(d, at: tokens[k - 1].span.start, token: k - 1)
                }
            }
        }
        if let d = named?.actor {
            add(d, at: tokens[named!.range.lowerBound].span.start, token: named!.range.lowerBound)
        }
        for said in spoken.reversed().prefix(Self.spokenReach) {
            let p = view.doc.sentences[said.sentence].paragraph
            if p < firstParagraph { break }
            add(
                said.actor, at: view.doc.sentences[said.sentence].span.start,
                token: view.doc.sentences[said.sentence].tokens.lowerBound)
        }
        var far: Int? = nil
        if let p = protagonist, last[p] == nil,
            let at = index.drafts[p].occurrences.lastStart(before: tokens[anchor].span.start)
        {
            far = p
            add(p, at: at, token: view.doc.firstToken(atOrAfter: at))
        }
        // Words in guillemets alone in their paragraph after a question, or right after a question
        // in guillemets: an answer, by whoever gave the answer before, else by the person the
        // title names, not by who asked. A question in guillemets after an answer: by who asked
        // before, not by who answered.
        let answer = named == nil && pronoun == nil && isAnswer(quote)
        let question = named == nil && pronoun == nil && isQuestion(quote)
        let asked = answer ? lastQuote?.actor : nil
        if answer || question {
            let offset = tokens[anchor].span.start
            for d
                in (answer ? [lastAnswerer].compactMap({ $0 }) + titlePeople : [lastAsker].compactMap({ $0 }))
            {
                if let at = index.drafts[d].occurrences.lastStart(before: offset) {
                    add(d, at: at, token: view.doc.firstToken(atOrAfter: at))
                }
            }
        }
        // The person the question before was put to ("« … ? », a-t-il demandé à l'expert.
        // « Non … »"): words nothing names answer it.
        let addressed = named == nil && pronoun == nil ? addressee(before: quote, sentence: sentence) : nil
        if let addressed {
            add(addressed.actor, at: tokens[addressed.token].span.start, token: addressed.token)
        }
        var subjects: [Int: Int] = [:]
        // The gender a body was last named with as a subject ("Le syndicat appelle à la grève.
        // Il réclame …" after "la CGT"): a pronoun agrees with that phrase, not the body's name.
        var phraseGender: [Int: Gender] = [:]
        func notePhraseGender(of d: Int, subjectOf s: Int) {
            if index.drafts[d].kind != .person, case .phrase(let range) = subjectRef(ofSentence: s).kind,
                let first = range.first, view.isDeterminer(first)
            {
                let g = view.grammar.gender(of: tokens[first].norm)
                if g != .unknown { phraseGender[d] = g }
            }
        }
        for back in 0...2 where sentence - back >= 0 {
            let s = sentence - back
            if view.doc.sentences[s].paragraph < firstParagraph { break }
            if view.isHeading(paragraph: view.doc.sentences[s].paragraph) { continue }
            if back == 0, !subjectPrecedes(anchor, sentence: s) { continue }
            if let d = subject(ofSentence: s), subjects[d] == nil {
                subjects[d] = back
                notePhraseGender(of: d, subjectOf: s)
                add(d, at: view.doc.sentences[s].span.start, token: view.doc.sentences[s].tokens.lowerBound)
                // A subject that is a role or a body, not a name: its place in the quote's sentence.
                if back == 0, inSentence[d] == nil, case .phrase(let range) = subjectRef(ofSentence: s).kind {
                    inSentence[d] = place(of: range, actor: d)
                }
            }
        }
        // "Le groupe X a renoué avec les bénéfices, a-t-il annoncé": words that open their
        // sentence and hold its subject, with the pronoun inverted after them; that subject,
        // often first named there, is a candidate the window before the words does not hold.
        var contentSubject: Int? = nil
        if let k = pronoun, k >= quote.content.upperBound,
            quote.content.lowerBound - view.doc.sentences[sentence].tokens.lowerBound <= 2,
            let d = subject(ofSentence: sentence)
        {
            contentSubject = d
            if phraseGender[d] == nil { notePhraseGender(of: d, subjectOf: sentence) }
            add(
                d, at: view.doc.sentences[sentence].span.start,
                token: view.doc.sentences[sentence].tokens.lowerBound)
        }
        let prefix = named != nil ? "a:" : pronoun != nil ? "p:" : context ? "c:" : "n:"
        let gender = pronoun.map { pronounGender(tokens[$0].norm) } ?? .unknown
        let plural =
            pronoun.map { view.pluralPronouns.contains(tokens[$0].norm) } ?? false
        let recency = order.sorted {
            (after.contains($0) ? 0 : 1, last[$0]!, -$0) > (after.contains($1) ? 0 : 1, last[$1]!, -$1)
        }
        // What sort of source the cue's phrase names (a body, a role, a document), for the
        // candidates of its kind: "l'agence a indiqué" names an organisation, not a person.
        // A cited document with an owner ("les données du ministère") names the owner's kind.
        let phraseKind = named.flatMap { n -> ActorKind? in
            let phrase = view.droppingDeterminers(n.range)
            return kind(ofPhrase: documentOwner(phrase).map(view.droppingDeterminers) ?? phrase)
        }
        .map(Self.kindClass)
        // A short definite description that made an actor of its own ("l'agence"), while such a
        // phrase refers back to one the article already named.
        let freshDefinite =
            named.map { n in
                n.actor.map { d in
                    // "le quotidien Ouest-France" names its body: no description.
                    isShortDefinite(n.range) && !n.range.contains(where: { view.entity(at: $0) != nil })
                        && (index.drafts[d].occurrences.firstStart ?? 0)
                            >= tokens[n.range.lowerBound].span.start
                } ?? false
            } ?? false
        // Where each candidate stands against the last words quoted, once per candidate (a
        // feature of its own and, for anyone first named since, a hint that the text may have
        // turned from their speaker). `[self]`: the resolver is copied once for the map, not once
        // per candidate (a copy per candidate was a third of the ranking on a long paragraph).
        let sinceLastQuote = recency.map { [self] in introducedSince($0, before: anchor) }
        let newcomer = sinceLastQuote.contains(["newsince"])
        let lastSpeakerContext = lastSpeakerContext(sentence: sentence)
        var candidates: [(actor: Int?, features: [String])] = []
        let main = protagonist
        for (rank, d) in recency.enumerated() {
            // The person a role in the cue's phrase belongs to never holds it: "le porte-parole
            // de Vladimir Poutine a déclaré" is not Vladimir Poutine speaking, whatever the
            // weights say (a fact of the structure, not a preference).
            if named?.actor != d, complements.contains(d) || relays.contains(d) { continue }
            // An outlet an earlier quote was given to is who listened, not who speaks next.
            if named?.actor != d, relayedBy.contains(d), !spokenActors.contains(d),
                Self.kindClass(index.drafts[d].kind) == "body"
            {
                continue
            }
            let draft = index.drafts[d]
            var f = ["bias", "kind=\(draft.kind.rawValue)"]
            let mention = last[d]!
            let mentionSentence = view.doc.sentences[sentence].span.start <= mention
            let mentionParagraph = view.doc.paragraphs[paragraph].span.start <= mention
            if after.contains(d) {
                f.append("after")
            } else {
                f.append(mentionSentence ? "samesentence" : mentionParagraph ? "sameparagraph" : "earlier")
                // Distance in sentences and in paragraphs.
                let s = view.doc.sentenceIndex(ofToken: lastToken[d]!)
                f.append("back\(min(max(0, sentence - s), 3))")
                f.append("para\(min(max(0, paragraph - view.doc.sentences[s].paragraph), 2))")
                // Last named inside someone's quoted words ("« … l'intervention des contrôleurs
                // de la SNCF … »"): talked about, seldom the one talking.
                if let k = lastToken[d], insideQuote[k], contentSubject != d {
                    f.append("inquote")
                }
            }
            if let named, named.actor == d {
                f.append("named")
                f.append(slot(of: named.range, in: quote))
                if quote.speaker.alias != nil { f.append("namedalias") }
                if freshDefinite { f.append("freshdefinite") }
                if unlexicalised { f.append("unlexicalised") }
            } else if freshDefinite, let own = named?.actor, !index.drafts[own].heads.isEmpty,
                describedByAnotherBodyNoun(draft, than: index.drafts[own].heads)
            {
                // "la préfecture" does not refer back to a body the article described by another
                // noun ("Météo France … a indiqué l'agence").
                f.append("otherbody")
            }
            if let phraseKind {
                f.append(Self.kindClass(draft.kind) == phraseKind ? "phrasekind+" : "phrasekind-")
            }
            f += inSentence[d] ?? []
            if let said = spoken.last, said.actor == d {
                f.append("lastspeaker")
                if newcomer { f.append("lastspeakernewcomer") }
                f += lastSpeakerContext
            }
            if spokenActors.contains(d) { f.append("spoke") }
            if addressed?.actor == d { f.append("addressee") }
            if let back = subjects[d] {
                f.append("subject\(back)")
                // The subject of a sentence after the last words quoted, who has not spoken since:
                // "Marie Le Goff, 45 ans, habite le quartier. « On n'a jamais vu ça »".
                if back > 0, sentence - back > (spoken.last?.sentence ?? -1), spoken.last?.actor != d {
                    f.append("subjectsince")
                }
            }
            if contentSubject == d { f.append("contentsubject") }
            f += sinceLastQuote[rank]
            if pronoun != nil {
                let named = phraseGender[d] ?? draft.gender
                // A role that tells the other gender than the name ("Le président de la
                // commission, Vitalie Rusnac"): the name's gender is no veto; the role's weighs
                // (`rolegender`, only then: where they agree, `gender+` already says it).
                let role = phraseGender[d] == nil && draft.kind == .person ? draft.roleGender : .unknown
                let conflict = role != .unknown && named != .unknown && role != named
                f.append(
                    conflict || named == Gender.unknown || gender == Gender.unknown
                        ? "gender?" : named == gender ? "gender+" : "gender-")
                if conflict, gender != .unknown { f.append(role == gender ? "rolegender+" : "rolegender-") }
                // Number: "ils" names a body or a group more often than one person.
                f.append((plural ? "plural-" : "singular-") + "kind=\(draft.kind.rawValue)")
                // A phrase with a plural determiner ("les syndicats") is named by "ils".
                if draft.plural { f.append(plural ? "number+" : "number-") }
            }
            if answer {
                if lastAnswerer == d { f.append("answerer") }
                if titlePeople.contains(d) { f.append("interviewee") }
                if asked == d { f.append("asked") }
                // A court or interview exchange whose title names no one: the person the article
                // is about answers, not who asked ("La présidente du tribunal, X, a déroulé les
                // relevés. « … ? » « Au début, … »", the accused named paragraphs before).
                if main == d, asked != d { f.append("answermain") }
            }
            if question {
                if lastAsker == d { f.append("asker") }
                if lastAnswerer == d { f.append("answered") }
                // The questions of such an exchange are seldom the protagonist's own.
                if main == d { f.append("askmain") }
            }
            if spoken.count >= 2, spoken[spoken.count - 2].actor == d, spoken.last!.actor != d {
                // Two speakers taking turns: the one before the last speaks again.
                f.append("alternation")
            }
            // A person the article introduced with a role in apposition ("son premier adjoint,
            // Karim Benali"): news names a speaker's office when it brings them in.
            if draft.kind == .person, draft.apposedRole, !draft.roles.isEmpty { f.append("roled") }
            if far == d { f.append("far") }
            if draft.occurrences.count == mostMentions { f.append("main") }
            candidates.append((d, Self.expanded(f, prefix: prefix)))
        }
        candidates.append((nil, Self.expanded(["nobody"], prefix: prefix)))
        var best = view.language.speakerRanker.best(of: candidates.map(\.features))
        // "« … », y compris …, commente X": words that nothing names, followed in their sentence
        // by a speech verb and its inverted subject, are that subject's: a certain attribution.
        var certain = false
        if named == nil, pronoun == nil, !context,
            let inverted = candidates.firstIndex(where: { $0.features.contains("invertedspeaker") })
        {
            best = inverted
            certain = true
        }
        if samples != nil {
            samples!.append(
                SpeakerSample(
                    quote: view.doc.span(tokens: quote.content),
                    candidates: candidates.map { c in
                        SpeakerSample.Candidate(
                            names: c.actor.map { d in
                                [index.drafts[d].name] + index.drafts[d].aliases + index.drafts[d].roles
                            } ?? [],
                            features: c.features)
                    },
                    ranked: decide && !certain))
        }
        return decide ? candidates[best].actor : nil
    }

    /// Why the last speaker may hold for the words of `sentence` (features of that candidate alone): how many
    /// paragraphs back the last words quoted stand (`lastquotepara0`, `1`, `2` for two or
    /// more), and whether the two last quotes are both that speaker's (`lastrun`: a run of
    /// quotes). The context speaker of words in the same paragraph, after a run of theirs,
    /// holds more surely than one paragraphs back. (Chosen by cross-validation over the tune
    /// sets; the quote opening its paragraph, the distance in sentences and the speaker named
    /// again since brought nothing, docs/accuracy.md.)
    private func lastSpeakerContext(sentence: Int) -> [String] {
        guard let said = spoken.last else { return [] }
        let gap = view.doc.sentences[sentence].paragraph - view.doc.sentences[said.sentence].paragraph
        var f = ["lastquotepara\(min(max(0, gap), 2))"]
        if spoken.count >= 2, spoken[spoken.count - 2].actor == said.actor { f.append("lastrun") }
        return f
    }

    /// The person a question was put to right before `quote`, in its sentence before it or in
    /// the sentence before within its paragraph: after a question verb and "à", a person's name
    /// or a role noun the article gave someone ("a-t-il demandé à l'expert", "a demandé à
    /// l'accusé s'il …"), with the token that names them.
    private mutating func addressee(before quote: FoundQuote, sentence: Int) -> (actor: Int, token: Int)? {
        let paragraph = view.doc.sentences[sentence].paragraph
        var from = view.doc.sentences[sentence].tokens.lowerBound
        if sentence > 0, view.doc.sentences[sentence - 1].paragraph == paragraph {
            from = view.doc.sentences[sentence - 1].tokens.lowerBound
        }
        let end = quote.content.lowerBound
        // At most `addresseeReach` tokens back: one run-on "sentence" of many quotes stays linear.
        from = max(from, end - Self.addresseeReach)
        var k = end - 1
        while k >= from, !speakerWords.questionVerbs.contains(tokens[k].norm) { k -= 1 }
        guard k >= from, k + 2 < end, view.grammar.contains(.recipientPrepositions, tokens[k + 1].norm),
            asksAQuestion(verb: k, from: from, end: end)
        else { return nil }
        var at = k + 2
        if view.isDeterminer(at), at + 1 < end { at += 1 }
        if let e = view.entity(at: at) {
            guard view.entities[e].type == .person, !insideQuote[at] else { return nil }
            return (index.actor(forEntity: e), at)
        }
        guard view.isRoleNoun(at) || speakerWords.personNouns.contains(tokens[at].norm) else { return nil }
        // The actor known by that role, else the person the description refers back to
        // ("l'expert" after "l'expert psychiatre, le docteur Jean Vidal").
        let head = tokens[at].norm
        let d =
            index.actor(withHead: head, before: tokens[at].span.start)
            ?? (at > k + 2 ? describedPerson((at - 1)..<(at + 1), lo: at, head: head) : nil)
        guard let d, index.drafts[d].kind == .person else { return nil }
        return (d, at)
    }

    /// How many tokens before a quote the search for the person a question was put to reads.
    static let addresseeReach = 80

    /// Whether the question verb at `verb` puts a real question: a question mark in the words
    /// before it ("« … ? », a-t-il demandé à l'expert"), or a word that opens an indirect question
    /// after it in its sentence ("a demandé à l'accusé s'il …", "… à la préfète pourquoi …"). An
    /// order ("a demandé à la préfète de rouvrir la route") puts none: its addressee does not
    /// answer.
    private func asksAQuestion(verb: Int, from: Int, end: Int) -> Bool {
        if (from..<verb).contains(where: { speakerWords.questionMarks.contains(tokens[$0].norm) }) {
            return true
        }
        let sentenceEnd = min(
            end, view.doc.sentences[view.doc.sentenceIndex(ofToken: verb)].tokens.upperBound)
        return (verb + 2..<max(verb + 2, sentenceEnd)).contains { i in
            speakerWords.questionOpeners.contains(tokens[i].norm)
                || (i + 1 < sentenceEnd
                    && speakerWords.questionOpeners.contains(tokens[i].norm + tokens[i + 1].norm))
        }
    }

    /// Where candidate `d` stands against the words quoted before (whoever said them): first
    /// named after them (`newsince`: "Un montant jugé dérisoire par Erdene, qui préside …
    /// « … », a-t-il réagi"), or named again after them (`since`), unless it spoke them. Not
    /// for the first quote of an article, nor for a mention inside the quote being ranked.
    private func introducedSince(_ d: Int, before anchor: Int) -> [String] {
        guard let before = lastQuote, let end = before.content.last, before.actor != d else { return [] }
        let after = tokens[end].span.end
        guard let next = index.drafts[d].occurrences.firstSpan(atOrAfter: after),
            next.start < tokens[anchor].span.start
        else { return [] }
        return [index.drafts[d].occurrences.firstStart == next.start ? "newsince" : "since"]
    }

    /// Whether `quote` is an answer: an interview's (see `isInterviewAnswer`), or words no cue names
    /// right after a question in quotation marks in the same paragraph or the one before ("« Et
    /// vous aviez pris de l'argent ? » / « Des avances. »").
    private mutating func isAnswer(_ quote: FoundQuote) -> Bool {
        if isInterviewAnswer(quote) { return true }
        guard isUnnamed(quote), !endsWithQuestion(quote.content), let before = lastQuote,
            endsWithQuestion(before.content)
        else { return false }
        return paragraph(of: quote.content.lowerBound) - paragraph(of: before.content.lowerBound) <= 1
    }

    /// Whether `quote` is words in guillemets a cue names right after a question in guillemets,
    /// in the same paragraph or the next: the answer of an exchange ("« Pourquoi … ? » « J'ai
    /// voulu … », répond-il").
    private func followsAQuestion(_ quote: FoundQuote) -> Bool {
        guard quote.kind == .direct, !quote.content.isEmpty, !endsWithQuestion(quote.content),
            let before = lastQuote, endsWithQuestion(before.content)
        else { return false }
        return paragraph(of: quote.content.lowerBound) - paragraph(of: before.content.lowerBound) <= 1
    }

    /// Whether `quote` is a question in an exchange: words no cue names, ending with a question
    /// mark, right after an answer or another quote in the same paragraph or the one before.
    private func isQuestion(_ quote: FoundQuote) -> Bool {
        guard isUnnamed(quote), endsWithQuestion(quote.content), let before = lastQuote else { return false }
        return paragraph(of: quote.content.lowerBound) - paragraph(of: before.content.lowerBound) <= 1
    }

    /// Whether no cue names who said `quote` (no attribution, or words continuing a speaker's).
    private func isUnnamed(_ quote: FoundQuote) -> Bool {
        guard quote.cue == nil, !quote.content.isEmpty else { return false }
        switch quote.speaker.kind {
        case .none, .context: return true
        default: return false
        }
    }

    /// Whether the words `content` end with a question mark.
    private func endsWithQuestion(_ content: Range<Int>) -> Bool {
        guard let last = content.last else { return false }
        return speakerWords.questionMarks.contains(tokens[last].norm)
    }

    /// The paragraph of token `k`.
    private func paragraph(of k: Int) -> Int {
        view.doc.sentences[view.doc.sentenceIndex(ofToken: k)].paragraph
    }

    /// Whether `quote` is an interview's answer: in an article shaped as an interview (see
    /// `isInterview`), words in quotation marks that no cue names and that fill their paragraph,
    /// right after a paragraph ending with a question mark (the outlet's question) that is no
    /// heading.
    private mutating func isInterviewAnswer(_ quote: FoundQuote) -> Bool {
        guard isInterview, quote.cue == nil, !quote.content.isEmpty else { return false }
        switch quote.speaker.kind {
        case .none, .context: break
        default: return false
        }
        let p = view.doc.sentences[view.doc.sentenceIndex(ofToken: quote.content.lowerBound)].paragraph
        guard p > 0, !view.isHeading(paragraph: p - 1) else { return false }
        let own = view.doc.paragraphs[p].tokens
        let before = view.doc.paragraphs[p - 1].tokens
        // The paragraph holds the quote and its marks (and a final stop), nothing else.
        guard quote.content.lowerBound - own.lowerBound <= 1, own.upperBound - quote.content.upperBound <= 2,
            let last = before.last
        else { return false }
        return speakerWords.questionMarks.contains(tokens[last].norm)
    }

    /// The class of an actor kind that a phrase's head noun can tell: a body, a person or
    /// group, a document.
    static func kindClass(_ kind: ActorKind) -> String {
        switch kind {
        case .organisation, .government: "body"
        case .document: "document"
        default: "person"
        }
    }

    /// A feature set with each feature both as it is (shared by every way a quote names its
    /// speaker) and under `prefix` (its own weight for this way).
    static func expanded(_ features: [String], prefix: String) -> [String] {
        features + features.map { prefix + $0 }
    }

    /// Where the phrase a cue names stands: after "selon" (an according quote), before the
    /// cue (its subject) or after it (inverted).
    private func slot(of range: Range<Int>, in quote: FoundQuote) -> String {
        if quote.kind == .according { return "slot=according" }
        guard let cue = quote.cue else { return "slot=none" }
        return range.lowerBound >= cue.upperBound ? "slot=inverted" : "slot=subject"
    }

    /// A role phrase whose complement goes on past a coordinator, then the person's name in
    /// apposition: "la ministre fédérale de l'Agriculture et de la Pêche, Hilde Vanmechelen,"
    /// (the phrase stopped at "et"). The whole role and the name's tokens, or nil.
    private func nameAfterCoordinatedComplement(of range: Range<Int>) -> (role: Range<Int>, name: Range<Int>)?
    {
        guard isRoleHeaded(range) else { return nil }
        let end = view.doc.sentences[view.doc.sentenceIndex(ofToken: range.lowerBound)].tokens.upperBound
        var k = range.upperBound
        guard k + 2 < end, view.grammar.contains(.coordinators, tokens[k].norm),
            view.complementConnectors.contains(tokens[k + 1].norm)
        else { return nil }
        k += 2
        while k < end, k - range.upperBound <= Self.coordinatedComplementLength, tokens[k].norm != ",",
            tokens[k].kind == .word || tokens[k].kind == .elision || view.entity(at: k) != nil
        {
            k += 1
        }
        guard k + 1 < end, tokens[k].norm == ",", let e = view.entity(at: k + 1),
            view.entityTokens[e].lowerBound == k + 1, view.entities[e].type == .person
        else { return nil }
        return (range.lowerBound..<k, view.entityTokens[e])
    }

    /// The phrase of a person tied to a body by an affiliation connector (`[affiliation-connectors]`
    /// of speaker-words.txt), when the cue's phrase holds only one side of it: the body, the
    /// person's noun standing before the connector ("Une source à | l'ARS Nouvelle-Aquitaine | a
    /// reconnu"), or the person, the body read as the words' relay after it ("a précisé | une
    /// source | au ministère de l'Économie", a body that opens with a lower-case institution noun:
    /// "a déclaré un porte-parole à l'AFP" keeps its relay). The person's side opens with a
    /// determiner and holds a person or role noun that is no body noun, in lower-case words; nil
    /// otherwise.
    private func affiliatedPerson(_ range: Range<Int>, via: Range<Int>?) -> Range<Int>? {
        guard !range.isEmpty else { return nil }
        if let start = personBeforeAffiliation(endingAt: range.lowerBound) {
            return start..<range.upperBound
        }
        guard let via, via.lowerBound > range.upperBound, isPersonSide(range),
            let connector = affiliationConnector(at: range.upperBound)
        else { return nil }
        var k = range.upperBound + connector
        while k < via.lowerBound, view.isDeterminer(k) { k += 1 }
        guard k == via.lowerBound, tokens[k].kind == .word, !tokens[k].isCapitalized,
            view.institutionNouns.contains(tokens[k].norm)
        else { return nil }
        return range.lowerBound..<via.upperBound
    }

    /// The number of tokens of the affiliation connector that starts at token `k`, if any.
    private func affiliationConnector(at k: Int) -> Int? {
        speakerWords.affiliationConnectors.first { reads($0, at: k) }?.count
    }

    /// Whether the tokens from `k` are the words `words`.
    private func reads(_ words: [String], at k: Int) -> Bool {
        k >= 0 && k + words.count <= tokens.count
            && words.indices.allSatisfy { tokens[k + $0].norm == words[$0] }
    }

    /// Where the person's side starts when an affiliation connector ends at token `end` (a
    /// determiner after it allowed) and a person's phrase stands before the connector.
    private func personBeforeAffiliation(endingAt end: Int) -> Int? {
        // A determiner may follow the connector ("à l'ARS"), and the connector may be one
        // itself ("au ministère").
        var c = end
        while c > 0 {
            for words in speakerWords.affiliationConnectors where c - words.count > 0 {
                let k = c - words.count
                guard reads(words, at: k) else { continue }
                var b = k
                while b > 0, k - b <= Self.headReach, !view.isDeterminer(b - 1) { b -= 1 }
                guard b > 0, view.isDeterminer(b - 1), isPersonSide((b - 1)..<k) else { return nil }
                return b - 1
            }
            guard view.isDeterminer(c - 1) else { return nil }
            c -= 1
        }
        return nil
    }

    /// Whether a phrase is a determiner and lower-case words, one a person or role noun that is no
    /// body noun ("une source", "un haut responsable"), and no name.
    private func isPersonSide(_ range: Range<Int>) -> Bool {
        guard let first = range.first, view.isDeterminer(first), range.count >= 2 else { return false }
        var person = false
        for k in range.dropFirst() {
            guard tokens[k].kind == .word, !tokens[k].isCapitalized, view.entity(at: k) == nil,
                !view.isDeterminer(k)
            else { return false }
            if namesPerson(k), !isBodyNoun(tokens[k].norm), !(singular(k).map(isBodyNoun) ?? false) {
                person = true
            }
        }
        return person
    }

    /// Whether a phrase is a determiner then a lower-case noun that is no name, pronoun, adverb,
    /// date or stop word, and no place nor document ("les écologistes", "les ayants droit"): a
    /// group that may speak though no lexicon lists its noun.
    private func isUnlexicalisedGroup(_ range: Range<Int>, cue: Range<Int>) -> Bool {
        guard let first = range.first, view.isDeterminer(first), range.count >= 2,
            !range.contains(where: { view.entity(at: $0) != nil })
        else { return false }
        // A subject before its verb opens its sentence or follows a mark ("Les écologistes, eux,
        // dénoncent"); after a word it is some complement's ("Pour une courte réplique : …").
        if range.upperBound <= cue.lowerBound, first > 0,
            tokens[first - 1].kind == .word || tokens[first - 1].kind == .elision
        {
            return false
        }
        let k = view.droppingDeterminers(range).lowerBound
        let t = tokens[k]
        return t.kind == .word && !speakerWords.pronominalAdjectives.contains(t.norm) && !t.isCapitalized
            && t.norm.count > 3 && !view.isAdverb(k)
            && !view.isDateWord(k)
            && !view.npStops.contains(t.norm) && !view.isFiniteVerb(k)
            && !view.citedDocuments.contains(t.norm)
            && !view.pluralPronouns.contains(t.norm)
    }

    /// How many words a coordinated complement of a role may hold ("et de la Pêche").
    static let coordinatedComplementLength = 8

    /// Whether a name stands in apposition to a phrase: right before it, or a few words after
    /// it behind a comma ("l'ambassadeur de France en Afghanistan, Bernard Bajolet").
    private func isApposition(_ mention: Range<Int>, to range: Range<Int>) -> Bool {
        if mention.upperBound <= range.lowerBound { return range.lowerBound - mention.upperBound <= 1 }
        guard mention.lowerBound >= range.upperBound,
            mention.lowerBound - range.upperBound <= Self.appositionGap
        else { return false }
        return mention.lowerBound == range.upperBound || tokens[mention.lowerBound - 1].norm == ","
    }

    /// How many words may separate a phrase from a name in apposition after it.
    static let appositionGap = 4

    /// The person a definite role phrase of the lead announces: the press names people by their
    /// role in the lead (the first paragraph that is no heading) and by name further on. The
    /// phrase opens with a definite article, its head noun is a role noun, it holds no name, and
    /// exactly one person of agreeing gender goes by a role of that head in the article, named
    /// first after the phrase; nil otherwise.
    private func leadHolder(_ range: Range<Int>, lo: Int, head: String) -> Int? {
        guard let first = range.first, view.grammar.contains(.definiteArticles, tokens[first].norm),
            !range.contains(where: { view.entity(at: $0) != nil }),
            let k = (lo..<range.upperBound).first(where: { tokens[$0].norm == head }), view.isRoleNoun(k)
        else { return nil }
        let paragraph = view.doc.sentences[view.doc.sentenceIndex(ofToken: first)].paragraph
        guard let lead = view.doc.paragraphs.indices.first(where: { !view.isHeading(paragraph: $0) }),
            paragraph == lead
        else { return nil }
        var gender = index.roleGender(lo..<range.upperBound)
        if gender == .unknown { gender = view.grammar.gender(of: tokens[first].norm) }
        guard let holder = index.soleHolder(withHead: head, agreeingWith: gender),
            (index.drafts[holder].occurrences.firstStart ?? 0) > tokens[range.upperBound - 1].span.end
        else { return nil }
        return holder
    }

    /// Whether the mention `mention`, after `cue`, is the subject of an absolute participle
    /// clause: a comma, at most a determiner, the mention, then a present participle
    /// (`TextView.opensParticipleClause`).
    private func isParticipleSubject(_ mention: Range<Int>, after cue: Range<Int>) -> Bool {
        guard mention.lowerBound > cue.upperBound, mention.upperBound < tokens.count else { return false }
        var before = mention.lowerBound - 1
        if before > cue.upperBound, view.isDeterminer(before) { before -= 1 }
        return before >= cue.upperBound && tokens[before].norm == ","
            && view.opensParticipleClause(at: mention.upperBound)
    }

    /// Whether a speech verb ends right before token `k` ("commente Song Myung-Sup").
    private func followsSpeechVerb(_ k: Int) -> Bool {
        let cues = CueFinder(view: view)
        for start in max(0, k - 3)..<k {
            if let cue = cues.cue(at: start, limit: k), cue.tokens.upperBound == k { return true }
        }
        return false
    }

    /// Whether the subject of sentence `s` ends before token `k`.
    private mutating func subjectPrecedes(_ k: Int, sentence s: Int) -> Bool {
        let ref = subjectRef(ofSentence: s)
        if isReadPastThePhraseFinder(ref) {
            // A name after an opening clause or a determiner: where that name ends. Reading it
            // depends on no earlier speaker, so it may be read before the quote is resolved.
            _ = subject(ofSentence: s)
            return subjectEnd[s].map { $0 <= k } ?? false
        }
        if case .phrase(let range) = ref.kind {
            return range.upperBound <= k
        }
        return false
    }

    /// The index of the last entity that starts before token `k`, or -1.
    private func entityBefore(_ k: Int) -> Int {
        let offset = tokens[k].span.start
        var lo = 0
        var hi = view.entities.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if view.entities[mid].span.start < offset { lo = mid + 1 } else { hi = mid }
        }
        return lo - 1
    }

    /// How the subject of sentence `s` is named.
    private mutating func subjectRef(ofSentence s: Int) -> SpeakerRef {
        if let known = subjectRefs[s] { return known }
        // "Mais la préfecture a interdit …", "Pourtant, le club …": the subject after an opening
        // coordinator or adverb.
        var range = view.doc.sentences[s].tokens
        while let first = range.first, range.count > 2,
            view.grammar.contains(.coordinators, tokens[first].norm)
                || view.adverbs.contains(tokens[first].norm)
        {
            range = (first + 1)..<range.upperBound
            if let comma = range.first, tokens[comma].norm == "," { range = (comma + 1)..<range.upperBound }
        }
        var ref = phrases.sentenceSubject(range)
        if let comma = stressedSubjectEnd(range) {
            // "L'entraîneur, lui, sourit …": the phrase before a stressed pronoun between commas.
            let before = phrases.sentenceSubject(range.lowerBound..<comma)
            if case .phrase = before.kind { ref = before }
        }
        subjectRefs[s] = ref
        return ref
    }

    /// The comma that ends the opening phrase of `range` when a stressed pronoun between commas
    /// follows it ("L'entraîneur, lui, sourit", "La coordinatrice de MSF, elle, refuse"), within
    /// `openingReach` tokens; nil otherwise. The pronoun stresses the phrase before it as the
    /// subject, which the phrase finder may not read past the commas.
    private func stressedSubjectEnd(_ range: Range<Int>) -> Int? {
        let commas = view.grammar.words(.commaMarks)
        let stressed = speakerWords.stressedPronouns
        for c in range.prefix(Self.openingReach) where commas.contains(tokens[c].norm) {
            if c > range.lowerBound, c + 2 < range.upperBound, stressed.contains(tokens[c + 1].norm),
                commas.contains(tokens[c + 2].norm)
            {
                return c
            }
        }
        return nil
    }

    /// The actor the subject of sentence `s` refers to, if it names one.
    private mutating func subject(ofSentence s: Int) -> Int? {
        if let known = subjectActor[s] { return known >= 0 ? known : nil }
        subjectActor[s] = -1
        let ref = subjectRef(ofSentence: s)
        var d: Int? = nil
        switch ref.kind {
        case .phrase(let range):
            if isInDateline(range.lowerBound) {
                // "PARIS (AFP) - Les syndicats …": the dateline is no subject.
            } else if let name = ref.alias, !namesDirectly(range), isPersonName(name), isRoleHeaded(range),
                !isDocumentHeaded(range)
            {
                // "Mme Durand, secrétaire générale du syndicat, a rencontré …": the name in
                // apposition is the subject, the role its role (as for a cue's phrase).
                d = actor(forPhrase: name, alias: range)
            } else if range.contains(where: { view.entity(at: $0) != nil }) || isRoleHeaded(range) {
                d = actor(forPhrase: range, alias: ref.alias)
            }
        case .pronoun(let k):
            d = referent(ofPronounAt: k, sentence: s)
        case .none:
            // "Mme Durand, secrétaire générale du syndicat, a rencontré …": a sentence that opens
            // with a person's name (after a title) has that person for subject when the phrase
            // finder read none.
            // "Son collègue Thomas Bernard, aide-soignant, partage …": after a determiner, up to
            // two nouns of what the person is.
            let honorifics = view.honorifics
            let end = view.doc.sentences[s].tokens.upperBound
            var k = max(view.doc.sentences[s].tokens.lowerBound, datelineEnd[view.doc.sentences[s].paragraph])
            if k < end, view.isDeterminer(k) {
                var next = k + 1
                while next < end, next - k <= 2, tokens[next].kind == .word, view.entity(at: next) == nil,
                    !tokens[next].isCapitalized, view.roleOfToken[next].isEmpty
                {
                    next += 1
                }
                if next > k + 1, next < end, view.entity(at: next) != nil { k = next }
            }
            while k < end, honorifics.contains(tokens[k].norm) { k += 1 }
            // "La FNSEA, premier syndicat agricole, a salué …": an organisation's name after a
            // determiner, then its apposition.
            let body =
                k < end && view.isDeterminer(k) && k + 1 < end
                && view.entity(at: k + 1).map {
                    view.entities[$0].type == .organization && view.entityTokens[$0].lowerBound == k + 1
                        && view.entityTokens[$0].upperBound < end
                        && tokens[view.entityTokens[$0].upperBound].norm == ","
                } == true
            if body { k += 1 }
            if k < end, let e = view.entity(at: k),
                view.entityTokens[e].lowerBound == k, view.entities[e].type == .person || body
            {
                d = index.actor(forEntity: e)
                subjectEnd[s] = view.entityTokens[e].upperBound
            }
        default:
            break
        }
        if d == nil, case .phrase(let range) = ref.kind, isReadPastThePhraseFinder(ref),
            !isInDateline(range.lowerBound)
        {
            // "Assise au dernier rang, Odette, 81 ans, a appris …": an opening clause the phrase
            // finder took for the subject, then a person named after its comma.
            d = personAfterOpening(range, sentence: s)
        }
        subjectActor[s] = d ?? -1
        return d
    }

    /// Whether the subject of a sentence whose phrase finder's subject is `ref` is read past it:
    /// none was found, or the phrase is an opening clause that names no one (no name, no role,
    /// no determiner: "Assise au dernier rang, …").
    private func isReadPastThePhraseFinder(_ ref: SpeakerRef) -> Bool {
        switch ref.kind {
        case .none: return true
        case .phrase(let range):
            guard let first = range.first else { return false }
            return !view.isDeterminer(first) && !range.contains(where: { view.entity(at: $0) != nil })
                && !isRoleHeaded(range)
        default: return false
        }
    }

    /// The person named right after the comma that ends an opening clause starting with
    /// `opening` (a participle or a preposition, no name in it), within `openingReach` tokens.
    private mutating func personAfterOpening(_ opening: Range<Int>, sentence s: Int) -> Int? {
        let end = view.doc.sentences[s].tokens.upperBound
        var c = opening.upperBound
        while c < end, c - opening.lowerBound < Self.openingReach, tokens[c].norm != ",",
            !view.isClauseBreak(c),
            view.entity(at: c) == nil
        {
            c += 1
        }
        guard c + 1 < end, tokens[c].norm == "," else { return nil }
        var k = c + 1
        let honorifics = view.honorifics
        while k < end, honorifics.contains(tokens[k].norm) { k += 1 }
        guard k < end, let e = view.entity(at: k), view.entityTokens[e].lowerBound == k,
            view.entities[e].type == .person
        else { return nil }
        subjectEnd[s] = view.entityTokens[e].upperBound
        return index.actor(forEntity: e)
    }

    /// The most tokens an opening clause before the subject holds ("Assise au dernier rang,").
    static let openingReach = 12

    private func isRoleHeaded(_ range: Range<Int>) -> Bool {
        let lo = view.droppingDeterminers(range).lowerBound
        guard let head = headNoun(lo..<range.upperBound) else { return false }
        if view.language.words.roleNouns[head] != nil || isBodyNoun(head)
            || speakerWords.personNouns.contains(head)
        {
            return true
        }
        // "le premier ministre", "la première secrétaire": a role noun after a word or two that
        // qualify it, before any complement.
        for k in (lo + 1)..<min(range.upperBound, lo + Self.headReach) {
            if view.connectorLike(k) || tokens[k].kind != .word || view.entity(at: k) != nil { break }
            if view.isRoleNoun(k) { return true }
        }
        // "les syndicats": a plural role or body noun, ending the phrase or followed by one word
        // ("les infirmières restent sceptiques" is a clause the phrase finder ran on into).
        guard let k = (lo..<range.upperBound).first(where: { tokens[$0].norm == head }),
            range.upperBound - k <= 2 || range.contains(where: { view.entity(at: $0) != nil }),
            let one = singular(k)
        else { return false }
        return view.language.words.roleNouns[one] != nil || speakerWords.roleGenders[one] != nil
            || isBodyNoun(one)
    }

    /// A plural phrase cut before a verb the phrase finder ran into: "les syndicats restent
    /// mobilisés" is "les syndicats" (`[plural-verb-endings]`).
    private func withoutPluralVerb(_ range: Range<Int>) -> Range<Int> {
        guard let first = range.first, speakerWords.pluralDeterminers.contains(tokens[first].norm) else {
            return range
        }
        // Only between the head and its complement: "les syndicats du département" stays whole.
        for k in (first + 2)..<max(first + 2, range.upperBound) {
            if tokens[k].kind != .word || view.connectorLike(k) || view.isDeterminer(k) { break }
            guard !tokens[k].isCapitalized, view.entity(at: k) == nil else { continue }
            let n = tokens[k].norm
            if speakerWords.pluralVerbEndings.contains(where: { n.hasSuffix($0) && n.count > $0.count + 2 }) {
                return first..<k
            }
        }
        return range
    }

    /// Whether the apposition `range` names someone: it holds a name, or its head is a role or
    /// body noun.
    private func namesSomeone(_ range: Range<Int>) -> Bool {
        // "Erdene, qui préside une association": a relative clause says what someone does, it
        // is no name (its "une association" would make Erdene a woman).
        if let first = range.first(where: { tokens[$0].isWordLike }),
            view.grammar.contains(.relativePronouns, tokens[first].norm)
        {
            return false
        }
        return range.contains { view.entity(at: $0) != nil } || isRoleHeaded(range)
    }

    /// Whether `noun` heads a phrase that names a body: an institution noun of the language or
    /// one of the `[speaking-bodies]` of speaker-words.txt ("département").
    private func isBodyNoun(_ noun: String) -> Bool {
        view.institutionNouns.contains(noun) || speakerWords.speakingBodies.contains(noun)
    }

    /// The singular of the plural noun at token `k` when it is a role or body noun the lists
    /// hold only in the singular ("syndicats" → "syndicat"); nil otherwise.
    private func singular(_ k: Int) -> String? {
        let n = tokens[k].norm
        guard tokens[k].kind == .word else { return nil }
        for ending in pluralEndings where n.hasSuffix(ending) && n.count > ending.count + 2 {
            let stem = String(n.dropLast(ending.count))
            if view.language.words.roleNouns[stem] != nil || speakerWords.roleGenders[stem] != nil
                || speakerWords.personNouns.contains(stem) || isBodyNoun(stem)
            {
                return stem
            }
        }
        return nil
    }

    /// `range` with the short complement that belongs to its role or body right after it: "le
    /// gouvernement tibétain **en exil**", "le président **en exercice**" (`[state-prepositions]`
    /// + `[state-nouns]` of speaker-words.txt).
    private func withStateComplement(_ range: Range<Int>) -> Range<Int> {
        let k = range.upperBound
        guard k + 1 < tokens.count, speakerWords.statePrepositions.contains(tokens[k].norm),
            speakerWords.stateNouns.contains(tokens[k + 1].norm), isRoleHeaded(range)
        else { return range }
        return range.lowerBound..<(k + 2)
    }

    private func pronounGender(_ norm: String) -> Gender { view.grammar.gender(of: norm) }
}
