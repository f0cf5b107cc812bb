import Testing

@testable import ParoleKit

/// Person names the recogniser ran on from a body's name before them are split at the first
/// name for the quote stage. Sentences written for these tests.
@Suite struct RunOnPersonNamesTests {
    /// The entities of `text` after the split, given one person entity over `name`.
    private func split(_ text: String, person name: String) -> [String] {
        let document = Tokenizer().document(text)
        let range = text.range(of: name)!
        let lo = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: range.lowerBound)
        let hi = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: range.upperBound)
        let entity = Entity(span: Span(lo, hi), type: .person, text: name)
        return RunOnPersonNames(document: document, language: .french).split([entity]).map {
            "\($0.type.rawValue):\($0.text)"
        }
    }

    @Test func aBodysNameRunIntoAPersonsNameIsSplitAtTheFirstName() {
        #expect(
            split(
                "a expliqué la prévisionniste de Météo-France Claire Dubois.",
                person: "Météo-France Claire Dubois")
                == ["ORG:Météo-France", "PER:Claire Dubois"])
        #expect(
            split("a affirmé au micro de France Inter Paul Garnier.", person: "Inter Paul Garnier")
                == ["ORG:Inter", "PER:Paul Garnier"])
    }

    @Test func aNameThatOpensWithFirstNamesOrATitleIsKept() {
        #expect(
            split("selon Jean-Marc Ayrault Dubois.", person: "Jean-Marc Ayrault Dubois") == [
                "PER:Jean-Marc Ayrault Dubois"
            ])
        #expect(split("a dit Anne Roy.", person: "Anne Roy") == ["PER:Anne Roy"])
        #expect(
            split("de la CSC, Anneleen Van Acker.", person: "Anneleen Van Acker") == [
                "PER:Anneleen Van Acker"
            ])
    }
}
