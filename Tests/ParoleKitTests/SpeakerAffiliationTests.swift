import Testing

@testable import ParoleKit

/// A person tied to a body by "à", "au", "au sein de" ("une source au ministère") speaks, not the
/// body: whether the phrase finder read the body as the subject, as the person's apposition, or
/// as the relay after an inverted subject.
@Suite struct SpeakerAffiliationTests {
    let analyzer = Analyzer()

    @Test func aSourceAtABodyNamedBeforeTheVerbSpeaksNotTheBody() {
        let analysis = analyzer.analyze(
            text: """
                Crues en Gironde
                Les pluies ont touché le département mardi. Une source à l'ARS Nouvelle-Aquitaine a reconnu que deux stations avaient débordé.
                Une source au ministère de l'Intérieur a assuré que les secours étaient prêts.
                """, id: "t")
        #expect(
            analysis.speakerName(quoting: "stations avaient débordé") == "source à l'ARS Nouvelle-Aquitaine")
        #expect(
            analysis.speakerName(quoting: "secours étaient prêts") == "source au ministère de l'Intérieur")
    }

    @Test func anOfficialWithinABodySpeaksNotTheBody() {
        let analysis = analyzer.analyze(
            text: """
                Négociations salariales
                Les syndicats ont manifesté lundi. Un responsable au ministère de la Santé a indiqué que les discussions reprendraient jeudi.
                Une source au sein du gouvernement a assuré que rien n'était décidé.
                """, id: "t")
        #expect(
            analysis.speakerName(quoting: "discussions reprendraient")
                == "responsable au ministère de la Santé")
        #expect(analysis.speakerName(quoting: "rien n'était décidé") == "source au sein du gouvernement")
    }

    @Test func aBodyAfterAnInvertedSourceIsItsAffiliationNotItsRelay() {
        let analysis = analyzer.analyze(
            text: """
                Budget
                Le texte arrive au Parlement mardi. Les arbitrages restent ouverts, a précisé une source au ministère de l'Économie.
                """, id: "t")
        #expect(
            analysis.speakerName(quoting: "arbitrages restent ouverts")
                == "source au ministère de l'Économie")
        // The body is where the source works, not an outlet that relayed the words.
        let quote = analysis.quotes.first { $0.text.contains("arbitrages restent ouverts") }
        #expect(quote != nil)
        #expect(quote?.via == nil)
    }

    @Test func aMediumAfterAnInvertedSpokespersonStaysTheRelay() {
        let analysis = analyzer.analyze(
            text: """
                Usine fermée
                Le site emploie 300 salariés. La production reprendra lundi, a déclaré un porte-parole du groupe à l'AFP.
                """, id: "t")
        let name = analysis.speakerName(quoting: "production reprendra")
        #expect(name?.contains("AFP") == false)
        #expect(analysis.quotes.first { $0.text.contains("production reprendra") }?.via?.text == "AFP")
    }
}
