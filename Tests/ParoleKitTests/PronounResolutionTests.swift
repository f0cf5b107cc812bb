import Testing

@testable import ParoleKit

/// Pronouns that name a speaker ("a-t-il martelé", "à ses yeux", "selon lui", "ont-ils
/// prévenu") resolve to the salient person of matching gender and number, and to no one when
/// every person named disagrees.
@Suite struct PronounResolutionTests {
    let analyzer = Analyzer()

    @Test func anInvertedPronounAndAPossessiveNameTheSubjectOfTheSentenceBefore() {
        let text = """
            Procès à Lyon
            L'avocate de la famille, Marie Lenoir, a plaidé pendant deux heures. Le procureur Paul Girard a requis dix ans de prison.
            « Ce dossier est accablant », a-t-il martelé. À ses yeux, l'accusé ne mérite aucune clémence.
            « Mon client est innocent », a rétorqué l'avocate.
            """
        #expect(analyzer.speakerNames(text) == ["Paul Girard", "Paul Girard", "Marie Lenoir"])
    }

    @Test func aPronounFollowsTheNewSubjectOfItsParagraph() {
        let text = """
            Sommet de l'OTAN
            Le secrétaire général de l'OTAN, Jens Stoltenberg, a ouvert le sommet jeudi à Vilnius.
            « L'Ukraine deviendra membre de l'Alliance », a-t-il assuré devant la presse.
            Le président ukrainien Volodymyr Zelensky a salué cette déclaration, tout en regrettant l'absence de calendrier.
            « C'est absurde », a-t-il écrit sur Twitter.
            """
        #expect(analyzer.speakerNames(text) == ["Jens Stoltenberg", "Volodymyr Zelensky"])
    }

    @Test func aPronounOfTheOtherGenderThanEveryoneNamedNamesNoOne() {
        let text = """
            Budget
            Mme Lagarde a présenté mardi les prévisions de la banque.
            Elle a jugé que l'inflation restait trop élevée. Selon lui, en revanche, la croissance résiste.
            """
        #expect(analyzer.speakerNames(text) == ["Lagarde", nil])
    }

    @Test func wordsThatNothingNamesGoToTheInvertedSubjectOpeningTheNextSentence() {
        let text = """
            Incendie à Marseille
            Un incendie a ravagé un entrepôt dans la nuit de lundi à mardi.
            « Les flammes étaient visibles à des kilomètres. » C'est ce qu'a raconté Karim Benali, un riverain.
            """
        #expect(analyzer.speakerNames(text).first == "Karim Benali")
    }

    @Test func theAgentOfTheParticipleBeforeAPronounIsNotWhoItNames() {
        let text = """
            Conflit social
            Mme Durand, secrétaire générale du syndicat, a rencontré lundi le directeur de l'usine, M. Petit.
            Interrogée par l'AFP, elle a dénoncé des « conditions inacceptables ». Selon elle, la direction refuse tout dialogue.
            """
        #expect(analyzer.speakerNames(text) == ["Durand", "Durand"])
    }

    @Test func aPronounAgreesWithTheNounABodyWasLastNamedBy() {
        let text = """
            Conflit social chez Renault
            Le directeur général, Luca de Meo, a défendu le plan. Interrogé par les journalistes, il a assuré que « aucun site ne fermera ».
            Selon la CGT, pourtant, « deux usines sont menacées ». Le syndicat appelle à la grève jeudi. Il réclame « un vrai dialogue ».
            """
        #expect(analyzer.speakerNames(text).last == "CGT")
    }

    @Test func theSubjectAfterAnOpeningCoordinatorIsThePronounsReferent() {
        let text = """
            Pollution de la Seine
            La maire de Paris, Anne Hidalgo, a promis une Seine baignable. Mais la préfecture de police a interdit la baignade dimanche. Elle estime que « les conditions sanitaires ne sont pas réunies ».
            """
        // Known issue since the tenth session's merge: once the mayor's gender is known from her
        // role ("La maire de Paris"), both candidates agree with "Elle" and the ranker's person-kind
        // weights outweigh the nearer subject (on the merge 96017dd: Anne Hidalgo 4.44, the
        // prefecture 3.66 by `parole-train speaker-weights --explain`). The one tune article of
        // this shape (p054) has the farther person as speaker, so no feature the tune data support
        // was found to separate them (docs/accuracy.md, v16s2 addendum); nor, in the eleventh
        // session, subject parallelism (`parallel`: a pronoun opening its sentence continues the
        // subject of the sentence before; learned 0.86, the person 4.48 against 4.39, and it did
        // not carry over in the two-way split: docs/accuracy.md, v17s). The expectation stays what
        // a reader expects; the test records the issue and fails again, as a reminder, once the
        // nearer subject wins.
        withKnownIssue("a body named after a person of the same gender loses the pronoun to the person") {
            #expect(analyzer.speakerNames(text).last == "préfecture de police")
        }
    }
}
