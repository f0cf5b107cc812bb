import Testing

@testable import ParoleKit

/// Speakers given as a phrase that names someone cited before: a noun of a person by their age
/// ("la septuagénaire", `[person-nouns]`) is the person named before whom it describes, and a
/// phrase with a same-adjective ("la même source", "ce même document", `[same-adjectives]`) is
/// the source cited last.
@Suite struct DescriptionByAgeAndSameSourceTests {
    let analyzer = Analyzer()

    /// Each case: an article, the words of a quote, the speaker's name expected.
    static let ageNounCases: [(text: String, words: String, speaker: String)] = [
        (
            """
            Procès à Nîmes
            La veille, les jurés avaient entendu une voisine, Monique Tessereau, qui promenait son chien près du hangar. La septuagénaire a raconté avoir entendu « deux voix d'hommes qui montaient » vers 21 heures.
            """,
            "deux voix d'hommes", "Monique Tessereau"
        ),
        (
            """
            Inondations dans la vallée
            « Cette fois, je pars », confie Nadine Gérardy, habitante de la rue Neuve, les bottes encore pleines de boue. La sexagénaire estime que les alertes sont arrivées « bien trop tard ».
            """,
            "bien trop tard", "Nadine Gérardy"
        ),
        (
            """
            Procès à Metz
            Gérard Lemaire comparaissait mardi pour abus de biens sociaux. À la barre, le quinquagénaire a assuré qu'il n'avait « jamais rien caché » à ses associés.
            """,
            "jamais rien caché", "Gérard Lemaire"
        ),
    ]

    @Test func aNounOfAgeIsThePersonNamedBeforeIt() {
        for c in Self.ageNounCases {
            #expect(analyzer.speakerName(of: c.words, in: c.text) == c.speaker, "\(c.words)")
        }
    }

    /// Each case: an article, the words of the quote whose speaker is the same-adjective phrase,
    /// the speaker's name expected (the source cited before it).
    static let sameSourceCases: [(text: String, words: String, speaker: String)] = [
        (
            """
            Choléra au Mozambique
            L'hôpital provincial de Quelimane a dû installer des tentes dans sa cour pour accueillir les malades, a-t-on appris de source hospitalière. Une dizaine de soignants ont eux-mêmes été contaminés, selon la même source.
            """,
            "Une dizaine de soignants", "source hospitalière"
        ),
        (
            """
            Rugby : Oyonnax conteste
            Le carton n'a pas donné lieu à un signalement à la commission de discipline, selon le rapport de l'arbitre de la rencontre, Arnaud Salles. La mêlée oyonnaxienne avait « refusé l'impact à trois reprises » avant l'essai de pénalité, d'après ce même document.
            """,
            "refusé l'impact", "rapport de l'arbitre de la rencontre"
        ),
    ]

    @Test func aSameAdjectivePhraseIsTheSourceCitedLast() {
        for c in Self.sameSourceCases {
            #expect(analyzer.speakerName(of: c.words, in: c.text) == c.speaker, "\(c.words)")
        }
    }
}
