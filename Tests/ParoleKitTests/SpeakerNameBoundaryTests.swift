import Testing

@testable import ParoleKit

/// Where a speaker's phrase or name ends, in the shapes of issue 9's thirteenth session: a long
/// title or a nationality before a name in apposition, a relative after a bracketed acronym, a
/// person's name run on from a body's, a modal verb after the subject, a document's agent after
/// its complement. Sentences written for these tests.
@Suite struct SpeakerNameBoundaryTests {
    let analyzer = Analyzer()

    /// The first quote's speaker text and actor name in `body` (under a one-line title).
    private func firstSpeaker(_ body: String) -> (text: String?, actor: String?) {
        let analysis = analyzer.analyze(text: "Titre\n" + body + "\n", id: "t")
        let speaker = analysis.quotes.first?.speaker
        return (speaker?.text, speaker?.actor.flatMap { analysis.actor(id: $0) }?.name)
    }

    /// A title with a bare complement ("le commandant de bord"), a nationality ("l'Italienne").
    @Test(arguments: [
        (
            "Le délégué syndical, le commandant de bord Erwan Lestrade, estime que la direction « prépare la vente de la compagnie ».",
            "Erwan Lestrade"
        ),
        (
            "La porte-parole de la délégation, l'Italienne Giulia Rossi, juge que le texte est « un bon compromis ».",
            "Giulia Rossi"
        ),
    ])
    func aLongTitleBeforeANameInAppositionGivesTheName(sentence: String, name: String) {
        #expect(firstSpeaker(sentence).text == name)
    }

    @Test func aRelativeAfterABracketedAcronymHasTheBracketedNameAsAntecedent() {
        let s = firstSpeaker(
            "L'hôpital a prévenu la Commission nationale de l'informatique et des libertés (CNIL), qui a rappelé que les patients devaient être informés « sans délai »."
        )
        #expect(s.actor == "Commission nationale de l'informatique et des libertés")
    }

    @Test func aPersonsNameRunOnFromABodysNameIsThePersonsOwn() {
        let s = firstSpeaker(
            "« Les pluies vont durer jusqu'à jeudi », a expliqué la prévisionniste de Météo-France Claire Dubois."
        )
        #expect(s.actor == "Claire Dubois")
    }

    @Test func aModalVerbEndsTheSubjectsPhrase() {
        let analysis = analyzer.analyze(
            text:
                "Titre\nLa nouvelle présidente élue devra composer avec un conseil divisé. Elle a promis de présenter « dans les cent jours » un plan.\n",
            id: "t")
        let names = analysis.actors.map(\.name)
        #expect(names.contains { $0.hasSuffix("présidente élue") })
        #expect(!names.contains { $0.contains("devra") })
    }

    @Test func aDocumentsAgentAfterItsComplementSpeaksWhenTheParticipleAgreesWithTheDocument() {
        let insee = firstSpeaker(
            "Les prix ont ralenti en mars, selon les résultats de l'enquête annuelle publiés jeudi par l'Insee."
        )
        #expect(insee.actor == "Insee")
        // "désigné" agrees with "l'expert" as well: the participle is the complement's.
        let expert = firstSpeaker(
            "Les prix ont ralenti en mars, selon le rapport de l'expert désigné par les juges.")
        #expect(expert.actor != "juges")
        #expect(expert.text == "le rapport de l'expert désigné par les juges")
    }
}
