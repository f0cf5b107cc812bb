import Testing

@testable import ParoleKit

/// Words the lead quotes for a body, or for no one, that a person says again further down are that
/// person's (`LeadEcho`).
@Suite struct LeadEchoTests {
    @Test func theFirstLaterQuoteHoldingTheWordsIsTheSource() {
        let later = [
            (quote: 3, words: "vous vendez la ville"), (quote: 5, words: "mener une politique d'affichage"),
        ]
        #expect(LeadEcho.source(of: "une politique d'affichage", among: later) == 5)
        #expect(LeadEcho.source(of: "vous vendez la ville", among: later) == 3)
    }

    @Test func wordsMatchWholeNotInsideOtherWords() {
        let later = [(quote: 2, words: "des provocations répétées")]
        #expect(LeadEcho.source(of: "provocation", among: later) == nil)
        #expect(LeadEcho.source(of: "", among: later) == nil)
    }

    @Test func aLongerLeadIsNotHeldByAShortLaterQuote() {
        let later = [(quote: 4, words: "bon sens")]
        #expect(LeadEcho.source(of: "une décision de bon sens pour la ville", among: later) == nil)
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
