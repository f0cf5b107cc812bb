import Testing

@testable import ParoleKit

/// Who speaks through a cited source: the body a classifier noun names ("le quotidien
/// Ouest-France"), the owner of a document ("les données du ministère"), the issuer of a release
/// for its own documents ("selon nos données").
@Suite struct CitedSourceOwnerTests {
    let analyzer = Analyzer()

    @Test func aNewspaperNamedAfterItsClassifierNounIsTheSource() {
        let text = """
            Grève
            Les grévistes bloquent les entrepôts depuis lundi. Plusieurs enseignes de la grande distribution, dont Carrefour, ont déjà signalé des retards de livraison, selon le quotidien Ouest-France. Une nouvelle réunion est prévue lundi.
            """
        #expect(analyzer.speakerNames(text) == ["Ouest-France"])
    }

    @Test func theOwnerOfCitedDataIsTheSourceOverTheSubjectBefore() {
        let text = """
            Mines
            Le groupe Andina Cobre exploite la mine depuis 2019. Il emploie 3 000 personnes. L'entreprise produit environ 200 000 tonnes de cuivre par an, selon les données du ministère de l'Énergie et des Mines.
            """
        let quote = analyzer.analyze(text: text, id: "t").quotes.first
        #expect(quote?.speaker?.text == "les données du ministère de l'Énergie et des Mines")
        #expect(analyzer.speakerNames(text) == ["ministère de l'Énergie et des Mines"])
    }

    @Test func theWritersOwnDataInAReleaseAreTheIssuers() {
        let text = """
            COMMUNIQUÉ DE PRESSE
            Paris, le 26 novembre 2026 – Greenpeace publie ce jeudi son rapport annuel sur la qualité de l'eau distribuée en Bretagne. Greenpeace appelle l'État à agir.
            Selon nos données, 21 % des unités de distribution contrôlées en 2025 ont présenté au moins un dépassement.
            """
        #expect(analyzer.speakerNames(text) == ["Greenpeace"])
    }
}
