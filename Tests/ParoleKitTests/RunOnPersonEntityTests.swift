import Testing

@testable import ParoleKit

/// The entities and the actors of an analysis agree on a person's name that the recogniser ran
/// on from a body's name. Sentences written for these tests.
@Suite struct RunOnPersonEntityTests {
    let analyzer = Analyzer()

    @Test func aPersonsNameAfterABodysNameIsTheSameNameInTheEntitiesAndTheActors() {
        let analysis = analyzer.analyze(
            text:
                "Orages\n« Les orages vont durer », a expliqué la prévisionniste de Météo-France Élodie Carpentier.\n",
            id: "t")
        let entities = analysis.entities.map { "\($0.type.rawValue):\($0.text)" }
        #expect(entities.contains("PER:Élodie Carpentier"))
        #expect(!entities.contains { $0.contains("Météo-France Élodie") })
        let speaker = analysis.speakerActors.first??.name
        #expect(speaker == "Élodie Carpentier")
        #expect(analysis.actors.allSatisfy { !$0.name.contains("Météo-France Élodie") })
    }
}
