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

    @Test func theHeadOfANamedOrganisationSpeaksForThatOrganisation() {
        let text = "Titre\n" + named + "Selon le muséum, la chute avait été filmée par onze caméras.\n"
        #expect(analyzer.speakerNames(text) == ["Muséum national d'histoire naturelle"])
    }

    @Test func theHeadWithAWordOfTheNameAfterItNamesTheOrganisationAgain() {
        let text = "Titre\n" + named + "Selon le muséum national, la roche est très ancienne.\n"
        #expect(analyzer.speakerNames(text) == ["Muséum national d'histoire naturelle"])
    }

    @Test func theHeadWithAQualifierFromOutsideTheNameIsAnotherBody() {
        let paysanne = "Titre\nLa Confédération paysanne a manifesté mardi. "
        let names = analyzer.speakerNames(
            paysanne + "Selon la confédération helvétique, les prix baisseront.\n")
        #expect(!names.contains("Confédération paysanne"))
        #expect(
            quotes(named + "Selon le muséum de Toulouse, la chute avait été filmée par onze caméras.").isEmpty
        )
        #expect(
            quotes(
                "Le Programme alimentaire mondial a lancé un appel aux dons. "
                    + "Selon le programme de relance du gouvernement, les aides seront versées en mars."
            ).isEmpty)
    }

    @Test func theSameNounWithNoOrganisationNamedBeforeIsNoSource() {
        #expect(quotes("Selon le muséum, la chute avait été filmée par onze caméras.").isEmpty)
    }

    /// After a clause and an inverted speech verb, a definite phrase that closes the sentence is
    /// who spoke whatever its head (`closesInvertedAttribution`, nineteenth session): the claim is
    /// found, its speaker the phrase itself, no organisation.
    @Test func theSameNounAsAnInvertedSubjectClosingTheSentenceSpeaksAsItself() {
        let q = quotes("Seules cinq chutes ont été retrouvées en France depuis 2016, a rappelé le muséum.")
        #expect(q.map(\.text) == ["Seules cinq chutes ont été retrouvées en France depuis 2016"])
        #expect(q.first?.speaker?.text == "le muséum")
    }
}
