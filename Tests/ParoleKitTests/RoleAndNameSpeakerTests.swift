import Testing

@testable import ParoleKit

/// A speaker written as a role and a name speaks as the named person, the role kept with it; a
/// participle's complement stays in the speaker's phrase; a document's agent is named by its own
/// phrase; and a section title that names a kind of body makes no actor.
@Suite struct RoleAndNameSpeakerTests {
    let analyzer = Analyzer()

    @Test func aTitledNameInAppositionToARoleSpeaksForACoordinatedVerb() {
        let name = analyzer.speakerName(
            of: "à la disposition",
            in: """
                Enquête sur une clinique
                L'avocate de Marie Colin, Me Paul Artaud, conteste ces chiffres et assure que sa cliente reste « à la disposition des enquêteurs ».
                """)
        #expect(name == "Paul Artaud")
    }

    @Test func theNameBeforeARoleInAppositionIsTheSourceOfARelativeAccording() {
        let name = analyzer.speakerName(
            of: "paieront la note",
            in: """
                Grève à l'hôpital
                « Personne ne veut fermer des lits », a résumé Luc Ferrand, délégué de la CFDT Santé, pour qui les soignants « paieront la note ».
                """)
        #expect(name == "Luc Ferrand")
    }

    @Test func aTitledNameSpeaksAcrossAComplementAndARelativeAside() {
        let actors = analyzer.speakerActors(
            """
            Sommeil des adolescents
            La cardiologue Anne Morel, du CHU de Rennes, qui n'a pas pris part à l'étude, juge ces résultats « prometteurs ».
            """)
        #expect(actors.count == 1)
        #expect(actors.first??.name == "Anne Morel")
    }

    @Test func anInvertedRoleWithAParticipleComplementGivesWayToTheNameAfterIt() {
        let names = analyzer.speakerNames(
            """
            Séisme
            « Nous enverrons des équipes dès ce soir », a assuré la porte-parole de la Commission chargée de la protection civile, Ingrid Holm.
            """)
        #expect(names == ["Ingrid Holm"])
    }

    @Test func aNameInAppositionToARoleOfSomeoneElseIsTheSourceByItself() {
        let analysis = analyzer.analyze(
            text: """
                Procès en appel
                Pour l'avocat de Julie Marchal, Me Hugo Blanc, ce jugement « fera date » dans la région.
                """, id: "t")
        let speaker = analysis.quotes.first?.speaker
        #expect(speaker?.text == "Hugo Blanc")
        #expect(speaker?.actor.flatMap { analysis.actor(id: $0) }?.name == "Hugo Blanc")
    }

    @Test func aSubjectCitedByAMediumIsNotTheMedium() {
        let analysis = analyzer.analyze(
            text: """
                Tunnel de Bruxelles
                Dans l'opposition, un député cité par Mediapart a qualifié le chantier de « gouffre financier ».
                """, id: "t")
        let speaker = analysis.quotes.first?.speaker
        #expect(speaker?.text == "un député cité par Mediapart")
        #expect(speaker?.actor.flatMap { analysis.actor(id: $0) }?.kind == .anonymousSource)
    }

    @Test func theAgentOfADocumentIsNamedByItsOwnPhrase() {
        let analysis = analyzer.analyze(
            text: """
                Fusion de deux groupes
                Le nouvel ensemble comptera 2 000 salariés et 400 000 clients, selon les chiffres communiqués par les deux groupes.
                """, id: "t")
        #expect(analysis.quotes.first?.speaker?.text == "les deux groupes")
    }

    @Test func aSectionTitleThatNamesAKindOfBodyMakesNoActor() {
        let analysis = analyzer.analyze(
            text: """
                Budget : la ville vote
                Conseil municipal
                Le conseil municipal de Lyon a voté lundi le budget. « Nous tenons nos engagements », a déclaré le maire, Pierre Durand.
                """, id: "t")
        #expect(!analysis.actors.contains { $0.name == "Conseil municipal" })
        #expect(analysis.actors.contains { $0.name == "Pierre Durand" })
    }
}
