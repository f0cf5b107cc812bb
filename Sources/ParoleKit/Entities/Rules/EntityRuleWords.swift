/// The word sets the entity rules consult, read from a language's resource files: for French,
/// `entity-rules.tsv` (one set per line) and the place heads of `triggers.tsv`.
struct EntityRuleWords: Sendable {
    /// Words that open a noun phrase and never start a name ("le", "des", "son").
    var determiner: WordSet = []
    /// Words that join the parts of a name and never end one ("de", "la", "et").
    var joiner: WordSet = []
    /// Lower-case words that end a name: prepositions, relatives, common verbs ("à", "qui", "est").
    var breaker: WordSet = []
    /// Capitalised common nouns that are no name alone ("République", "Justice").
    var commonNoun: WordSet = []
    /// Lower-case institution heads taking a capitalised complement ("ministère").
    var ministryHead: WordSet = []
    /// Lower-case adjectives inside an institution's complement ("étrangères").
    var complementAdjective: WordSet = []
    /// Lower-case heads a place name keeps ("col", "îles", "musée").
    var placeHead: WordSet = []
    /// Lower-case heads of institutions named after their site ("musée", "université").
    var institutionSiteHead: WordSet = []
    /// Capitalised institution heads followed by adjectives ("Banque", "Fédération").
    var institutionHead: WordSet = []
    /// Capitalised heads of states and regions followed by an adjective ("Empire", "Massif").
    var stateHead: WordSet = []
    /// Prepositions that carry an institution's name on after its head, adjectives or
    /// complements, before an article and a lower-case noun ("pour" of "Organisation
    /// internationale pour les migrations", "Ligue pour la protection des oiseaux").
    var purposePreposition: WordSet = []
    /// The articles after a ``purposePreposition`` ("la", "l'", "les", "le").
    var purposeArticle: WordSet = []
    /// Nouns after a ``purposePreposition`` and its article that make a time adverbial, not what
    /// a body is for ("moment" of "pour le moment", "heure" of "pour l'heure").
    var purposeAdverbialNoun: WordSet = []
    /// Capitalised institution heads whose names go on with what the body is for
    /// ("Organisation", "Institut", "Fonds"; not "Ligue", whose "pour les buts" is a ranking).
    var continuationHead: WordSet = []
    /// Prepositions that carry an institution's name on only after the lower-case noun of a
    /// complement ("à" of "Groupe de soutien à l'islam", "en" of "Institut de recherche en
    /// astrophysique", "contre" of "Office central de lutte contre les atteintes").
    var complementContinuationPreposition: WordSet = []
    /// The preposition before the place an institution serves, at the end of its name ("en" of
    /// "Organisation pour la sécurité et la coopération en Europe").
    var seatPreposition: WordSet = []
    /// Sports named after a federation or league ("football").
    var sport: WordSet = []
    /// Words of a sport's qualifier after it ("sur glace" of "hockey sur glace").
    var sportQualifier: WordSet = []
    /// Adjectives after an institution head ("européenne", "nationale").
    var institutionAdjective: WordSet = []
    /// Heads of events and periods ("guerre", "coupe", "époque").
    var eventHead: WordSet = []
    /// Capitalised words before an event head ("Seconde", "Moyen").
    var eventOrdinal: WordSet = []
    /// Lower-case adjectives after an event head ("mondiale", "olympiques").
    var eventAdjective: WordSet = []
    /// English words ending an event's name ("awards", "open").
    var eventSuffix: WordSet = []
    /// English words joining the capitalised words of a name ("and", "of").
    var englishJoiner: WordSet = []
    /// English words ending a company's name ("records", "pictures").
    var companySuffix: WordSet = []
    /// Nouns before the title of a work ("film", "album").
    var workNoun: WordSet = []
    /// Common nouns saying what a named thing is: storms, vehicles, instruments, software
    /// ("ouragan", "fusée", "logiciel").
    var thingNoun: WordSet = []
    /// Abbreviations ending a name with their period ("jr", "bros", "inc").
    var abbreviation: WordSet = []
    /// Lower-case nouns saying that the name after them is an organisation ("groupe", "label").
    var organisationNoun: WordSet = []
    /// Prepositions after which an organisation noun names a field, not the kind of the name
    /// after it ("présentateur de télévision Matt Lauer").
    var bareClassPreposition: WordSet = []
    /// Business words, written lower-case, that name a branch after a company's acronym
    /// ("voyageurs" of "SNCF Voyageurs", "réseau", "fret").
    var branchNoun: WordSet = []
    /// Words that make quoted words speech rather than a title ("je", "est").
    var speechMarker: WordSet = []
    /// Units and counted nouns after a number ("mg", "euros").
    var unit: WordSet = []
    /// Words after a place that make a club ("fc", "united").
    var clubSuffix: WordSet = []
    /// Heads of events named after a place ("guerre", "festival").
    var placeEventHead: WordSet = []
    /// Heads of events named after a place only when capitalised ("tour", "prix").
    var capitalizedPlaceEventHead: WordSet = []
    /// Compass points after a place ("nord", "sud-est").
    var compassPoint: WordSet = []
    /// Adjectives that belong to a place name ("latine", "centrale").
    var geographicAdjective: WordSet = []
    /// Lower-case particles inside a person's name ("van", "de", "ben").
    var nameParticle: WordSet = []
    /// Prepositions opening a complement ("de", "du", "des", "d'").
    var complementPreposition: WordSet = []
    /// Articles after "de" in a complement ("la", "l'").
    var complementArticle: WordSet = []
    /// The preposition an article may follow in a complement ("de" in "de la").
    var articlePreposition: WordSet = []
    /// The word coordinating two names or complements ("et").
    var coordination: WordSet = []
    /// Articles before a person's epithet ("le", "la", "l'").
    var epithetArticle: WordSet = []
    /// Capitalised words that open a title rather than a name ("Premier", "Première").
    var titleOpener: WordSet = []
    /// Event heads that may be written lower-case ("jeux").
    var lowercaseEventHead: WordSet = []
    /// The adjective that makes a lower-case event head an event ("olympiques").
    var lowercaseEventAdjective: WordSet = []
    /// Words after "du"/"d'" that belong to an event ("monde", "hiver").
    var eventComplement: WordSet = []
    /// Prepositions before an event's year ("de", "en").
    var yearPreposition: WordSet = []
    /// Lower-case nouns before the name of the head of a government ("gouvernement").
    var governmentHead: WordSet = []
    /// Heads of agreements named after a place or body ("traité", "accords").
    var agreementHead: WordSet = []
    /// Articles no person's name follows ("le", "du": "le Titanic").
    var nonPersonArticle: WordSet = []
    /// One-letter names of platforms ("x" of "sur X").
    var platformLetter: WordSet = []
    /// Prepositions before a platform one writes on ("sur").
    var platformPreposition: WordSet = []
    /// Nouns before a platform's name ("réseau" of "le réseau social X").
    var platformNoun: WordSet = []
    /// Nouns before "de l'État" that make it a role, not the institution ("représentante",
    /// "chef").
    var stateRoleNoun: WordSet = []
    /// Prepositions before "l'État" as an institution acted for, by or with ("de", "par").
    var statePreposition: WordSet = []
    /// Words before "de l'État" that make it a territory, not the institution ("capitale",
    /// "habitants", "nord", the "plus" of a superlative).
    var stateTerritoryWord: WordSet = []
    /// Words before "sur" that make the one-letter name after it a platform one writes on
    /// ("dénoncé", "publié", "message").
    var platformContext: WordSet = []
    /// Words opening an apposition after a name ("un", "son"): "sur X, un homme de…" names
    /// a person, not a platform.
    var appositionOpener: WordSet = []
    /// Lower-case heads of laws, regulations and mechanisms spelled out before their acronym
    /// ("loi", "règlement", "directive").
    var lawHead: WordSet = []
    /// Lower-case heads of laws and treaties named by their subject and year ("traité", "loi").
    var datedLawHead: WordSet = []
    /// Prepositions besides "de" that go on with a law's subject ("sur").
    var lawSubjectPreposition: WordSet = []
    /// The preposition before the date a law is named by ("du": "loi du 19 décembre 2022").
    var datePreposition: WordSet = []
    /// Heads of programmes named with the year they aim at, left out of the name ("plan" of
    /// "plan France 2030").
    var horizonPlanHead: WordSet = []
    /// Heads of agreements that, after them, an organisation gives as its consent ("accord").
    var consentHead: WordSet = []
    /// Capitalised heads of laws and codes named by an adjective or their subject ("Code",
    /// "Loi", "Pacte").
    var capitalizedLawHead: WordSet = []
    /// Prepositions besides "de" opening a capitalised law's subject ("sur", "pour", "en").
    var capitalizedLawPreposition: WordSet = []
    /// Speech verbs whose recipient after "à" is the medium the words were said to
    /// ("déclaré", "confié": "a-t-il déclaré au Progrès").
    var recipientSpeechVerb: WordSet = []
    /// Prepositions between such a verb and the medium ("à", "au").
    var recipientPreposition: WordSet = []
    /// Articles, alone or in a preposition, before the medium ("au", "l'").
    var recipientArticle: WordSet = []
    /// Nouns of broadcasting after which "de" and a name name the medium ("au micro de France
    /// Inter").
    var broadcastNoun: WordSet = []
    /// Lower-case offices whose title goes on with the State they serve ("procureur de la
    /// République").
    var officeNoun: WordSet = []
    /// The capitalised common noun of such a title ("République"), no name there.
    var officeComplement: WordSet = []
    /// Articles a medium's listed name may open with that "au" or "à l'" hides ("Le" of "Le
    /// Progrès" in "déclaré au Progrès").
    var mediumArticle: [String] = []
    /// Articles of other languages that open titles, bands and places, never a person's first
    /// name although name lists hold them ("The" of "The Observer", "The Wall").
    var foreignArticle: WordSet = []
    /// Words that name one thing, capitalised: holidays and the Internet ("Noël", "Internet").
    var knownThing: WordSet = []
    /// What separates the names of a list ("," "et", "ou").
    var listSeparator: WordSet = []
    /// Roman numbers after a sovereign's name or a sequel's title ("ii", "xvi", "ier").
    var romanNumeral: WordSet = []
    /// Common nouns saying that the name after them, or after their "de", is a place whose name
    /// goes without them ("ville", "comté").
    var placeNoun: WordSet = []
    /// Common nouns saying that the name after them is a celestial body, a place ("planète").
    var celestialNoun: WordSet = []
    /// Capitals of one word, which news names for their government ("bruxelles").
    var capitalCity: WordSet = []
    /// Capitalised nouns naming the State, an organisation when it acts ("État").
    var actingStateNoun: WordSet = []
    /// Capitalised nouns naming a local authority, its council when alone ("Région").
    var localAuthorityNoun: WordSet = []
    /// Finite verbs, auxiliaries and the clitics before a verb that show such a noun acts
    /// ("a", "sera", "doit", "n'").
    var actingVerb: WordSet = []
    /// Endings of a finite verb after such a noun that no list names ("finance", "investit").
    var finiteVerbEnding: [String] = []
    /// Articles that belong to the name after them when written with a capital inside a
    /// sentence ("La" of "à La Tribune").
    var capitalizedArticle: WordSet = []
    /// Punctuation inside a sentence after which a capital says nothing of a word (",").
    var midSentencePunctuation: WordSet = []
    /// Capitalised nouns naming an institution by its kind, the institution when alone ("Cour").
    var actingInstitutionNoun: WordSet = []
    /// Lower-case heads of institutions named by their kind and the place they serve
    /// ("tribunal" of "tribunal correctionnel de Valence").
    var qualifiedInstitutionHead: WordSet = []
    /// Those heads that are common nouns too ("chambre", "cour"), whose qualifier must open with
    /// an `institutionQualifier`.
    var ambiguousInstitutionHead: WordSet = []
    /// Words that may open the qualifier of such a head ("correctionnel", "assises" of "cour
    /// d'assises"), so that a common noun is not read as one ("chambre d'hôtel").
    var institutionQualifier: WordSet = []
    /// Endings of a noun naming the people of a place, longest first ("iennes", "ois").
    var demonymEnding: [String] = []
    /// What may be added to the rest of such a noun, besides nothing, to give the place ("e" of
    /// "Lill" + "e", "a" of "Tong" + "a").
    var demonymStemEnding: [String] = []
    /// Letters of a place that the noun of its people writes otherwise, as (in the noun, in the
    /// place), tried on the last such letter of the rest ("Finistér" → "Finistèr" + "e").
    var demonymStemLetter: [(String, String)] = []
    /// Nouns of the people of a place whose form gives no place by the endings, in every gender
    /// and number ("Rochelais", "Franciliennes"): the masculine singular rows, their feminine and
    /// their plurals.
    var townDemonym: WordSet = []
    /// Organisations and media the rules name whole, each as the hashes of its words' norms
    /// ("santé publique france", "météo-france", "midi olympique"): names holding a place or a
    /// common word, which the model reads as that place or word. Rule words, not lexicon rows,
    /// so the model and its features do not move (`namedOrganisation`, words joined by "_").
    var namedOrganisation: [[UInt64]] = []
    /// Competitions and festivals the rules name whole, as ``namedOrganisation`` is written
    /// ("ligue butagaz énergie", "afrobasket"): MISC names the model reads as a body or a person.
    var namedCompetition: [[UInt64]] = []
    /// The hashes of the first words of ``namedOrganisation`` and ``namedCompetition``: a token
    /// whose word is none of them opens no listed name, told before anything else is read.
    var namedFirstWords: Set<UInt64> = []
    /// Lower-case nouns of a journal, before the name of the review a study appears in ("la
    /// revue Nature").
    var journalNoun: WordSet = []
    /// Words between two capitalised words of a journal's name ("&" of "Nature Ecology &
    /// Evolution", "of" of "Journal of Vertebrate Paleontology").
    var journalJoiner: WordSet = []
    /// Endings of such a noun that also name a region in the singular ("le Lunévillois").
    var regionEnding: [String] = []
    /// Prepositions before the singular article of a region ("dans le Lunévillois", "vers le
    /// Valais"): without one, such a noun names a person of the place ("Le Drômois n'a pas pu
    /// suivre").
    var regionPreposition: WordSet = []
    /// Words after a town that make it no subject of a verb in a match report: prepositions,
    /// articles, conjunctions ("à Brest dans", "Brest et Lorient").
    var matchSubjectStop: WordSet = []
    /// Words before the opponent's town in a match report ("contre Versailles", "face à Rouen").
    var matchOpponentWord: WordSet = []
    /// Prepositions between such a word and the town ("à" of "face à Rouen").
    var matchOpponentPreposition: WordSet = []
    /// Verbs whose object, right after them, is the club beaten, met or received ("Lens renverse
    /// Rennes", "Rennes reçoit Lille").
    var matchObjectVerb: WordSet = []
    /// Nouns of roles only an organisation has ("analystes", "directeur" of "directeur général
    /// de Rhodanis Pharma").
    var organisationRole: WordSet = []
    /// Adjectives of such a role ("général", "sportif").
    var organisationRoleAdjective: WordSet = []
    /// Prepositions between such a role and its organisation ("de", "chez").
    var organisationRolePreposition: WordSet = []
    /// Words of a match report ("mi-temps", "arbitre"): a score counts only in an article
    /// holding two of them.
    var matchEvidence: WordSet = []
    /// Words before a range of numbers, which is no score ("de 6-10 ans").
    var scoreRangeWord: WordSet = []
    /// The language's months, lower-case ("juillet"), from its ``MonthNames``: a pair of
    /// numbers before one is a range of days, no score ("3-4 juillet").
    var month: WordSet = []
    /// Heads that name an institution in lower case only when a
    /// `lowercaseInstitutionQualifier` follows them ("service départemental", not "service
    /// après-vente").
    var qualifiedLowercaseInstitutionHead: WordSet = []
    /// The administrative qualifiers after such a head ("départemental", "régional").
    var lowercaseInstitutionQualifier: WordSet = []
    /// Articles before such a noun in the plural ("les", "des").
    var pluralArticle: WordSet = []
    /// Articles before such a noun in the singular ("le", "une").
    var singularArticle: WordSet = []
    /// Articles before such a noun as a subject ("l'", "la").
    var actorArticle: WordSet = []
    /// Words opening a clause whose subject follows them ("que").
    var clauseOpener: WordSet = []
    /// Lower-case site heads followed by the town they serve, which alone is the name
    /// ("hôpital" in "l'hôpital de Dinan").
    var townServiceHead: WordSet = []
    /// Lower-case heads of an institution defined by its acronym ("comité", "commission").
    var lowercaseInstitutionHead: WordSet = []
    /// Lower-case heads of institutions of a kind named in the plural, whose acronym is a name
    /// ("agences" in "les agences régionales de santé (ARS)").
    var pluralInstitutionHead: WordSet = []
    /// Acronyms of bodies that exist once per town or département, named with their place
    /// ("chu" in "CHU de Nantes").
    var localBranchAcronym: WordSet = []
    /// Verbs of a government acting, as written after its capital ("dément", "salué").
    var governmentVerb: WordSet = []
    /// Punctuation after which a capital may open its clause as the subject (",", ":").
    var subjectPunctuation: WordSet = []
    /// Pronouns and the negation written between a subject and its verb ("ne", "s'", "le").
    var preverbClitic: WordSet = []
    /// Nouns of a government's acts and allies before "de" + its capital ("la réponse d'Oslo",
    /// "les partenaires de Kiev").
    var governmentActNoun: WordSet = []
    /// Prepositions that make "l'État" after them a territory ("dans l'État").
    var stateLocativePreposition: WordSet = []
    /// Capitalised words naming a competition with a number after them ("Ligue" in "Ligue 2",
    /// "Top" in "Top 14").
    var competitionHead: WordSet = []
    /// Nouns of a complement that make "Ligue" a competition ("champions" in "Ligue des
    /// champions").
    var competitionComplement: WordSet = []
    /// Positions of a player in a team, whose "de" + town names the club in a match report
    /// ("gardien" in "le gardien d'Amiens").
    var teamPosition: WordSet = []
    /// Capitalised heads of bodies named after their site ("observatoire"), a place after
    /// `sitePreposition` and an article ("à l'Observatoire de La Silla").
    var siteInstitutionHead: WordSet = []
    /// The preposition of a place where one is ("à").
    var sitePreposition: WordSet = []
    /// Participles whose object after an auxiliary can only be an actor, a government when it
    /// is a capital ("sollicité" in "a sollicité Pékin").
    var governmentObjectVerb: WordSet = []
    /// Auxiliaries before such a verb ("a", "avait").
    var governmentAuxiliary: WordSet = []
    /// Lower-case heads of concepts named after a person or place, after "de" or directly
    /// ("boson de Higgs", "test de Turing").
    var conceptHead: WordSet = []
    /// Lower-case heads of diseases, named after a person or place after "de" ("maladie",
    /// "syndrome" in "maladie de Paget").
    var diseaseHead: WordSet = []
    /// Lower-case heads of laws, awards and plans named directly after a person ("loi Evin").
    var namedLawHead: WordSet = []
    /// What joins the two years of a season ("-" in "2012-2013"), which no event name takes.
    var seasonSeparator: WordSet = []
    /// Dashes after the agency credited in a dateline ("Berne (Keystone-ATS) - …").
    var datelineDash: WordSet = []
    /// Punctuation no name runs across (":", ";", "?", "!", quotation marks).
    var nameStop: WordSet = []
    /// Top-level domains ending a website's address ("org" in "arXiv.org").
    var topLevelDomain: WordSet = []
    /// Endings of a company named in the possessive ("'s" in "Moody's"), as token norms end.
    var possessiveEnding: [String] = []
    /// Endings of an elided word, as token norms end ("'" in "l'", "n'", "d'").
    var elisionMark: [String] = []
    /// Endings of lower-case adjectives that may follow an institution head though no list
    /// names them ("justicialiste", "institutionnel", "lyonnais").
    var institutionAdjectiveEnding: [String] = []
    /// Endings of a plural noun or adjective ("s", "x"): an adjective agrees in number with the
    /// noun before it.
    var pluralEnding: [String] = []
    /// The endings of a regular plural ("s"): a team's nickname, a people noun opening a sentence.
    var regularPluralEnding: [String] = []
    /// The finite forms of the speech verbs ("rappelle", "insiste") and of the `verbLemma` verbs
    /// ("interpelle", "persiste"), which no name takes as its adjective.
    var finiteVerb: WordSet = []
    /// The finite forms and past participles of the same verbs ("convoque", "réaffirmé").
    var verbForm: WordSet = []
    /// Endings only adjectives have, no verb nor participle ("osseuse" in "maladie osseuse de
    /// Paget").
    var adjectiveEnding: [String] = []
    /// Endings of a verb in the first or second person plural ("ez", "ons"): a quotation
    /// opening with one is an exhortation ("« Imaginez un monde… »"), not a title.
    var imperativeEnding: [String] = []

    /// The sets by the names the resource file gives them.
    static var sets: [String: WritableKeyPath<EntityRuleWords, WordSet>] {
        [
            "determiner": \.determiner, "joiner": \.joiner, "breaker": \.breaker, "commonNoun": \.commonNoun,
            "ministryHead": \.ministryHead, "complementAdjective": \.complementAdjective,
            "institutionHead": \.institutionHead, "institutionSiteHead": \.institutionSiteHead,
            "stateHead": \.stateHead, "sport": \.sport, "sportQualifier": \.sportQualifier,
            "purposePreposition": \.purposePreposition, "purposeArticle": \.purposeArticle,
            "purposeAdverbialNoun": \.purposeAdverbialNoun,
            "continuationHead": \.continuationHead,
            "complementContinuationPreposition": \.complementContinuationPreposition,
            "seatPreposition": \.seatPreposition,
            "institutionAdjective": \.institutionAdjective, "eventHead": \.eventHead,
            "eventOrdinal": \.eventOrdinal, "eventAdjective": \.eventAdjective, "eventSuffix": \.eventSuffix,
            "companySuffix": \.companySuffix, "englishJoiner": \.englishJoiner, "workNoun": \.workNoun,
            "thingNoun": \.thingNoun, "organisationNoun": \.organisationNoun,
            "bareClassPreposition": \.bareClassPreposition, "branchNoun": \.branchNoun,
            "abbreviation": \.abbreviation,
            "speechMarker": \.speechMarker,
            "unit": \.unit, "clubSuffix": \.clubSuffix, "placeEventHead": \.placeEventHead,
            "capitalizedPlaceEventHead": \.capitalizedPlaceEventHead, "compassPoint": \.compassPoint,
            "geographicAdjective": \.geographicAdjective, "nameParticle": \.nameParticle,
            "complementPreposition": \.complementPreposition, "complementArticle": \.complementArticle,
            "articlePreposition": \.articlePreposition,
            "coordination": \.coordination, "epithetArticle": \.epithetArticle, "titleOpener": \.titleOpener,
            "lowercaseEventHead": \.lowercaseEventHead, "lowercaseEventAdjective": \.lowercaseEventAdjective,
            "eventComplement": \.eventComplement, "yearPreposition": \.yearPreposition,
            "governmentHead": \.governmentHead, "agreementHead": \.agreementHead,
            "nonPersonArticle": \.nonPersonArticle, "foreignArticle": \.foreignArticle,
            "platformLetter": \.platformLetter, "platformPreposition": \.platformPreposition,
            "platformNoun": \.platformNoun, "stateRoleNoun": \.stateRoleNoun,
            "statePreposition": \.statePreposition, "stateTerritoryWord": \.stateTerritoryWord,
            "platformContext": \.platformContext, "appositionOpener": \.appositionOpener,
            "recipientSpeechVerb": \.recipientSpeechVerb, "recipientPreposition": \.recipientPreposition,
            "recipientArticle": \.recipientArticle, "broadcastNoun": \.broadcastNoun,
            "officeNoun": \.officeNoun, "officeComplement": \.officeComplement, "lawHead": \.lawHead,
            "datedLawHead": \.datedLawHead, "lawSubjectPreposition": \.lawSubjectPreposition,
            "datePreposition": \.datePreposition, "horizonPlanHead": \.horizonPlanHead,
            "consentHead": \.consentHead,
            "capitalizedLawHead": \.capitalizedLawHead,
            "capitalizedLawPreposition": \.capitalizedLawPreposition,
            "knownThing": \.knownThing, "journalNoun": \.journalNoun, "journalJoiner": \.journalJoiner,
            "celestialNoun": \.celestialNoun, "placeNoun": \.placeNoun, "romanNumeral": \.romanNumeral,
            "listSeparator": \.listSeparator,
            "capitalCity": \.capitalCity,
            "lowercaseInstitutionHead": \.lowercaseInstitutionHead,
            "pluralInstitutionHead": \.pluralInstitutionHead, "localBranchAcronym": \.localBranchAcronym,
            "governmentVerb": \.governmentVerb, "governmentAuxiliary": \.governmentAuxiliary,
            "subjectPunctuation": \.subjectPunctuation, "preverbClitic": \.preverbClitic,
            "governmentActNoun": \.governmentActNoun, "stateLocativePreposition": \.stateLocativePreposition,
            "competitionHead": \.competitionHead, "competitionComplement": \.competitionComplement,
            "teamPosition": \.teamPosition, "siteInstitutionHead": \.siteInstitutionHead,
            "sitePreposition": \.sitePreposition,
            "governmentObjectVerb": \.governmentObjectVerb,
            "topLevelDomain": \.topLevelDomain,
            "nameStop": \.nameStop, "datelineDash": \.datelineDash,
            "seasonSeparator": \.seasonSeparator,
            "conceptHead": \.conceptHead, "diseaseHead": \.diseaseHead, "namedLawHead": \.namedLawHead,
            "actingStateNoun": \.actingStateNoun, "actorArticle": \.actorArticle, "actingVerb": \.actingVerb,
            "localAuthorityNoun": \.localAuthorityNoun,
            "clauseOpener": \.clauseOpener, "pluralArticle": \.pluralArticle,
            "qualifiedInstitutionHead": \.qualifiedInstitutionHead,
            "institutionQualifier": \.institutionQualifier,
            "ambiguousInstitutionHead": \.ambiguousInstitutionHead,
            "actingInstitutionNoun": \.actingInstitutionNoun,
            "capitalizedArticle": \.capitalizedArticle, "midSentencePunctuation": \.midSentencePunctuation,
            "singularArticle": \.singularArticle, "townServiceHead": \.townServiceHead,
            "regionPreposition": \.regionPreposition, "matchSubjectStop": \.matchSubjectStop,
            "matchOpponentWord": \.matchOpponentWord, "matchOpponentPreposition": \.matchOpponentPreposition,
            "matchObjectVerb": \.matchObjectVerb, "organisationRole": \.organisationRole,
            "organisationRoleAdjective": \.organisationRoleAdjective,
            "organisationRolePreposition": \.organisationRolePreposition,
            "matchEvidence": \.matchEvidence, "scoreRangeWord": \.scoreRangeWord,
            "qualifiedLowercaseInstitutionHead": \.qualifiedLowercaseInstitutionHead,
            "lowercaseInstitutionQualifier": \.lowercaseInstitutionQualifier,
        ]
    }

    /// The names of the resource lines read otherwise than as one set each: ordered lists, and the
    /// `siteHead` words joined to the place heads.
    static let listNames: Set<String> = [
        "possessiveEnding", "elisionMark", "institutionAdjectiveEnding", "finiteVerbEnding",
        "adjectiveEnding", "pluralEnding", "regularPluralEnding", "verbLemma",
        "demonymEnding", "demonymStemEnding", "regionEnding", "mediumArticle", "siteHead",
        "imperativeEnding", "demonymStemLetter", "townDemonym", "namedOrganisation",
        "namedCompetition",
    ]

    /// Empty sets.
    init() {}

    /// A masculine singular noun of a people, its feminine (by `DemonymInflection`) and the
    /// plurals of both ("francilien", "francilienne", "franciliens", "franciliennes"): a form
    /// that ends in one of `pluralEndings` is its own plural ("rochelais"), the others take
    /// `regularPlural`.
    private static func demonymForms(_ noun: String, pluralEndings: [String], regularPlural: String)
        -> [String]
    {
        var forms = [noun]
        if let feminine = DemonymInflection.french.feminine(of: noun) { forms.append(feminine) }
        return forms
            + forms.filter { form in !pluralEndings.contains { form.hasSuffix($0) } }.map {
                $0 + regularPlural
            }
    }

    /// The sets given by `rows` (set name, then words separated by spaces), the place heads
    /// given by `triggerRows` (word, then trigger class; the "lochead" rows) with the `siteHead`
    /// set, the finite forms of `speech`'s verbs and of the `verbLemma` rows, which
    /// `conjugator` derives, and the names of `months`. Every set the rules read must have its
    /// row: a missing one is an error naming it and the file `name`.
    init(
        rows: [[Substring]], triggerRows: [[Substring]], speech: SpeechLexicon,
        conjugator: SpeechVerbConjugator, months: MonthNames, name: String = "entity-rules.tsv"
    ) throws {
        var words: [String: [String]] = [:]
        for row in rows where row.count >= 2 {
            // Cut on bytes: a `split` on the text breaks graphemes, the slowest part of the load.
            words[String(row[0]), default: []] += row[1].utf8.split(separator: 0x20).map {
                String(Substring($0))
            }
        }
        let sets = EntityRuleWords.sets  // built once, not once per set
        if let missing = (Array(sets.keys) + EntityRuleWords.listNames).sorted().first(where: {
            words[$0] == nil
        }) {
            throw ResourceFormatError(description: "\(name): the row \(missing) is missing")
        }
        for (name, list) in words {
            if name == "possessiveEnding" { possessiveEnding = list }
            if name == "elisionMark" { elisionMark = list }
            if name == "institutionAdjectiveEnding" { institutionAdjectiveEnding = list }
            if name == "finiteVerbEnding" { finiteVerbEnding = list }
            if name == "adjectiveEnding" { adjectiveEnding = list }
            if name == "pluralEnding" { pluralEnding = list }
            if name == "regularPluralEnding" { regularPluralEnding = list }
            if name == "imperativeEnding" { imperativeEnding = list }
            if name == "demonymEnding" { demonymEnding = list }
            if name == "demonymStemEnding" { demonymStemEnding = list }
            if name == "regionEnding" { regionEnding = list }
            if name == "mediumArticle" { mediumArticle = list }
            if name == "demonymStemLetter" {
                demonymStemLetter = list.compactMap { pair in
                    let parts = pair.split(separator: ":")
                    return parts.count == 2 ? (String(parts[0]), String(parts[1])) : nil
                }
            }
            if name == "namedOrganisation" || name == "namedCompetition" {
                let rows = list.map { $0.split(separator: "_").map { FeatureHash.of(String($0)) } }
                if name == "namedOrganisation" { namedOrganisation = rows } else { namedCompetition = rows }
                namedFirstWords.formUnion(rows.compactMap(\.first))
            }
            if name == "townDemonym" {
                townDemonym = WordSet(
                    list.flatMap {
                        Self.demonymForms(
                            $0, pluralEndings: words["pluralEnding"] ?? [],
                            regularPlural: words["regularPluralEnding"]?.first ?? "")
                    })
            }
            guard let path = sets[name] else { continue }
            self[keyPath: path] = WordSet(list)
        }
        // The `verbLemma` rows conjugated once, for both sets.
        let lemmaConjugations = (words["verbLemma"] ?? []).flatMap { conjugator.forms(of: $0) }
        let lemmaForms = lemmaConjugations.filter { $0.1 == .finite }.map(\.0)
        // The speech forms picked in one pass: `Dictionary.filter` would hash every form again
        // into a new dictionary (a set of hashes does not need their order).
        var speechFinite: [String] = []
        var speechFiniteOrParticiple: [String] = []
        for (form, entries) in speech.forms {
            if entries.contains(where: { $0.shape == .finite }) { speechFinite.append(form) }
            if entries.contains(where: { $0.shape == .finite || $0.shape == .participle }) {
                speechFiniteOrParticiple.append(form)
            }
        }
        finiteVerb = WordSet(speechFinite + lemmaForms)
        let lemmaParticiples = lemmaConjugations.filter { $0.1 == .finite || $0.1 == .participle }.map(\.0)
        verbForm = WordSet(speechFiniteOrParticiple + lemmaParticiples)
        // The model reads the "lochead" rows as features: heads the rules alone know ("église")
        // are the `siteHead` set, so adding one does not change what the model sees.
        placeHead = WordSet(
            triggerRows.filter { $0.count >= 2 && $0[1] == "lochead" }.map { String($0[0]) }
                + (words["siteHead"] ?? []))
        month = WordSet(months.months)
    }

    /// The French sets, read once from `entity-rules.tsv`, `triggers.tsv`, the French speech
    /// verbs and the French months.
    static let french: EntityRuleWords = {
        do {
            return try EntityRuleWords(
                rows: ResourceFile.rows("entity-rules.tsv"), triggerRows: ResourceFile.rows("triggers.tsv"),
                speech: .french, conjugator: .french, months: .french)
        } catch {
            ResourceFile.unusable(error)
        }
    }()
}
