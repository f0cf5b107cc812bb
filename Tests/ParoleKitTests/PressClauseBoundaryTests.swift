import Testing

@testable import ParoleKit

/// Reported speech of press copy added in the eighth session: infinitives after a negation or a
/// pronoun, shared auxiliaries, stances in quotation marks, sources described after their comma,
/// journalists' adjuncts after an incise, and slogans on banners; sentences written for these
/// tests.
@Suite struct PressClauseBoundaryTests {
    let analyzer = Analyzer()

    func quotes(_ text: String) -> [Quote] { analyzer.quotes(inBody: text) }

    @Test func aPledgeMayNegateItsInfinitiveOrTakeAPronoun() {
        #expect(
            quotes("La directrice a promis de ne pas fermer l'atelier avant l'été.").map(\.text) == [
                "de ne pas fermer l'atelier avant l'été"
            ])
        let q = quotes("Le département n'a pas exclu d'y consacrer une partie du budget.")
        #expect(q.map(\.text) == ["d'y consacrer une partie du budget"])
        #expect(q.first?.kind == .indirect)
    }

    @Test func aReflexiveOrObjectPronounMayStandBeforeAReportedInfinitive() {
        #expect(
            quotes("L'ancien trésorier affirme ne pas se souvenir de cette réunion.").map(\.text) == [
                "ne pas se souvenir de cette réunion"
            ])
        #expect(
            quotes("Le gérant a contesté en connaître l'origine exacte.").map(\.text) == [
                "en connaître l'origine exacte"
            ])
        // "en" before a noun still opens a complement: "a déclaré en conférence de presse que …".
        #expect(
            quotes("Le maire a déclaré en conférence de presse que le chantier reprendrait.").map(\.text) == [
                "le chantier reprendrait"
            ])
    }

    @Test func confierTakesAnInfinitiveClause() {
        #expect(
            quotes("La navigatrice a confié avoir douté de son bateau pendant la tempête.").map(\.text) == [
                "avoir douté de son bateau pendant la tempête"
            ])
    }

    @Test func aParticipleAfterACoordinatorTakesWhatItsOwnVerbTakes() {
        let q = quotes(
            "Le syndicat a dénoncé des « pressions » sur les grévistes et promis de porter plainte.")
        #expect(
            q.contains { $0.text == "de porter plainte" && $0.kind == .indirect && $0.cue?.text == "promis" })
        let r = quotes(
            "La porte-parole a affirmé que les livraisons avaient repris et accusé le transporteur d'avoir menti."
        )
        #expect(r.map(\.text) == ["les livraisons avaient repris", "le transporteur d'avoir menti"])
    }

    @Test func aStanceAdjectiveInQuotationMarksIsTheQuote() {
        // The words after the marks are the journalist's.
        let q = quotes("Le sénateur s'est dit « favorable » à l'issue de la réunion.")
        #expect(q.map(\.text) == ["favorable"])
        // When the clause ends with the marks, the words in them are a partial quote too.
        let r = quotes("Le sénateur s'est dit « très inquiet » et estime que le texte doit être revu.")
        #expect(r.map(\.text) == ["très inquiet", "le texte doit être revu"])
        #expect(r.first?.kind == .partial)
    }

    @Test func aRelativeOrAnAppositionAfterTheSourceLeavesTheClaimBeforeSelon() {
        #expect(
            quotes(
                "Le chantier a pris six mois de retard, selon un rapport interne, que la presse a pu lire."
            )
            .map(\.text) == ["Le chantier a pris six mois de retard"])
        #expect(
            quotes("La digue a cédé sur vingt mètres, selon cet avis, dont le maire a reçu une copie.")
                .map(\.text) == ["La digue a cédé sur vingt mètres"])
        // A clause relayed between the verb and "que" keeps its relay.
        let q = quotes("Il a affirmé mardi, selon l'agence Tass, que les troupes se retireraient.")
        #expect(q.map(\.text) == ["les troupes se retireraient"])
        #expect(q.first?.via?.text == "Tass")
    }

    @Test func aGlossAfterTheSourceOfAShortClaimLeavesTheClaimBeforeIt() {
        #expect(
            quotes("La participation atteindrait 52 %, selon la préfecture, contre 47 % en 2020.").map(\.text)
                == [
                    "La participation atteindrait 52 %"
                ])
    }

    @Test func anOpeningSourceFrameAttributesTheClauseAfterIt() {
        let q = quotes("De source judiciaire, le suspect a été placé en garde à vue.")
        #expect(q.map(\.text) == ["le suspect a été placé en garde à vue"])
        #expect(q.first?.kind == .according)
    }

    @Test func timeOfDayAndAJournalistsAdjunctStayOutOfTheIncise() {
        let q = quotes("Deux personnes ont été blessées, a indiqué en soirée la préfecture.")
        #expect(q.map(\.text) == ["Deux personnes ont été blessées"])
        #expect(q.first?.speaker?.text == "la préfecture")
        #expect(
            quotes("Un accord est proche, glisse-t-il, sans en dire davantage.").map(\.text) == [
                "Un accord est proche"
            ])
    }

    @Test func anInciseOfADirectQuoteIsNoClaimOfSelon() {
        let q = quotes(
            "« Je ne céderai pas. Le reste se discute », confie le ministre à ses proches, selon un conseiller."
        )
        #expect(q.map(\.kind) == [.direct])
    }

    @Test func anObjectBeforeQuotationMarksIsNoInvertedSubject() {
        let q = quotes("Sa voisine, qui le connaît depuis dix ans, a décrit un homme « calme » et discret.")
        #expect(!q.contains { $0.kind == .indirect })
        #expect(q.map(\.text) == ["calme"])
    }

    @Test func wordsInQuotationMarksMayOpenAClauseBeforeAnInvertedPronoun() {
        let q = quotes("« Deux ou trois lettres » de la collection seraient des copies, admet-elle.")
        #expect(q.map(\.text) == ["« Deux ou trois lettres » de la collection seraient des copies"])
        #expect(q.first?.kind == .indirect)
    }

    @Test func aSloganOnABannerIsNoQuote() {
        #expect(
            quotes("Les grévistes ont défilé derrière une banderole « Nos salaires avant leurs profits ».")
                .isEmpty)
    }

    @Test func aContrastingConjunctionAfterWordsInQuotationMarksOpensTheClaimOfSelon() {
        let q = quotes(
            "L'expert a décrit un homme « anxieux », mais sans trouble susceptible d'altérer son jugement, selon lui."
        )
        #expect(q.map(\.text) == ["anxieux", "sans trouble susceptible d'altérer son jugement"])
        #expect(q.last?.kind == .according)
    }

    @Test func aContrastingConjunctionInsideAPlainClaimStaysInTheClaimOfSelon() {
        let cases = [
            (
                "La réforme est utile, mais coûteuse, selon le ministre.",
                "La réforme est utile, mais coûteuse"
            ),
            ("Le projet avance, mais lentement, selon le maire.", "Le projet avance, mais lentement"),
            (
                "Le chômage baisse, mais les inégalités augmentent, selon l'Insee.",
                "Le chômage baisse, mais les inégalités augmentent"
            ),
        ]
        for (sentence, claim) in cases {
            let q = quotes(sentence)
            #expect(q.map(\.text) == [claim])
            #expect(q.first?.kind == .according)
        }
    }

    @Test func aFixedAdverbOpeningWithSansIsNoClauseStop() {
        let q = quotes("Le chantier, selon le maire, sans doute retardé, reprendra en mai.")
        #expect(q.contains { $0.kind == .according && $0.text.contains("sans doute retardé") })
        #expect(q.first?.speaker?.text == "le maire")
    }

    @Test func periphrasesAndContrastAdverbsReportFragments() {
        #expect(
            quotes("L'avocate a en revanche évoqué une « erreur grossière ».").map(\.text) == [
                "erreur grossière"
            ])
        #expect(
            quotes("La ligue fait état d'un match « globalement serein ».").map(\.text) == [
                "globalement serein"
            ])
        let q = quotes("Le conseiller, lui, y voit « une diversion ».")
        #expect(q.map(\.text) == ["une diversion"])
        #expect(q.first?.speaker?.text == "Le conseiller")
    }

    @Test func corrigerClosesWordsInQuotationMarks() {
        let q = quotes("« Dans un mois », dit le maire. « Dans deux », corrige l'adjoint.")
        #expect(q.map(\.text) == ["Dans un mois", "Dans deux"])
        #expect(q.last?.cue?.text == "corrige")
    }

    @Test func aParticipleRightBeforeTheMarksIntroducesThem() {
        let q = quotes("Le syndicat a publié un communiqué affirmant « Nous ne reculerons pas ».")
        #expect(q.map(\.text) == ["Nous ne reculerons pas"])
        #expect(q.first?.cue?.text == "affirmant")
    }

    @Test func aSubjectAndItsAppositionBeforeACommaAreNoReportedClause() {
        let q = quotes(
            "La préfète du département, Jeanne Dupré, a appelé les habitants à « rester chez eux » jusqu'à midi."
        )
        #expect(!q.contains { $0.kind == .indirect })
        #expect(q.map(\.text) == ["rester chez eux"])
    }

    @Test func afterAWholeClauseWhatFollowsTheSourceIsTheJournalists() {
        #expect(
            quotes(
                "La fusion des deux banques doit aboutir d'ici à la fin du mois de juin, selon un communiqué commun, sous réserve de l'accord du régulateur."
            )
            .map(\.text) == ["La fusion des deux banques doit aboutir d'ici à la fin du mois de juin"])
        // An auxiliary before the incise leaves the clause open: it goes on after the source.
        #expect(
            quotes("Le maire est, selon un sondage, de plus en plus contesté.").map(\.text) == [
                "Le maire est, selon un sondage, de plus en plus contesté"
            ])
    }

    @Test func theOneBlamedMayStandAsAComplementBeforeDe() {
        let q = quotes("L'entreprise reproche à l'inspection du travail d'avoir « ignoré ses explications ».")
        #expect(q.map(\.text) == ["à l'inspection du travail d'avoir « ignoré ses explications »"])
        #expect(q.first?.kind == .indirect)
    }

    @Test func aNameGivenWithANamingVerbIsNoQuote() {
        #expect(quotes("Ce vent, que les marins appellent le « noroît », souffle depuis lundi.").isEmpty)
    }

    @Test func anObjectPronounBeforeTheVerbEndsTheSubjectsPhrase() {
        let text = """
            École
            Le député a interrogé la ministre sur les programmes. La ministre lui a répondu par écrit, dénonçant « une polémique inutile ».
            """
        // "La ministre | lui a répondu": not an actor named "ministre lui".
        #expect(analyzer.speakerNames(text) == ["ministre"])
    }
}
