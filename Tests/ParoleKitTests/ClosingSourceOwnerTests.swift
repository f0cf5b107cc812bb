import Testing

@testable import ParoleKit

/// Speakers of claims whose source closes the sentence ("…, selon X."): a document its
/// complement names ends at the participle that follows it, one with no complement keeps it, a
/// press kit speaks for its owner.
@Suite struct ClosingSourceOwnerTests {
    let analyzer = Analyzer()

    func speakers(_ text: String) -> [(text: String?, name: String?)] {
        let analysis = analyzer.analyze(text: text, id: "t")
        return analysis.quotes.map { q in
            let actor = q.speaker?.actor.flatMap { analysis.actor(id: $0) }
            return (q.speaker?.text, actor?.name)
        }
    }

    @Test func aDocumentsNameEndsAtTheParticipleThatTellsWhatBecameOfIt() {
        let text = """
            Grève des bus
            Les conducteurs travaillent jusqu'à douze heures par jour sans pause payée, selon un tract du syndicat remis aux voyageurs.
            """
        #expect(speakers(text).map(\.text) == ["un tract du syndicat"])
    }

    @Test func aDocumentWithNoComplementKeepsTheParticipleThatSaysWhichItIs() {
        let text = """
            Football
            Le club vise la montée en deux ans, selon une note interne adressée aux joueurs.
            """
        #expect(speakers(text).map(\.text) == ["une note interne adressée aux joueurs"])
    }

    @Test func anAgentThatNamesNoOneIssuedNothing() {
        let text = """
            Crue
            Le fleuve est monté de deux mètres en une nuit, selon un relevé effectué par trois sondes.
            """
        #expect(speakers(text).map(\.text) == ["un relevé"])
    }

    @Test func aPressKitSpeaksForTheCompanyThatIssuedIt() {
        let text = """
            Industrie
            La société Batterix ouvrira une usine à Valence en 2030.
            L'usine emploiera 900 salariés, selon le dossier de presse de Batterix.
            """
        let found = speakers(text)
        #expect(found.count == 1)
        #expect(found.first?.name?.contains("Batterix") == true)
    }
}
