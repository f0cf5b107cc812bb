import Testing

@testable import ParoleKit

/// Recall on press the finder was not tuned on (thirteenth session): an infinitive clause that
/// opens in quotation marks after a speech verb ("dit « prendre acte » du rapport", "a promis
/// d'« accélérer » …"), and speakers named by a person noun of the speaker words and its plural
/// ("a indiqué la cheffe de la diplomatie", "selon les notaires"), and "on" before words in
/// guillemets speaking for the place named first. Sentences written for these tests.
@Suite struct QuotedInfinitiveAndPersonNounTests {
    let analyzer = Analyzer()

    func quotes(_ text: String) -> [Quote] { analyzer.quotes(inBody: text) }

    @Test func aQuotedInfinitiveAfterASpeechVerbReportsTheWholeClause() {
        let q = quotes("Dans un communiqué, la société dit « prendre acte » du jugement.")
        #expect(q.map(\.text) == ["« prendre acte » du jugement"])
        #expect(q.first?.kind == .indirect)
        #expect(
            quotes("Le rectorat a assuré « partager le constat » des parents d'élèves.").map(\.text) == [
                "« partager le constat » des parents d'élèves"
            ])
    }

    @Test func quotedWordsThatAreNoInfinitiveStayPartial() {
        let q = quotes("La fédération a dénoncé « un piège » pour les petits clubs.")
        #expect(q.map(\.text) == ["un piège"])
        #expect(q.first?.kind == .partial)
    }

    @Test func aPledgeMayOpenWithAnElidedPrepositionBeforeGuillemets() {
        let q = quotes("La ministre a promis d'« accélérer » le versement des aides aux éleveurs.")
        #expect(q.map(\.text) == ["d'« accélérer » le versement des aides aux éleveurs"])
        #expect(q.first?.kind == .indirect)
    }

    @Test func aPersonNounNamesTheSpeakerOfAnIncise() {
        let q = quotes("La prochaine réunion se tiendra en mars, a indiqué la cheffe de la délégation.")
        #expect(q.map(\.text) == ["La prochaine réunion se tiendra en mars"])
        #expect(q.first?.speaker?.text == "la cheffe de la délégation")
    }

    @Test func thePluralOfAPersonNounNamesASource() {
        let q = quotes("Les prix des maisons ont baissé de 4 % en un an, selon les notaires.")
        #expect(q.map(\.text) == ["Les prix des maisons ont baissé de 4 % en un an"])
        #expect(q.first?.kind == .according)
    }

    @Test func anImpersonalSpeakerOfWordsInGuillemetsIsThePlaceNamedFirst() {
        let q = quotes("Dans l'entourage du président, on dénonce « un coup politique ».")
        #expect(q.map(\.text) == ["un coup politique"])
        #expect(q.first?.speaker?.text == "l'entourage du président")
    }
}
