import Testing

@testable import ParoleKit

/// A body noun, its lower-case qualifiers, then the body's name ("l'organisation patronale Cepa"):
/// the body speaks by its name, the phrase kept as another of its names.
@Suite struct BodyNameAfterQualifierTests {
    let analyzer = Analyzer()

    @Test func aQualifiedBodyNounBeforeANameIsThatBody() {
        let analysis = analyzer.analyze(
            text: """
                Grève au port
                Les dockers ont cessé le travail lundi à Anvers. L'organisation patronale Cepa a dénoncé « une prise en otage de l'économie flamande ».
                Le syndicat agricole LTO Nederland réclame que l'État indemnise les éleveurs.
                """, id: "t")
        #expect(analysis.speakerName(quoting: "prise en otage") == "Cepa")
        #expect(analysis.speakerName(quoting: "indemnise les éleveurs") == "LTO Nederland")
        let cepa = analysis.actors.first { $0.name == "Cepa" }
        #expect(cepa?.aliases.contains("organisation patronale Cepa") == true)
    }

    @Test func aNameOpeningWithACapitalisedParticleIsTheBodysName() {
        let analysis = analyzer.analyze(
            text: """
                Port bloqué
                Les navires attendent au large depuis vendredi. Selon le quotidien économique De Tijd, le blocage coûte 40 millions d'euros par jour.
                """, id: "t")
        #expect(analysis.speakerName(quoting: "blocage coûte") == "De Tijd")
    }

    @Test func aBodyNounWithoutANameStaysAPhrase() {
        let analysis = analyzer.analyze(
            text: """
                Port bloqué
                Les navires attendent au large depuis vendredi. Le syndicat agricole a dénoncé « une provocation ».
                """, id: "t")
        let name = analysis.speakerName(quoting: "provocation")
        #expect(name != nil)
        #expect(name?.hasPrefix("syndicat") == true)
    }
}

/// Figures, counts and forecasts cited with "selon" (`[owned-figures]`): their named owner speaks.
@Suite struct OwnedFiguresTests {
    let analyzer = Analyzer()

    @Test func theOwnerOfForecastsAndFiguresSpeaks() {
        let analysis = analyzer.analyze(
            text: """
                Neige en Auvergne
                Il est tombé beaucoup de neige mardi sur le plateau. De nouvelles averses sont attendues jeudi soir, selon les prévisions de Météo-France.
                Le délai moyen dépasse quatre mois, selon les chiffres du Cnous cités dans le rapport.
                """, id: "t")
        #expect(analysis.speakerName(quoting: "averses sont attendues") == "Météo-France")
        #expect(analysis.speakerName(quoting: "délai moyen dépasse") == "Cnous")
    }
}
