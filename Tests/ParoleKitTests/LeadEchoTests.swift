import Testing

@testable import ParoleKit

/// Words the lead quotes for a body, or for no one, that a person says again further down are that
/// person's (`LeadEcho`).
@Suite struct LeadEchoTests {
    /// The function words of the French resources.
    let function = SpeakerWords.french.functionWords

    @Test func theFirstLaterQuoteHoldingTheWordsIsTheSource() {
        let later = [
            (quote: 3, words: "vous vendez la ville"), (quote: 5, words: "mener une politique d'affichage"),
        ]
        #expect(LeadEcho.source(of: "une politique d'affichage", among: later, functionWords: function) == 5)
        #expect(LeadEcho.source(of: "vous vendez la ville", among: later, functionWords: function) == 3)
    }

    @Test func wordsMatchWholeNotInsideOtherWords() {
        let later = [(quote: 2, words: "des provocations répétées")]
        #expect(LeadEcho.source(of: "provocation", among: later, functionWords: function) == nil)
        #expect(LeadEcho.source(of: "", among: later, functionWords: function) == nil)
    }

    @Test func aLeadQuoteOfFewerThanTwoContentWordsMatchesNothing() {
        let later = [
            (quote: 6, words: "c'est un scandale absolu"), (quote: 8, words: "un vrai mépris de la ville"),
        ]
        #expect(LeadEcho.minimumContentWords == 2)
        #expect(LeadEcho.source(of: "scandale", among: later, functionWords: function) == nil)
        #expect(LeadEcho.source(of: "un scandale", among: later, functionWords: function) == nil)
        #expect(LeadEcho.source(of: "de la ville", among: later, functionWords: function) == nil)
        #expect(LeadEcho.source(of: "scandale absolu", among: later, functionWords: function) == 6)
        #expect(LeadEcho.source(of: "mépris de la ville", among: later, functionWords: function) == 8)
    }

    @Test func contentWordsAreTheWordsThatAreNoFunctionWord() {
        #expect(LeadEcho.contentWordCount("une politique d' affichage", functionWords: function) == 2)
        #expect(LeadEcho.contentWordCount("prise d' otages", functionWords: function) == 2)
        #expect(LeadEcho.contentWordCount("c' est un scandale", functionWords: function) == 1)
        #expect(LeadEcho.contentWordCount("", functionWords: function) == 0)
    }

    @Test func aLeadsSingleWordIsNotGivenToTheLaterSpeakerSayingIt() {
        let analysis = Analyzer().analyze(
            text: """
                Conseil municipal : la vidéoprotection étendue
                La majorité a voté lundi soir l'extension de la vidéoprotection. L'opposition dénonce un « scandale » et réclame un audit.
                Les débats ont duré trois heures dans la salle du conseil.
                Le chef de file de l'opposition, Thomas Bru, a parlé d'un « scandale démocratique » à dix-huit mois des municipales.
                """, id: "t")
        #expect(analysis.speakerName(quoting: "scandale démocratique") == "Thomas Bru")
        #expect(analysis.speakerName(quoting: "scandale") != "Thomas Bru")
    }

    @Test func aLongerLeadIsNotHeldByAShortLaterQuote() {
        let later = [(quote: 4, words: "bon sens")]
        #expect(
            LeadEcho.source(
                of: "une décision de bon sens pour la ville", among: later, functionWords: function) == nil)
    }

    @Test func theLeadsBodyGivesItsWordsToThePersonWhoSaysThemAgain() {
        let analysis = Analyzer().analyze(
            text: """
                Conseil municipal : la vidéoprotection étendue
                La majorité a voté lundi soir l'extension de la vidéoprotection. L'opposition dénonce « une politique d'affichage » et réclame un audit.
                Les débats ont duré trois heures dans la salle du conseil.
                Le chef de file de l'opposition, Thomas Bru, a accusé la majorité de « mener une politique d'affichage » à dix-huit mois des municipales.
                """, id: "t")
        #expect(analysis.speakerName(quoting: "une politique d'affichage") == "Thomas Bru")
        #expect(analysis.speakerName(quoting: "mener une politique d'affichage") == "Thomas Bru")
    }

    @Test func aPersonNamedInTheLeadKeepsTheWords() {
        let analysis = Analyzer().analyze(
            text: """
                Conseil municipal
                Le maire Jean Dupont dénonce « une politique d'affichage » de l'État.
                Les débats ont duré trois heures.
                La conseillère Anne Roux a repris l'expression de « politique d'affichage » en fin de séance.
                """, id: "t")
        #expect(analysis.speakerName(quoting: "une politique d'affichage") == "Jean Dupont")
    }
}
