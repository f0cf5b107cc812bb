import Testing

@testable import ParoleKit

/// A veto weight keeps a candidate out of the ranking, and a name met only inside someone's
/// quoted words is not taken for the next words' speaker.
@Suite struct SpeakerRankerVetoTests {
    let analyzer = Analyzer()

    @Test func aVetoedCandidateIsNeverChosenHoweverManyFeaturesSpeakForIt() {
        let ranker = SpeakerRanker(weights: [
            "p:gender-": -8, "p:subject1": 5, "p:recent0": 5, "p:nobody": -1,
        ])
        // 5 + 5 - 8 = 2 beats nobody's -1 by score; the veto still wins.
        #expect(ranker.isVetoed(["p:subject1", "p:recent0", "p:gender-"]))
        #expect(ranker.best(of: [["p:subject1", "p:recent0", "p:gender-"], ["p:nobody"]]) == 1)
        #expect(ranker.best(of: [["p:subject1", "p:gender-"], ["p:recent0"], ["p:nobody"]]) == 1)
        #expect(!ranker.isVetoed(["p:subject1"]))
    }

    @Test func aBodyNamedOnlyInsideQuotedWordsDoesNotSpeakTheNextOnes() {
        let text = """
            Agression dans un tramway
            Un collégien de 15 ans a été agressé hier soir dans un tramway de Grenoble, indiquent les services du préfet. D'après le communiqué de la préfecture de l'Isère, « les deux agresseurs sont identifiés ». L'agression a été très violente, « seule l'intervention des contrôleurs de la Compagnie des Trams a pu arrêter les coups », et le garçon a porté plainte dans la nuit.

            Les agresseurs auraient remarqué sur la victime un « insigne de club » avant de le « pousser contre la vitre et [de l'] insulter ». La victime est élève au collège Stendhal.
            """
        let names = analyzer.speakerNames(text)
        #expect(names.count == 5)
        #expect(!names.contains("Compagnie des Trams"))
    }
}
