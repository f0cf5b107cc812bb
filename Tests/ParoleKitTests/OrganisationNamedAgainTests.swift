import Testing

@testable import ParoleKit

/// A definite phrase headed by the first word of an organisation named before in several words
/// names that organisation again ("le muséum" after "Muséum national d'histoire naturelle"), as
/// the source of "selon" and as an inverted subject. Sentences written for these tests.
@Suite struct OrganisationNamedAgainTests {
    let analyzer = Analyzer()

    func quotes(_ text: String) -> [Quote] { analyzer.quotes(inBody: text) }

    let named =
        "Une météorite a été retrouvée dans le Berry par une équipe du Muséum national d'histoire naturelle. "

    @Test func theHeadOfANamedOrganisationIsASourceAfterSelon() {
        let q = quotes(named + "Selon le muséum, la chute avait été filmée par onze caméras.")
        #expect(q.map(\.text) == ["la chute avait été filmée par onze caméras"])
        #expect(q.first?.kind == .according)
    }

    @Test func theHeadOfANamedOrganisationIsAnInvertedSubject() {
        let q = quotes(
            named + "Seules cinq chutes ont été retrouvées en France depuis 2016, a rappelé le muséum.")
        #expect(q.map(\.text) == ["Seules cinq chutes ont été retrouvées en France depuis 2016"])
    }

    @Test func theSameNounWithNoOrganisationNamedBeforeIsNoSource() {
        #expect(quotes("Selon le muséum, la chute avait été filmée par onze caméras.").isEmpty)
        #expect(
            quotes("Seules cinq chutes ont été retrouvées en France depuis 2016, a rappelé le muséum.")
                .isEmpty)
    }
}
