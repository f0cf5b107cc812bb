import Testing

@testable import ParoleKit

/// Which clause a name stands in decides whether it speaks: the subject of an absolute
/// participle clause after the cue is no apposition nor candidate, a participle's agent inside
/// an apposition does not name the subject, the antecedent of "selon lesquels" is the whole
/// phrase whose complement ends on a name, and a verb phrase after a name's comma is no role.
@Suite struct SpeakerClauseReadingTests {
    let analyzer = Analyzer()

    @Test func theSubjectOfAnAbsoluteParticipleClauseAfterTheCueDoesNotSpeak() {
        let analysis = analyzer.analyze(
            text: """
                Trains supprimés
                Les usagers de la ligne ont attendu plus de deux heures en gare lundi matin.
                « La circulation reprendra progressivement dans la soirée », a expliqué le porte-parole de la préfecture, la SNCF n'ayant pas souhaité s'exprimer.
                """, id: "t")
        let quote = analysis.quotes.first { $0.text.contains("circulation reprendra") }
        let name = quote?.speaker?.actor.flatMap { analysis.actor(id: $0) }?.name ?? quote?.speaker?.text
        #expect(name != nil)
        #expect(name != "SNCF")
        #expect(name?.contains("porte-parole") == true)
    }

    @Test func aParticiplesAgentInAnAppositionIsNotTheSubject() {
        let analysis = analyzer.analyze(
            text: """
                Festival du film d'animation
                Le jury, présidé par le cinéaste japonais Kenji Moriwaki, a salué « une œuvre d'une délicatesse rare ».
                """, id: "t")
        let quote = analysis.quotes.first { $0.text.contains("délicatesse rare") }
        let name = quote?.speaker?.actor.flatMap { analysis.actor(id: $0) }?.name
        #expect(name == "jury")
    }

    @Test func theAntecedentOfSelonLesquelsIsThePeopleNotTheirFirmsName() {
        let analysis = analyzer.analyze(
            text: """
                Résultats semestriels
                Le groupe a publié mardi des comptes meilleurs que prévu.
                Les analystes de Kepler Cheuvreux, selon lesquels le groupe « a désormais les moyens d'une acquisition », ont relevé leur objectif de cours.
                """, id: "t")
        let quote = analysis.quotes.first { $0.text.contains("acquisition") }
        let name = quote?.speaker?.actor.flatMap { analysis.actor(id: $0) }?.name
        #expect(name == "analystes de Kepler Cheuvreux")
    }

    @Test func theSubjectIsTheAntecedentOfARelativeAroundAnApposition() {
        let analysis = analyzer.analyze(
            text: """
                Procès de l'Ehpad
                Joëlle Rivière, dont la mère, Paulette Rivière, est morte le 24 juillet dans une chambre surchauffée, s'est dite « soulagée qu'on reconnaisse enfin une faute ».
                """, id: "t")
        let quote = analysis.quotes.first { $0.text.contains("soulagée") }
        #expect(quote?.speaker?.actor.flatMap { analysis.actor(id: $0) }?.name == "Joëlle Rivière")
    }

    @Test func aRoleInTheLeadIsThePersonNamedWithItFurtherOn() {
        let analysis = analyzer.analyze(
            text: """
                Urgences fermées la nuit cet été
                L'hôpital a confirmé lundi la fermeture nocturne de son service d'urgences. Le maire parle d'une « mise en danger ».
                La décision était redoutée depuis le printemps.
                Lundi soir, le maire de Lannion, Patrick Le Moal, a fait voter une motion de soutien.
                """, id: "t")
        let quote = analysis.quotes.first { $0.text.contains("mise en danger") }
        #expect(quote?.speaker?.actor.flatMap { analysis.actor(id: $0) }?.name == "Patrick Le Moal")
    }

    @Test func aRoleInTheLeadTwoPeopleHoldIsNeither() {
        let analysis = analyzer.analyze(
            text: """
                Fusion de communes
                Le projet de fusion divise la vallée. Le maire parle d'une « chance historique ».
                Le maire de Vernay, Paul Girard, défend le projet depuis deux ans.
                Le maire de Sorbiers, Jean Morel, s'y oppose.
                """, id: "t")
        let quote = analysis.quotes.first { $0.text.contains("chance historique") }
        let name = quote?.speaker?.actor.flatMap { analysis.actor(id: $0) }?.name
        #expect(name != "Paul Girard" && name != "Jean Morel")
    }

    @Test func aVerbPhraseAfterANamesCommaIsNoRole() {
        let analysis = analyzer.analyze(
            text: """
                Remaniement
                Antoine Lacombe, a été nommé ministre en 2020 avant de quitter le gouvernement.
                « Je n'ai rien à regretter », a dit Antoine Lacombe.
                """, id: "t")
        let roles = analysis.actors.first { $0.name == "Antoine Lacombe" }?.roles ?? []
        #expect(!roles.contains { $0.contains("nommé") || $0.contains("a été") })
    }

    @Test func aPrepositionsClauseAfterANamesCommaIsNoRole() {
        let analysis = analyzer.analyze(
            text: """
                Résultats semestriels
                Les analystes de Kepler Cheuvreux, selon lesquels le groupe « a désormais les moyens d'une acquisition », ont relevé leur objectif.
                """, id: "t")
        #expect(!analysis.actors.contains { $0.roles.contains { $0.hasPrefix("selon") } })
    }
}
