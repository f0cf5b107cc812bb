import Testing

@testable import ParoleKit

/// A subject whose name is followed by brackets (an acronym, a place) right before the speech
/// verb still speaks: "La Fédération … (FNBP) s'est dite « choquée »". Sentences written for
/// these tests.
@Suite struct SubjectBeforeBracketsTests {
    @Test func aStanceInMarksAfterABracketedAcronymIsTheBodysQuote() {
        let q = Analyzer().quotes(
            inBody:
                "La Fédération nationale des bailleurs privés (FNBP) s'est dite « choquée » par des amalgames."
        )
        #expect(q.map(\.text) == ["choquée"])
        #expect(q.first?.speaker != nil)
    }

    @Test func aStanceInMarksClosingTheSentenceAfterBracketsIsKept() {
        let q = Analyzer().quotes(inBody: "Le Réseau hospitalier jurassien (RHJ) s'est dit « soulagé ».")
        #expect(q.map(\.text) == ["soulagé"])
    }

    @Test func aPlaceInBracketsLeavesTheRoleBeforeItTheSpeaker() {
        let q = Analyzer().quotes(inBody: "Le maire de Cluses (Haute-Savoie) s'est dit « consterné ».")
        #expect(q.map(\.text) == ["consterné"])
        #expect(q.first?.speaker?.text.contains("maire") == true)
    }
}
