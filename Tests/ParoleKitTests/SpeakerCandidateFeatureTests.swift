import Testing

@testable import ParoleKit

/// The features the speaker ranker sees for each candidate: the agent of a passive, distance in
/// sentences and paragraphs, the kind the cue's phrase names, a fresh definite description,
/// gender given by a role after a name, number of a plural phrase.
@Suite struct SpeakerCandidateFeatureTests {
    let analyzer = Analyzer()

    /// The features of the candidate whose names include `name`, in the ranking of quote `q`.
    func features(_ text: String, quote q: Int = 0, of name: String) -> [String] {
        let samples = analyzer.speakerSamples(text: text)
        guard q < samples.count else { return [] }
        return samples[q].candidates.first { $0.names.contains(name) }?.features ?? []
    }

    @Test func theAgentOfAPassiveIsMarked() {
        let text = """
            Fermeture d'une usine
            La fermeture de l'usine a été annoncée par Jean Dupont, qui a précisé que les salariés seraient reclassés.
            """
        #expect(features(text, of: "Jean Dupont").contains { $0.hasSuffix(":agent") })
    }

    @Test func distanceIsCountedInSentencesAndParagraphs() {
        let text = """
            Fermeture d'une usine
            Jean Dupont dirige l'usine depuis dix ans. Les salariés ont appris la nouvelle lundi.
            Le site emploie quatre cents personnes.
            « Nous ne pouvions plus continuer », a-t-il déclaré.
            """
        let f = features(text, of: "Jean Dupont")
        #expect(f.contains("p:back3"))
        #expect(f.contains("p:para2"))
    }

    @Test func theKindOfTheCuesPhraseIsComparedWithEachCandidate() {
        let text = """
            Résultats en baisse
            Pierre Martin, analyste à Paris, suit le groupe Renault depuis des années.
            Le ministère a indiqué que les ventes avaient reculé.
            """
        #expect(features(text, of: "Pierre Martin").contains("a:phrasekind-"))
    }

    @Test func aPluralPhraseAgreesWithAPluralPronoun() {
        let text = """
            Grève à l'usine
            Les manifestants ont été reçus lundi par la direction de l'usine.
            « Nous irons jusqu'au bout », ont-ils déclaré.
            """
        let f = features(text, of: "manifestants")
        #expect(f.contains("p:number+"))
    }

    @Test func aPronounCandidateIsAlsoMentionedByItsRole() {
        let text = """
            Sécurité à Lyon
            Jean Dupont, ministre de l'Intérieur, a présenté son plan lundi.
            Paul Martin a reçu le ministre mardi à Lyon. « Nous agirons vite », a-t-il déclaré.
            """
        let f = features(text, of: "Jean Dupont")
        #expect(f.contains("p:para0"))
        #expect(f.contains("p:samesentence") || f.contains("p:sameparagraph"))
    }

    @Test func agreementAfterANameTellsThePersonsGender() {
        let text = """
            Élection au conseil
            Dominique Martin est arrivée en tête du scrutin. Claude Petit est arrivé deuxième.
            « Je remercie les électeurs », a-t-elle déclaré.
            """
        #expect(features(text, of: "Dominique Martin").contains("p:gender+"))
        #expect(features(text, of: "Claude Petit").contains("p:gender-"))
        #expect(analyzer.speakerNames(text).first == "Dominique Martin")
    }

    @Test func theLastWordOfTheHeadingIsNoRoleOfTheNameAfterIt() {
        let text = """
            Élection au conseil
            Dominique Martin a remporté le scrutin dimanche.
            """
        let analysis = analyzer.analyze(text: text, id: "t")
        #expect(analysis.actors.first { $0.name == "Dominique Martin" }?.roles == [])
    }

    @Test func aRoleAfterANameTellsThePersonsGender() {
        let text = """
            Visite à l'hôpital
            Claude Petit, le maire de la ville, et Dominique Martin, la ministre de la Santé, ont visité l'hôpital mardi.
            « Les urgences manquent de lits », a-t-elle déclaré.
            """
        #expect(features(text, of: "Dominique Martin").contains("p:gender+"))
        #expect(features(text, of: "Claude Petit").contains("p:gender-"))
        #expect(analyzer.speakerNames(text).first == "Dominique Martin")
    }

    @Test func aRoleOfTheOtherGenderThanTheFirstNameLiftsTheVetoAndWeighsOfItsOwn() {
        // "Vitalie" is a woman's first name in the French births, a man's in Moldova: the role
        // in apposition ("Le directeur") says which, and agrees with "il".
        let text = """
            Inondations à Cahul
            Le directeur du port fluvial, Vitalie Cebotari, a assuré que les quais seraient rouverts lundi.
            « Les pompes tournent jour et nuit », a-t-il ajouté devant la presse.
            """
        let f = features(text, quote: 1, of: "Vitalie Cebotari")
        #expect(f.contains("p:rolegender+"))
        #expect(f.contains("p:gender?"))
        #expect(!f.contains("p:gender-"))
        #expect(analyzer.speakerNames(text).last == "Vitalie Cebotari")
    }

    @Test func aRoleOfTheOtherGenderThanThePronounIsMarkedWhereItDiffersFromTheName() {
        let text = """
            Inondations à Cahul
            Le directeur du port fluvial, Vitalie Cebotari, a reçu la maire, Marie Dupont, mardi.
            « Les pompes tournent jour et nuit », a-t-elle déclaré.
            """
        let f = features(text, of: "Vitalie Cebotari")
        #expect(f.contains("p:rolegender-"))
        #expect(f.contains("p:gender?"))
        // Where the role and the name agree, the name's agreement says it: no second feature.
        #expect(!features(text, of: "Marie Dupont").contains { $0.hasPrefix("p:rolegender") })
    }

    @Test func theLastSpeakerKnowsHowFarBackTheLastWordsStandAndWhetherTheyEndARun() {
        let text = """
            Crue à Saint-Paul
            « La digue a tenu », a déclaré Chantal Ouimet, la mairesse. « Les pompes tournent jour et nuit », a-t-elle ajouté.
            Patrice Gendron habite la rue Saint-Jean depuis vingt ans.
            « Nous rouvrirons les écoles lundi », a-t-elle dit.
            """
        let samples = analyzer.speakerSamples(text: text)
        let last = samples.last?.candidates.first { $0.names.contains("Chantal Ouimet") }?.features ?? []
        #expect(last.contains("p:lastrun"))
        #expect(last.contains("p:lastquotepara2"))
        // Only the last speaker's candidate has them.
        let other = samples.last?.candidates.first { $0.names.contains("Patrice Gendron") }?.features ?? []
        #expect(!other.contains { $0.hasPrefix("p:last") && $0 != "p:lastspeaker" })
    }

    @Test func aPersonNamedThreeParagraphsBackIsStillACandidate() {
        let text = """
            Crue à Saint-Paul
            La mairesse, Chantal Ouimet, a visité la digue mardi matin.
            Les pompes tournent jour et nuit depuis le week-end.
            Les écoles du quartier restent fermées jusqu'à nouvel ordre.
            « Nous rouvrirons les écoles lundi », a-t-elle dit.
            """
        let f = features(text, of: "Chantal Ouimet")
        #expect(f.contains("p:para2"))
        #expect(f.contains("p:earlier"))
    }

    @Test func thePhraseBeforeAStressedPronounBetweenCommasIsTheSubjectOfItsSentence() {
        let text = """
            Un club en crise

            Marc Giordani préside le club depuis 2019. « Le club est en danger », a déclaré Marc Giordani lundi. Sur le banc, l'entraîneur Bruno Pellegrin tente de protéger son groupe.

            Entre les deux hommes, les relations se sont tendues. « Il a toute ma confiance », assure le président. L'entraîneur, lui, sourit quand on lui rapporte les rumeurs. « J'en ai entendu d'autres. »
            """
        let samples = analyzer.speakerSamples(text: text)
        let coach = samples.last?.candidates.first { $0.names.contains("Bruno Pellegrin") }?.features ?? []
        #expect(coach.contains("c:subject1"))
        #expect(coach.contains("c:subjectsince"))
        let president = samples.last?.candidates.first { $0.names.contains("Marc Giordani") }?.features ?? []
        #expect(president.contains("c:lastspeaker"))
        #expect(!president.contains { $0.contains(":subject1") })
    }

    @Test func oneQuoteIsNoRunOfTheLastSpeaker() {
        let text = """
            Crue à Saint-Paul
            « La digue a tenu », a déclaré Chantal Ouimet, la mairesse. « Nous rouvrirons les écoles lundi », a-t-elle ajouté.
            """
        let f =
            analyzer.speakerSamples(text: text).last?.candidates.first {
                $0.names.contains("Chantal Ouimet")
            }?.features ?? []
        #expect(f.contains("p:lastquotepara0"))
        #expect(!f.contains("p:lastrun"))
    }

    @Test func wordsOpeningASentenceInsideTheirParagraphMayBeByThePersonNamedNext() {
        let text = """
            Crue à Saint-Paul
            La mairesse, Chantal Ouimet, a parlé d'une nuit difficile. Ce n'est pas l'avis de tous. « La digue renvoie l'eau chez nous. » Patrice Gendron, qui habite la rue Saint-Jean, a dû quitter sa maison.
            """
        #expect(features(text, of: "Patrice Gendron").contains("n:nextnewinside"))
    }

    @Test func theSubjectOfWordsOpeningTheSentenceIsACandidateOfThePronounAfterThem() {
        let text = """
            Résultats annuels
            Le groupe Valdemar Industries a renoué avec les bénéfices en 2026, a-t-il annoncé jeudi.
            """
        let samples = analyzer.speakerSamples(text: text)
        let marked = samples.first?.candidates.filter { $0.features.contains("p:contentsubject") } ?? []
        #expect(marked.count == 1)
        #expect(marked.first?.names.first?.contains("Valdemar") == true)
    }
}

/// `speaker-words.txt` is typed: a missing section stops loading with its name.
@Suite struct SpeakerWordsTests {
    /// A file with every section speaker-words.txt must have.
    static let everySection =
        "[plural-determiners]\nles\n[body-classifiers]\nagence\n"
        + "[state-prepositions]\nen\n[state-nouns]\nexil\n[agreement-endings]\ne s\n[plural-verb-endings]\nent\n"
        + "[speaking-bodies]\ndépartement\n[role-synonyms]\npremier ministre = chef du gouvernement\n"
        + "[person-nouns]\nsyndicaliste\n[word-separators]\n'\n[question-marks]\n?\n[demonstratives]\ncelle-ci f\n[participle-endings]\né ée\n[participles]\nvenue\n[document-anaphors]\ndocument\n[same-adjectives]\nmême\n[owned-figures]\nchiffres\n"
        + "[indefinite-determiners]\nun une\n[question-verbs]\ndemandé\n[question-openers]\nsi\n"
        + "[modal-verbs]\ndoit\n[naming-determiners]\nson\n[stressed-pronouns]\nlui elle\n"
        + "[affiliation-connectors]\nau\nau sein de\n[conditional-auxiliaries]\naurait\n[pronominal-adjectives]\nautre\n"
        + "[function-words]\nle la de\n"

    @Test func aMissingSectionIsAnErrorNamingIt() {
        #expect(throws: SpeakerWords.MissingSection.self) {
            _ = try SpeakerWords(parsing: "[plural-determiners]\nles\n", roleGenders: [:])
        }
        let words = try? SpeakerWords(
            parsing: Self.everySection,
            roleGenders: [:])
        #expect(words?.statePrepositions == ["en"])
        #expect(SpeakerWords.french.pluralDeterminers.contains("les"))
    }

    @Test func theWritersPossessivesAreReadFromTheQuoteGrammarNotAskedOfSpeakerWords() throws {
        let words = try SpeakerWords(
            parsing: Self.everySection,
            roleGenders: [:])
        #expect(words.personNouns == ["syndicaliste"])
        #expect(Language.french.quoteGrammar.contains(.firstPersonPossessives, "nos"))
        #expect(Language.french.quoteGrammar.contains(.firstPersonPossessives, "notre"))
    }
}
