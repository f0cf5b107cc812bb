/// Rules applied around the entity model, for what the guidelines fix and the training
/// data does not teach: spans without titles or determiners, lower-case institution
/// names ("ministère russe de la Défense"), place heads ("col de Lachin"), peoples as
/// nouns, known organisations and media, and consistency across the article.
struct EntityRules {
    typealias Name = (range: Range<Int>, type: EntityType)

    let document: Document
    let observations: TokenObservations
    let lexicon: NameLexicon
    private let tokens: [Token]

    init(document: Document, observations: TokenObservations, lexicon: NameLexicon) {
        self.document = document
        self.observations = observations
        self.lexicon = lexicon
        self.tokens = document.tokens
    }

    /// The names after every rule, in text order, without overlaps.
    func apply(to modelNames: [(Range<Int>, EntityType)]) -> [(Range<Int>, EntityType)] {
        var names: [Name] = splittingCoordinations(modelNames.map { ($0.0, $0.1) }).compactMap(trim)
        names = overlay(names, with: knownOrganisations())
        names = overlay(names, with: institutions())
        names = overlay(names, with: capitalizedInstitutions())
        names = merge(names, with: placeHeads(), replacing: true)
        names = overlay(names, with: fullNames(names))
        names = retypePeoples(names)
        names = withEpithets(names)
        names = merge(names, with: gazetteerNames(), replacing: false, extending: true)
        names = overlay(names, with: events())
        names = overlay(names, with: englishNamesByKind())
        names = overlay(names, with: quotedTitles())
        names = overlay(names, with: teams(names))
        names = overlay(names, with: placeEvents(names))
        names = overlay(names, with: placeClubs(names))
        names = overlay(names, with: productModels(names))
        names = withCompassPoints(names)
        names = consistent(names)
        return names.map { ($0.range, $0.type) }
    }

    // MARK: - Token facts

    private func isCap(_ i: Int) -> Bool {
        i >= 0 && i < tokens.count && tokens[i].isWordLike && tokens[i].isCapitalized
    }

    private func norm(_ i: Int) -> String { i >= 0 && i < tokens.count ? tokens[i].norm : "" }

    /// The hash of token `i`'s norm (that of "" outside the document), for ``WordSet`` lookups.
    private func word(_ i: Int) -> UInt64 {
        i >= 0 && i < tokens.count ? observations.word[i] : EntityRules.emptyWord
    }
    private static let emptyWord = FeatureHash.of("")

    /// The hash of the norms of `range`, as the lexicon keys its entries.
    private func sequenceHash(_ range: Range<Int>) -> UInt64 {
        var h: UInt64 = 0
        for k in range { h = FeatureHash.mix(h, observations.word[k]) }
        return h
    }

    /// The case class the debates give token `k`'s word (see ``WordStatistics``): 0 unknown,
    /// 1–2 mostly lower-case, 4–5 mostly capitalised; 1 outside the document.
    private func caseClass(_ k: Int) -> UInt32 {
        k >= 0 && k < tokens.count ? observations.cluster[k] >> 4 : 1
    }

    /// Whether token `k`'s word is mostly written lower-case: a common word ("non", "grand").
    private func writtenLowerCase(_ k: Int) -> Bool { (1...2).contains(caseClass(k)) }

    private func isSentenceInitial(_ i: Int) -> Bool {
        i >= 0 && i < tokens.count && observations.flags[i].contains(.sentenceInitial)
    }

    private func single(_ i: Int, _ category: NameLexicon.Category) -> Bool {
        i >= 0 && i < tokens.count && lexicon.single(observations.word[i], is: category)
    }

    private static let determiners: WordSet = [
        "le", "la", "les", "l'", "un", "une", "des", "du", "de", "d'", "au", "aux", "à", "en", "et", "ce",
        "cette",
        "son", "sa", "ses", "leur", "leurs",
    ]
    private static let joiners: WordSet = ["de", "du", "des", "d'", "la", "l'", "le", "et"]
    private static let breakers: WordSet = [
        "à", "au", "aux", "en", "pour", "sur", "par", "avec", "dans", "contre", "chez", "lors", "après",
        "avant",
        "selon", "qui", "que", "a", "est", "sont", "ont",
    ]
    /// Capitalised common nouns that are no name on their own ("la République", "la Justice").
    private static let commonNouns: WordSet = [
        "république", "état", "etat", "justice", "défense", "intérieur", "économie", "finances", "santé",
        "culture",
        "éducation", "gouvernement", "nation", "histoire", "dieu", "ouest", "est", "nord", "sud", "marine",
    ]

    // MARK: - Trimming

    /// Drops leading determiners and titles and trailing particles and punctuation.
    private func trim(_ name: Name) -> Name? {
        var lo = name.range.lowerBound
        var hi = name.range.upperBound
        while lo < hi - 1 {
            let n = norm(lo)
            let isTitle =
                single(lo, .title) && (name.type == .person || !tokens[lo].isCapitalized || n.hasSuffix("."))
            let lowercase = !tokens[lo].isCapitalized && !tokens[lo].isAllCaps
            let head = EntityRules.institutionHeads.contains(n) || EntityRules.placeHeads.contains(n)
            let strayLowercase = lowercase && (name.type == .person || name.type == .miscellaneous || !head)
            if EntityRules.determiners.contains(n) || isTitle || !tokens[lo].isWordLike || strayLowercase {
                lo += 1
            } else {
                break
            }
        }
        // A lower-case preposition ends a name ("école Ozar Hatorah à Toulouse").
        if let cut = (lo + 1..<hi).first(where: {
            EntityRules.breakers.contains(word($0)) && !tokens[$0].isCapitalized
        }) {
            hi = cut
        }
        while hi > lo + 1 && (!tokens[hi - 1].isWordLike || EntityRules.joiners.contains(word(hi - 1))) {
            hi -= 1
        }
        guard lo < hi, tokens[lo].isWordLike else { return nil }
        if !tokens[lo].isCapitalized && !tokens[lo].isAllCaps
            && !(EntityRules.institutionHeads.contains(word(lo)) || EntityRules.placeHeads.contains(word(lo))
                || norm(lo) == "jeux")
        {
            return nil
        }
        let n = norm(lo)
        if hi - lo == 1
            && (EntityRules.determiners.contains(n) || single(lo, .title)
                || EntityRules.commonNouns.contains(n))
        {
            return nil
        }
        // "la Première ministre", "le Premier secrétaire": the start of a title, not a name.
        if hi - lo == 1 && (n == "premier" || n == "première") && single(hi, .title) { return nil }
        if !tokens[lo].isCapitalized && !tokens[lo].isAllCaps && name.type != .organization
            && name.type != .location
        {
            return nil
        }
        return (lo..<hi, name.type)
    }

    // MARK: - Institutions and place heads

    private static let institutionHeads: WordSet = ["ministère", "secrétariat", "haut-commissariat"]
    private static let complementAdjectives: WordSet = [
        "étrangères", "étranger", "publics", "publiques", "public", "publique", "sociales", "social",
        "nationale",
        "national", "économiques", "économique", "numérique", "supérieur", "intérieure", "extérieur",
        "civile",
        "solidaire", "écologique", "territoriale", "territoriales", "armées", "fiscaux",
    ]

    /// "ministère [adjective] de la Défense [et des Anciens combattants]" → ORG.
    private func institutions() -> [Name] {
        var out: [Name] = []
        for i in tokens.indices where EntityRules.institutionHeads.contains(word(i)) && !tokens[i].isAllCaps {
            var j = i + 1
            // One qualifier: "russe", "arménien", "azerbaïdjanais".
            if j < tokens.count, tokens[j].kind == .word, !tokens[j].isCapitalized,
                !EntityRules.joiners.contains(word(j))
            {
                j += 1
            }
            guard let end = complement(from: j) else { continue }
            out.append((i..<end, .organization))
        }
        return out
    }

    /// The end of "de la Défense", "des Affaires étrangères", "de l'Intérieur et des Cultes" at `j`.
    private func complement(from start: Int) -> Int? {
        var j = start
        var end: Int? = nil
        while true {
            var k = j
            if norm(k) == "et", end != nil { k += 1 }
            let n = norm(k)
            if n == "de" && (norm(k + 1) == "la" || norm(k + 1) == "l'") {
                k += 2
            } else if n == "de" || n == "du" || n == "des" || n == "d'" {
                k += 1
            } else {
                break
            }
            guard isCap(k) else { break }
            while isCap(k) || (k < tokens.count && EntityRules.complementAdjectives.contains(word(k))) {
                k += 1
            }
            end = k
            j = k
        }
        return end
    }

    private static let placeHeads: WordSet = [
        "col", "mont", "monts", "massif", "lac", "fleuve", "rivière", "mer", "océan", "golfe", "détroit",
        "île",
        "îles", "presqu'île", "cap", "baie", "vallée", "plaine", "plateau", "désert", "forêt", "canal", "rue",
        "avenue", "boulevard", "quai", "pont", "gare", "aéroport", "hôpital", "archipel", "péninsule",
        "stade", "château", "musée", "abbaye", "cathédrale", "basilique", "palais", "parc", "bois", "chutes",
        "delta",
        "cordillère", "pyramide", "royaume", "comté", "duché",
    ]

    /// "col de Lachin", "îles Sanguinaires", "hôpital Sao Joao" → LOC with the head.
    private func placeHeads() -> [Name] {
        var out: [Name] = []
        for i in tokens.indices where !tokens[i].isCapitalized && EntityRules.placeHeads.contains(word(i)) {
            var k = i + 1
            let n = norm(k)
            if n == "de" && (norm(k + 1) == "la" || norm(k + 1) == "l'") {
                k += 2
            } else if n == "de" || n == "du" || n == "des" || n == "d'" {
                k += 1
            }
            guard isCap(k), !tokens[k].isAllCaps else { continue }
            var end = k
            while isCap(end) { end += 1 }
            out.append((i..<end, .location))
        }
        return out
    }

    private static let capitalizedHeads: WordSet = [
        "union", "banque", "commission", "autorité", "coalition", "conseil", "cour", "fonds", "fond",
        "organisation",
        "agence", "communauté", "fédération", "confédération", "parti", "assemblée", "office", "institut",
        "ligue",
        "front", "mouvement", "alliance", "comité", "tribunal", "armée", "forces", "garde", "gauche",
        "droite",
        "église", "chambre", "parlement", "haute", "cour", "police", "poste", "compagnie", "société",
        "caisse", "association", "syndicat", "académie", "université", "fondation", "ordre",
    ]
    private static let capitalizedStateHeads: WordSet = [
        "empire", "royaume", "principauté", "califat", "sultanat", "émirat", "khanat", "grand-duché",
        "massif",
        "bassin",
    ]
    private static let sports: WordSet = [
        "football", "rugby", "hockey", "basket-ball", "basketball", "basket", "tennis", "handball",
        "cyclisme",
        "athlétisme", "natation", "ski", "volley-ball", "volley", "judo", "boxe", "golf", "baseball",
        "cricket",
        "escrime", "gymnastique", "patinage", "voile", "aviron", "lutte", "karaté",
    ]
    private static let institutionAdjectives: WordSet = [
        "européen", "européenne", "international", "internationale", "national", "nationale", "mondial",
        "mondiale", "central", "centrale", "constitutionnel", "constitutionnelle", "fédéral", "fédérale",
        "démocratique", "socialiste", "républicain", "républicaine", "populaire", "islamique", "économique",
        "monétaire", "suprême", "supérieur", "supérieure", "général", "générale", "radicale", "radical",
        "communiste", "écologiste", "libéral", "libérale", "unifié", "unifiée", "régional", "régionale",
        "municipal", "municipale", "départemental", "départementale", "pénale", "administratif",
        "administrative",
        "militaire", "révolutionnaire", "catholique", "orthodoxe", "apostolique", "romaine", "unies", "unis",
        "africaine", "africain", "arabe", "américaine", "américain", "asiatique", "atlantique",
        "nord-atlantique", "professionnelle", "professionnel", "olympique", "sportive",
    ]

    private func isInstitutionAdjective(_ i: Int) -> Bool {
        guard i < tokens.count, tokens[i].kind == .word, !tokens[i].isCapitalized else { return false }
        return EntityRules.institutionAdjectives.contains(word(i)) || single(i, .people)
    }

    /// "Banque centrale européenne", "Autorité palestinienne", "Communauté économique des
    /// États d'Afrique de l'Ouest": a capitalised institution head with adjectives → ORG
    /// (LOC when the whole is a known place, as "Union soviétique").
    private func capitalizedInstitutions() -> [Name] {
        var out: [Name] = []
        for i in tokens.indices where isCap(i) {
            // "Empire ottoman", "Massif central": a state's or a region's head and its adjective is a place.
            if EntityRules.capitalizedStateHeads.contains(word(i)), i + 1 < tokens.count,
                tokens[i + 1].kind == .word, !tokens[i + 1].isCapitalized,
                !EntityRules.joiners.contains(word(i + 1)), !EntityRules.breakers.contains(word(i + 1)),
                !EntityRules.determiners.contains(word(i + 1))
            {
                out.append((i..<(i + 2), .location))
                continue
            }
            guard EntityRules.capitalizedHeads.contains(word(i)) else { continue }
            var j = i + 1
            while isInstitutionAdjective(j) || (j > i + 1 && isCap(j) && !isSentenceInitial(j)) { j += 1 }
            // "Fédération française de football", "Ligue nationale de hockey".
            if j > i + 1, norm(j) == "de" || norm(j) == "du", EntityRules.sports.contains(word(j + 1)) {
                j += 2
            }
            guard j > i + 1 else { continue }
            if let end = complement(from: j) { j = end }
            let isPlace =
                lexicon.categories(ofSequenceHash: sequenceHash(i..<j))
                & UInt16(1 << NameLexicon.Category.place.rawValue) != 0
            out.append((i..<j, isPlace ? .location : .organization))
        }
        return out
    }

    /// Multi-word organisations and media from the lexicon ("Al Jazeera", "BFM TV").
    private func knownOrganisations() -> [Name] {
        let orgBits = UInt16(
            1 << NameLexicon.Category.organisation.rawValue | 1 << NameLexicon.Category.media.rawValue)
        var out: [Name] = []
        var i = 0
        while i < tokens.count {
            guard isCap(i) || tokens[i].isAllCaps else {
                i += 1
                continue
            }
            var h = FeatureHash.mix(0, observations.word[i])
            var best: Int? = nil
            var j = i + 1
            while j < tokens.count && j - i < lexicon.maxLength && lexicon.continues(h) {
                h = FeatureHash.mix(h, observations.word[j])
                if lexicon.categories(ofSequenceHash: h) & orgBits != 0, isCap(j) || tokens[j].isAllCaps {
                    best = j + 1
                }
                j += 1
            }
            if let b = best, !isCap(b) {
                out.append((i..<b, .organization))
                i = b
            } else {
                i += 1
            }
        }
        return out
    }

    /// People named in full the model split or missed: a known first name followed by
    /// capitalised words ("Claude Érignac"), or an unknown capitalised word right before a
    /// person's name ("Souha Arafat").
    private func fullNames(_ names: [Name]) -> [Name] {
        var out: [Name] = []
        let placeOrOrg = UInt64(
            1 << NameLexicon.Category.place.rawValue | 1 << NameLexicon.Category.organisation.rawValue
                | 1 << NameLexicon.Category.media.rawValue | 1 << NameLexicon.Category.people.rawValue)
        func plain(_ i: Int) -> Bool {
            // A first name spelt like a common noun opens a name before a capital: "Marine Le Pen".
            let firstNameFirst = single(i, .firstName) && isCap(i + 1) && !isSentenceInitial(i)
            return isCap(i) && !tokens[i].isAllCaps && observations.gazetteer[i] & placeOrOrg == 0
                && !single(i, .title)
                && (!EntityRules.commonNouns.contains(word(i)) || firstNameFirst) && !single(i, .orgHead)
        }
        var modelCovered = [Bool](repeating: false, count: tokens.count)
        for n in names { for k in n.range { modelCovered[k] = true } }
        /// A word the debates never or mostly write capitalised ("Peskov"), not a common word
        /// ("Nouvelle", "Démocratie").
        func nameLike(_ k: Int) -> Bool {
            let c = caseClass(k)
            return c == 0 || c >= 4
        }
        // A one-word person the model stopped short of: "Dmitri" in "Dmitri Peskov".
        var personAlone = [Bool](repeating: false, count: tokens.count)
        for n in names where n.type == .person && n.range.count == 1 {
            personAlone[n.range.lowerBound] = true
        }
        /// A role shortly before: "la Première ministre suédoise, Ebba Lindqvist".
        func afterRole(_ i: Int) -> Bool {
            var k = i - 1
            while k >= 0 && k >= i - 4 {
                if tokens[k].kind == .terminal || tokens[k].kind == .openQuote
                    || tokens[k].kind == .closeQuote
                {
                    return false
                }
                if single(k, .title) && (!tokens[k].isCapitalized || norm(k).hasSuffix(".")) { return true }
                k -= 1
            }
            return false
        }
        var i = 0
        while i < tokens.count {
            let afterHead = i > 0 && EntityRules.placeHeads.contains(word(i - 1))
            // "Le" and "La" are first names too, but not at the head of "Le Venezuela".
            let introduced =
                (single(i, .firstName) && !EntityRules.determiners.contains(word(i)))
                || (personAlone[i] && !isSentenceInitial(i) && !modelCovered[min(i + 1, tokens.count - 1)]
                    && nameLike(i) && nameLike(i + 1))
                || (afterRole(i) && !isSentenceInitial(i) && !modelCovered[i]
                    && !modelCovered[min(i + 1, tokens.count - 1)])
            guard plain(i), introduced, plain(i + 1), !afterHead else {
                i += 1
                continue
            }
            var j = i + 2
            while plain(j)
                || (single(j, .particle) && !EntityRules.determiners.contains(word(j)) && plain(j + 1))
            {
                j += 1
            }
            if isCap(j) {
                i = j
                continue
            }
            out.append((i..<j, .person))
            i = j
        }
        var covered = [Bool](repeating: false, count: tokens.count)
        for n in names { for k in n.range { covered[k] = true } }
        for n in out { for k in n.range { covered[k] = true } }
        var candidate = [Bool](repeating: false, count: tokens.count)
        for n in out { for k in n.range { candidate[k] = true } }
        // A name right after a role and its adjectives is a person: "le président ukrainien
        // Volodymyr Zelensky" (but not "le chef de Nouvelle Démocratie").
        for name in names where name.type != .person && name.range.count >= 2 && name.range.allSatisfy(plain)
        {
            var k = name.range.lowerBound - 1
            while k >= 0 && tokens[k].kind == .word && !tokens[k].isCapitalized && !single(k, .title)
                && !single(k, .particle) && name.range.lowerBound - k <= 3
            {
                k -= 1
            }
            if k >= 0 && single(k, .title) && !tokens[k].isCapitalized && !candidate[name.range.lowerBound] {
                out.append((name.range, .person))
            }
        }
        for name in names where name.type == .person {
            let a = name.range.lowerBound
            guard a > 0, plain(a - 1), !isSentenceInitial(a - 1) || single(a - 1, .firstName),
                !covered[a - 1]
            else { continue }
            covered[a - 1] = true
            out.append((a - 1..<name.range.upperBound, .person))
        }
        return out
    }

    // MARK: - Peoples and gazetteers

    /// A capitalised people or nationality noun ("Arméniens") is MISC unless it is also a place.
    private func retypePeoples(_ names: [Name]) -> [Name] {
        var names = names
        var covered = Set<Int>()
        for (k, name) in names.enumerated() {
            for i in name.range { covered.insert(i) }
            if name.range.count == 1, let i = name.range.first, isCap(i), single(i, .people),
                !single(i, .place)
            {
                names[k].type = .miscellaneous
            }
        }
        for i in tokens.indices
        where isCap(i) && !covered.contains(i) && single(i, .people) && !single(i, .place) {
            if isSentenceInitial(i) && !norm(i).hasSuffix("s") { continue }
            names.append((i..<(i + 1), .miscellaneous))
        }
        return names.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// Known organisations, media and places the model left untagged.
    private func gazetteerNames() -> [Name] {
        var out: [Name] = []
        let orgBits = UInt16(
            1 << NameLexicon.Category.organisation.rawValue | 1 << NameLexicon.Category.media.rawValue)
        let placeBit = UInt16(1 << NameLexicon.Category.place.rawValue)
        var i = 0
        while i < tokens.count {
            guard isCap(i) || tokens[i].isAllCaps else {
                i += 1
                continue
            }
            var h: UInt64 = 0
            var best: Name? = nil
            var j = i
            while j < tokens.count && j - i < lexicon.maxLength {
                h = FeatureHash.mix(h, observations.word[j])
                let cats = lexicon.categories(ofSequenceHash: h)
                if isCap(j) || tokens[j].isAllCaps || j > i {
                    if cats & orgBits != 0 {
                        best = (i..<(j + 1), .organization)
                    } else if cats & placeBit != 0 && (j > i || (!isSentenceInitial(i) && isCap(j))) {
                        best = (i..<(j + 1), .location)
                    }
                }
                if !lexicon.continues(h) { break }
                j += 1
            }
            // A known name ends on a capital ("Nouvelle-Calédonie", "ONU"), or is several words
            // opened by one ("Arabie saoudite", "Guinée équatoriale").
            if let b = best,
                isCap(b.range.upperBound - 1) || tokens[b.range.upperBound - 1].isAllCaps
                    || b.range.count >= 2
            {
                out.append(b)
                i = b.range.upperBound
            } else {
                i += 1
            }
        }
        return out
    }

    // MARK: - Consistency

    /// Surnames after full names, acronyms after their expansion, one type per string.
    private func consistent(_ input: [Name]) -> [Name] {
        var names = mergingAdjacentPeople(input)
        // Acronyms in parentheses after a name: "Communauté économique … (CEDEAO)".
        for name in names where name.range.count >= 2 {
            let open = name.range.upperBound
            if norm(open) == "(", open + 2 < tokens.count, tokens[open + 1].isAllCaps || isCap(open + 1),
                norm(open + 2) == ")"
            {
                names.append((open + 1..<open + 2, name.type))
            }
        }
        // Surnames of people named in full.
        var surnames = Set<UInt64>()
        for name in names where name.type == .person && name.range.count >= 2 {
            let last = name.range.upperBound - 1
            if isCap(last) { surnames.insert(sequenceHash(last..<last + 1)) }
        }
        for k in names.indices
        where names[k].range.count == 1 && surnames.contains(sequenceHash(names[k].range)) {
            names[k].type = .person
        }
        // Majority type per string.
        var votes: [UInt64: [EntityType: Int]] = [:]
        var lexiconType: [UInt64: EntityType] = [:]
        for name in names { votes[sequenceHash(name.range), default: [:]][name.type, default: 0] += 2 }
        // The lexicon breaks ties: a known place, organisation or first name.
        for name in names {
            let k = sequenceHash(name.range)
            let cats = lexicon.categories(ofSequenceHash: k)
            if cats & UInt16(1 << NameLexicon.Category.place.rawValue) != 0 {
                votes[k]![.location, default: 0] += 2
                lexiconType[k] = .location
            }
            if cats
                & UInt16(
                    1 << NameLexicon.Category.organisation.rawValue | 1 << NameLexicon.Category.media.rawValue
                )
                != 0
            {
                votes[k]![.organization, default: 0] += 2
                lexiconType[k] = .organization
            }
            if single(name.range.lowerBound, .firstName) && name.range.count > 1 {
                votes[k]![.person, default: 0] += 1
            }
        }
        var typeOf: [UInt64: EntityType] = [:]
        for (k, v) in votes {
            let top = v.values.max() ?? 0
            if let t = lexiconType[k], v[t] == top {
                typeOf[k] = t
            } else {
                typeOf[k] = v.max { a, b in a.value < b.value || (a.value == b.value && a.key > b.key) }!.key
            }
        }
        for s in surnames { typeOf[s] = .person }
        for k in names.indices { names[k].type = typeOf[sequenceHash(names[k].range)] ?? names[k].type }
        // Untagged occurrences of a tagged string.
        var covered = [Bool](repeating: false, count: tokens.count)
        for name in names { for i in name.range { covered[i] = true } }
        let maxLength = names.map(\.range.count).max() ?? 0
        var extra: [Name] = []
        var i = 0
        while i < tokens.count {
            guard !covered[i], isCap(i) || tokens[i].isAllCaps else {
                i += 1
                continue
            }
            var found: Name? = nil
            var length = min(maxLength, tokens.count - i)
            while length >= 1 {
                let r = i..<(i + length)
                if !r.contains(where: { covered[$0] }), let t = typeOf[sequenceHash(r)],
                    length > 1 || !isSentenceInitial(i) || t == .person
                        || observations.flags[i].contains(.capitalizedElsewhere)
                {
                    if isCap(i + length) == false { found = (r, t) }
                    break
                }
                length -= 1
            }
            if let f = found {
                extra.append(f)
                i = f.range.upperBound
            } else {
                i += 1
            }
        }
        names += extra
        return mergingAdjacentPeople(removeOverlaps(names))
    }

    private static let eventHeads: WordSet = [
        "guerre", "coupe", "révolution", "jeux", "championnat", "championnats", "festival", "traité",
        "accords",
        "conférence", "sommet", "exposition", "bataille", "crise", "affaire", "printemps", "mondial", "euro",
        "tournoi", "rallye", "salon", "biennale", "saison", "âge", "époque", "dépression",
    ]
    private static let ordinals: WordSet = [
        "première", "seconde", "deuxième", "troisième", "grande", "moyen", "belle",
    ]
    private static let eventAdjectives: WordSet = [
        "mondiale", "mondial", "olympiques", "paralympiques", "française", "russe", "américaine", "froide",
        "civile",
        "industrielle", "culturelle", "tranquille", "arabe", "européenne", "européens", "européen",
        "africaine",
        "asiatique", "grand", "grande", "financière", "économique",
    ]

    /// "Seconde Guerre mondiale", "Coupe du monde", "Jeux olympiques d'hiver", "Révolution française" → MISC.
    private func events() -> [Name] {
        var out: [Name] = []
        for i in tokens.indices where EntityRules.eventHeads.contains(word(i)) {
            let olympics = norm(i) == "jeux" && norm(i + 1) == "olympiques"
            guard isCap(i) || olympics else { continue }
            var start = i
            if i > 0, isCap(i - 1), EntityRules.ordinals.contains(word(i - 1)) { start = i - 1 }
            var j = i + 1
            while j < tokens.count && tokens[j].kind == .word && !tokens[j].isCapitalized
                && EntityRules.eventAdjectives.contains(word(j))
            {
                j += 1
            }
            // A capitalised head and the name after it: "Coupe Davis", "Affaire Dreyfus".
            if j == i + 1 && isCap(i) && isCap(j) && !isSentenceInitial(j) {
                while isCap(j) { j += 1 }
            }
            if norm(j) == "d'" && (norm(j + 1) == "été" || norm(j + 1) == "hiver") { j += 2 }
            if norm(j) == "du" && norm(j + 1) == "monde" { j += 2 }
            let placeBit = UInt64(1 << NameLexicon.Category.place.rawValue)
            let next = norm(j) == "de" && (norm(j + 1) == "la" || norm(j + 1) == "l'") ? j + 2 : j + 1
            if next < tokens.count && observations.gazetteer[next] & placeBit == 0,
                let end = complement(from: j)
            {
                j = end
            }
            if (norm(j) == "de" || norm(j) == "en") && j + 1 < tokens.count && tokens[j + 1].kind == .number {
                j += 2
            }
            guard j > i + 1 || start < i else { continue }
            out.append((start..<j, .miscellaneous))
        }
        return out
    }

    private static let eventSuffixes: WordSet = [
        "awards", "award", "cup", "championship", "championships", "open", "trophy", "prize", "festival",
        "games", "bowl", "classic", "series",
    ]

    /// Names in English with their kind last: events ("Grammy Awards", "US Open") → MISC,
    /// companies ("Columbia Pictures", "Shady Records") → ORG.
    private func englishNamesByKind() -> [Name] {
        var out: [Name] = []
        for k in tokens.indices where k > 0 && isCap(k) {
            let type: EntityType
            if EntityRules.eventSuffixes.contains(word(k)) {
                type = .miscellaneous
            } else if EntityRules.companySuffixes.contains(word(k)) {
                type = .organization
            } else {
                continue
            }
            var start = k
            while start > 0 && (isCap(start - 1) || tokens[start - 1].isAllCaps) && !isSentenceInitial(start)
            {
                start -= 1
            }
            guard start < k else { continue }
            out.append((start..<(k + 1), type))
        }
        return out
    }

    private static let companySuffixes: WordSet = [
        "records", "pictures", "studios", "entertainment", "inc", "inc.", "ltd", "corporation", "company",
        "airlines", "airways", "motors", "group", "foods", "comics", "network", "interactive", "software",
        "industries", "technologies", "productions",
    ]

    private static let workTriggers: WordSet = [
        "film", "téléfilm", "album", "single", "chanson", "titre", "intitulé", "intitulée", "série",
        "feuilleton",
        "roman", "livre", "ouvrage", "essai", "recueil", "poème", "pièce", "opéra", "ballet", "comédie",
        "drame",
        "documentaire", "émission", "magazine", "revue", "journal", "jeu", "tableau", "manga", "bd",
        "spectacle",
    ]
    /// Words that make a quoted stretch speech rather than a title: subject pronouns and
    /// common finite verbs.
    private static let speechMarkers: WordSet = [
        "je", "j'", "tu", "il", "elle", "on", "nous", "vous", "ils", "elles", "c'", "ça", "cela", "n'", "ne",
        "est", "sont", "suis", "sommes", "êtes", "était", "étaient", "sera", "seront", "serait", "ai", "as",
        "a",
        "avons", "avez", "ont", "avait", "va", "vont", "fait", "font", "peut", "peuvent", "doit", "doivent",
        "faut", "veut", "veulent", "voulons",
    ]

    /// A short capitalised stretch in quotation marks that is not speech is the title of a work:
    /// le film « Oppenheimer », " La Reine des neiges " → MISC (a work noun before it allows a
    /// longer title). Quoted words with a subject pronoun or a common verb are left to quotes.
    private func quotedTitles() -> [Name] {
        var out: [Name] = []
        for open in tokens.indices where tokens[open].kind == .openQuote {
            guard
                let close = (open + 1..<min(tokens.count, open + 14)).first(where: {
                    tokens[$0].kind == .closeQuote || tokens[$0].kind == .openQuote
                        || tokens[$0].kind == .terminal
                }), tokens[close].kind == .closeQuote, close > open + 1,
                isCap(open + 1) || tokens[open + 1].isAllCaps
            else { continue }
            let content = (open + 1)..<close
            let words = content.filter { tokens[$0].isWordLike }.count
            let triggered = EntityRules.workTriggers.contains(word(open - 1))
            // One common word ("« Non »", "« Merci »") is an interjection unless a work noun precedes.
            let commonWord = words == 1 && writtenLowerCase(open + 1)
            // An opening verb in the first or second plural person is an exhortation: « Imaginez un monde… ».
            let first = norm(open + 1)
            let exhortation = words >= 3 && (first.hasSuffix("ez") || first.hasSuffix("ons"))
            guard words <= (triggered ? 10 : 6), triggered || !commonWord, !exhortation,
                !content.contains(where: { EntityRules.speechMarkers.contains(word($0)) })
            else { continue }
            out.append((content, .miscellaneous))
        }
        return out
    }

    /// Sports teams named after their city: "Canucks de Vancouver", "Rangers du Texas" → ORG.
    private func teams(_ names: [Name]) -> [Name] {
        var out: [Name] = []
        let placeBit = UInt64(1 << NameLexicon.Category.place.rawValue)
        let peopleBit = UInt64(1 << NameLexicon.Category.people.rawValue)
        for n in names where n.type == .location {
            guard let a0 = beforeComplement(n.range.lowerBound) else { continue }
            var a = a0
            // A plural nickname ("Canucks") or one the teacher took for an organisation ("Heat").
            let teacherOrganisation = observations.teacher[a] >> 3 == 2
            guard isCap(a), norm(a).hasSuffix("s") || teacherOrganisation,
                !EntityRules.capitalizedPlaceEventHeads.contains(word(a)),
                observations.gazetteer[a] & (placeBit | peopleBit) == 0,
                !single(a, .firstName), !single(a, .title), !single(a, .locHead), !single(a, .orgHead),
                !isSentenceInitial(a)
            else { continue }
            while a > 0 && isCap(a - 1) && !isSentenceInitial(a) { a -= 1 }
            out.append((a..<n.range.upperBound, .organization))
        }
        return out
    }

    /// A product and its model number: an organisation's or work's name, or a word the teacher
    /// always called a work, followed by a number that is no year ("Boeing 747", "PlayStation 3",
    /// "Xbox 360") → MISC.
    private func productModels(_ names: [Name]) -> [Name] {
        var typeAt = [EntityType?](repeating: nil, count: tokens.count)
        for n in names { for k in n.range { typeAt[k] = n.type } }
        var out: [Name] = []
        for i in tokens.indices where tokens[i].kind == .number && i > 0 && isCap(i - 1) {
            // On the same line, one space after the name.
            let gap = tokens[i - 1].span.end..<tokens[i].span.start
            guard gap.count == 1, document.scalars[gap.lowerBound] == " " else { continue }
            if EntityRules.units.contains(word(i + 1)) { continue }  // "Angiox 250 mg": a dose
            let digits = tokens[i].norm
            if digits.count == 4, let year = Int(digits), (1800...2099).contains(year) { continue }
            let before = i - 1
            let named = typeAt[before] == .organization || typeAt[before] == .miscellaneous
            let teacherWork = typeAt[before] == nil && Int(observations.teacher[before]) >= 4 * 8 + 4
            guard named || teacherWork else { continue }
            var start = before
            if let n = names.first(where: { $0.range.contains(before) }) { start = n.range.lowerBound }
            guard names.first(where: { $0.range.contains(before) })?.range.upperBound ?? i == i else {
                continue
            }
            out.append((start..<(i + 1), .miscellaneous))
        }
        return out
    }

    private static let units: WordSet = [
        "mg", "g", "kg", "µg", "ml", "cl", "l", "km", "m", "cm", "mm", "h", "min", "%", "€", "$", "euros",
        "dollars",
        "ans", "mois", "jours", "heures", "fois", "millions", "milliards", "habitants", "personnes", "morts",
    ]

    private static let clubSuffixes: WordSet = ["fc", "sc", "ac", "cf", "afc", "united", "city"]

    /// Clubs named with a place and a word before or after it: "Ajax Amsterdam", "PSV
    /// Eindhoven", "Toronto FC" → ORG (the word is a short acronym or one the
    /// teacher took for an organisation).
    private func placeClubs(_ names: [Name]) -> [Name] {
        var out: [Name] = []
        let placeBit = UInt64(1 << NameLexicon.Category.place.rawValue)
        for n in names where n.type == .location {
            let a = n.range.lowerBound - 1
            let b = n.range.upperBound
            if a >= 0, isCap(a) || tokens[a].isAllCaps, !isSentenceInitial(a),
                observations.gazetteer[a] & placeBit == 0, !single(a, .firstName), !single(a, .title),
                !single(a, .locHead),
                (tokens[a].isAllCaps && norm(a).count <= 4) || observations.teacher[a] >> 3 == 2
            {
                out.append((a..<b, .organization))
            } else if b < tokens.count, EntityRules.clubSuffixes.contains(word(b)),
                isCap(b) || tokens[b].isAllCaps
            {
                out.append((n.range.lowerBound..<(b + 1), .organization))
            }
        }
        return out
    }

    /// The token before "de", "du", "d'", "de la" or "de l'" that opens a complement at `start`.
    private func beforeComplement(_ start: Int) -> Int? {
        let p = norm(start - 1)
        if p == "de" || p == "du" || p == "d'" { return start >= 2 ? start - 2 : nil }
        if (p == "la" || p == "l'") && norm(start - 2) == "de" { return start >= 3 ? start - 3 : nil }
        return nil
    }

    private static let placeEventHeads: WordSet = [
        "guerre", "bataille", "siège", "festival", "carnaval", "massacre", "révolte",
    ]

    /// Heads of events named after a place only when capitalised ("un tour de Paris" is no event).
    private static let capitalizedPlaceEventHeads: WordSet = ["tour", "jeux", "prix", "rallye", "marathon"]

    /// An event named after a place: "guerre de Corée", "bataille de Covadonga", "festival de
    /// Cannes", "Tour de France" → MISC over the place. (Generic meetings, "le sommet de
    /// Bruxelles", stay a place.)
    private func placeEvents(_ names: [Name]) -> [Name] {
        var out: [Name] = []
        for n in names where n.type == .location {
            guard let head = beforeComplement(n.range.lowerBound), tokens[head].kind == .word,
                EntityRules.placeEventHeads.contains(word(head))
                    || (EntityRules.capitalizedPlaceEventHeads.contains(word(head)) && isCap(head))
            else { continue }
            // "Grand Prix de Monaco": a capitalised word before the head belongs to the event.
            let start = isCap(head - 1) && !isSentenceInitial(head) ? head - 1 : head
            out.append((start..<n.range.upperBound, .miscellaneous))
        }
        return out
    }

    private static let compassPoints: WordSet = [
        "nord", "sud", "est", "ouest", "nord-est", "nord-ouest", "sud-est", "sud-ouest", "centre",
    ]

    private static let geographicAdjectives: WordSet = [
        "latine", "centrale", "central", "occidentale", "occidental", "orientale", "oriental",
        "septentrionale",
        "septentrional", "méridionale", "méridional", "subsaharienne", "équatoriale", "antique", "insulaire",
        "continentale", "australe", "boréale",
    ]

    /// "Amérique du Nord", "Asie du Sud-Est", "Afrique de l'Ouest": a place and its compass point are one place.
    /// A place and a geographic adjective after it are one place too: "Amérique latine", "Asie
    /// centrale", "Afrique subsaharienne", "Rome antique".
    private func withCompassPoints(_ names: [Name]) -> [Name] {
        var extended: [Name] = []
        for n in names where n.type == .location {
            var k = n.range.upperBound
            if k < tokens.count, !tokens[k].isCapitalized, EntityRules.geographicAdjectives.contains(word(k))
            {
                extended.append((n.range.lowerBound..<(k + 1), .location))
                continue
            }
            if norm(k) == "du" {
                k += 1
            } else if norm(k) == "de" && norm(k + 1) == "l'" {
                k += 2
            } else {
                continue
            }
            guard isCap(k), EntityRules.compassPoints.contains(word(k)), !isCap(k + 1) else { continue }
            extended.append((n.range.lowerBound..<(k + 1), .location))
        }
        return overlay(names, with: extended)
    }

    // MARK: - Merging

    /// Two person names side by side are one ("Dmitri" + "Peskov").
    private func mergingAdjacentPeople(_ input: [Name]) -> [Name] {
        var names: [Name] = []
        for n in input {
            if let last = names.last, last.type == .person, n.type == .person,
                last.range.upperBound == n.range.lowerBound
                    || (last.range.upperBound < n.range.lowerBound
                        && n.range.lowerBound - last.range.upperBound <= 2
                        && (last.range.upperBound..<n.range.lowerBound).allSatisfy {
                            EntityRules.nameParticles.contains(word($0)) && !tokens[$0].isCapitalized
                        })
            {
                names[names.count - 1].range = last.range.lowerBound..<n.range.upperBound
            } else {
                names.append(n)
            }
        }
        return names
    }

    /// A one-word person and the epithet after it are one name: "Alexandre le Grand", "Pline
    /// l'Ancien", "Charles le Téméraire" (a capitalised word written lower-case elsewhere).
    private func withEpithets(_ names: [Name]) -> [Name] {
        let known = UInt64(
            1 << NameLexicon.Category.place.rawValue | 1 << NameLexicon.Category.organisation.rawValue
                | 1 << NameLexicon.Category.people.rawValue)
        return names.map { name in
            let e = name.range.upperBound
            guard name.type == .person, name.range.count == 1, e + 1 < tokens.count,
                norm(e) == "le" || norm(e) == "la" || norm(e) == "l'", !tokens[e].isCapitalized, isCap(e + 1),
                observations.gazetteer[e + 1] & known == 0, writtenLowerCase(e + 1)
            else { return name }
            return (name.range.lowerBound..<(e + 2), .person)
        }
    }

    /// Lower-case particles that join the parts of one person's name: "Ludwig van Beethoven",
    /// "Pierre Savorgnan de Brazza" (a person on each side).
    private static let nameParticles: WordSet = [
        "de", "d'", "van", "von", "der", "den", "da", "di", "del", "della", "dos", "das", "ibn", "bin", "ben",
    ]

    /// Names coordinated inside one model name are two names: "Toulouse et Nîmes" → "Toulouse",
    /// "Nîmes" (places and people; organisations such as "Forges et Aciéries" and known
    /// entries such as "Wallis et Futuna" stay whole).
    private func splittingCoordinations(_ names: [Name]) -> [Name] {
        var out: [Name] = []
        for name in names {
            guard name.type == .location || name.type == .person,
                let cut = name.range.dropFirst().dropLast().first(where: { norm($0) == "et" }),
                isCap(cut + 1) || (EntityRules.determiners.contains(word(cut + 1)) && isCap(cut + 2))
            else {
                out.append(name)
                continue
            }
            if lexicon.categories(ofSequenceHash: sequenceHash(name.range)) != 0 {
                out.append(name)
                continue
            }
            out.append((name.range.lowerBound..<cut, name.type))
            out += splittingCoordinations([((cut + 1)..<name.range.upperBound, name.type)])
        }
        return out
    }

    /// Lays `extra` names over `names`: a name inside an extra one goes, a name sticking
    /// out of one keeps only its part outside.
    private func overlay(_ names: [Name], with extra: [Name]) -> [Name] {
        let extra = removeOverlaps(extra)
        guard !extra.isEmpty else { return names }
        var owner = [Int32](repeating: -1, count: tokens.count)
        for (k, e) in extra.enumerated() { for i in e.range { owner[i] = Int32(k) } }
        var out: [Name] = []
        for n in names {
            var overlapping: [Int] = []
            for i in n.range where owner[i] >= 0 && overlapping.last != Int(owner[i]) {
                overlapping.append(Int(owner[i]))
            }
            if overlapping.isEmpty {
                out.append(n)
                continue
            }
            var pieces: [Range<Int>] = [n.range]
            for e in overlapping.map({ extra[$0] }) {
                pieces = pieces.flatMap { p -> [Range<Int>] in
                    guard p.overlaps(e.range) else { return [p] }
                    var r: [Range<Int>] = []
                    if p.lowerBound < e.range.lowerBound { r.append(p.lowerBound..<e.range.lowerBound) }
                    if p.upperBound > e.range.upperBound { r.append(e.range.upperBound..<p.upperBound) }
                    return r
                }
            }
            for p in pieces { if let t = trim((p, n.type)) { out.append(t) } }
        }
        return removeOverlaps(out + extra)
    }

    /// Adds `extra` names; where they overlap existing ones, they win when `replacing`,
    /// else they are dropped.
    ///
    /// With `extending`, an extra name that strictly contains names (and cuts none) replaces them:
    /// "Los Angeles" over "Los".
    private func merge(_ names: [Name], with extra: [Name], replacing: Bool, extending: Bool = false)
        -> [Name]
    {
        var names = names
        var extra = extra
        if extending {
            var longer: [Name] = []
            for e in extra {
                let inside = names.filter { $0.range.overlaps(e.range) }
                if !inside.isEmpty, inside.allSatisfy({ e.range.contains($0.range) && $0.range != e.range }) {
                    longer.append(e)
                }
            }
            names.removeAll { n in longer.contains { $0.range.overlaps(n.range) } }
            names += longer
            extra.removeAll { e in longer.contains { $0.range == e.range } }
        }
        var out: [Name] = []
        if replacing {
            let extra = removeOverlaps(extra)
            var covered = [Bool](repeating: false, count: tokens.count)
            for e in extra { for i in e.range { covered[i] = true } }
            out = names.filter { n in !n.range.contains { covered[$0] } }
            out += extra
        } else {
            var covered = [Bool](repeating: false, count: tokens.count)
            for n in names { for i in n.range { covered[i] = true } }
            out = names
            for e in extra where !e.range.contains(where: { covered[$0] }) { out.append(e) }
        }
        return out.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// Names in text order, an earlier or longer name winning over one it overlaps.
    private func removeOverlaps(_ names: [Name]) -> [Name] {
        let sorted = names.sorted {
            $0.range.lowerBound < $1.range.lowerBound
                || ($0.range.lowerBound == $1.range.lowerBound && $0.range.count > $1.range.count)
        }
        var out: [Name] = []
        for n in sorted {
            if let last = out.last, last.range.overlaps(n.range) { continue }
            out.append(n)
        }
        return out
    }
}
