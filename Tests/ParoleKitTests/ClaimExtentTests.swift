import Testing

@testable import ParoleKit

/// How far a reported claim runs, and where an attribution inside quotation marks ends (eleventh
/// session, issue 9): the conventions of the press gold, on sentences written for these tests.
@Suite struct ClaimExtentTests {
    let analyzer = Analyzer()

    func quotes(_ text: String) -> [Quote] { analyzer.quotes(inBody: text) }

    @Test func aRelativeAboutTheSpeakerEndsTheAttributionInsideTheMarks() {
        let q = quotes(
            "« On nous parlait d'un simple rhume, lance Paul Girard, dont le père a été soigné à Lyon. "
                + "Personne ne nous a rien dit. »")
        #expect(q.map(\.text) == ["On nous parlait d'un simple rhume", "Personne ne nous a rien dit."])
        #expect(q.allSatisfy { $0.kind == .direct })
    }

    @Test func aComplementThePhraseFinderCutsStaysInTheAttribution() {
        let q = quotes(
            "« Nous avons 900 agents sur le terrain, a-t-il expliqué à France 3 Bretagne. "
                + "Le problème, ce sont les routes. »")
        #expect(
            q.map(\.text) == ["Nous avons 900 agents sur le terrain", "Le problème, ce sont les routes."])
    }

    @Test func aBishopNamedByHisOfficeSplitsTheMarks() {
        let q = quotes(
            "« Je ne vends pas nos chapelles, a expliqué le prélat à France 3 Bretagne. "
                + "Une chapelle fermée est une chapelle qui meurt. »")
        #expect(
            q.map(\.text) == [
                "Je ne vends pas nos chapelles", "Une chapelle fermée est une chapelle qui meurt.",
            ])
    }

    @Test func aLongRoleInAppositionStaysInTheAttribution() {
        let q = quotes(
            "« Tout a disparu en une nuit, a déploré Marc Aubry, président de la Fédération de la Meuse "
                + "pour la pêche et la protection du milieu aquatique. On retrouvait des brochets morts. »")
        #expect(q.map(\.text) == ["Tout a disparu en une nuit", "On retrouvait des brochets morts."])
    }

    @Test func aFigureGlossAfterTheClaimStaysInIt() {
        #expect(
            quotes(
                "La commission a indiqué avoir reçu la notification le 14 mai, soit trois jours après la fuite."
            )
            .map(\.text) == ["avoir reçu la notification le 14 mai, soit trois jours après la fuite"])
    }

    @Test func aFigureGlossAfterASelonInciseIsTheJournalists() {
        #expect(
            quotes(
                "Le préfet a affirmé que 300 bêtes étaient mortes, selon ses services, soit le tiers du cheptel."
            )
            .map(\.text) == ["300 bêtes étaient mortes"])
    }

    @Test func aContrastWithTandisQueGoesOnWithTheClaim() {
        #expect(
            quotes(
                "D'après les chiffres de l'association, les inscrits ont doublé, tandis que les dons ont baissé."
            )
            .map(\.text) == ["les inscrits ont doublé, tandis que les dons ont baissé"])
    }

    @Test func aListAfterAColonGoesOnWithTheClaim() {
        #expect(
            quotes("Elle raconte qu'elle a vu « les visages changer » : des retraités, des étudiants.")
                .map(\.text) == ["elle a vu « les visages changer » : des retraités, des étudiants"])
        // A clause of the journalist after the colon, or words in quotation marks (a direct
        // quote), still end the claim there.
        #expect(
            quotes("Le préfet a indiqué que trois routes restaient fermées : le trafic est dévié par Dijon.")
                .map(\.text) == ["trois routes restaient fermées"])
        // A gloss without items is the journalist's comment, not a list.
        #expect(
            quotes("Le directeur a annoncé que l'usine fermerait en mars : une catastrophe pour la ville.")
                .map(\.text) == ["l'usine fermerait en mars"])
        let q = quotes("Le maire estime que la ville a tenu bon : « Nous avons fait face. »")
        #expect(q.map(\.text) == ["la ville a tenu bon", "Nous avons fait face."])
    }

    @Test func anIndefiniteGlossClosingTheSentenceIsTheJournalists() {
        let q = quotes(
            "Le ministre a assuré que la réforme serait votée, un texte jugé « brutal » par les syndicats.")
        #expect(q.map(\.text) == ["la réforme serait votée", "brutal"])
        // A gloss with a verb of its own, or a figure, goes on with the claim.
        #expect(
            quotes("Le maire a déclaré que la ville, une cité de 9 000 habitants, était prête.").map(\.text)
                == [
                    "la ville, une cité de 9 000 habitants, était prête"
                ])
    }

    @Test func aCoordinatedComplementInsideASourcesNameStaysInTheSource() {
        let q = quotes(
            "D'après la Fédération internationale de ski et de snowboard (FIS), les rafales dépassaient 60 km/h."
        )
        #expect(q.map(\.text) == ["les rafales dépassaient 60 km/h"])
        #expect(q.first?.kind == .according)
    }

    @Test func aRelativeBeforeSelonStaysInTheClaim() {
        #expect(
            quotes(
                "Deux personnes sont mortes après le passage de la tempête, qui a déversé trois mois de pluie, "
                    + "selon un bilan de la préfecture."
            ).map(\.text) == [
                "Deux personnes sont mortes après le passage de la tempête, qui a déversé trois mois de pluie"
            ])
    }

    @Test func aTimeOfDayMayStandBetweenTheVerbAndItsClause() {
        #expect(
            quotes("Le gestionnaire a indiqué lundi midi qu'il restait 31 000 foyers sans courant.").map(
                \.text) == [
                    "il restait 31 000 foyers sans courant"
                ])
    }

    @Test func anonymityTermsMayStandBetweenTheVerbAndItsClause() {
        #expect(
            quotes("Un ingénieur a estimé sous couvert d'anonymat que la pièce avait été testée trop vite.")
                .map(\.text) == ["la pièce avait été testée trop vite"])
    }

    @Test func aBodyTheGoldNamesIsASource() {
        #expect(
            quotes("Les travaux sont estimés à 14 millions d'euros, selon l'évêché.").map(\.text) == [
                "Les travaux sont estimés à 14 millions d'euros"
            ])
    }
}
