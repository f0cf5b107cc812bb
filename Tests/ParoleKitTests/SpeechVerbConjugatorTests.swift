import Foundation
import Testing

@testable import ParoleKit

/// The forms of one verb as "form shape plural" words, in the conjugator's order.
private func spelled(_ forms: [(String, SpeechVerbForm.Shape, Bool)]) -> [String] {
    forms.map { "\($0.0) \($0.1) \($0.2 ? "p" : "s")" }
}

@Test func aRegularFirstGroupVerbGetsEveryThirdPersonAndParticiple() {
    let forms = spelled(SpeechVerbConjugator.french.forms(of: "déclarer"))
    #expect(
        forms == [
            "déclare finite s", "déclarent finite p", "déclarait finite s", "déclaraient finite p",
            "déclara finite s", "déclarèrent finite p", "déclarera finite s", "déclarerait finite s",
            "déclareront finite p", "déclareraient finite p", "déclaré participle s", "déclarée participle s",
            "déclarés participle s", "déclarées participle s", "déclarant presentParticiple s",
        ])
}

@Test func cerGerAndStressedStemsKeepTheirSound() {
    let conjugator = SpeechVerbConjugator.french
    let annoncer = Set(conjugator.forms(of: "annoncer").map(\.0))
    #expect(annoncer.isSuperset(of: ["annonçait", "annonça", "annonçant", "annonce", "annoncèrent"]))
    let juger = Set(conjugator.forms(of: "juger").map(\.0))
    #expect(juger.isSuperset(of: ["jugeait", "jugea", "jugeant", "jugèrent"]))
    let appeler = Set(conjugator.forms(of: "appeler").map(\.0))
    #expect(appeler.isSuperset(of: ["appelle", "appellent", "appellera", "appelait", "appelé"]))
    let repeter = Set(conjugator.forms(of: "répéter").map(\.0))
    #expect(repeter.isSuperset(of: ["répète", "répètent", "répètera", "répétait"]))
    let lever = Set(conjugator.forms(of: "lever").map(\.0))
    #expect(lever.isSuperset(of: ["lève", "lèvera", "levait"]))
}

@Test func aSecondGroupVerbAndGivenStemsAreConjugatedFromTheirStems() {
    let conjugator = SpeechVerbConjugator.french
    #expect(
        spelled(conjugator.forms(of: "avertir", secondGroup: true)) == [
            "avertit finite s", "avertissent finite p", "avertissait finite s", "avertissaient finite p",
            "avertit finite s", "avertirent finite p", "avertira finite s", "avertirait finite s",
            "avertiront finite p", "avertiraient finite p", "averti participle s", "avertie participle s",
            "avertis participle s", "averties participle s", "avertissant presentParticiple s",
        ])
    let dire = conjugator.forms(
        of: "dire", stems: ["p3s": ["dit"], "p3p": ["disent"], "pp": ["dit"], "fut": ["dir"], "x": ["y"]])
    #expect(
        spelled(dire) == [
            "dit finite s", "disent finite p", "dira finite s", "dirait finite s", "diront finite p",
            "diraient finite p", "dit participle s", "dite participle s", "dits participle s",
            "dites participle s",
        ])
    // A participle ending in "s" is its own plural.
    #expect(conjugator.forms(of: "mettre", stems: ["pp": ["mis"]]).map(\.0) == ["mis", "mise", "mises"])
    #expect(conjugator.forms(of: "venir").isEmpty)
    #expect(conjugator.regularStems("parler", secondGroup: false)["p3s"] == ["parle"])
    #expect(conjugator.regularStems("venir", secondGroup: false).isEmpty)
}

@Test func theConjugatorTakesEveryEndingFromItsResourceNotFromCode() throws {
    // A made-up language: lemmas in "-a", a stressed "o" → "u", "t" softened to "ts" before "i".
    let toy = try SpeechVerbConjugator(
        parsing: """
            [reflexive-prefixes]
            zi-
            [first-group]
            lemma-ending a
            p3s stressed i
            pp stem o
            [second-group]
            lemma-ending u
            p3s stem u
            [endings]
            p3s finite singular -
            pp participle singular - 
            [participle-agreement]
            feminine a
            plural n
            [softening]
            t ts i
            [vowels]
            a e i o u
            [stress]
            o u
            """)
    #expect(
        spelled(toy.forms(of: "bonka")) == [
            "bunki finite s", "bonko participle s", "bonkoa participle s",
            "bonkon participle s", "bonkoan participle s",
        ])
    #expect(toy.forms(of: "sotka").map(\.0).first == "sutki")
    #expect(toy.forms(of: "mata").map(\.0).first == "matsi")
    #expect(toy.forms(of: "déclarer").isEmpty)
    #expect(toy.reflexivePrefixes == ["zi-"])
}

@Test func aConjugationFileWithoutASectionFailsLoudly() {
    #expect(throws: SpeechVerbConjugator.FormatError.self) {
        try SpeechVerbConjugator(parsing: "[first-group]\nlemma-ending er\n")
    }
    let shipped = ResourceFile.text("conjugation.txt")
    #expect(throws: SpeechVerbConjugator.FormatError.self) {
        try SpeechVerbConjugator(parsing: shipped.replacingOccurrences(of: "[stress]", with: "[stres]"))
    }
    #expect(throws: SpeechVerbConjugator.FormatError.self) {
        try SpeechVerbConjugator(
            parsing: shipped.replacingOccurrences(of: "pp    stem      é", with: "pp    root      é"))
    }
}

@Test func aReflexiveLemmaIsListedWithoutItsPrefix() {
    let lexicon = SpeechLexicon(parsing: "s'exclamer direct\n")
    #expect(lexicon.verbs["exclamer"] != nil)
    #expect(lexicon.lookup("exclama")?.first?.verb.lemma == "exclamer")
}
