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
