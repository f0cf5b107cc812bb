import Testing

@testable import ParoleKit

/// Claims whose source closes the sentence whatever its head noun ("…, selon la chancellerie.",
/// "…, rappelle la coalition."), "…, pour M. Faure." after the claim, and where a claim after an
/// opening source ends: over ", mais" + a clause with its own subject and over a colon, not over
/// ", mais" + a verb. Nineteenth session; sentences written for these tests.
@Suite struct ClosingSourceAndClaimEndTests {
    let analyzer = Analyzer()

    func quotes(_ text: String) -> [Quote] { analyzer.quotes(inBody: text) }

    @Test func aSourceAfterACommaThatClosesTheSentenceNeedsNoKnownHead() {
        let q = quotes("La participation a atteint 43,8 % dans le canton, selon la chancellerie.")
        #expect(q.map(\.text) == ["La participation a atteint 43,8 % dans le canton"])
        #expect(q.first?.kind == .according)
        #expect(
            quotes("Le traitement coûterait près d'un milliard d'euros par an, d'après ses calculs.").map(
                \.text)
                == ["Le traitement coûterait près d'un milliard d'euros par an"])
    }

    @Test func dependingOnWithoutACommaAndAnIdiomNameNoSource() {
        #expect(quotes("Les prix des places varient selon les régions.").isEmpty)
        #expect(quotes("Le chantier reprendra au printemps, selon toute vraisemblance.").isEmpty)
    }

    @Test func pourAfterTheClaimNamesAPersonWhoClosesTheSentence() {
        let q = quotes(
            "Une seule saleuse pour soixante kilomètres de routes, ce n'est pas sérieux, pour M. Faure.")
        #expect(
            q.map(\.text) == ["Une seule saleuse pour soixante kilomètres de routes, ce n'est pas sérieux"])
        #expect(q.first?.kind == .according)
        let r = quotes(
            "Le festival doit faire face à une baisse de la subvention, pour le délégué général, qui a prévenu que l'édition serait plus courte."
        )
        #expect(r.first?.text == "Le festival doit faire face à une baisse de la subvention")
    }

    @Test func pourAfterTheClaimNamesAPersonDescribedUpToTheSentenceEnd() {
        let q = quotes(
            "Les crues de ce type reviennent tous les dix ans, pour l'hydrologue Anne Ferrand, chercheuse à l'université de Tours."
        )
        #expect(q.map(\.text) == ["Les crues de ce type reviennent tous les dix ans"])
        #expect(q.first?.kind == .according)
        let r = quotes(
            "Le fossile oblige à revoir la lignée, pour le paléontologue Marc Soler, de l'Institut de géologie, coauteur de l'étude."
        )
        #expect(r.map(\.text) == ["Le fossile oblige à revoir la lignée"])
        let s = quotes(
            "Les pluies deviennent plus violentes, pour la climatologue Inès Carvalho, du Centre de recherche sur le climat (CRC), basé à Lisbonne."
        )
        #expect(s.map(\.text) == ["Les pluies deviennent plus violentes"])
    }

    @Test func pourAfterTheClaimBeforeANewClauseIsNoSource() {
        #expect(
            quotes("La fermeture a été annoncée lundi, pour le directeur Paul Girard, le conseil a tranché.")
                .allSatisfy { $0.kind != .according })
        #expect(
            quotes("La saison a été longue, pour la gardienne Léa Morin, mais elle reviendra.")
                .allSatisfy { $0.kind != .according })
    }

    @Test func pourBeforeATimeOrInsideTheClauseIsNoSource() {
        #expect(quotes("Les négociations ont échoué à Londres, pour la onzième année consécutive.").isEmpty)
        #expect(
            quotes("Les blessés ont été transportés à Périgueux puis, pour le jeune homme, à Bordeaux.")
                .isEmpty)
    }

    @Test func anInvertedSubjectWithAnUnknownHeadClosesAClaim() {
        let q = quotes("Moins de 2 % de la haute mer est aujourd'hui protégée, rappelle la coalition.")
        #expect(q.map(\.text) == ["Moins de 2 % de la haute mer est aujourd'hui protégée"])
        #expect(q.first?.speaker?.text == "la coalition")
    }

    @Test func aSubjectSetOffByItsCommaIsNoClaimBeforeAVerbAndItsObject() {
        #expect(
            quotes("L'adjointe aux sports, interrogée à l'issue de la séance, conteste cette version.")
                .isEmpty)
        #expect(
            quotes(
                "Dans le cortège, Denis Rabault, éleveur de chèvres, regrettait la tournure des événements."
            )
            .isEmpty)
    }

    @Test func aDayMayStandBeforeTheOutletThatReportsTheClaim() {
        let q = quotes(
            "Les navires norvégiens ont débarqué 12 % de maquereau de plus, a rapporté mardi la radio NRK.")
        #expect(q.map(\.text) == ["Les navires norvégiens ont débarqué 12 % de maquereau de plus"])
    }

    @Test func aDashInsideANameDoesNotCutTheClaim() {
        let q = quotes(
            "Le télescope a détecté de la vapeur d'eau sur la planète TOI-5217 b, à 48 années-lumière, a annoncé l'Observatoire européen austral."
        )
        #expect(q.first?.text.hasPrefix("Le télescope a détecté") == true)
    }

    @Test func butWithASubjectOfItsOwnGoesOnWithTheClaim() {
        let q = quotes(
            "Pour l'analyste, la fermeture était « attendue », mais la perte est deux fois plus lourde que prévu."
        )
        #expect(
            q.map(\.text) == [
                "la fermeture était « attendue », mais la perte est deux fois plus lourde que prévu"
            ])
    }

    @Test func butWithAVerbIsTheJournalists() {
        let q = quotes(
            "Le ministre a assuré que le site resterait ouvert, mais a refusé de donner un calendrier.")
        #expect(q.first?.text == "le site resterait ouvert")
    }

    @Test func aColonAfterAnOpeningSourceGoesOnWithTheClaim() {
        let q = quotes(
            "Pour la juriste, la décision « rappelle une évidence » : la Charte a valeur constitutionnelle depuis 2005."
        )
        #expect(
            q.map(\.text) == [
                "la décision « rappelle une évidence » : la Charte a valeur constitutionnelle depuis 2005"
            ])
        // Before guillemets, the colon still ends the claim.
        let r = quotes("Selon le maire, la situation est grave : « Nous manquons de tout. »")
        #expect(r.first?.text == "la situation est grave")
    }

    @Test func wordsOfATitleThatABodyQuoteHoldsAreThatSpeakersQuote() throws {
        let text = """
            Rugby : Béziers renverse Oyonnax, « un hold-up » pour le manager de l'USO

            Béziers s'est imposé vendredi soir. « C'est un hold-up. On sort d'un match qu'on a tenu », \
            a lâché Christophe Brunetti, le manager d'Oyonnax.
            """
        let q = analyzer.analyze(text: text, id: "t").quotes
        let title = try #require(q.first { $0.text == "un hold-up" })
        #expect(title.kind == .partial)
        #expect(title.speaker?.text == "Christophe Brunetti")
    }

    @Test func aTitleOfAWorkInATitleIsNoQuote() {
        let held = """
            Prix des lecteurs : « La Ligne des crêtes » couronnée

            Le prix est allé à « La Ligne des crêtes », son troisième roman, a annoncé le jury.
            """
        #expect(!analyzer.analyze(text: held, id: "t").quotes.contains { $0.text == "La Ligne des crêtes" })
        let alone = """
            Festival : « Marées basses » sort enfin

            Léna Sorel revient avec « Marées basses », un disque dépouillé.
            """
        #expect(analyzer.analyze(text: alone, id: "t").quotes.isEmpty)
    }
}
