import Testing

@testable import ParoleKit

/// Sources and speakers that no lexicon listed before the tenth session: an opening "selon" with
/// a singular phrase, the speaker heads counted in the tune gold, a reflexive stance in
/// quotation marks, and a clause that closes with words in marks before an inverted pronoun.
@Suite struct UnlistedSourceTests {
    let analyzer = Analyzer()

    @Test func anOpeningDapresWithASingularPhraseNamesItsSource() {
        let q = analyzer.quotes(
            inBody: "D'après le vérificateur des comptes, la commune a dépensé trop pour ses piscines.")
        #expect(q.map(\.text) == ["la commune a dépensé trop pour ses piscines"])
        #expect(q.first?.kind == .according)
        #expect(q.first?.speaker?.text == "le vérificateur des comptes")
        let r = analyzer.quotes(inBody: "D'après le sacristain, la cloche ne sonne plus depuis l'hiver.")
        #expect(r.map(\.text) == ["la cloche ne sonne plus depuis l'hiver"])
    }

    @Test func anOpeningSelonNamesASourceOnlyByAKnownHead() {
        let q = analyzer.quotes(inBody: "Selon le ministère, la cloche ne sonne plus depuis l'hiver.")
        #expect(q.map(\.speaker?.text) == ["le ministère"])
        // "Selon" also reads "depending on": a head no lexicon knows is a condition.
        for sentence in [
            "Selon le cas, l'amende peut atteindre 500 euros.",
            "Selon la saison, le parc accueille entre 200 et 2000 visiteurs par jour.",
            "Selon l'âge de l'enfant, l'aide varie de 100 à 300 euros.",
            "Selon son importance, le chantier sera confié à l'État ou à la région.",
            "Selon le calendrier prévu, les travaux du pont finiront en mai.",
            "Selon la météo, le départ de la course pourrait être retardé.",
            "Selon la loi, le maire doit publier les comptes de la commune.",
        ] {
            #expect(analyzer.quotes(inBody: sentence).isEmpty, "\(sentence)")
        }
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
        // The subject before the marks, its verb inside them.
        let s = analyzer.quotes(
            inBody:
                "La course est finie. D'autres coureuses de son club « arrivent derrière », a-t-il assuré.")
        #expect(s.map(\.text) == ["D'autres coureuses de son club « arrivent derrière »"])
        #expect(s.first?.kind == .indirect)
    }

    @Test func aConnectiveOrAnAdverbBeforeAWholeQuoteLeavesItDirect() {
        for (sentence, quote) in [
            (
                "Le ministre a reconnu des erreurs. Mais « rien n'est joué », a-t-il averti.",
                "rien n'est joué"
            ),
            ("La saison commence. Et « ce n'est que le début », a-t-elle prévenu.", "ce n'est que le début"),
            ("Il faut agir. Car « le temps presse », a-t-il insisté.", "le temps presse"),
            ("La ville a changé. Aujourd'hui « tout va mieux », assure-t-elle.", "tout va mieux"),
            (
                "Le bateau a disparu. Depuis « nous n'avons plus de nouvelles », a-t-elle confié.",
                "nous n'avons plus de nouvelles"
            ),
            ("Le match est perdu. Pour lui « c'est terminé », a-t-il ajouté.", "c'est terminé"),
        ] {
            let q = analyzer.quotes(inBody: sentence)
            #expect(q.map(\.text) == [quote], "\(sentence)")
            #expect(q.first?.kind == .direct, "\(sentence)")
        }
    }

    @Test func aNameInMarksClosingAClauseIsNoQuote() {
        let q = analyzer.quotes(
            inBody: "Les manifestants ont défilé jusqu'à la place de la « Liberté », a-t-il constaté.")
        #expect(!q.contains { $0.kind == .indirect })
        #expect(!q.contains { $0.text.hasPrefix("Les manifestants") })
    }
}
