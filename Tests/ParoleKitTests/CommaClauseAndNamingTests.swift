import Testing

@testable import ParoleKit

/// Where a reported claim ends at a comma, and words in guillemets that name rather than quote
/// (fourteenth session, v20q): a relative with a subject of its own, or a clause with its own
/// speech verb, after the comma ends the claim; a naming verb with its object elsewhere and a
/// sign as the subject report no speech. Sentences written for these tests.
@Suite struct CommaClauseAndNamingTests {
    let analyzer = Analyzer()

    func quotes(_ text: String) -> [Quote] { analyzer.quotes(inBody: text) }

    @Test func aRelativeWithItsOwnSubjectAndVerbEndsTheClaim() {
        #expect(
            quotes(
                "Le ministre a démenti que la ville ait subi des pressions de la capitale, dont une délégation assistait à la réunion."
            )
            .map(\.text) == ["la ville ait subi des pressions de la capitale"])
        #expect(
            quotes(
                "La ministre a dit espérer que le parc soit étendu à la vallée voisine, où les cerfs se reproduisent."
            )
            .map(\.text) == ["espérer que le parc soit étendu à la vallée voisine"])
    }

    @Test func aRelativeWithoutAVerbGoesOnWithTheClaim() {
        #expect(
            quotes(
                "Le préfet a indiqué que 800 pompiers étaient mobilisés, dont 200 venus d'autres départements."
            )
            .map(\.text) == ["800 pompiers étaient mobilisés, dont 200 venus d'autres départements"])
    }

    @Test func aClauseWithItsOwnSpeechVerbEndsTheClaimAndReportsItsOwn() {
        let q = quotes(
            "Le rapport relève que la fréquentation a doublé en trois ans, même si la directrice reconnaît que le public adulte vieillit."
        )
        #expect(q.map(\.text) == ["la fréquentation a doublé en trois ans", "le public adulte vieillit"])
    }

    @Test func aNamingVerbWithItsObjectElsewhereGivesANameNotAQuote() {
        #expect(quotes("Le roman suit une adolescente que tout le monde appelle « Mouette ».").isEmpty)
        #expect(
            quotes(
                "La chanteuse, que la presse surnomme volontiers « la reine du marais », a annulé sa tournée."
            )
            .isEmpty)
        #expect(quotes("Les habitants appellent cela « la fête du quartier ».").isEmpty)
    }

    @Test func aCallWithTheMarksAsItsObjectStaysAQuote() {
        #expect(quotes("Le ministre a appelé « chacun » à la retenue.").map(\.text) == ["chacun"])
    }

    @Test func aSignAsTheSubjectNamesNoSpeaker() {
        #expect(quotes("Une pancarte proclamait « Sans nous, pas d'école ».").isEmpty)
        #expect(quotes("Sur le mur, une affiche jaunie annonce encore la « Fête de la pomme ».").isEmpty)
        #expect(quotes("La maire proclamait « Sans nous, pas d'école ».").count == 1)
    }

    // v20q2: the review of the merge.

    @Test func aSpeechVerbInARelativeAsideStaysInsideTheClaim() {
        let q = quotes(
            "Le ministre a affirmé que le texte, qui prévoit que les loyers soient gelés, serait voté en juin."
        )
        #expect(q.map(\.text) == ["le texte, qui prévoit que les loyers soient gelés, serait voté en juin"])
        let r = quotes(
            "L'enquêteur a indiqué que le prévenu, dont l'avocat affirme qu'il est innocent, devait rester en détention."
        )
        #expect(
            r.map(\.text) == [
                "le prévenu, dont l'avocat affirme qu'il est innocent, devait rester en détention"
            ])
    }

    @Test func aRelativeNestedInADontClauseDoesNotEndTheClaim() {
        #expect(
            quotes(
                "Le syndicat a affirmé que des salariés avaient été licenciés, dont plusieurs délégués qui travaillaient depuis vingt ans."
            )
            .map(\.text) == [
                "des salariés avaient été licenciés, dont plusieurs délégués qui travaillaient depuis vingt ans"
            ])
    }

    @Test func aVerbRightAfterTheRelativeEndsTheClaim() {
        #expect(
            quotes("Le maire a assuré que l'école serait rénovée, où étudiaient 400 enfants.")
                .map(\.text) == ["l'école serait rénovée"])
    }

    @Test func aVerbFarAfterTheRelativeDoesNotKeepItInTheClaim() {
        #expect(
            quotes(
                "Le préfet a dit que la route serait rouverte, où les camions attendaient, et les écoles étaient fermées."
            )
            .map(\.text) == ["la route serait rouverte"])
    }

    @Test func aSignNounAfterTheHeadNounLeavesTheQuote() {
        #expect(
            quotes("Le directeur des affiches Lenoir a déclaré : « Nous allons fermer l'usine. »").count == 1)
        #expect(quotes("Le responsable du panneau a déclaré « il faut tout revoir ».").count == 1)
    }

    @Test func aCompoundNamingVerbGivesANameNotAQuote() {
        #expect(
            quotes("Ce que les économistes ont appelé « la grande démission » touche tous les secteurs.")
                .isEmpty)
        #expect(quotes("Les voisins l'ont surnommé « le Baron ».").isEmpty)
    }

    @Test func namingVerbFormsAndFiniteEndingsComeFromTheConjugation() {
        let grammar = QuoteGrammar.french
        for form in ["appelle", "appellent", "appelait", "appelé", "appelées", "surnommèrent", "baptisait"] {
            #expect(grammar.contains(.namingVerbForms, form), "\(form)")
        }
        #expect(grammar.words(.finiteEndings) == Set(SpeechVerbConjugator.french.imperfectEndings))
        #expect(grammar.words(.finiteEndings).contains("aient"))
    }
}
