import Foundation
import Testing

@testable import ParoleKit

/// The person an article names most stays a speaker candidate however far back it was last
/// named: news turns back to its protagonist by a description or a pronoun paragraphs later.
@Suite struct ProtagonistCandidateTests {
    let analyzer = Analyzer()

    static let article = """
        Deux candidats pour la mairie de Lille

        Thomas Vandel, député du Nord, et Delphine Aché, première adjointe, se disputent l'investiture. Thomas Vandel a annoncé sa candidature en septembre.

        La fédération doit trancher en janvier.

        Le calendrier a été fixé par la direction nationale du parti.

        « Il faut un vote rapide », estime un cadre de la fédération.

        Le candidat, 39 ans, joue la carte du renouvellement. « On ne gagne pas en promettant la même chose », a-t-il lancé lundi.
        """

    @Test func aPronounAfterADescriptionGoesToTheProtagonistNamedParagraphsBefore() {
        let speakers = analyzer.analyze(text: Self.article, id: "t").speakerActors
        #expect(speakers.count == 2)
        #expect(speakers.first??.kind == .anonymousSource)
        #expect(speakers.last??.name == "Thomas Vandel")
    }

    @Test func theProtagonistIsACandidateFarBackButNotAVeto() {
        // The same words when the one person named is a woman: "il" does not agree with her, the
        // anonymous source quoted before or the description keeps the words.
        let text = Self.article.replacingOccurrences(
            of:
                "Thomas Vandel, député du Nord, et Delphine Aché, première adjointe, se disputent l'investiture. Thomas Vandel a annoncé",
            with: "Delphine Aché, première adjointe, brigue l'investiture. Delphine Aché a annoncé")
        let speakers = analyzer.analyze(text: text, id: "t").speakerActors
        #expect(speakers.count == 2)
        #expect(speakers.last??.name != "Delphine Aché")
    }
}
