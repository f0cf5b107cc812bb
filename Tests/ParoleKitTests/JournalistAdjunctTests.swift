import Testing

@testable import ParoleKit

/// What follows an inverted incise after a reported clause: the journalist's adjunct (a gerund,
/// a participle, an infinitive lead) leaves the clause before the incise as the quote. Sentences
/// written for these tests.
@Suite struct JournalistAdjunctTests {
    let analyzer = Analyzer()

    func quotes(_ text: String) -> [Quote] { analyzer.quotes(inBody: text) }

    @Test func aGerundAfterAnInvertedInciseLeavesTheClauseBeforeIt() {
        let q = quotes(
            "La ville compte désormais 40 000 habitants, a-t-il fait valoir, en citant le recensement.")
        #expect(q.map(\.text) == ["La ville compte désormais 40 000 habitants"])
        #expect(q.first?.kind == .indirect)
        #expect(
            quotes("Le projet sera terminé en juin, a-t-elle assuré, en rappelant les retards de l'hiver.")
                .map(
                    \.text) == ["Le projet sera terminé en juin"])
    }

    @Test func aGerundThatReportsAClauseOfItsOwnIsStillAQuote() {
        let q = quotes(
            "Le chantier reprendra lundi, a-t-il indiqué, en précisant que les riverains seraient prévenus.")
        #expect(q.map(\.text).contains("Le chantier reprendra lundi"))
        #expect(q.map(\.text).contains("les riverains seraient prévenus"))
    }
}

/// A relative about the whole claim after a comma ("…, ce que X dément") is the journalist's.
@Suite struct ResumptiveRelativeTests {
    let analyzer = Analyzer()

    @Test func aDenialAfterTheClaimIsNoPartOfIt() {
        let q = analyzer.quotes(
            inBody:
                "Le syndicat affirme que la direction a supprimé quarante postes, ce que la direction dément."
        )
        #expect(q.map(\.text) == ["la direction a supprimé quarante postes"])
        let r = analyzer.quotes(
            inBody:
                "Le maire accuse ses opposants d'avoir menti aux électeurs, ce que ces derniers contestent.")
        #expect(r.map(\.text) == ["ses opposants d'avoir menti aux électeurs"])
    }

    @Test func aRelativeWithQuiStaysInTheClaim() {
        let q = analyzer.quotes(
            inBody: "L'association assure que les loyers ont doublé, ce qui pousse les familles à partir.")
        #expect(q.map(\.text) == ["les loyers ont doublé, ce qui pousse les familles à partir"])
    }
}
