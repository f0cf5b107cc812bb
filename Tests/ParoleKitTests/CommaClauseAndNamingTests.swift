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
}
