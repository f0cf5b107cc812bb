import Testing

@testable import ParoleKit

/// A role phrase that speaks is the person the article named with that role: a role in
/// apposition to the role written before the name, a role whose complement holds a name, a
/// shorter role that a longer one subsumes.
@Suite struct RoleHolderLinkTests {
    let analyzer = Analyzer()

    @Test func aRoleApposedToANationalityBeforeTheNameIsThePerson() {
        let text = """
            Bruxelles veut plafonner les prix
            Le commissaire européen au Commerce, le Danois Henrik Sørgaard, a répondu aux critiques.
            « Nous ne céderons rien sur l'acier », a déclaré le commissaire européen au Commerce devant la presse.
            """
        #expect(analyzer.speakerActors(text).last??.name == "Henrik Sørgaard")
    }

    @Test func aRoleApposedToAnotherRoleBeforeTheNameIsThePerson() {
        let text = """
            Grève chez le transporteur
            Le syndicat des dockers s'inquiète pour les salariés. « On nous demande encore des efforts », a déclaré à la presse son délégué dans l'entreprise, le commandant Marc Lemoine.
            """
        let analysis = analyzer.analyze(text: text, id: "t")
        #expect(analysis.speakerActors.last??.name == "Marc Lemoine")
        #expect(
            analysis.actors.first { $0.name == "Marc Lemoine" }?.roles.contains("délégué dans l'entreprise")
                == true)
    }

    @Test func aListOfRolesGivesTheFirstNoHolder() {
        let text = """
            Réunion à la préfecture
            Le préfet a reçu le maire, le président du département, le commandant Paul Girard.
            """
        let analysis = analyzer.analyze(text: text, id: "t")
        let roles = analysis.actors.first { $0.name == "Paul Girard" }?.roles ?? []
        #expect(!roles.contains("président du département"))
    }

    @Test func aRoleWhoseComplementHoldsANameIsTheApposedPerson() {
        let text = """
            Procès de Saint-Brieuc
            Interrogée par l'avocate de la famille Le Goff, Me Claire Dantec, la voisine a hésité.
            Le témoin suivant était un gendarme.
            « Ces messages disent tout de la préméditation », a plaidé l'avocate devant la cour.
            """
        let analysis = analyzer.analyze(text: text, id: "t")
        #expect(analysis.speakerActors.last??.name == "Claire Dantec")
    }

    @Test func aShorterRoleIsTheHolderOfTheLongerRoleItOpens() {
        let text = """
            Sommet de l'énergie
            Le ministre délégué à l'Industrie, Antoine Lacombe, a visité l'usine mardi.
            Le ministre de l'Intérieur, Paul Verdier, était retenu à Paris.
            « Cette usine restera ouverte », a promis le ministre délégué devant les salariés.
            """
        #expect(analyzer.speakerActors(text).last??.name == "Antoine Lacombe")
    }

    @Test func aShorterRoleOfTwoHoldersIsTheOneMentionedLast() {
        let text = """
            Sommet de l'énergie
            Le ministre délégué aux Transports, Paul Verdier, était retenu à Paris.
            Le ministre délégué à l'Industrie, Antoine Lacombe, a visité l'usine mardi.
            « Cette usine restera ouverte », a promis le ministre délégué devant les salariés.
            """
        #expect(analyzer.speakerActors(text).last??.name == "Antoine Lacombe")
    }

    @Test func aRoleAfterAnAccordingPrepositionIsAnotherPersonsRole() {
        let text = """
            Procès de Rennes
            Selon le procureur, l'avocat Paul Martin a menti à la cour.
            """
        let analysis = analyzer.analyze(text: text, id: "t")
        let roles = analysis.actors.first { $0.name == "Paul Martin" }?.roles ?? []
        #expect(!roles.contains("procureur"))
        #expect(analysis.quotes.count == 1)
        #expect(analysis.speakerActors.first??.name != "Paul Martin")
    }

    @Test func aRoleAfterDApresSpeaksApartFromTheNamedPerson() {
        let text = """
            Procès de Rennes
            D'après la juge, l'avocat Paul Martin a menti à la cour.
            « Les faits sont établis », a conclu la juge devant le public.
            """
        let speakers = analyzer.speakerActors(text)
        #expect(speakers.count == 2)
        #expect(speakers.allSatisfy { $0?.name != "Paul Martin" })
        #expect(speakers.first??.name == speakers.last??.name)
    }

    @Test func aRoleAfterAnAgentPrepositionIsNotTheNamedPersons() {
        let text = """
            Procès de Rennes
            Interrogé par la juge, l'avocat Paul Martin a reconnu les faits.
            """
        let analysis = analyzer.analyze(text: text, id: "t")
        let roles = analysis.actors.first { $0.name == "Paul Martin" }?.roles ?? []
        #expect(roles.contains("avocat"))
        #expect(!roles.contains("juge"))
    }

    @Test func aShorterRoleIsTheLastHolderOfALongerRoleNamedTwice() {
        let text = """
            Remaniement
            Le ministre délégué à l'Industrie, Antoine Lacombe, a quitté le gouvernement lundi.
            Le ministre délégué à l'Industrie, Paul Verdier, a pris ses fonctions mardi.
            « Cette usine restera ouverte », a promis le ministre délégué devant les salariés.
            """
        #expect(analyzer.speakerActors(text).last??.name == "Paul Verdier")
    }
}
