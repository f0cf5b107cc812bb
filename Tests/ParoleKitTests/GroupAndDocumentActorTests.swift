import Testing

@testable import ParoleKit

/// Speakers named by a plural group ("les syndicats de la SNCF … ils"), by a body with the
/// short complement of its state ("le gouvernement tibétain en exil"), and documents cited
/// through another document ("selon les résultats de l'étude") keep their full phrase.
@Suite struct GroupAndDocumentActorTests {
    let analyzer = Analyzer()

    func speakers(_ text: String) -> [(name: String?, kind: ActorKind?)] {
        let analysis = analyzer.analyze(text: text, id: "t")
        return analysis.quotes.map { q in
            let actor = q.speaker?.actor.flatMap { analysis.actor(id: $0) }
            return (actor?.name, actor?.kind)
        }
    }

    @Test func aPluralBodyNounIsAGroupThatAPluralPronounNames() {
        let text = """
            Grève dans les transports
            Les syndicats de la SNCF ont appelé à une nouvelle journée de grève mardi.
            Ils estiment que la réforme menace le statut des cheminots. « Nous ne céderons pas », ont-ils prévenu.
            """
        let found = speakers(text)
        #expect(found.map(\.name) == ["syndicats de la SNCF", "syndicats de la SNCF"])
        #expect(found.first?.kind == .organisation)
    }

    @Test func aPersonsEntourageIsAnAnonymousSourceNotThePerson() {
        let text = """
            Commerce
            Le député a cité un chiffre de 30 %. Son entourage assure que le député « parlait des communes rurales ».
            """
        let found = speakers(text)
        #expect(found.map(\.name) == ["entourage"])
        #expect(found.first?.kind == .anonymousSource)
    }

    @Test func aPluralRoleNounIsAnAnonymousSource() {
        let text = """
            Marchés
            Les analystes de la banque ont revu leurs prévisions.
            Ils estiment que la croissance ralentira en 2025.
            """
        #expect(speakers(text).map(\.name) == ["analystes de la banque"])
    }

    @Test func theComplementOfABodysStateStaysInItsName() {
        let text = """
            Manifestations au Tibet
            Des moines ont manifesté lundi à Lhassa.
            Le gouvernement tibétain en exil mentionne que des étudiants sont descendus dans la rue.
            Le président en exercice de l'Union africaine a déclaré que la situation était grave.
            """
        let names = speakers(text).map(\.name)
        #expect(names.first == "gouvernement tibétain en exil")
        #expect(names.count == 2)
    }

    @Test func aDocumentOfADocumentIsOneDocumentNamedByItsFullPhrase() {
        let text = """
            Pont fermé
            Le pont a été fermé après l'incendie.
            Selon les résultats de l'étude, la reconstruction prendrait des mois.
            """
        let found = speakers(text)
        #expect(found.first?.name == "résultats de l'étude")
        #expect(found.first?.kind == .document)
    }

    @Test func aBodyOfWireCopySpeaksThroughItsCommunique() {
        let text = """
            Sanctions
            Le porte-parole de la diplomatie chinoise, Wang Wenbin, a rejeté les accusations.
            Le département d'État a indiqué dans un communiqué que des discussions étaient en cours.
            """
        let found = speakers(text)
        #expect(found.map(\.name) == ["département d'État"])
        #expect(found.first?.kind == .organisation)
    }

    @Test func aPluralPersonNounIsAGroupButAClauseAfterItIsNoName() {
        let group = """
            Grève à l'hôpital
            Les infirmières ont manifesté mardi devant la mairie.
            Elles estiment que le plan arrive trop tard.
            """
        #expect(speakers(group).map(\.name) == ["infirmières"])
        let clause = """
            Grève à l'hôpital
            Les infirmières restent sceptiques. Elles estiment que le plan arrive trop tard.
            """
        // The quote is found; its speaker, if any, is not the clause the phrase finder ran into.
        #expect(analyzer.analyze(text: clause, id: "t").quotes.map(\.text) == ["le plan arrive trop tard"])
        #expect(speakers(clause).allSatisfy { $0.name != "infirmières restent sceptiques" })
    }

    @Test func aPersonNamedByWhatTheyDoIsAnAnonymousSourceOfTheirOwn() {
        let text = """
            Sécurité routière
            Selon une source policière, les contrôles seront renforcés cet été. « Il y aura plus de gendarmes sur les routes », confie un haut fonctionnaire du ministère de l'Intérieur.
            « On a peur de sortir le soir », raconte une habitante du quartier.
            """
        let actors = analyzer.speakerActors(text)
        #expect(actors.count == 3)
        #expect(actors.allSatisfy { $0?.kind == .anonymousSource })
        #expect(actors.dropFirst().first??.name == "haut fonctionnaire du ministère de l'Intérieur")
        #expect(actors.last??.name == "habitante du quartier")
    }

    @Test func anIndefinitePersonBeforeANamedOneIsNotThatPerson() {
        // A staff or trade noun with "un"/"une" introduces someone new: not the director named
        // before, nor the agency inside the director's role.
        let text = """
            Crise à l'hôpital
            Le directeur de l'Agence régionale de santé, Paul Martin, a défendu le plan.
            Un cadre de la direction décrit un fonctionnement « très vertical ».
            Un agent de joueurs confirme avoir reçu « au moins trois appels » de joueurs.
            Un examinateur de Grenoble confirme ce sentiment. « On nous demande du rendement. »
            """
        let actors = analyzer.speakerActors(text)
        #expect(actors.count == 3)
        #expect(actors.allSatisfy { $0?.kind == .anonymousSource })
        #expect(actors.first??.name == "cadre de la direction")
        #expect(actors.last??.name == "examinateur de Grenoble")
    }

    @Test func aCapitalisedBodyNounTheRecogniserMissedIsAnOrganisation() {
        let text = """
            Guerre en Ukraine
            Selon l'Institut pour l'étude de la guerre, les forces russes progressent lentement.
            """
        let actor = analyzer.speakerActors(text).first ?? nil
        #expect(actor?.kind == .organisation)
    }

    @Test func aPluralGroupIsNamedWithoutTheVerbThePhraseRanInto() {
        let text = """
            Grève
            Les syndicats restent mobilisés. « Rien n'a changé », affirment-ils.
            « Nous irons jusqu'au bout », préviennent les syndicats du département.
            """
        let names = analyzer.speakerNames(text)
        #expect(names == ["syndicats", "syndicats du département"])
    }
}

/// Only speakers are actors: a phrase made a candidate while ranking and never quoted is not
/// listed (issue 9). Sentences written for these tests.
@Suite struct UnquotedPhraseActorTests {
    let analyzer = Analyzer()

    @Test func aPhraseCandidateWithNoQuoteIsNotListedAsAnActor() {
        let analysis = analyzer.analyze(
            text: """
                Titre
                Le maire de Thiviers, Jean-Marc Peyrot, s'est rendu sur place dès 4 heures. Très vite, les enquêteurs se sont intéressés au bar-tabac du rez-de-chaussée. « C'est un drame pour toute la commune », a-t-il déclaré.

                """, id: "t")
        #expect(analysis.quotes.count == 1)
        #expect(analysis.actors.map(\.name) == ["Jean-Marc Peyrot"])
    }

    @Test func aQuotedPhraseActorIsStillListed() {
        let analysis = analyzer.analyze(
            text: """
                Titre
                Très vite, les enquêteurs se sont intéressés au bar-tabac du rez-de-chaussée, a indiqué une source proche du dossier.

                """, id: "t")
        #expect(analysis.actors.contains { $0.kind == .anonymousSource && $0.quotes == 1 })
    }
}
