import Testing

@testable import ParoleKit

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

    @Test func anAsideInsideTheClaimLeavesItWhole() {
        let q = analyzer.quotes(
            inBody:
                "Le porte-parole a déclaré que le gouvernement ferait, ce que beaucoup attendent, un geste fiscal."
        )
        #expect(q.map(\.text) == ["le gouvernement ferait, ce que beaucoup attendent, un geste fiscal"])
    }
}
