import Testing

@testable import ParoleKit

/// Claims of the press the finder cut or missed: a participle clause or an apposition in
/// guillemets before "selon X" belongs to the claim, a lower-case "état" names no body, and
/// bodies and roles that wire copy uses as inverted subjects ("l'institution", "son
/// administrateur délégué", "plusieurs délégations"). Sentences written for these tests.
@Suite struct AccordingExtentAndBodySubjectTests {
    let analyzer = Analyzer()

    func quotes(_ text: String) -> [Quote] { analyzer.quotes(inBody: text) }

    @Test func aParticipleClauseBeforeSelonBelongsToTheClaim() {
        let q = quotes(
            "Une tempête a frappé la côte dans la nuit, faisant au moins douze blessés, selon les secours.")
        #expect(
            q.map(\.text) == ["Une tempête a frappé la côte dans la nuit, faisant au moins douze blessés"])
        #expect(q.first?.kind == .according)
    }

    @Test func anAppositionInGuillemetsBeforeSelonBelongsToTheClaim() {
        let q = quotes(
            "Le club a gagné trois matchs de suite, « une première depuis l'automne », d'après un "
                + "proche de l'entraîneur.")
        #expect(q.map(\.text) == ["Le club a gagné trois matchs de suite, « une première depuis l'automne »"])
        #expect(q.first?.kind == .according)
    }

    @Test func guillemetsAfterAColonBeforeSelonStayDirect() {
        let q = quotes(
            "Le délégué syndical l'a répété : « Nous irons jusqu'au bout de ce mouvement », selon un participant."
        )
        #expect(q.map(\.kind) == [.direct])
    }

    @Test func aLowerCaseEtatIsNoInvertedSubject() {
        #expect(
            quotes(
                "Au pied du camion, Paul Martin, chauffeur depuis dix ans, résume l'état d'esprit des grévistes."
            ).isEmpty)
    }

    @Test func theCapitalisedEtatStillSpeaks() {
        let q = quotes("La taxe sera supprimée dès janvier, a assuré l'État.")
        #expect(q.map(\.text) == ["La taxe sera supprimée dès janvier"])
        #expect(q.first?.speaker?.text == "l'État")
    }

    @Test func theInstitutionIsAnInvertedSubject() {
        let q = quotes("La banque a relevé son taux directeur d'un demi-point, a annoncé l'institution.")
        #expect(q.map(\.text) == ["La banque a relevé son taux directeur d'un demi-point"])
        #expect(q.first?.speaker?.text == "l'institution")
    }

    @Test func delegationsAreAnInvertedSubject() {
        let q = quotes(
            "Les pays se sont séparés sans accord sur les quotas, ont indiqué plusieurs délégations.")
        #expect(q.map(\.text) == ["Les pays se sont séparés sans accord sur les quotas"])
    }

    @Test func anAdministratorIsARole() {
        let q = quotes(
            "Le fabricant augmentera ses prix au 1er mars, a annoncé son administrateur délégué, Paul Martin."
        )
        #expect(q.map(\.text) == ["Le fabricant augmentera ses prix au 1er mars"])
    }
}
