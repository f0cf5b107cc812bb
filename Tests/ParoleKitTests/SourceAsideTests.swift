import Testing

@testable import ParoleKit

/// Words about the source or the subject that are no claim: an aside after an opening source
/// (an object relative, a passive participle and its agent) and a subject with its apposition
/// before a verb that only looks like an inverted incise. Sentences written for these tests.
@Suite struct SourceAsideTests {
    let analyzer = Analyzer()

    @Test func aPassiveParticipleAboutTheSourceIsNoPartOfTheClaim() {
        let q = analyzer.quotes(
            inBody: "Selon une expertise, commandée par le département, le pont devra être fermé deux mois.")
        #expect(q.map(\.text) == ["le pont devra être fermé deux mois"])
        let r = analyzer.quotes(
            inBody:
                "D'après un rapport, et largement cité par l'opposition, la dette a doublé en cinq ans.")
        #expect(r.map(\.text) == ["la dette a doublé en cinq ans"])
    }

    @Test func anObjectRelativeAboutTheSourceIsNoPartOfTheClaim() {
        let q = analyzer.quotes(
            inBody:
                "Pour le syndicat des guides, dont la présidente parlait lundi à Chamonix, la saison est perdue."
        )
        #expect(q.map(\.text) == ["la saison est perdue"])
    }

    @Test func aRelativeAsideAfterABracketedAcronymIsNeverTheSubject() throws {
        let text = """
            Panne
            L'Agence nationale des fréquences maritimes (ANFM), dont une équipe est sur place depuis lundi, a confirmé « une panne du réseau de secours ».
            """
        let name = try #require(analyzer.speakerNames(text).first ?? nil)
        #expect(name.contains("Agence nationale des fréquences maritimes"))
    }

    @Test func aSubjectAndItsAppositionAreNoReportedClause() {
        #expect(
            analyzer.quotes(
                inBody: "Le directeur, Paul Garnier, a appelé les familles à vérifier leurs vaccins."
            ).isEmpty)
        #expect(analyzer.quotes(inBody: "La société, Bretagne Granit SA, conteste ces conclusions.").isEmpty)
        // A clause before the verb is still reported.
        let q = analyzer.quotes(inBody: "Le pont sera fermé deux mois, a annoncé le directeur, Paul Garnier.")
        #expect(q.map(\.text) == ["Le pont sera fermé deux mois"])
    }
}
