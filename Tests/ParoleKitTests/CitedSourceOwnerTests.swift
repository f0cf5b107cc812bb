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

    @Test func anAnonymousSourceWithTheWritersPossessiveIsNoNearbyNamedPerson() {
        let text = """
            Un titre

            Le ministère de la Santé a publié lundi un rapport. Le ministre Jean Dupont était absent.

            « Il faut agir vite », explique notre source au sein du ministère.
            """
        let speaker = analyzer.analyze(text: text, id: "t").quotes.first?.speaker
        #expect(speaker?.text.hasPrefix("notre source") == true)
        #expect(!analyzer.speakerNames(text).contains("Jean Dupont"))
    }

    @Test func thePapersOwnInquiryWithNoIssuingBodyKeepsItsPhrase() {
        let text = """
            Un titre

            Le gouvernement prépare un remaniement, selon nos informations. D'après notre enquête, la société a dissimulé ses pertes.
            """
        let quote = analyzer.analyze(text: text, id: "t").quotes.first { $0.text.contains("pertes") }
        #expect(quote?.speaker?.text == "notre enquête")
    }
}
