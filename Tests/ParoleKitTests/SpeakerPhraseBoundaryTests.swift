import Testing

@testable import ParoleKit

/// The speaker phrase in the quote's own sentence: the antecedent of a relative after an aside,
/// the subject across a relative clause or a long apposition, a name after its title, and a verb
/// that ends the subject's noun phrase.
@Suite struct SpeakerPhraseBoundaryTests {
    let analyzer = Analyzer()

    @Test func aRelativeAfterAnInvertedClauseHasTheInvertedSubjectAsAntecedent() {
        let names = analyzer.speakerNames(
            """
            Heurts à Poitiers
            Quatre policiers avaient été blessés et deux manifestants arrêtés, a indiqué dimanche la préfecture, qui a dénoncé « des actes intolérables ».
            """)
        #expect(names.count == 2)
        #expect(names.allSatisfy { $0 == "préfecture" })
    }

    @Test func aRelativeAfterSelonHasTheSourceAsAntecedentNotTheSentenceSubject() {
        let names = analyzer.speakerNames(
            """
            Quotas de pêche
            Les Danois ont résisté toute la matinée sur le cabillaud, selon une source européenne, qui évoque un « bras de fer » entre Copenhague et Bruxelles.
            """)
        #expect(!names.isEmpty)
        #expect(names.allSatisfy { $0 == "source européenne" })
    }

    @Test func aRelativeBetweenSubjectAndVerbLeavesTheSubjectSpeaking() {
        let actors = analyzer.speakerActors(
            """
            Épidémie
            Au CHU de Nantes, une infirmière qui a requis l'anonymat décrit des nuits « épuisantes » pour le service.
            """)
        #expect(actors.count == 1)
        #expect(actors.first??.name == "infirmière")
        #expect(actors.first??.kind == .anonymousSource)
    }

    @Test func aNameOpeningTheSentenceSpeaksAfterAnAppositionOfAnyLength() {
        let actors = analyzer.speakerActors(
            """
            Sécheresse
            Lucie Marchand, climatologue à l'Institut de recherche pour l'environnement, la forêt et les sols (IREFS) de Grenoble, a expliqué que ces sécheresses pouvaient revenir « chaque été ».
            """)
        #expect(actors.first??.name == "Lucie Marchand")
        // The role kept for her does not end on a dangling "à l'".
        #expect(actors.first??.roles.contains { $0.hasSuffix("l'") || $0.hasSuffix(" à") } == false)
    }

    @Test func aNameAfterItsTitleInAppositionToARoleSpeaks() {
        let names = analyzer.speakerNames(
            """
            Bronchiolite
            La directrice régionale de la santé par intérim, la docteure Agnès Roubaud, a indiqué que les cas « augmentent vite ».
            """)
        #expect(names == ["Agnès Roubaud"])
    }

    @Test func aVerbAfterTheSubjectNounEndsTheSpeakerPhrase() {
        let names = analyzer.speakerNames(
            """
            Audience
            Le prévenu marque un temps et répond : « Je ne sais plus. »
            """)
        #expect(names == ["prévenu"])
        // "La fédération", not "La fédération invite", is the body named just before.
        let analysis = analyzer.analyze(
            text: """
                Tempête
                Les dégâts pourraient dépasser 200 millions d'euros, selon Assurances Unies, la fédération du secteur. La fédération invite les sinistrés à déclarer leurs dommages « dans les cinq jours ouvrés ».
                """, id: "t")
        let quote = analysis.quotes.first { $0.text == "dans les cinq jours ouvrés" }
        #expect(quote?.speaker?.text == "La fédération")
        #expect(quote?.speaker?.actor.flatMap { analysis.actor(id: $0) }?.name == "Assurances Unies")
    }

    @Test func anAdjectiveBeforeAnObjectPronounStaysInThePhrase() {
        // "les" before an auxiliary is a pronoun: "français" is no verb.
        let names = analyzer.speakerNames(
            """
            Visite officielle
            Le ministre français les a reçus lundi et a déclaré : « Nous avançons. »
            """)
        #expect(names == ["ministre français"])
    }

    @Test func theSameDocumentNamedAgainIsOneActor() {
        let analysis = analyzer.analyze(
            text: """
                Élection municipale
                Les deux listes sont au coude-à-coude, selon un sondage Ifop pour Le Courrier publié le 3 mai. Le même sondage indique que « rien n'est joué » avant le second tour.
                """, id: "t")
        let actors = analysis.speakerActors
        #expect(actors.count == 2)
        #expect(actors[0]?.kind == .document)
        #expect(actors[1]?.id == actors[0]?.id)
        #expect(actors[0]?.aliases.contains("même sondage") == true)
    }

    @Test func anIndefiniteDocumentIsAnotherOne() {
        let actors = analyzer.speakerActors(
            """
            Élection municipale
            Les deux listes sont au coude-à-coude, selon un sondage Ifop pour Le Courrier publié le 3 mai. Un autre sondage indique que « rien n'est joué » avant le second tour.
            """)
        #expect(actors.count == 2)
        #expect(actors[1]?.id != actors[0]?.id)
    }

    @Test func aRoleAfterAnIndirectObjectStartsAtItsOwnDeterminer() {
        let actors = analyzer.speakerActors(
            """
            Conseil municipal
            Le maire a donné la parole à son premier adjoint, Karim Benali. « Le marché est régulier », a assuré Karim Benali.
            Elle a croisé la compagne de l'accusé, Sonia Blanc. « Il est innocent », a dit Sonia Blanc.
            """)
        #expect(actors.count == 2)
        #expect(actors[0]?.name == "Karim Benali")
        #expect(actors[0]?.roles == ["premier adjoint"])
        // A role noun after "de" is the complement: she is the companion, not the accused.
        #expect(actors[1]?.roles.contains("accusé") == false)
    }

    @Test func adjectivesAfterANameCutByTheRecogniserStayInThePhraseBeforeItsVerb() {
        let analysis = analyzer.analyze(
            text: """
                Rapport
                À Lyon, le ministère des Affaires municipales dit avoir « pris connaissance » du rapport et n'a pas exclu d'y donner suite.
                """, id: "t")
        #expect(!analysis.quotes.isEmpty)
        for quote in analysis.quotes {
            #expect(quote.speaker?.text == "le ministère des Affaires municipales")
        }
    }

    @Test func aBodyNounInAppositionToAnOrganisationNamesItLater() {
        let analysis = analyzer.analyze(
            text: """
                Tempête
                Les dégâts pourraient dépasser 200 millions d'euros, selon Assurances Unies, la fédération du secteur. La fédération invite les sinistrés à déclarer leurs dommages « dans les cinq jours ouvrés ».
                """, id: "t")
        let body = analysis.actors.filter { $0.name == "Assurances Unies" }
        #expect(body.count == 1)
        #expect(body.first?.aliases.contains("fédération du secteur") == true)
        // No second actor for "la fédération" alone.
        #expect(!analysis.actors.contains { $0.name == "fédération" })
    }

    @Test func aNameJoinedByEtBeforeItsVerbIsOnePhrase() {
        let analysis = analyzer.analyze(
            text: """
                Fusion bancaire
                La CFDT Banques et Assurances estime que les économies cachent « au moins 300 suppressions de postes ».
                """, id: "t")
        #expect(analysis.quotes.first?.speaker?.text == "La CFDT Banques et Assurances")
    }

    /// The speaker phrase of the first quote of an article whose body is `body`.
    private func firstSpeakerPhrase(_ body: String) -> String? {
        analyzer.analyze(text: "Actualité\n" + body, id: "t").quotes.first?.speaker?.text
    }

    @Test func aClubNameJoinedByEtBeforeASingularVerbIsOnePhrase() {
        #expect(
            firstSpeakerPhrase("Le club Sang et Or a déclaré que le match aurait lieu samedi.")
                == "Le club Sang et Or")
    }

    @Test func twoPersonsJoinedByEtBeforeAPluralVerbAreNotOneName() {
        #expect(
            firstSpeakerPhrase("Martine Lebrun et Julien Castel ont affirmé que le projet était prêt.")
                == "Julien Castel")
    }

    @Test func twoPlacesOrTwoCompaniesJoinedByEtAreNotOneName() {
        #expect(
            firstSpeakerPhrase("Lyon et Bordeaux ont annoncé que les travaux commenceraient en mai.")
                == "Bordeaux")
        #expect(firstSpeakerPhrase("Danone et Renault estiment que la taxe est trop lourde.") == "Renault")
    }

    @Test func aLongChainOfNamesJoinedByEtIsJoinedAtMostOnce() {
        let names = (1...40).map { "Anne Simon\($0) et Anne Garcia\($0)" }.joined(separator: " et ")
        let phrase = firstSpeakerPhrase("\(names) a déclaré que le texte était prêt.") ?? ""
        #expect(phrase.components(separatedBy: " et ").count <= 2)
    }

    @Test func aNameAfterAParticiplesAgentHoldsNoRoleBeforeIt() {
        let analysis = analyzer.analyze(
            text: """
                Tunnel
                Dans l'opposition, un député cité par Jean Dumas a qualifié le projet de « puits sans fond ».
                """, id: "t")
        let dumas = analysis.actors.first { $0.name == "Jean Dumas" }
        #expect(dumas?.roles.contains { $0.contains("député") } != true)
    }

    @Test func anInvertedRoleWithABodyInsideIsThePersonNamedAfterIt() {
        let names = analyzer.speakerNames(
            """
            Haies
            La ministre Anne Roy a visité une ferme bretonne jeudi.
            « On arrache plus qu'on ne plante », a déclaré la directrice régionale de l'OFB en Bretagne, Claire Morvan.
            """)
        #expect(names == ["Claire Morvan"])
    }
}
