import Testing

@testable import ParoleKit

/// The one finite-verb test the phrase finder, the cue finder and the speaker resolver share
/// (`TextView.isFiniteVerb`, `finiteSpeechForm(at:)`), on invented sentences.
@Suite struct FiniteVerbTests {
    /// The view of `text` and the index of the token spelled `word` (its `nth` occurrence).
    private func token(_ word: String, nth: Int = 0, in text: String) throws -> (TextView, Int) {
        let language = Language.french
        let document = language.tokenizer.document(text)
        let view = TextView(
            doc: document, entities: language.recognizer.entities(in: document), language: language)
        let hits = document.tokens.indices.filter { document.text(tokens: $0..<($0 + 1)) == word }
        let i = try #require(hits.count > nth ? hits[nth] : nil)
        return (view, i)
    }

    @Test func aSpeechVerbAfterItsSubjectIsFinite() throws {
        let (view, i) = try token("précise", in: "La ministre précise que le texte sera revu.")
        #expect(view.isFiniteVerb(i))
        #expect(view.finiteSpeechForm(at: i)?.verb.lemma == "préciser")
    }

    @Test func aFormAfterADeterminerIsANoun() throws {
        let (view, i) = try token("juge", in: "Le juge a lu la lettre.")
        #expect(!view.isFiniteVerb(i))
        let (note, n) = try token("note", in: "Une note circule depuis lundi.")
        #expect(!note.isFiniteVerb(n))
    }

    @Test func aDeterminerTheCallerKnowsIsAPronounKeepsTheVerb() throws {
        let (view, i) = try token("précise", in: "Le texte sera revu, comme le précise la ministre.")
        #expect(view.finiteSpeechForm(at: i) == nil)
        #expect(view.finiteSpeechForm(at: i, determinerIsPronoun: true) != nil)
    }

    @Test func anAuxiliaryIsFiniteEvenAfterAnElidedPronoun() throws {
        let (view, i) = try token("a", in: "Il l'a dit hier soir.")
        #expect(view.isFiniteVerb(i))
        #expect(!view.isPluralFiniteVerb(i))
        let (plural, p) = try token("ont", in: "Les deux élus ont déclaré forfait.")
        #expect(plural.isPluralFiniteVerb(p))
    }

    @Test func infinitivesAndParticiplesOfAuxiliariesAreNotFinite() throws {
        let (view, i) = try token(
            "ayant", in: "Paul Morel, ayant longtemps travaillé ici, a expliqué sa décision.")
        #expect(!view.isFiniteVerb(i))
        let (infinitive, k) = try token("avoir", in: "Elle dit avoir reçu la lettre.")
        #expect(!infinitive.isFiniteVerb(k))
    }

    @Test func aCapitalIsAVerbOnlyWhereItOpensTheSentence() throws {
        let (inside, i) = try token("Est", in: "Les pays de l'Est demandent une aide.")
        #expect(!inside.isFiniteVerb(i))
        let (opening, k) = try token("Estime", in: "Estime-t-il que le texte suffit ?")
        #expect(opening.isFiniteVerb(k))
    }

    @Test func aPluralSpeechVerbIsPlural() throws {
        let (view, i) = try token("estiment", in: "Anne Roy et Paul Marin estiment que rien ne change.")
        #expect(view.isPluralFiniteVerb(i))
        let (singular, k) = try token("estime", in: "Anne Roy estime que rien ne change.")
        #expect(!singular.isPluralFiniteVerb(k))
    }
}
