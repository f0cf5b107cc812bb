import Testing

@testable import ParoleKit

/// Sources and speakers that no lexicon listed before the tenth session: an opening "selon" with
/// a singular phrase, the speaker heads counted in the tune gold, a reflexive stance in
/// quotation marks, and a clause that closes with words in marks before an inverted pronoun.
@Suite struct UnlistedSourceTests {
    let analyzer = Analyzer()

    @Test func anOpeningSelonWithASingularPhraseNamesItsSource() {
        let q = analyzer.quotes(
            inBody: "Selon le vérificateur des comptes, la commune a dépensé trop pour ses piscines.")
        #expect(q.map(\.text) == ["la commune a dépensé trop pour ses piscines"])
        #expect(q.first?.kind == .according)
        #expect(q.first?.speaker?.text == "le vérificateur des comptes")
        let r = analyzer.quotes(inBody: "D'après le sacristain, la cloche ne sonne plus depuis l'hiver.")
        #expect(r.map(\.text) == ["la cloche ne sonne plus depuis l'hiver"])
    }

    @Test func aPluralOrAnInnerSelonStaysACondition() {
        #expect(analyzer.quotes(inBody: "Selon les saisons, les tarifs du refuge changent beaucoup.").isEmpty)
        #expect(
            analyzer.quotes(inBody: "La mairie attribue les jardins selon l'ordre des demandes reçues.")
                .isEmpty)
    }

    @Test func aJuryOrAnInstanceSpeaksAfterItsVerb() {
        let q = analyzer.quotes(
            inBody: "Le concours de chant a été gagné par une chorale de Brest, a annoncé le jury.")
        #expect(q.map(\.text) == ["Le concours de chant a été gagné par une chorale de Brest"])
        #expect(q.first?.speaker?.text == "le jury")
        let r = analyzer.quotes(
            inBody: "Le club a reçu une amende de deux mille euros, a indiqué l'instance dans un communiqué.")
        #expect(r.map(\.text) == ["Le club a reçu une amende de deux mille euros"])
        #expect(r.first?.speaker?.text == "l'instance")
    }

    @Test func aFeminineReflexiveStanceInMarksIsNoName() {
        let q = analyzer.quotes(
            inBody: "La gardienne du phare, Odile Marec, s'est dite « émue et fatiguée ».")
        #expect(q.map(\.text) == ["émue et fatiguée"])
        #expect(analyzer.quotes(inBody: "La réforme dite « des retraites » a été votée en juin.").isEmpty)
    }

    @Test func aClauseClosingWithMarksBeforeAnInvertedPronounIsOneQuote() {
        let q = analyzer.quotes(
            inBody: "La coach a fini sa saison. L'équipe la voulait « depuis deux étés », a-t-elle raconté.")
        #expect(q.map(\.text) == ["L'équipe la voulait « depuis deux étés »"])
        #expect(q.first?.kind == .indirect)
        // Words in marks after a comma are the speaker's own: a direct quote.
        let r = analyzer.quotes(inBody: "En plus des aides, « nous allons recruter », a-t-il précisé.")
        #expect(r.map(\.text) == ["nous allons recruter"])
    }
}
