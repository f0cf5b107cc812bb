/// Merges mentions of the same person or organisation into actors: names and surnames
/// ("Dmitri Peskov" = "Peskov"), acronyms and their expansion ("Union européenne" = "UE"),
/// and role phrases that the speaker resolver links to them ("porte-parole du Kremlin").
struct ActorIndex {
    /// An actor under construction.
    struct Draft {
        var name: String
        var nameWords: Int
        var type: EntityType
        var aliases: [String] = []
        var occurrences = OccurrenceList()
        var quotes = 0
        var gender: Gender = .unknown
        /// Head nouns of its role phrases and name ("ministère", "porte-parole").
        var heads: Set<String> = []
        /// Lower-case words of its names, for surname matching.
        var words: Set<String> = []
        var lastWord: String = ""
        var acronym: String = ""
        /// What sort of source it is.
        var kind: ActorKind = .person
        /// Role phrases the article gives it, without determiner ("premier ministre").
        var roles: [String] = []
        /// Whether it was named by a plural phrase ("les syndicats"): "ils" names it.
        var plural = false
        /// Whether a role stands in apposition to its name, a comma between them ("son premier
        /// adjoint, Karim Benali", "Karim Benali, premier adjoint").
        var apposedRole = false
        /// The gender its first role phrase that tells one gives it ("le président de la
        /// commission" → masculine), whatever its first name says; unknown when none does.
        var roleGender: Gender = .unknown
        /// Whether a phrase made it, not a name the recogniser found ("un porte-parole de l'UE"):
        /// such an actor is listed only once it is quoted.
        var fromPhrase = false
    }

    private(set) var drafts: [Draft] = []
    /// For each entity, the draft it belongs to, or -1.
    private(set) var actorOfEntity: [Int]
    private let view: TextView
    private let firstNames: FirstNames
    /// Lookup tables that keep merging linear in the number of mentions.
    private var byName: [String: Int] = [:]
    private var personBySurname: [String: Int] = [:]
    private var singleWordPerson: [String: Int] = [:]
    private var organizationByAcronym: [String: Int] = [:]
    private var singleWordOrganization: [String: Int] = [:]
    /// Organisations by the first word of their name, when it is a capitalised name of its own
    /// ("samsung" for "Samsung" and "Samsung Electronics"), not a common noun ("ministère").
    private var organizationByFirstWord: [String: Int] = [:]
    /// Organisations by the institution noun their name opens with ("commission" for "Commission
    /// européenne"), or -1 once two different ones open with it ("Union européenne", "Union
    /// africaine"): the capitalised noun alone ("la Commission") is then no one in particular.
    private var organizationByInstitutionHead: [String: Int] = [:]
    private var mentionsByHead: [String: HeadMentions] = [:]
    /// The person who holds each role phrase of the article ("premier ministre" → Ayrault), by
    /// normalised role text; set by a role written next to a name.
    private var roleHolders: [String: Int] = [:]
    /// For each shorter form of the roles in `roleHolders` (the words a longer role opens with:
    /// "ministre délégué" of "ministre délégué à l'industrie"), how many of those roles each actor
    /// holds: a shorter form looks up its holders here, not by a scan of every role.
    private var holdersByOpening: [String: [Int: Int]] = [:]
    private let entitiesByText: [String: [Int]]
    /// Words left out of acronyms ("de", "la").
    private let acronymParticles: Set<String>
    /// The person whose name follows the role phrase that starts at a token ("**ministre**
    /// délégué à l'Industrie, Antoine Lacombe"): a phrase that starts there is that person,
    /// wherever the phrase finder ends it.
    private(set) var namedByRoleAt: [Int: Int] = [:]
    /// How many tokens a role phrase next to a name may span.
    static let roleReach = 8

    init(view: TextView, firstNames: FirstNames) {
        self.view = view
        self.firstNames = firstNames
        acronymParticles = view.grammar.words(.acronymParticles)
        actorOfEntity = Array(repeating: -1, count: view.entities.count)
        var byText: [String: [Int]] = [:]
        for (e, entity) in view.entities.enumerated() { byText[entity.text, default: []].append(e) }
        entitiesByText = byText
        for (e, entity) in view.entities.enumerated()
        where entity.type == .person || entity.type == .organization {
            _ = actor(forEntity: e)
        }
        for (e, entity) in view.entities.enumerated() where entity.type == .person {
            if let role = roleBefore(e) {
                addRole(role, to: actorOfEntity[e])
                namedByRoleAt[role.lowerBound] = actorOfEntity[e]
                if view.tokens[role.upperBound].norm == "," { markApposedRole(of: actorOfEntity[e]) }
                // "Le commissaire européen à l'Énergie, l'Irlandais X": a role in apposition to the
                // role that stands before the name is the same person's.
                if let outer = roleApposed(before: role) {
                    addRole(outer, to: actorOfEntity[e])
                    namedByRoleAt[outer.lowerBound] = actorOfEntity[e]
                    markApposedRole(of: actorOfEntity[e])
                }
            }
            if let role = roleAfter(e) {
                addRole(role, to: actorOfEntity[e])
                markApposedRole(of: actorOfEntity[e])
            }
        }
        for (e, entity) in view.entities.enumerated() where entity.type == .organization {
            if let (phrase, head) = bodyAfter(e) { addAlias(phrase, to: actorOfEntity[e], head: head) }
        }
    }

    /// A body noun phrase in apposition right after an organisation's name: "France Assureurs,
    /// la fédération professionnelle du secteur," — "la fédération" alone, later, is that body.
    /// The phrase opens with a determiner and a lower-case body noun and runs to the next comma or
    /// clause end within `roleReach` words, holding no verb nor relative; nil otherwise.
    private func bodyAfter(_ e: Int) -> (phrase: Range<Int>, head: String)? {
        let tokens = view.tokens
        let start = view.entityTokens[e].upperBound + 1
        guard start + 1 < tokens.count, tokens[start - 1].norm == ",", view.isDeterminer(start),
            !view.language.speakerWords.pluralDeterminers.contains(tokens[start].norm)
        else { return nil }
        let noun = tokens[start + 1]
        let speakerWords = view.language.speakerWords
        guard noun.kind == .word, !noun.isCapitalized, view.entity(at: start + 1) == nil,
            view.institutionNouns.contains(noun.norm) || speakerWords.bodyClassifiers.contains(noun.norm)
                || speakerWords.speakingBodies.contains(noun.norm)
        else { return nil }
        var end = start + 2
        while end < tokens.count, end - start <= Self.roleReach, tokens[end].norm != ",",
            !view.isClauseBreak(end)
        {
            let t = tokens[end]
            if view.roleOfToken[end].contains(.auxiliary) || view.roleOfToken[end].contains(.cueHead)
                || view.grammar.contains(.relativePronouns, t.norm) || t.kind == .openQuote
                || view.grammar.contains(.coordinators, t.norm)
            {
                return nil
            }
            end += 1
        }
        guard end < tokens.count, end - start <= Self.roleReach else { return nil }
        return (start..<end, noun.norm)
    }

    /// Records that actor `d` (when one) has a role in apposition to its name.
    private mutating func markApposedRole(of d: Int) {
        if d >= 0 { drafts[d].apposedRole = true }
    }

    /// A role phrase written right before a person's name: "le président de l'Assemblée
    /// Claude Bartolone", "la ministre Cécile Duflot". It starts with a determiner or the
    /// role noun itself, and its first noun is a role noun.
    private func roleBefore(_ e: Int) -> Range<Int>? {
        let name = view.entityTokens[e]
        var b = name.lowerBound
        // "le chef du gouvernement français, M. Ayrault": a title and a comma may stand between.
        let honorifics = view.honorifics
        let complements = view.complementConnectors
        while b > 0, name.lowerBound - b < 2, honorifics.contains(view.tokens[b - 1].norm) { b -= 1 }
        if b > 0, view.tokens[b - 1].norm == "," { b -= 1 }
        let nameStart = b
        // "le porte-parole de Vladimir Poutine": the name is the role's complement, not its holder;
        // "un député cité par X": X is the participle's agent.
        if b > 0,
            complements.contains(view.tokens[b - 1].norm)
                || view.grammar.contains(.agentPrepositions, view.tokens[b - 1].norm)
        {
            return nil
        }
        return role(endingAt: nameStart, floor: max(sentenceStart(of: name.lowerBound), b - Self.roleReach))
    }

    /// The role phrase that ends at token `end` (a name, or the comma of an apposition, stands
    /// there), read back to `floor` at most: its first noun is a role noun, it holds no verb, and
    /// it starts after a determiner or at the role noun itself. A person's name inside it is
    /// the complement of its noun when a comma stands at `end` ("l'avocate de la famille
    /// Chartier, Me X"); without the comma, a name ends the phrase.
    private func role(endingAt nameStart: Int, floor: Int) -> Range<Int>? {
        let complements = view.complementConnectors
        let owners = view.ownerConnectors
        let apposed = nameStart < view.tokens.count && view.tokens[nameStart].norm == ","
        var b = nameStart
        var role: Int? = nil
        while b > floor {
            let t = view.tokens[b - 1]
            guard t.kind == .word || t.kind == .elision || view.entity(at: b - 1) != nil else { break }
            if let p = view.entity(at: b - 1), view.entities[p].type == .person {
                // "l'avocate de la famille Chartier, Me X": the name is the complement of a noun
                // after "de"; read on before it.
                guard apposed, let opener = complementOpener(before: view.entityTokens[p].lowerBound),
                    opener > floor
                else { break }
                b = opener
                continue
            }
            // A role phrase holds no verb: "le poste de ministre des Finances a été confié au
            // banquier X" gives X the role "banquier", not "ministre des Finances a été confié…".
            if view.roleOfToken[b - 1].contains(.auxiliary)
                || (view.roleOfToken[b - 1].contains(.cueHead) && !view.isRoleNoun(b - 1))
            {
                break
            }
            b -= 1
            // "l'Espagnol Carlos Alcaraz": a capitalised nationality noun right before the name
            // is a role too ("l'Espagnol", later, is the same person).
            if view.isRoleNoun(b)
                || (b == nameStart - 1 && !apposed && isNationalityNoun(b) && b > 0
                    && view.grammar.contains(.definiteArticles, view.tokens[b - 1].norm))
            {
                role = b
            }
            // "son représentant dans l'entreprise, le commandant X": in an apposition, a
            // determiner after a role noun and a preposition other than "de" or "à" opens the
            // role's complement; a role noun read in it ("entreprise") is not the role's
            // ("interrogée par l'avocate": after a participle, the phrase is the role).
            if apposed, view.isDeterminer(b), b > 1, !complements.contains(view.tokens[b - 1].norm),
                view.grammar.contains(.complementPrepositions, view.tokens[b - 1].norm),
                view.isRoleNoun(b - 2)
            {
                role = nil
                continue
            }
            // "l'avocat des parents de la victime, Me X": a determiner after "de" opens a
            // complement, not the role phrase.
            if view.isDeterminer(b), !complements.contains(view.tokens[b].norm),
                b == 0 || !complements.contains(view.tokens[b - 1].norm), let r = role
            {
                return (b + 1 <= r ? b + 1 : r)..<nameStart
            }
            // "a donné la parole à son premier adjoint, X": a role noun already found after "à"
            // is where the role starts; what stands before it is another phrase ("la compagne
            // de l'accusé, X" goes on: she is the companion, not the accused).
            if view.isDeterminer(b), b > 0, complements.contains(view.tokens[b - 1].norm),
                !owners.contains(view.tokens[b - 1].norm), let r = role
            {
                return (b + 1 <= r ? b + 1 : r)..<nameStart
            }
        }
        return role.map { $0..<nameStart }
    }

    /// Where the complement that holds a person's name starting at token `start` opens: the
    /// connector "de" right before the name ("de Kévin Doublet"), or before a determiner and a
    /// lower-case noun ("de la famille Chartier"); nil when no connector stands there.
    private func complementOpener(before start: Int) -> Int? {
        let owners = view.ownerConnectors
        var k = start - 1
        if k > 0, view.tokens[k].kind == .word, !view.tokens[k].isCapitalized, view.entity(at: k) == nil,
            !owners.contains(view.tokens[k].norm)
        {
            k -= 1
            if k > 0, view.isDeterminer(k), !owners.contains(view.tokens[k].norm) { k -= 1 }
        }
        return k >= 0 && owners.contains(view.tokens[k].norm) ? k : nil
    }

    /// A role phrase in apposition right before the role phrase `inner` that precedes a name: "le
    /// commissaire européen à l'Énergie, | l'Irlandais X", "son représentant dans l'entreprise, |
    /// le commandant de bord X". The outer phrase ends at the comma before `inner`'s determiner,
    /// opens with a determiner in the same sentence (not "de": "au premier rang des parties
    /// civiles, la sœur de X" gives the sister no other role), is not one item of a list (no
    /// comma nor coordinator before it) and is no preposition's object ("selon le procureur, |
    /// l'avocat X", "interrogé par la juge, | l'avocat X": another person); nil otherwise.
    private func roleApposed(before inner: Range<Int>) -> Range<Int>? {
        var opener = inner.lowerBound
        if opener > 0, view.isDeterminer(opener - 1) { opener -= 1 }
        let comma = opener - 1
        let floor = sentenceStart(of: inner.lowerBound)
        guard comma > floor, view.tokens[comma].norm == ",",
            !view.complementConnectors.contains(view.tokens[comma - 1].norm),
            let outer = role(endingAt: comma, floor: max(floor, comma - Self.roleReach)),
            outer.lowerBound > floor, view.isDeterminer(outer.lowerBound - 1),
            !view.complementConnectors.contains(view.tokens[outer.lowerBound - 1].norm)
        else { return nil }
        let before = outer.lowerBound - 1 > floor ? view.tokens[outer.lowerBound - 2].norm : ""
        guard before != ",", !view.grammar.contains(.coordinators, before),
            !isPrepositionObject(determiner: outer.lowerBound - 1, floor: floor)
        else { return nil }
        return outer
    }

    /// Whether the phrase whose determiner stands at token `det` is the object of a preposition:
    /// one stands right before it ("par la juge", "dans le dossier"), the determiner is one
    /// ("au", "aux"), or an according opener ends right before or with it ("selon", "d'après",
    /// "aux yeux du"). Nothing before `floor` counts.
    private func isPrepositionObject(determiner det: Int, floor: Int) -> Bool {
        let grammar = view.grammar
        func isPreposition(_ k: Int) -> Bool {
            let w = view.tokens[k].norm
            return grammar.contains(.complementPrepositions, w) || grammar.contains(.agentPrepositions, w)
                || grammar.contains(.conditionPrepositions, w)
        }
        if isPreposition(det) || (det > floor && isPreposition(det - 1)) { return true }
        for end in [det, det + 1] {
            for start in stride(from: end - 1, through: max(floor, end - Self.openerReach), by: -1) {
                if let opener = view.opener(grammar.according, at: start, limit: end),
                    opener.tokens.count == end - start
                {
                    return true
                }
            }
        }
        return false
    }

    /// How many tokens an according opener may span ("de l'aveu même du").
    private static let openerReach = 6

    /// A role phrase in apposition right after a person's name: "Jean-Marc Ayrault, le premier
    /// ministre,", "Dmitri Peskov, porte-parole du Kremlin".
    private func roleAfter(_ e: Int) -> Range<Int>? {
        let name = view.entityTokens[e]
        var k = name.upperBound
        guard k + 1 < view.tokens.count, view.tokens[k].norm == "," else { return nil }
        k += 1
        let start = k
        while k < view.tokens.count, k - start < 3, view.isDeterminer(k) || !view.isRoleNoun(k),
            view.tokens[k].kind == .word
        {
            // "Carole Delga, et le maire de Toulouse": a coordinated person, not a role.
            if view.grammar.contains(.coordinators, view.tokens[k].norm) { return nil }
            // "Erdene, qui préside une association": a relative clause, not a role.
            if view.grammar.contains(.relativePronouns, view.tokens[k].norm) { return nil }
            // "Antoine Lacombe, a été nommé ministre": a verb phrase, not a role; "Kepler
            // Cheuvreux, selon lesquels le groupe": a preposition's clause, not a role.
            if view.isFiniteVerb(k) || (view.npStops.contains(view.tokens[k].norm) && !view.isDeterminer(k)) {
                return nil
            }
            k += 1
        }
        guard k < view.tokens.count, view.isRoleNoun(k) else { return nil }
        var end = k + 1
        while end < view.tokens.count, end - start < Self.roleReach,
            view.tokens[end].kind == .word || view.tokens[end].kind == .elision || view.entity(at: end) != nil
        {
            if view.entity(at: end).map({ view.entities[$0].type == .person }) == true { break }
            end += 1
        }
        // "climatologue à l'Institut …" cut at the reach does not end on "à l'".
        while end > k + 1,
            view.isDeterminer(end - 1) || view.tokens[end - 1].kind == .elision
                || view.npStops.contains(view.tokens[end - 1].norm) || view.connectorLike(end - 1)
        {
            end -= 1
        }
        return view.droppingDeterminers(start..<end)
    }

    /// Whether token `k` is a capitalised nationality noun ("Serbe", "Espagnole").
    func isNationalityNoun(_ k: Int) -> Bool {
        view.tokens[k].kind == .word && view.tokens[k].isCapitalized
            && view.language.speakerWords.isDemonym(view.tokens[k].norm)
    }

    /// Records `range` as a role of actor `d`: its text is kept in `roles` and names the actor
    /// wherever the role stands alone.
    mutating func addRole(_ range: Range<Int>, to d: Int) {
        let text = phraseName(range)
        guard !text.isEmpty, !isTitleOnly(range) else { return }
        if !drafts[d].roles.contains(text) { drafts[d].roles.append(text) }
        if drafts[d].kind == .person, drafts[d].roleGender == .unknown {
            drafts[d].roleGender = roleGender(range)
            if drafts[d].gender == .unknown { drafts[d].gender = drafts[d].roleGender }
        }
        // "le ministre" alone, later, is the person named with "le ministre de la Justice".
        if let k = range.first(where: { view.isRoleNoun($0) }) { addHead(view.tokens[k].norm, to: d) }
        // The last holder named wins: "le premier ministre" is the one of the article's time;
        // "le chef du gouvernement" names the same office (`[role-synonyms]`).
        let office = view.language.speakerWords.office(text)
        let previous = roleHolders.updateValue(d, forKey: office)
        if previous != d {
            if let previous { countOpenings(of: office, holder: previous, by: -1) }
            countOpenings(of: office, holder: d, by: 1)
        }
    }

    /// Adds `change` to the count of roles that `holder` holds under each shorter form of
    /// `office` (its words up to each space), dropping counts that fall to zero.
    private mutating func countOpenings(of office: String, holder: Int, by change: Int) {
        for space in office.indices where office[space] == " " {
            let opening = String(office[..<space])
            let count = holdersByOpening[opening, default: [:]][holder, default: 0] + change
            holdersByOpening[opening, default: [:]][holder] = count > 0 ? count : nil
            if holdersByOpening[opening]?.isEmpty == true { holdersByOpening[opening] = nil }
        }
    }

    /// The gender a role phrase gives its holder: that of its first role noun ("la chancelière",
    /// "la ministre" by its determiner), unknown when it tells none.
    func roleGender(_ range: Range<Int>) -> Gender {
        for k in range where view.tokens[k].kind == .word {
            let n = view.tokens[k].norm
            if let g = view.language.speakerWords.roleGenders[n] { return g }
            if let g = view.language.words.roleNouns[n] {
                return g != .unknown ? g : determinerGender(before: k)
            }
            if isNationalityNoun(k) {
                let g = view.language.speakerWords.demonymGender(n)
                return g != .unknown ? g : determinerGender(before: k)
            }
        }
        return .unknown
    }

    /// The person who holds the role phrase `range` in the article, if a name was given with it:
    /// with the same office, or with a longer role that opens with the phrase's words and so
    /// subsumes it ("le commissaire européen" after "le commissaire européen à l'Énergie, X"),
    /// when one person alone holds such a role. A single noun ("le ministre") is left to the
    /// mentions by head noun, which weigh recency and gender.
    func holder(ofRole range: Range<Int>) -> Int? {
        let office = view.language.speakerWords.office(phraseName(range))
        if let d = roleHolders[office] { return d }
        guard office.contains(" "), let holders = holdersByOpening[office], holders.count == 1 else {
            return nil
        }
        return holders.first?.key
    }

    /// The key under which a name is looked up: persons apart from the rest.
    private static func nameKey(_ name: String, _ type: EntityType) -> String {
        (type == .person ? "P|" : "O|") + normalizedName(name)
    }

    /// The existing actor a mention of entity `e` belongs to, if any.
    private func match(_ e: Int, words: [String]) -> Int? {
        let entity = view.entities[e]
        let tokens = view.entityTokens[e]
        if let d = byName[Self.nameKey(entity.text, entity.type)] { return d }
        if entity.type == .person {
            // A surname alone, or a full name whose surname is already known alone.
            if words.count == 1, let d = personBySurname[words[0]] { return d }
            if words.count > 1, let last = words.last, let d = singleWordPerson[last] { return d }
            // "B. Obama" after "Barack Obama": an initial that matches the first name.
            let initial = words.first.map { $0.hasSuffix(".") ? String($0.dropLast()) : $0 } ?? ""
            if words.count == 2, initial.count == 1, let d = personBySurname[words[1]],
                drafts[d].nameWords > 1, CharClass.lowercased(drafts[d].name).hasPrefix(initial)
            {
                return d
            }
            return nil
        }
        if entity.type == .organization {
            if words.count == 1, view.tokens[tokens.lowerBound].isAllCaps,
                let d = organizationByAcronym[words[0].uppercased()]
            {
                return d
            }
            if words.count > 1,
                let d = singleWordOrganization[Self.acronym(of: words, skipping: acronymParticles)]
            {
                return d
            }
            // "Samsung Electronics" after "Samsung": a longer name that opens with a known one-word
            // name (two longer names that share a first word, "Union européenne" and "Union
            // africaine", stay apart).
            if words.count > 1, let d = singleWordOrganization[words[0].uppercased()],
                drafts[d].nameWords == 1,
                organizationByFirstWord[words[0]] == nil || organizationByFirstWord[words[0]] == d
            {
                return d
            }
            if words.count == 1, let d = organizationByFirstWord[words[0]], drafts[d].nameWords > 1,
                view.tokens[tokens.lowerBound].isCapitalized, !view.tokens[tokens.lowerBound].isAllCaps
            {
                return d
            }
            // "la Commission" after "la Commission européenne": the capitalised institution noun
            // alone is the one body of the article whose name opens with it.
            if words.count == 1, let d = organizationByInstitutionHead[words[0]], d >= 0,
                view.tokens[tokens.lowerBound].isCapitalized, !view.tokens[tokens.lowerBound].isAllCaps
            {
                return d
            }
            // "Nouvelle Démocratie (ND)": an acronym in brackets right after its expansion.
            if tokens.lowerBound >= 2, view.tokens[tokens.lowerBound - 1].norm == "(",
                view.tokens[tokens.lowerBound].isAllCaps,
                let previous = view.entity(at: tokens.lowerBound - 2),
                actorOfEntity[previous] >= 0
            {
                return actorOfEntity[previous]
            }
            // "Fédération congolaise de football association (Fécofa)": a one-word name in
            // brackets after an organisation's name that the recogniser cut before lower-case words.
            if words.count == 1, let d = expansion(beforeBracketAt: tokens.lowerBound - 1) { return d }
        }
        return nil
    }

    /// The organisation whose name ends at most two lower-case words before the opening bracket
    /// at `open` ("Fédération congolaise de football | association (Fécofa)"): the words between
    /// are the end of its name that the recogniser cut; nil when anything else stands between.
    private func expansion(beforeBracketAt open: Int) -> Int? {
        guard open >= 2, view.tokens[open].norm == "(" else { return nil }
        var k = open - 1
        while k > 0, open - k <= 2, view.entity(at: k) == nil {
            let t = view.tokens[k]
            guard t.kind == .word, !t.isCapitalized, !view.isDeterminer(k), !view.connectorLike(k),
                !view.npStops.contains(t.norm), !view.isFiniteVerb(k)
            else { return nil }
            k -= 1
        }
        guard k < open - 1, let e = view.entity(at: k), view.entityTokens[e].upperBound == k + 1,
            view.entities[e].type == .organization, actorOfEntity[e] >= 0
        else { return nil }
        return actorOfEntity[e]
    }

    /// Files draft `d` under `name` (made of `words`) in the lookup tables.
    private mutating func register(_ d: Int, name: String, words: [String], type: EntityType) {
        byName[Self.nameKey(name, type)] = byName[Self.nameKey(name, type)] ?? d
        guard let last = words.last else { return }
        if type == .person {
            if words.count == 1 { singleWordPerson[last] = singleWordPerson[last] ?? d }
            personBySurname[last] = personBySurname[last] ?? d
        } else if type == .organization {
            if words.count == 1 {
                singleWordOrganization[last.uppercased()] = singleWordOrganization[last.uppercased()] ?? d
            }
            if words.count > 1 {
                let acronym = Self.acronym(of: words, skipping: acronymParticles)
                organizationByAcronym[acronym] = organizationByAcronym[acronym] ?? d
            }
            if words.count > 1, let first = words.first, !view.institutionNouns.contains(first),
                !acronymParticles.contains(first),
                !view.language.words.roleNouns.keys.contains(first)
            {
                organizationByFirstWord[first] = organizationByFirstWord[first] ?? d
            }
            if words.count > 1, let first = words.first, view.institutionNouns.contains(first) {
                let known = organizationByInstitutionHead[first]
                organizationByInstitutionHead[first] = known == nil || known == d ? d : -1
            }
        }
    }

    private mutating func addHead(_ head: String, to d: Int) {
        if drafts[d].heads.insert(head).inserted {
            mentionsByHead[head, default: HeadMentions()].add(
                actor: d, starts: drafts[d].occurrences.lazy.map(\.start))
        }
    }

    /// Adds a mention to actor `d`, and to the mentions of each role noun it goes by.
    private mutating func appendOccurrence(_ span: Span, to d: Int) {
        drafts[d].occurrences.append(span)
        for head in drafts[d].heads { mentionsByHead[head]?.addMention(at: span.start, of: d) }
    }

    /// The actor of entity `e`, made if it does not exist yet.
    mutating func actor(forEntity e: Int) -> Int {
        if actorOfEntity[e] >= 0 { return actorOfEntity[e] }
        let entity = view.entities[e]
        let tokens = view.entityTokens[e]
        if isSectionTitle(e) {
            // A bare draft: no mention, no name to merge others into; only a quote would list it.
            var draft = Draft(name: entity.text, nameWords: tokens.count, type: entity.type)
            draft.kind = ActorKind(entity.type)
            drafts.append(draft)
            actorOfEntity[e] = drafts.count - 1
            return drafts.count - 1
        }
        let words = tokens.filter { view.tokens[$0].kind == .word }.map { view.tokens[$0].norm }
        // "Météo" + "France": an organisation's name the recogniser cut before a place name.
        let placeTail = entity.type == .organization ? self.placeTail(after: tokens.upperBound) : nil
        if let end = placeTail,
            let known = byName[Self.nameKey(view.doc.text(tokens: tokens.lowerBound..<end), .organization)]
        {
            if !drafts[known].aliases.contains(entity.text) { drafts[known].aliases.append(entity.text) }
            appendOccurrence(entity.span, to: known)
            actorOfEntity[e] = known
            return known
        }
        let d: Int
        if let found = match(e, words: words) {
            d = found
            if words.count > drafts[d].nameWords && entity.type == drafts[d].type {
                drafts[d].aliases.append(drafts[d].name)
                drafts[d].name = entity.text
                drafts[d].nameWords = words.count
                drafts[d].lastWord = words.last ?? ""
                drafts[d].acronym = Self.acronym(of: words, skipping: acronymParticles)
            } else if Self.normalizedName(entity.text) != Self.normalizedName(drafts[d].name) {
                drafts[d].aliases.append(entity.text)
            }
            // A later mention may tell the gender the first did not ("Mme Duval", "la SNCF").
            if drafts[d].gender == .unknown {
                drafts[d].gender =
                    entity.type == .person ? personGender(e) : determinerGender(before: tokens.lowerBound)
            }
        } else {
            d = drafts.count
            var draft = Draft(name: entity.text, nameWords: words.count, type: entity.type)
            draft.kind = ActorKind(entity.type)
            draft.lastWord = words.last ?? ""
            draft.acronym = Self.acronym(of: words, skipping: acronymParticles)
            if entity.type == .person {
                draft.gender = personGender(e)
            } else {
                draft.gender = determinerGender(before: tokens.lowerBound)
            }
            drafts.append(draft)
            if entity.type != .person, let head = words.first { addHead(head, to: d) }
        }
        register(d, name: entity.text, words: words, type: entity.type)
        // "Rami Abd al-Rahman": a name the recogniser cut before a particle goes on.
        if entity.type == .person, let end = particleTail(after: tokens.upperBound),
            drafts[d].name == entity.text
        {
            let full = view.doc.text(tokens: tokens.lowerBound..<end)
            drafts[d].aliases.append(entity.text)
            drafts[d].name = full
            let fullWords = (tokens.lowerBound..<end).filter { view.tokens[$0].kind == .word }.map {
                view.tokens[$0].norm
            }
            drafts[d].nameWords = fullWords.count
            drafts[d].lastWord = fullWords.last ?? ""
            register(d, name: full, words: fullWords, type: entity.type)
        }
        if let end = placeTail, drafts[d].name == entity.text {
            let full = view.doc.text(tokens: tokens.lowerBound..<end)
            drafts[d].aliases.append(entity.text)
            drafts[d].name = full
            register(
                d, name: full,
                words: (tokens.lowerBound..<end).filter { view.tokens[$0].kind == .word }.map {
                    view.tokens[$0].norm
                },
                type: entity.type)
        }
        drafts[d].words.formUnion(words)
        appendOccurrence(entity.span, to: d)
        actorOfEntity[e] = d
        // Every other mention of the same text belongs to the same actor.
        for other in entitiesByText[entity.text] ?? [] where other > e && actorOfEntity[other] < 0 {
            actorOfEntity[other] = d
            appendOccurrence(view.entities[other].span, to: d)
        }
        return d
    }

    /// Whether organisation entity `e` is a line of its own that names a kind of body, not one
    /// body: "Conseil municipal" as a section title, an institution noun capitalised as the line's
    /// first word and only lower-case words after it. Such a title makes no actor. Reads the
    /// line only up to the first word outside the name, so that a long line costs no more than
    /// a short one (a paragraph of 1 MB on one line made this quadratic).
    private func isSectionTitle(_ e: Int) -> Bool {
        let range = view.entityTokens[e]
        guard view.entities[e].type == .organization, view.tokens[range.lowerBound].isWordLike,
            view.institutionNouns.contains(view.tokens[range.lowerBound].norm)
        else { return false }
        let paragraph = view.doc.sentences[view.doc.sentenceIndex(ofToken: range.lowerBound)].paragraph
        let line = view.doc.paragraphs[paragraph].tokens
        let end = min(range.upperBound, line.upperBound)
        func isWord(_ k: Int) -> Bool { view.tokens[k].isWordLike }
        guard !(line.lowerBound..<range.lowerBound).contains(where: isWord),
            !(end..<line.upperBound).contains(where: isWord)
        else { return false }
        return (range.lowerBound + 1..<end).allSatisfy { !isWord($0) || !view.tokens[$0].isCapitalized }
    }

    /// Where an organisation's name cut before a place's name really ends: "Météo" + "France",
    /// the place's name one space after it, no punctuation between. Nil when no place follows.
    private func placeTail(after start: Int) -> Int? {
        guard start < view.tokens.count, start > 0,
            view.tokens[start].span.start == view.tokens[start - 1].span.end + 1,
            let e = view.entity(at: start), view.entityTokens[e].lowerBound == start,
            view.entities[e].type == .location
        else { return nil }
        return view.entityTokens[e].upperBound
    }

    /// Where a person's name cut before a particle really ends: after "al-Rahman" (a lower-case
    /// prefix, a hyphen and a capital) or "ben Salmane", "van der Bellen" (particles, then a
    /// capitalised word), each word one space after the one before. Nil when no particle follows.
    private func particleTail(after start: Int) -> Int? {
        let grammar = view.grammar
        var k = start
        var end: Int? = nil
        while k < view.tokens.count, k - start < 4, k > 0,
            view.tokens[k].span.start == view.tokens[k - 1].span.end + 1
        {
            let t = view.tokens[k]
            guard t.kind == .word, !t.isCapitalized else { break }
            let parts = t.norm.split(separator: "-", maxSplits: 1)
            let raw = view.doc.text(t.span)
            if parts.count == 2, grammar.contains(.namePrefixes, String(parts[0])),
                let dash = raw.firstIndex(of: "-"), raw[raw.index(after: dash)...].first?.isUppercase == true
            {
                return k + 1
            }
            guard grammar.contains(.nameParticles, t.norm) else { break }
            var next = k + 1
            while next < view.tokens.count, grammar.contains(.nameParticles, view.tokens[next].norm) {
                next += 1
            }
            guard next < view.tokens.count, view.tokens[next].isCapitalized, view.tokens[next].kind == .word
            else {
                break
            }
            end = next + 1
            k = next + 1
        }
        return end
    }

    /// Makes a new actor for a phrase that names a speaker but no entity: "un porte-parole de l'UE".
    mutating func actor(
        forPhrase range: Range<Int>, head: String?, kind: ActorKind, keepingDeterminers: Bool = false
    ) -> Int {
        let text = keepingDeterminers ? view.doc.text(tokens: range) : phraseName(range)
        let key = Self.normalizedName(text)
        if let d = byName["P|" + key] ?? byName["O|" + key] ?? (kind == .document ? citedBefore(range) : nil)
        {
            appendOccurrence(view.doc.span(tokens: range), to: d)
            appendNameWithDeterminer(range, to: d)
            return d
        }
        // "Le rapport d'expertise …, présenté mardi, fragilise ce récit. … selon ce document.":
        // the document the paragraph cited last, though no one quoted it yet.
        if kind == .document, let earlier = documentNamedEarlier(than: range) {
            let d = actor(forPhrase: earlier, head: view.tokens[earlier.lowerBound + 1].norm, kind: .document)
            appendAlias(text, to: d)
            appendOccurrence(view.doc.span(tokens: range), to: d)
            return d
        }
        // A shorter name that another actor of the article already goes by ("Altéa Partners" of
        // "la société de conseil Altéa Partners") is not given again to the body; a document's
        // author is the source the document speaks for ("une estimation de France Assureurs").
        var shorter: [Range<Int>] = []
        for name in shorterNames(of: range, kind: kind) {
            // "société de conseil": a common noun names no one in particular; only a name counts.
            let isName = name.contains { view.tokens[$0].isCapitalized || view.entity(at: $0) != nil }
            guard isName, let other = namedActor(phraseName(name)) else {
                shorter.append(name)
                continue
            }
            if kind == .document {
                appendAlias(text, to: other)
                for kept in shorter { appendAlias(phraseName(kept), to: other) }
                byName[Self.nameKey(text, .organization)] = byName[Self.nameKey(text, .organization)] ?? other
                return other
            }
        }
        let institutions = view.institutionNouns
        let type: EntityType =
            kind == .organisation || head.map { institutions.contains($0) } == true ? .organization : .person
        var draft = Draft(name: text, nameWords: range.count, type: type)
        draft.kind = kind
        draft.fromPhrase = true
        draft.occurrences = [view.doc.span(tokens: range)]
        draft.gender =
            head.flatMap { view.language.words.roleNouns[$0] }
            ?? determinerGender(before: range.lowerBound + 1)
        draft.plural = view.language.speakerWords.pluralDeterminers.contains(
            view.tokens[range.lowerBound].norm)
        drafts.append(draft)
        let d = drafts.count - 1
        if let head { addHead(head, to: d) }
        byName[Self.nameKey(text, type)] = d
        for name in shorter { appendAlias(phraseName(name), to: d) }
        appendNameWithDeterminer(range, to: d)
        return d
    }

    /// Gives actor `d` the phrase `range` with its determiner as another name when the
    /// determiner tells whose or how many (`[naming-determiners]`: "son entourage", "plusieurs
    /// observateurs"), as a speaker is named; an article is left out of names ("le ministère").
    private mutating func appendNameWithDeterminer(_ range: Range<Int>, to d: Int) {
        guard let first = range.first, range.count > 1,
            view.language.speakerWords.namingDeterminers.contains(view.tokens[first].norm)
        else { return }
        appendAlias(view.doc.text(tokens: range), to: d)
    }

    /// The actor that goes by `name` as a person or an organisation, if any.
    private func namedActor(_ name: String) -> Int? {
        byName[Self.nameKey(name, .organization)] ?? byName[Self.nameKey(name, .person)]
    }

    /// Shorter names a phrase that makes an actor goes by too, by its structure: a document's or
    /// a body's name before a preposition or a participle ("sondage Ifop" of "un sondage Ifop pour
    /// le Journal du dimanche publié dimanche", "radio" of "la radio à partir des procès-verbaux"),
    /// a document's name before its author and the author when it is a name or a body ("première
    /// estimation" and "France Assureurs" of "une première estimation de France Assureurs"), an
    /// unnamed source's description without the place that ends it ("un enquêteur de la police
    /// judiciaire" of "… de Montpellier").
    private func shorterNames(of range: Range<Int>, kind: ActorKind) -> [Range<Int>] {
        let words = view.droppingDeterminers(range)
        guard words.count > 1 else { return [] }
        let tokens = view.tokens
        let owners = view.ownerConnectors
        switch kind {
        case .document, .organisation:
            if kind == .organisation, let split = bodyNounBeforeName(words, owners: owners) {
                return [words.lowerBound..<split, split..<words.upperBound]
            }
            var k = words.lowerBound + 1
            while k < words.upperBound, !endsName(at: k, owners: kind == .document ? owners : []) {
                if let e = view.entity(at: k) {
                    k = max(k + 1, view.entityTokens[e].upperBound)
                } else {
                    k += 1
                }
            }
            // "projections et résultats": a phrase that names several things has no shorter name.
            guard k < words.upperBound, !view.grammar.contains(.coordinators, tokens[k].norm) else {
                return []
            }
            var names = [words.lowerBound..<k]
            if kind == .document, owners.contains(tokens[k].norm) {
                var a = k + 1
                while a < words.upperBound, view.isDeterminer(a) { a += 1 }
                var end = a + 1
                while end < words.upperBound, !endsName(at: end, owners: []) {
                    if let e = view.entity(at: end) {
                        end = max(end + 1, view.entityTokens[e].upperBound)
                    } else {
                        end += 1
                    }
                }
                if a < words.upperBound,
                    namesAuthor(a..<min(end, words.upperBound), afterDeterminer: a > k + 1)
                {
                    names.append(a..<min(end, words.upperBound))
                }
            }
            return names
        case .anonymousSource:
            // "une retraitée | croisée devant la cathédrale", "une visiteuse | venue de Grenoble":
            // a participle after the noun describes where the source was met, not who it is.
            if let k = (words.lowerBound + 1..<words.upperBound).first(where: { isParticipleAfterNoun($0) }) {
                return [words.lowerBound..<k]
            }
            // "un enquêteur de la police judiciaire | de Montpellier": the place locates the source.
            guard let e = view.entity(at: words.upperBound - 1), view.entities[e].type == .location,
                view.entityTokens[e].upperBound == words.upperBound
            else { return [] }
            let de = view.entityTokens[e].lowerBound - 1
            guard de > words.lowerBound + 1, owners.contains(tokens[de].norm), view.entity(at: de - 1) == nil
            else { return [] }
            return [words.lowerBound..<de]
        default:
            return []
        }
    }

    /// Where the name starts in a body's phrase that gives its noun first: "le syndicat | CFDT
    /// Banques et Assurances", "la société d'analyse | Tendanxia" (a body noun, at most one "de"
    /// and a lower-case word, then capitalised words or names to the end); nil otherwise.
    private func bodyNounBeforeName(_ words: Range<Int>, owners: Set<String>) -> Int? {
        let tokens = view.tokens
        let lo = words.lowerBound
        let speakerWords = view.language.speakerWords
        guard tokens[lo].kind == .word, !tokens[lo].isCapitalized, view.entity(at: lo) == nil,
            view.institutionNouns.contains(tokens[lo].norm)
                || speakerWords.bodyClassifiers.contains(tokens[lo].norm)
                || speakerWords.speakingBodies.contains(tokens[lo].norm)
        else { return nil }
        var k = lo + 1
        if k + 1 < words.upperBound, owners.contains(tokens[k].norm), tokens[k + 1].kind == .word,
            !tokens[k + 1].isCapitalized, view.entity(at: k + 1) == nil
        {
            k += 2
        }
        guard k < words.upperBound, tokens[k].isCapitalized || view.entity(at: k) != nil else { return nil }
        let nameIsWhole = (k..<words.upperBound).allSatisfy { n in
            let t = tokens[n]
            if view.entity(at: n) != nil || (t.kind == .word && t.isCapitalized) { return true }
            return n > k && n + 1 < words.upperBound && view.grammar.contains(.coordinators, t.norm)
                && tokens[n + 1].isCapitalized
        }
        return nameIsWhole ? k : nil
    }

    /// Whether token `k` ends the name of a document or a body that a phrase opens with: a
    /// preposition, a past participle after a noun, a punctuation mark, or one of `owners`.
    private func endsName(at k: Int, owners: Set<String>) -> Bool {
        let t = view.tokens[k]
        guard view.entity(at: k) == nil else { return false }
        if t.kind == .punctuation || t.kind == .openQuote || t.kind == .closeQuote { return true }
        if owners.contains(t.norm) { return true }
        // "Sang et Or": a coordinator between two capitalised words is inside a name.
        if view.grammar.contains(.coordinators, t.norm), k + 1 < view.tokens.count,
            view.tokens[k - 1].isCapitalized, view.tokens[k + 1].isCapitalized
        {
            return false
        }
        if view.npStops.contains(t.norm) { return true }
        return t.kind == .word && !t.isCapitalized && !view.isDeterminer(k - 1)
            && view.language.speakerWords.isPastParticiple(t.norm)
    }

    /// Whether token `k` is a past participle right after a noun: a lower-case word, no name, not
    /// after a determiner, a connector or a preposition, nor a noun for a person ("une retraitée
    /// **croisée**", not "une ancienne employée").
    private func isParticipleAfterNoun(_ k: Int) -> Bool {
        let t = view.tokens[k]
        let before = view.tokens[k - 1]
        guard t.kind == .word, !t.isCapitalized, view.entity(at: k) == nil, before.kind == .word,
            !view.isDeterminer(k - 1), !view.connectorLike(k - 1), !view.npStops.contains(before.norm),
            // "une ancienne employée", "un haut gradé": a noun for a person is the head itself.
            !view.isRoleNoun(k), !view.language.speakerWords.personNouns.contains(t.norm)
        else { return false }
        return view.language.speakerWords.isPastParticiple(t.norm)
    }

    /// Whether `range`, after a document's "de", is its author: a person's or an organisation's
    /// name, capitalised words the recogniser missed right after "de" ("de Santé publique
    /// France"), or a body or a person by its noun after a determiner ("de la fédération", "du
    /// ministre"; not "d'analyses", nor another text: "les résultats de l'étude").
    private func namesAuthor(_ range: Range<Int>, afterDeterminer: Bool) -> Bool {
        guard let first = range.first else { return false }
        if let e = view.entity(at: first) {
            return view.entityTokens[e] == range
                && (view.entities[e].type == .person || view.entities[e].type == .organization)
        }
        let t = view.tokens[first]
        // "le dernier bulletin de | Santé publique France": capitalised words the recogniser did
        // not take as a name are one, a body's.
        if !afterDeterminer, t.isCapitalized, range.count >= 2,
            range.allSatisfy({ view.tokens[$0].kind == .word })
        {
            return true
        }
        guard afterDeterminer, t.kind == .word, !t.isCapitalized, !view.citedDocuments.contains(t.norm),
            !view.documentNouns.contains(t.norm)
        else { return false }
        let speakerWords = view.language.speakerWords
        return view.institutionNouns.contains(t.norm) || speakerWords.bodyClassifiers.contains(t.norm)
            || speakerWords.speakingBodies.contains(t.norm) || view.isRoleNoun(first)
    }

    /// The document cited before that a definite or demonstrative phrase names again: "Le même
    /// sondage indique", "cette étude montre", after "selon un sondage Ifop …". The phrase's first
    /// words after the determiner are looked up as the head of an earlier document actor; the
    /// phrase becomes its alias. Nil for an indefinite phrase ("un autre sondage").
    private mutating func citedBefore(_ range: Range<Int>) -> Int? {
        guard let first = range.first, view.grammar.contains(.definiteArticles, view.tokens[first].norm)
        else {
            return nil
        }
        let offset = view.tokens[first].span.start
        for k in range.dropFirst().prefix(2)
        where view.tokens[k].kind == .word && !view.tokens[k].isCapitalized {
            guard
                let d = mentionsByHead[view.tokens[k].norm]?.actor(
                    before: offset, reach: Self.headReach,
                    where: {
                        drafts[$0].kind == .document
                    })
            else { continue }
            let text = phraseName(range)
            if !drafts[d].aliases.contains(text) { drafts[d].aliases.append(text) }
            return d
        }
        return nil
    }

    /// The phrase of the document cited last before `range` in its paragraph, when `range` is a
    /// definite or demonstrative determiner and a noun that names any document
    /// (`[document-anaphors]`: "ce document", "le texte"): the nearest cited document's noun after
    /// a determiner ("l'audit commandé par la compagnie"), not one that a relative opens ("…,
    /// dont les conclusions ont fuité"). Nil when there is none.
    private func documentNamedEarlier(than range: Range<Int>) -> Range<Int>? {
        let tokens = view.tokens
        guard range.count == 2, view.grammar.contains(.definiteArticles, tokens[range.lowerBound].norm),
            view.language.speakerWords.documentAnaphors.contains(tokens[range.lowerBound + 1].norm)
        else { return nil }
        let sentence = view.doc.sentenceIndex(ofToken: range.lowerBound)
        let paragraph = view.doc.paragraphs[view.doc.sentences[sentence].paragraph].tokens
        var k = range.lowerBound - 1
        while k - 1 >= paragraph.lowerBound {
            let t = tokens[k]
            let opener = k - 2 >= paragraph.lowerBound ? tokens[k - 2].norm : ""
            if t.kind == .word, !t.isCapitalized, view.citedDocuments.contains(t.norm),
                view.isDeterminer(k - 1),
                !view.grammar.contains(.relativePronouns, opener),
                !view.grammar.contains(.sourceRelatives, opener),
                let np = PhraseFinder(view: view).phrase(
                    startingAt: k - 1, limit: view.sentence(of: k).upperBound),
                np.lowerBound == k - 1, np.count > 1
            {
                return np
            }
            k -= 1
        }
        return nil
    }

    /// Whether `range` holds no word but titles ("M.", "Me"): such a phrase is no alias nor role.
    private func isTitleOnly(_ range: Range<Int>) -> Bool {
        let honorifics = view.honorifics
        return range.allSatisfy { view.tokens[$0].kind != .word || honorifics.contains(view.tokens[$0].norm) }
    }

    /// Records `range` as another name of actor `d` ("porte-parole du Kremlin").
    mutating func addAlias(_ range: Range<Int>, to d: Int, head: String?) {
        // A title alone ("M.", "Mme") names no one: it is no alias.
        if isTitleOnly(range) { return }
        let text = phraseName(range)
        guard !text.isEmpty, Self.normalizedName(text) != Self.normalizedName(drafts[d].name),
            !drafts[d].aliases.contains(text)
        else { return }
        drafts[d].aliases.append(text)
        byName[Self.nameKey(text, drafts[d].type)] = byName[Self.nameKey(text, drafts[d].type)] ?? d
        if let head { addHead(head, to: d) }
    }

    /// Adds `text` to the other names of actor `d` without filing it for look-ups: a shorter
    /// name of a phrase's actor ("sondage Ifop") names it, but another phrase with the same words
    /// may be another source.
    private mutating func appendAlias(_ text: String, to d: Int) {
        guard !text.isEmpty, Self.normalizedName(text) != Self.normalizedName(drafts[d].name),
            !drafts[d].aliases.contains(text)
        else { return }
        drafts[d].aliases.append(text)
    }

    /// Records a mention of actor `d` at `span`.
    mutating func addOccurrence(_ span: Span, to d: Int) {
        if !drafts[d].occurrences.contains(span) { appendOccurrence(span, to: d) }
    }

    /// Sets what sort of source actor `d` is.
    mutating func setKind(_ kind: ActorKind, of d: Int) { drafts[d].kind = kind }

    /// Counts one more quote for actor `d`.
    mutating func addQuote(to d: Int) { drafts[d].quotes += 1 }

    /// Takes back one quote counted to actor `d`, whose words another speaker turned out to have said.
    mutating func removeQuote(from d: Int) { drafts[d].quotes = max(0, drafts[d].quotes - 1) }

    /// The most recent actor, mentioned before `offset`, that goes by a role with head noun `head`.
    func actor(withHead head: String, before offset: Int) -> Int? {
        mentionsByHead[head]?.actor(before: offset)
    }

    /// The most recent actor, mentioned before `offset`, that goes by a role with head noun `head`
    /// and, if a person, whose gender agrees with `gender` ("le toxicologue" is not the woman
    /// named "la toxicologue X"); nil when none of the last `headReach` such mentions does.
    func actor(withHead head: String, before offset: Int, agreeingWith gender: Gender) -> Int? {
        mentionsByHead[head]?.actor(before: offset, reach: Self.headReach) { d in
            drafts[d].kind != .person || drafts[d].gender.agrees(with: gender)
        }
    }

    /// The one person, anywhere in the text, that goes by a role with head noun `head` and whose
    /// gender agrees with `gender`; nil when none or several do.
    func soleHolder(withHead head: String, agreeingWith gender: Gender) -> Int? {
        guard let mentions = mentionsByHead[head] else { return nil }
        var found: Int? = nil
        for d in mentions.actors where drafts[d].kind == .person && drafts[d].gender.agrees(with: gender) {
            if found != nil { return nil }
            found = d
        }
        return found
    }

    /// How many mentions of a role head the search for an agreeing actor looks back over.
    static let headReach = 40

    /// The phrase's text without a leading determiner.
    func phraseName(_ range: Range<Int>) -> String {
        view.doc.text(tokens: view.droppingDeterminers(range))
    }

    private func personGender(_ e: Int) -> Gender {
        let marked = markedGender(e)
        if marked != .unknown { return marked }
        // "X, née …", "X est arrivée": the words after the name agree with it.
        let end = view.entityTokens[e].upperBound
        let next = view.tokens[end..<min(view.tokens.count, end + 4)].map(\.norm)
        return view.language.speakerWords.agreementGender(next)
    }

    /// The first token of the sentence that holds token `k`.
    private func sentenceStart(of k: Int) -> Int {
        view.doc.sentences[view.doc.sentenceIndex(ofToken: k)].tokens.lowerBound
    }

    /// The gender a title, a role noun or the first name marks on a person's mention.
    private func markedGender(_ e: Int) -> Gender {
        let tokens = view.entityTokens[e]
        // A word of the sentence before (a heading's last word) says nothing of the name.
        if tokens.lowerBound > sentenceStart(of: tokens.lowerBound) {
            let before = view.tokens[tokens.lowerBound - 1].norm
            let marked = view.grammar.gender(of: before)
            if marked != .unknown, view.honorifics.contains(before) { return marked }
            if let g = view.language.words.roleNouns[before], g != .unknown { return g }
            if let g = view.language.speakerWords.roleGenders[before] { return g }
            // "la toxicologue Dominique X", "le ministre Claude Y": a noun of either gender
            // takes its determiner's.
            let noun = tokens.lowerBound - 1
            if noun > sentenceStart(of: tokens.lowerBound), view.isDeterminer(noun - 1),
                view.isRoleNoun(noun) || view.language.speakerWords.personNouns.contains(before)
            {
                let g = view.grammar.gender(of: view.tokens[noun - 1].norm)
                if g != .unknown { return g }
            }
        }
        let first = view.tokens[tokens.lowerBound]
        switch firstNames.sex(of: first.norm) {
        case .male: return .masculine
        case .female: return .feminine
        case nil: return .unknown
        }
    }

    private func determinerGender(before i: Int) -> Gender {
        guard i > 0 else { return .unknown }
        let word = view.tokens[i - 1].norm
        return view.isDeterminer(i - 1) ? view.grammar.gender(of: word) : .unknown
    }

    /// A name folded for comparison: lower-case, ’ as ', single spaces, a hyphen as a space
    /// ("Météo-France" = "Météo France", "Jean-Marc" = "Jean Marc").
    static func normalizedName(_ s: String) -> String {
        let folded = CharClass.lowercased(s)
        guard folded.utf8.contains(UInt8(ascii: "-")) else { return folded }
        var out = String.UnicodeScalarView()
        for c in folded.unicodeScalars { out.append(c == "-" ? " " : c) }
        return String(out)
    }

    /// The initials of the content words: "union européenne" → "UE".
    static func acronym(of words: [String], skipping particles: Set<String>) -> String {
        String(words.filter { !particles.contains($0) }.compactMap(\.first)).uppercased()
    }

    /// The finished actors, in order of first mention, and for each draft its actor id.
    func finished() -> (actors: [Actor], ids: [String?]) {
        let firstStart = drafts.map { $0.occurrences.firstStart ?? 0 }
        // A phrase with no quote (a candidate made while ranking, "le contrôle de légalité") is
        // no actor of the article: only names, institutions, anonymous sources and documents
        // that speak are.
        let order = drafts.indices.filter {
            drafts[$0].quotes > 0 || !drafts[$0].fromPhrase && !drafts[$0].occurrences.isEmpty
        }
        .sorted { firstStart[$0] < firstStart[$1] }
        var ids = [String?](repeating: nil, count: drafts.count)
        var actors: [Actor] = []
        for (n, d) in order.enumerated() {
            let id = "a\(n + 1)"
            ids[d] = id
            let draft = drafts[d]
            var aliases: [String] = []
            for alias in draft.aliases where alias != draft.name && !aliases.contains(alias) {
                aliases.append(alias)
            }
            actors.append(
                Actor(
                    id: id, name: draft.name, type: draft.type, aliases: aliases,
                    occurrences: draft.occurrences.sorted(), quotes: draft.quotes, kind: draft.kind,
                    roles: draft.roles))
        }
        return (actors, ids)
    }
}
