import Testing

@testable import ParoleKit

/// Reported claims the finder missed on the press probes for want of clause structure: a long
/// complement between the speech verb and "que", a cited document as the inverted subject of an
/// incise, and words in guillemets that open the claim after "Selon X," or "Pour X,". Sentences
/// written for these tests.
@Suite struct ComplementAndDocumentSubjectTests {
    let analyzer = Analyzer()

    func quotes(_ text: String) -> [Quote] { analyzer.quotes(inBody: text) }

    @Test func aComplementLongerThanAPhraseStillLeadsToTheClause() {
        let q = quotes(
            "La ministre a confirmé lundi à l'issue de la réunion de la Commission nationale de la "
                + "négociation collective que le salaire minimum serait revalorisé.")
        #expect(q.map(\.text) == ["le salaire minimum serait revalorisé"])
        #expect(q.first?.kind == .indirect)
    }

    @Test func theRestOfAComplementCountsUpToTheReachBeforeQue() {
        // The rest of the complement before "que" fits within `QuoteFinder.complementReach` in
        // the first sentence, so "que" opens the verb's clause; three more words ("du secteur
        // privé") run it past the reach, and "que" is left to the noun phrase.
        #expect(QuoteFinder.complementReach == 12)
        let within = quotes(
            "La ministre a confirmé lundi soir devant les représentants syndicaux et patronaux de la "
                + "Commission nationale de la négociation collective que le salaire minimum serait revalorisé."
        )
        #expect(within.map(\.text) == ["le salaire minimum serait revalorisé"])
        let past = quotes(
            "La ministre a confirmé devant les représentants syndicaux et patronaux de la Commission "
                + "nationale de la négociation collective du secteur privé que le salaire minimum serait "
                + "revalorisé.")
        #expect(past.isEmpty)
    }

    @Test func aNameWithAnAdjectiveAfterItIsPartOfTheComplement() {
        let q = quotes("Le directeur a déclaré au Dauphiné libéré que la production avait été arrêtée.")
        #expect(q.map(\.text) == ["la production avait été arrêtée"])
    }

    @Test func anAppositionInsideTheComplementIsSkipped() {
        let q = quotes(
            "Le conseil a regretté par la voix de sa vice-présidente, Anne Morel, que la déclaration "
                + "ne contienne aucun engagement.")
        #expect(q.map(\.text) == ["la déclaration ne contienne aucun engagement"])
    }

    @Test func aVerbOrARelativeInTheComplementKeepsQueFromOpeningTheClause() {
        #expect(
            quotes("La ministre a parlé à la presse des mesures qu'elle avait prises en mars.").isEmpty)
        #expect(
            quotes("Son avocate a demandé à l'accusé s'il mesurait ce que la famille traversait.").isEmpty)
    }

    @Test func aCitedDocumentIsTheSubjectOfAnIncise() {
        let q = quotes(
            "Seuls quatre médecins seront présents cet été, indique le texte, signé par le directeur.")
        #expect(q.map(\.text) == ["Seuls quatre médecins seront présents cet été"])
    }

    @Test func aDocumentAfterAnIndefiniteDeterminerIsTheVerbsObject() {
        #expect(
            quotes(
                "La fédération, qui représente les artisans, avance des chiffres un peu différents."
            ).isEmpty)
    }

    @Test func guillemetsThatOpenTheClaimAfterSelonArePartOfIt() {
        let q = quotes(
            "Selon une note interne, « au moins 400 » parrainages présentent des anomalies.")
        #expect(q.map(\.text) == ["« au moins 400 » parrainages présentent des anomalies"])
        #expect(q.first?.kind == .according)
    }

    @Test func guillemetsThatCloseTheSentenceAfterSelonAreTheSourcesWords() {
        let q = quotes("Selon le maire, « la route rouvrira lundi ».")
        #expect(q.map(\.text) == ["la route rouvrira lundi"])
        #expect(q.first?.kind == .direct)
    }
}
