import Testing

@testable import ParoleKit

/// Which phrase a cue's verb governs: an infinitive after an incise ("…, lâchait-il, avant
/// d'estimer que") shares the incise's subject, not a phrase inside the quote before it; a
/// body's name in apposition to a description speaks; an inverted role's apposition is read
/// past the role's complement.
@Suite struct CueSubjectChoiceTests {
    let analyzer = Analyzer()

    @Test func anInfinitiveAfterAnInvertedPronounSharesItsSubject() {
        let analysis = analyzer.analyze(
            text: """
                Défaite à domicile
                Le demi de mêlée Théo Larrieu n'a pas caché sa colère.
                « On parle de progrès depuis des mois. Ça fait deux fois qu'on perd ici », regrettait-il, avant d'estimer que l'équipe avait manqué « de lucidité en fin de match ».
                """, id: "t")
        let quote = analysis.quotes.first { $0.text.hasPrefix("l'équipe avait manqué") }
        #expect(quote?.speaker?.actor.flatMap { analysis.actor(id: $0) }?.name == "Théo Larrieu")
    }

    @Test func aBodysNameInAppositionToADescriptionSpeaks() {
        let analysis = analyzer.analyze(
            text: """
                Grève des bus
                L'autorité organisatrice des transports, Île-de-France Mobilités (IDFM), a indiqué qu'elle demanderait « des comptes » à l'opérateur.
                """, id: "t")
        let quote = analysis.quotes.first { $0.text.contains("des comptes") }
        #expect(quote?.speaker?.actor.flatMap { analysis.actor(id: $0) }?.name == "Île-de-France Mobilités")
    }

    @Test func anInvertedRolesAppositionIsReadPastItsComplement() {
        let names = analyzer.speakerNames(
            """
            Compagnie aérienne en difficulté
            Le syndicat des navigants s'inquiète pour les salariés.
            « On nous demande des efforts sans aucun plan », a déclaré à la presse son délégué dans l'entreprise, la pilote Maëlle Guéguen.
            """)
        #expect(names.first == "Maëlle Guéguen")
    }
}
