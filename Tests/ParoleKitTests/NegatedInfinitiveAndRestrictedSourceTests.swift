import Testing

@testable import ParoleKit

/// ", tout en + participle" after a claim, an infinitive of any group after "ne pas" following a
/// speech verb, "espérer" + infinitive (no report), a relative restricting an opening source, a
/// source named by its own name, and a petition or a tour named in guillemets. Twentieth session;
/// sentences written for these tests.
@Suite struct NegatedInfinitiveAndRestrictedSourceTests {
    let analyzer = Analyzer()

    func quotes(_ text: String) -> [Quote] { analyzer.quotes(inBody: text) }

    @Test func toutEnAndAParticipleAfterAClaimAreTheJournalists() {
        let q = quotes(
            "L'agence indique qu'aucun nouveau cas n'a été signalé depuis mars, tout en appelant les voyageurs à la prudence."
        )
        #expect(q.map(\.text) == ["aucun nouveau cas n'a été signalé depuis mars"])
    }

    @Test func anInfinitiveOfAnyGroupAfterANegationIsReported() {
        let q = quotes("Le syndicaliste a dit ne pas exclure une grève reconductible si le texte passe.")
        #expect(q.map(\.text) == ["ne pas exclure une grève reconductible si le texte passe"])
        #expect(q.first?.kind == .indirect)
        let r = quotes("La retraitée a dit ne plus répondre aux appels des numéros masqués.")
        #expect(r.map(\.text) == ["ne plus répondre aux appels des numéros masqués"])
    }

    @Test func aHopeWithAnInfinitiveReportsNothingButAHopeWithAClauseDoes() {
        #expect(
            quotes(
                "La station voisine, qui espère ouvrir ses premières pistes dès samedi, a embauché vingt saisonniers."
            )
            .isEmpty)
        let q = quotes("Le maire espère que le chantier sera achevé avant l'été.")
        #expect(q.map(\.text) == ["le chantier sera achevé avant l'été"])
    }

    @Test func aRelativeWithNoCommaRestrictsAnOpeningSource() {
        let q = quotes(
            "Selon un cadre d'une banque régionale qui a requis l'anonymat, plusieurs agences pourraient fermer dès l'automne."
        )
        #expect(q.map(\.text) == ["plusieurs agences pourraient fermer dès l'automne"])
        #expect(q.first?.kind == .according)
        #expect(q.first?.speaker?.text.hasSuffix("cadre d'une banque régionale") == true)
    }

    @Test func aSourceNamedByItsOwnNameTakesNoNameInApposition() {
        let q = quotes(
            "Selon Le Parisien, Karim Benali, dont le bail expire en juin, est courtisé par plusieurs clubs."
        )
        #expect(q.first?.text.hasPrefix("Karim Benali") == true)
        #expect(q.first?.speaker?.text.hasSuffix("Parisien") == true)
    }

    @Test func aPetitionOrATourNamedInGuillemetsIsNoQuote() {
        #expect(
            quotes(
                "La fédération avait lancé en mai la pétition « Nos trains, notre avenir », signée par 8 000 personnes."
            )
            .isEmpty)
        #expect(
            quotes(
                "Le chanteur a annoncé l'annulation de sa tournée « Nuits claires », qui devait passer par vingt villes."
            )
            .isEmpty)
    }
}
