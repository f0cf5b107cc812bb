import Testing

@testable import ParoleKit

/// Speakers of claims whose source closes the sentence ("…, selon X."): a document's name ends
/// at the participle that follows it, a press kit speaks for its owner, a body named after a
/// complement of bodies goes by its name, a possessive source is its owner's.
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

    @Test func anAgentThatNamesNoOneIssuedNothing() {
        let text = """
            Océans
            La réserve couvre deux millions de kilomètres carrés et y interdit le chalutage, selon la décision adoptée par 80 voix.
            """
        #expect(speakers(text).map(\.text) == ["la décision"])
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

    @Test func aBodyNamedAfterAComplementOfBodiesGoesByItsName() {
        let text = """
            Haute mer
            Les États ont adopté un traité mardi. La coalition d'ONG Deep Blue Watch réclame que vingt réserves soient créées avant 2040.
            """
        #expect(speakers(text).map(\.name) == ["Deep Blue Watch"])
    }
}
