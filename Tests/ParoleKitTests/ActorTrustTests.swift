import Testing

@testable import ParoleKit

/// Speakers become actors people can trust: the named person behind a role, the holder of a
/// role given alone, anonymous sources and documents typed as such, headings never speakers.
@Suite struct ActorTrustTests {
    let analyzer = Analyzer()

    @Test func aRoleWithANameIsTheNamedPersonWithTheRoleKept() {
        let text = """
            Débat sur la confiance
            Le président de l'Assemblée Claude Bartolone a déclaré que la séance était levée.
            """
        let actor = analyzer.speakerActors(text).first ?? nil
        #expect(actor?.name == "Claude Bartolone")
        #expect(actor?.kind == .person)
        #expect(actor?.roles == ["président de l'Assemblée"])
    }

    @Test func aRoleOfAPersonWithANameInAppositionIsTheNamedPerson() {
        let text = """
            Moscou répond
            « Nous n'avons reçu aucune proposition sérieuse », a déclaré le porte-parole de Vladimir Poutine, Dmitri Peskov.
            """
        let actor = analyzer.speakerActors(text).first ?? nil
        #expect(actor?.name == "Dmitri Peskov")
        #expect(actor?.roles == ["porte-parole de Vladimir Poutine"])
    }

    @Test func thePersonARoleBelongsToIsNotItsHolder() {
        let text = """
            Moscou répond
            Le porte-parole de Vladimir Poutine a déclaré que Moscou n'avait reçu aucune proposition.
            Le porte-parole du président Barack Obama a assuré que Washington attendait une réponse.
            """
        let actors = analyzer.speakerActors(text)
        #expect(actors.count == 2)
        #expect(actors.allSatisfy { $0?.kind == .anonymousSource })
        #expect(actors.first??.name == "porte-parole de Vladimir Poutine")
    }

    @Test func aNameAfterDeIsNoHolderOfTheRoleBeforeIt() {
        let text = """
            Moscou répond
            Le porte-parole de Vladimir Poutine a déclaré que Moscou n'avait reçu aucune proposition.
            """
        let analysis = analyzer.analyze(text: text, id: "t")
        #expect(analysis.actors.first { $0.name == "Vladimir Poutine" }?.roles == [])
    }

    @Test func aRoleAloneIsTheActorWhoHoldsIt() {
        let text = """
            Le gouvernement obtient la confiance
            Le premier ministre Jean-Marc Ayrault a présenté son programme mardi devant les députés.
            Les débats ont duré plusieurs heures dans l'hémicycle.
            Le premier ministre a affirmé que le redressement du pays passerait par la justice.
            """
        let actors = analyzer.speakerActors(text)
        #expect(actors.count == 1)
        #expect(actors.first??.name == "Jean-Marc Ayrault")
    }

    @Test func theHeadOfARoleAloneNamesItsHolder() {
        let text = """
            La réforme de la justice
            Le ministre de la Justice, Alberto Ruiz-Gallardón, a présenté la réforme mardi devant les députés.
            Les débats ont duré plusieurs heures.
            Le ministre a déclaré que la réforme serait votée avant l'été.
            """
        let analysis = analyzer.analyze(text: text, id: "t")
        #expect(analysis.speakerActors.first??.name == "Alberto Ruiz-Gallardón")
        #expect(!analysis.actors.contains { $0.name == "ministre" })
    }

    @Test func aRoleGivenBeforeATitledNameAfterACommaNamesTheHolder() {
        let text = """
            Le chef du gouvernement, M. Ayrault, a rencontré les syndicats.
            Le chef du gouvernement a assuré que le dialogue continuerait.
            """
        #expect(analyzer.speakerActors(text).last??.name == "Ayrault")
    }

    @Test func anUnnamedSourceIsAnAnonymousSource() {
        let text = "« La situation reste tendue à la frontière », a déclaré une source diplomatique."
        let actor = analyzer.speakerActors(text).first ?? nil
        #expect(actor?.name == "source diplomatique")
        #expect(actor?.kind == .anonymousSource)
    }

    @Test func aTextCitedWithSelonIsADocument() {
        let text = "Le chômage a reculé de deux points en un an, selon une étude publiée lundi."
        let actor = analyzer.speakerActors(text).first ?? nil
        #expect(actor?.kind == .document)
    }

    @Test func thePeopleBehindCitedInformationSpeak() {
        let text = "L'avalanche a fait neuf morts, selon les informations des autorités locales."
        let actor = analyzer.speakerActors(text).first ?? nil
        #expect(actor?.name == "autorités locales")
        #expect(actor?.kind == .anonymousSource)
    }

    @Test func aPhraseThatNamesNoSourceIsNoActor() {
        let text = "Le club a refusé, sans mentionner de noms, d'affirmer que les joueurs resteraient."
        let analysis = analyzer.analyze(text: text, id: "t")
        #expect(!analysis.actors.contains { $0.name.contains("mentionner") })
    }

    @Test func aHeadlineIsNeverTheSpeaker() {
        let text = """
            Philippe Martin quitte la mairie de Lyon
            La décision a surpris les élus de la majorité municipale.
            « Je pars avec le sentiment du devoir accompli », a-t-il déclaré.
            """
        let actors = analyzer.speakerActors(text)
        #expect(actors.count == 1)
        #expect(actors.first??.name != "Philippe Martin")
    }

    @Test func aQuoteRepeatedInTheHeadlineTakesTheBodySpeaker() {
        let text = """
            « Nous ne reculerons pas »
            Face aux manifestants, la ministre Sophie Lambert a tenu bon mardi soir.
            « Nous ne reculerons pas », a déclaré Sophie Lambert devant la presse.
            """
        let actors = analyzer.speakerActors(text)
        #expect(actors.count == 2)
        #expect(actors.allSatisfy { $0?.name == "Sophie Lambert" })
    }

    @Test func aNameIsNotCutBeforeItsParticle() {
        let text = """
            Titre
            « La situation est grave », affirme Rami Abd al-Rahman, directeur de l'observatoire.
            """
        #expect(analyzer.speakerActors(text).first??.name == "Rami Abd al-Rahman")
    }
}

/// What may become an actor: a body named after its institution noun is the named body; a bare
/// definite description of a body refers back to the body named last; one name written with a
/// hyphen or a space is one actor.
@Suite struct BodyActorTests {
    let analyzer = Analyzer()

    @Test func anInstitutionNounBeforeANameIsTheNamedBody() {
        let text = """
            Orages en Bretagne
            Selon Météo-France, les orages seront violents dans la nuit.
            L'agence Météo-France a ajouté que la vigilance serait levée mercredi.
            """
        let actors = analyzer.speakerActors(text)
        #expect(actors.count == 2)
        #expect(actors.allSatisfy { $0?.name == "Météo-France" })
        #expect(actors.last??.kind == .organisation)
    }

    @Test func aBareDefiniteBodyRefersToTheBodyNamedBefore() {
        let text = """
            Orages en Bretagne
            Les orages seront violents dans la nuit, selon Météo-France.
            L'agence a indiqué que la vigilance orange serait levée mercredi.
            """
        let analysis = analyzer.analyze(text: text, id: "t")
        #expect(analysis.speakerActors.last??.name == "Météo-France")
        #expect(!analysis.actors.contains { $0.name == "agence" })
    }

    @Test func aDefiniteBodyWithAnAdjectiveIsABodyOfItsOwn() {
        let text = """
            Manifestations au Tibet
            Le Parti communiste chinois a réuni son congrès à Pékin.
            Le gouvernement tibétain a indiqué que des étudiants étaient descendus dans la rue.
            """
        #expect(analyzer.speakerActors(text).last??.name != "Parti communiste chinois")
    }

    @Test func aBareDefiniteBodyDoesNotReferToAPassingMention() {
        let text = """
            Neige sur les routes
            Le trafic est perturbé sur l'autoroute A20, selon la préfecture.
            """
        #expect(analyzer.speakerActors(text).first??.name != "A20")
    }

    @Test func aBareDefiniteBodyDoesNotReferToABodyAnotherNounDescribes() {
        let text = """
            Neige sur la France
            Météo France a placé quinze départements en vigilance orange, a indiqué l'agence.
            Selon Météo France, les routes seront glissantes.
            Le trafic est perturbé sur l'autoroute A20, selon la préfecture.
            """
        #expect(analyzer.speakerActors(text).last??.name != "Météo France")
    }

    @Test func anOrganisationsNameCutBeforeAPlaceNameGoesOn() {
        let text = """
            Neige sur la France
            Les prévisionnistes de Météo France annoncent que la neige tombera jusqu'à mardi.
            Selon Météo France, les routes seront glissantes.
            """
        let analysis = analyzer.analyze(text: text, id: "t")
        #expect(analysis.speakerActors.last??.name == "Météo France")
        #expect(!analysis.actors.contains { $0.name == "Météo" })
    }

    @Test func aPublicBodyNounIsNotTheCompanyNamedBefore() {
        let text = """
            Samsung condamné
            Samsung devra verser un milliard de dollars à Apple, selon le tribunal.
            """
        #expect(analyzer.speakerActors(text).first??.name == "tribunal")
    }

    @Test func aLongerNameOpeningWithAKnownOneWordNameIsTheSameBody() {
        let text = """
            Samsung condamné
            Samsung devra verser un milliard de dollars à Apple.
            Samsung Electronics a annoncé qu'il ferait appel.
            L'Union européenne et l'Union africaine ont signé un accord.
            """
        let analysis = analyzer.analyze(text: text, id: "t")
        #expect(analysis.actors.filter { $0.name.hasPrefix("Samsung") }.count == 1)
        #expect(analysis.actors.filter { $0.name.hasPrefix("Union") }.count == 2)
    }

    @Test func aCapitalisedInstitutionNounAloneIsTheOneBodyWhoseNameOpensWithIt() {
        let text = """
            Sommet agricole
            Le fonds a été fixé par la Commission européenne.
            La Pologne accuse la Commission de « sacrifier les éleveurs ».
            L'Union européenne et l'Union africaine ont signé un accord.
            L'Union a salué le texte.
            """
        let analysis = analyzer.analyze(text: text, id: "t")
        #expect(
            analysis.actors.filter { $0.name.hasPrefix("Commission") }.map(\.name) == [
                "Commission européenne"
            ])
        // Two unions: "l'Union" alone is neither of them.
        let unions = analysis.actors.filter { $0.name.hasPrefix("Union") }
        #expect(unions.count == 2)
        #expect(unions.allSatisfy { $0.occurrences.count == 1 })
    }

    @Test func anInitialAndASurnameAreThePersonNamedInFull() {
        let text = """
            Accord signé
            Barack Obama a félicité les négociateurs.
            B. Obama a ajouté qu'il soutenait l'accord.
            """
        let analysis = analyzer.analyze(text: text, id: "t")
        #expect(analysis.speakerActors.first??.name == "Barack Obama")
        #expect(!analysis.actors.contains { $0.name == "B. Obama" })
    }

    @Test func aNameWithAHyphenOrASpaceIsOneActor() {
        let text = """
            Orages en Bretagne
            Les orages seront violents dans la nuit, selon Météo France.
            De fortes pluies sont attendues, a prévenu Météo-France mardi.
            """
        let actors = analyzer.speakerActors(text)
        #expect(actors.count == 2)
        #expect(actors.first??.id == actors.last??.id)
    }
}

/// A role or an alias of an actor is a phrase that names: never a clause the phrase finder ran
/// on into, nor a state in apposition.
@Suite struct ActorAliasTests {
    let analyzer = Analyzer()

    @Test func aRoleBeforeANameStopsAtAVerb() {
        let text = """
            Nouveau gouvernement
            Le poste de ministre des Finances a été confié au banquier Paul Martin, qui prend ses fonctions lundi.
            Le premier ministre a reçu mardi le syndicaliste Jean Dupont à Matignon.
            """
        let analysis = analyzer.analyze(text: text, id: "t")
        let roles = analysis.actors.flatMap(\.roles)
        #expect(!roles.contains { $0.contains(" a ") || $0.contains("été") })
        #expect(analysis.actors.first { $0.name == "Jean Dupont" }?.roles == ["syndicaliste"])
    }

    @Test func aStateInAppositionIsNoAliasOfTheSpeaker() {
        let text = """
            Réforme des retraites
            « Rien n'est fait », a ajouté le premier ministre, Jean-Marc Ayrault.
            « On verra », a lancé le premier ministre, très remonté.
            « C'est fini », a affirmé le premier ministre, chef de la majorité.
            """
        let ayrault = analyzer.analyze(text: text, id: "t").actors.first { $0.name == "Jean-Marc Ayrault" }
        #expect(ayrault?.quotes == 3)
        #expect(ayrault?.aliases.contains("chef de la majorité") == true)
        #expect(ayrault?.aliases.contains("très remonté") == false)
        #expect(ayrault?.roles.contains("très remonté") == false)
    }

    @Test func aRoleWithANameTheRecogniserMissedIsThatPerson() {
        let text = """
            Démission
            « Je quitte le gouvernement la tête haute », a déclaré la ministre des Sports Laura Flessel.
            « Nous regrettons ce départ », a indiqué le porte-parole de Vladimir Poutine.
            """
        let actors = analyzer.speakerActors(text)
        #expect(actors.first??.name == "Laura Flessel")
        #expect(actors.first??.kind == .person)
        #expect(actors.first??.roles == ["ministre des Sports"])
        #expect(actors.last??.name == "porte-parole de Vladimir Poutine")
    }

    @Test func aFirstNameOpeningABodysNameAfterARoleIsNoPerson() {
        let text = """
            Médias
            « Nous continuerons », a affirmé le directeur de l'agence France Presse.
            « Rien ne change », a indiqué le porte-parole de la société Marine Harvest.
            """
        let actors = analyzer.analyze(text: text, id: "t").actors
        #expect(
            !actors.contains {
                $0.kind == .person && ($0.name == "France Presse" || $0.name == "Marine Harvest")
            })
        #expect(
            !actors.contains {
                $0.roles.contains("directeur de l'agence") || $0.roles.contains("porte-parole de la société")
            })
    }

    @Test func aRoleBeforeANameKeepsItsComplementsWhole() {
        let text = """
            Procès
            L'avocat des parents de la victime, Me Francis Szpiner, a salué une décision juste.
            """
        let szpiner = analyzer.analyze(text: text, id: "t").actors.first { $0.name == "Francis Szpiner" }
        #expect(szpiner?.roles == ["avocat des parents de la victime"])
    }

    @Test func theNGOAloneIsTheNGONamedBefore() {
        let text = """
            Exécutions en Iran
            Amnesty International a dénoncé jeudi une hausse des exécutions. Selon l'ONG, au moins 853 personnes ont été exécutées en 2023.
            """
        let actors = analyzer.speakerActors(text)
        #expect(actors.last??.name == "Amnesty International")
    }

    @Test func aTitleBeforeANameIsNoRole() {
        let text = """
            Procès à Lyon
            L'avocat de la défense, Me Pierre Martin, a plaidé l'acquittement devant la cour d'assises.
            """
        let martin = analyzer.analyze(text: text, id: "t").actors.first { $0.name == "Pierre Martin" }
        #expect(martin?.roles == ["avocat de la défense"])
    }
}
