import Testing

@testable import ParoleKit

/// A demonstrative subject ("Celle-ci", "ce dernier") names the person mentioned last, of its
/// gender, not the sentence's subject before; a cited document goes by its name before a
/// participle ("un sondage … publié lundi"), and by whoever issued it after "par"; the outlet that
/// relayed words ("à l'AFP") is never who said them.
@Suite struct DemonstrativeAndRelayTests {
    let analyzer = Analyzer()

    @Test func aDemonstrativeSubjectIsThePersonMentionedLast() {
        let text = """
            Conseil municipal de Lorient

            Le maire, Paul Kerjean, a ensuite donné la parole à la directrice des finances, Claire Le Bihan. Celle-ci a expliqué que le budget serait « tenu à l'euro près ».
            """
        #expect(analyzer.speakerNames(text) == ["Claire Le Bihan"])
    }

    @Test func ceDernierSkipsThePersonOfTheOtherGender() {
        let text = """
            Conseil municipal de Lorient

            La maire, Anne Kerjean, a donné la parole à son adjoint, Marc Le Bihan, puis à la directrice, Sophie Morvan. Ce dernier a assuré que les travaux seraient « achevés en juin ».
            """
        #expect(analyzer.speakerNames(text) == ["Marc Le Bihan"])
    }

    @Test func aCitedDocumentGoesByItsNameBeforeAParticipleAndByWhoIssuedIt() {
        let text = """
            Municipales à Brest

            Selon un sondage Ipsos pour Le Télégramme publié lundi, 54 % des Brestois jugent la sécurité prioritaire. D'après les chiffres communiqués par la préfète, la délinquance a baissé de 8 %.
            """
        let actors = analyzer.speakerActors(text)
        #expect(actors.first??.aliases.contains("sondage Ipsos pour Le Télégramme") == true)
        #expect(actors.last??.name.contains("préfète") == true)
    }

    @Test func theOutletThatRelayedTheWordsIsNotTheSpeaker() {
        let text = """
            Attaque dans le nord du pays

            Des hommes armés ont attaqué un poste militaire dans la nuit. « Plusieurs dizaines d'assaillants sont arrivés à moto », a indiqué une source sécuritaire à l'AFP.
            """
        let actor = analyzer.speakerActors(text).first ?? nil
        #expect(actor?.name != "AFP")
    }
}
