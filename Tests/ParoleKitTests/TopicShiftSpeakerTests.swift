import Testing

@testable import ParoleKit

/// Words in guillemets that no cue names, in reportage: the person the text turned to since the
/// last words quoted speaks them, not the last speaker (`subjectsince`, `nextnew`).
@Suite struct TopicShiftSpeakerTests {
    let analyzer = Analyzer()

    @Test func thePersonIntroducedAfterTheLastQuoteSpeaksTheNextWords() {
        let text = """
            Tempête sur la Bretagne
            Le maire de Brest, François Cuillandre, a annoncé la fermeture des écoles. « La sécurité des enfants passe avant tout », a-t-il déclaré.
            Marie Le Goff, 45 ans, habite le quartier depuis vingt ans. Sa maison a perdu une partie de son toit.
            « On n'a jamais vu ça. Le vent soufflait si fort que les volets se sont arrachés. »
            """
        #expect(analyzer.speakerNames(text) == ["François Cuillandre", "Marie Le Goff"])
    }

    @Test func aPersonFirstNamedRightAfterWordsThatOpenAParagraphSpokeThem() {
        let text = """
            Tempête sur la Bretagne
            Le maire de Brest, François Cuillandre, a annoncé la fermeture des écoles. « La sécurité des enfants passe avant tout », a-t-il déclaré.
            « Je n'ai rien vu venir. » Julien Kerbrat, 34 ans, est encore sous le choc.
            """
        #expect(analyzer.speakerNames(text) == ["François Cuillandre", "Julien Kerbrat"])
    }

    @Test func aSentenceOpeningWithANounAndANameHasThatPersonForSubject() {
        let text = """
            Hôpital en crise
            Claire Martin est infirmière depuis quinze ans. « Je n'ai jamais connu une telle situation », confie-t-elle.
            Son collègue Thomas Bernard, aide-soignant, partage son inquiétude. « On fait ce qu'on peut avec les moyens du bord. »
            """
        #expect(analyzer.speakerNames(text) == ["Claire Martin", "Thomas Bernard"])
    }

    @Test func theLastSpeakerKeepsWordsThatFollowHisOwn() {
        let text = """
            Interview
            Le cinéaste Jacques Audiard présente son nouveau film à Cannes.
            « Ce film m'a pris cinq ans. » Il explique avoir voulu raconter l'histoire de son père. « Mon père était un homme secret. »
            """
        #expect(analyzer.speakerNames(text).allSatisfy { $0 == "Jacques Audiard" })
    }
}
