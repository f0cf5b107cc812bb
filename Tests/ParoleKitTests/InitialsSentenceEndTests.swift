import Testing

@testable import ParoleKit

/// Initials written together end their sentence before a sentence opener, so a quote of the next
/// sentence keeps to it, and a title after "au" is no medium; sentences written for these tests.
@Suite struct InitialsSentenceEndTests {
    let analyzer = Analyzer()

    func names(_ text: String) -> [String] {
        analyzer.analyze(text: text, id: "t").entities.map { "\($0.text)/\($0.type.rawValue)" }
    }

    @Test func anIndirectQuoteAfterInitialsKeepsToItsSentence() {
        for (text, quote) in [
            (
                "La cité a été fondée vers 600 av. J.-C. Le site sera fermé au public cet été, a annoncé la mairie.",
                "Le site sera fermé au public cet été"
            ),
            (
                "Il a vécu aux U.S.A. Le projet sera abandonné, a affirmé le ministre.",
                "Le projet sera abandonné"
            ),
            (
                "Le siège est à Washington D.C. Les ventes vont baisser, a prévenu le directeur.",
                "Les ventes vont baisser"
            ),
        ] {
            #expect(analyzer.quotes(inBody: text).map(\.text) == [quote], "\(text)")
        }
    }

    @Test func anAcronymWithPeriodsEndingASentenceIsAnOrganisation() {
        let text =
            "Le texte a été rédigé par la B.C.E. Selon le porte-parole, « il entrera en vigueur en mai »."
        #expect(names(text).contains("B.C.E./ORG"))
        #expect(!analyzer.quotes(inBody: text).contains { $0.kind == .according })
        #expect(
            names("Le texte a été adopté par l'O.N.U. Mardi, les ministres se sont réunis.") == ["O.N.U./ORG"]
        )
    }

    @Test func initialsBeforeTheirNameStayWithIt() {
        #expect(
            names("Le livre de J.-P. Bruneau paraît. Il cite F.L. Copperman.") == [
                "J.-P. Bruneau/PER", "F.L. Copperman/PER",
            ])
    }

    @Test func aTitleAfterAuIsNoMediumAndTheQuoteStays() {
        let text = "Le président a dit au Premier ministre qu'il devait démissionner."
        #expect(names(text).isEmpty)
        #expect(analyzer.quotes(inBody: text).map(\.text) == ["il devait démissionner"])
        #expect(names("Elle a annoncé au Festival de Cannes son départ.") == ["Festival de Cannes/MISC"])
    }

    @Test func aProductLineAfterABrandIsMiscellaneous() {
        #expect(names("Il conduit une BMW Série 5 depuis deux ans.") == ["BMW Série/MISC"])
        #expect(names("La direction de SNCF Voyageurs a annoncé des retards.") == ["SNCF Voyageurs/ORG"])
    }
}
