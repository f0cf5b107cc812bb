import Testing

@testable import ParoleKit

/// Quotation marks of every style the press uses are paired into quotes.
@Suite struct QuotationMarkTests {
    let analyzer = Analyzer()

    /// The quoted words of each quote found in `line` (after a title line).
    func quotes(_ line: String) -> [String] {
        analyzer.analyze(text: "Titre\n" + line + "\n", id: "t").quotes.map(\.text)
    }

    @Test(arguments: [
        ("«", "»"), ("“", "”"), ("„", "“"), ("‹", "›"), ("\"", "\""), ("‘", "’"), ("»", "«"),
    ])
    func everyStyleOfMarksMakesOneQuote(open: String, close: String) {
        let line =
            "Le ministre a déclaré : \(open) Nous ne céderons rien sur ce dossier \(close), avant de partir."
        #expect(quotes(line) == ["Nous ne céderons rien sur ce dossier"])
    }

    @Test func gluedMarksPairToo() {
        #expect(
            quotes(
                "« Nous ne céderons rien », a déclaré le ministre, puis “Nous tiendrons bon”, a-t-il ajouté.")
                == ["Nous ne céderons rien", "Nous tiendrons bon"])
    }

    @Test func nestedMarksStayInside() {
        let line = "« Il m'a dit “ jamais ” et il est parti sans un mot », a raconté Paul Girard."
        #expect(quotes(line) == ["Il m'a dit “ jamais ” et il est parti sans un mot"])
    }

    @Test func aStrayClosingMarkIsDropped() {
        let line = "Le texte » a été voté. « Nous sommes satisfaits du vote », a déclaré Marie Dubois."
        #expect(quotes(line) == ["Nous sommes satisfaits du vote"])
    }

    @Test func anApostropheIsNoClosingMark() {
        let line = "« L’accord est signé aujourd’hui », a déclaré Marie Dubois."
        #expect(quotes(line) == ["L’accord est signé aujourd’hui"])
    }
}

/// Quote spans: never cut inside the guillemets, one quote per part of an interrupted quote.
@Suite struct QuoteSpanTests {
    let analyzer = Analyzer()

    @Test func aQuotedClauseIsNotCutAtItsInnerFullStop() {
        let text = """
            Titre
            Le gouvernement a averti que « la corruption qui ronge le Parti doit être combattue. À défaut, c'est le régime qui s'effondrera ».
            """
        let quotes = analyzer.analyze(text: text, id: "t").quotes
        #expect(quotes.count == 1)
        #expect(quotes.first?.text.hasSuffix("c'est le régime qui s'effondrera »") == true)
    }

    @Test func anInterruptedQuoteIsTwoQuotesWithOneSpeaker() {
        let text = """
            Titre
            « Nous avons gagné », explique Marie Dubois. « Mais le plus dur commence maintenant. »
            """
        let analysis = analyzer.analyze(text: text, id: "t")
        #expect(analysis.quotes.map(\.text) == ["Nous avons gagné", "Mais le plus dur commence maintenant."])
        #expect(Set(analysis.quotes.map { $0.speaker?.actor }).count == 1)
        #expect(analysis.quotes.first?.speaker?.actor != nil)
    }

    @Test func aQuoteOverSeveralParagraphsIsOneQuoteEachWithOneSpeaker() {
        let text = """
            Titre
            Marie Dubois a pris la parole devant les militants réunis à Lyon :
            « Nous avons gagné cette bataille après des mois de travail.
            « Mais le plus dur commence maintenant pour nous tous. »
            """
        let analysis = analyzer.analyze(text: text, id: "t")
        #expect(analysis.quotes.count == 2)
        let names = analysis.quotes.map { $0.speaker?.actor.flatMap { analysis.actor(id: $0)?.name } }
        #expect(names == ["Marie Dubois", "Marie Dubois"])
    }

    @Test func anAttributionInsideTheMarksMakesTwoQuotesWithOneSpeaker() {
        let text = """
            Titre
            « Nous avons gagné, explique Marie Dubois. Mais le plus dur commence maintenant. »
            """
        let analysis = analyzer.analyze(text: text, id: "t")
        #expect(analysis.quotes.map(\.text) == ["Nous avons gagné", "Mais le plus dur commence maintenant."])
        let names = analysis.quotes.map { $0.speaker?.actor.flatMap { analysis.actor(id: $0)?.name } }
        #expect(names == ["Marie Dubois", "Marie Dubois"])
    }

    @Test func aQuotedSubheadingIsFoundAndTakesTheBodySpeaker() {
        let text = """
            Le sommet s'ouvre à Paris
            « Le climat change vite »
            Le climat change vite, a déclaré Paul Girard lors du sommet.
            """
        let analysis = analyzer.analyze(text: text, id: "t")
        #expect(analysis.quotes.count == 2)
        let names = analysis.quotes.map { $0.speaker?.actor.flatMap { analysis.actor(id: $0)?.name } }
        #expect(names == ["Paul Girard", "Paul Girard"])
    }

    @Test func aDirectQuoteIsNotCutAtItsInnerSentenceEnds() {
        let text = """
            Titre
            « Nous avons perdu. Est-ce la fin ? Non ! Nous reviendrons plus forts », a déclaré Marie Dubois.
            """
        let quotes = analyzer.analyze(text: text, id: "t").quotes
        #expect(quotes.map(\.text) == ["Nous avons perdu. Est-ce la fin ? Non ! Nous reviendrons plus forts"])
        #expect(quotes.first?.speaker?.text == "Marie Dubois")
    }

    @Test func nestedMarksOfEachStyleStayInsideTheOuterQuote() {
        for (open, close) in [("“", "”"), ("‹", "›"), ("\"", "\""), ("‘", "’")] {
            let text = """
                Titre
                « Le juge m'a dit \(open)attendez\(close) puis il est sorti de la salle », a raconté Paul Girard.
                """
            let quotes = analyzer.analyze(text: text, id: "t").quotes
            #expect(
                quotes.map(\.text) == [
                    "Le juge m'a dit \(open)attendez\(close) puis il est sorti de la salle"
                ])
        }
    }

    @Test(arguments: [("«", "»"), ("“", "”"), ("\"", "\"")])
    func aQuoteOverSeveralParagraphsInEachStyleIsOneQuotePerParagraph(open: String, close: String) {
        let text = """
            Titre
            Marie Dubois a pris la parole devant les militants réunis à Lyon :
            \(open) Nous avons gagné cette bataille après des mois de travail.
            \(open) Nous avons tenu bon face aux critiques de tous bords.
            \(open) Mais le plus dur commence maintenant pour nous tous. \(close)
            """
        let analysis = analyzer.analyze(text: text, id: "t")
        #expect(analysis.quotes.count == 3)
        let names = analysis.quotes.map { $0.speaker?.actor.flatMap { analysis.actor(id: $0)?.name } }
        #expect(names == ["Marie Dubois", "Marie Dubois", "Marie Dubois"])
    }

    @Test func anOpeningMarkNeverClosedDoesNotSwallowTheNextParagraphs() {
        let text = """
            Titre
            Le texte « a été voté dans la nuit par les députés de la majorité.
            « Nous sommes satisfaits du vote », a déclaré Marie Dubois.
            """
        let quotes = analyzer.analyze(text: text, id: "t").quotes
        #expect(quotes.map(\.text).contains("Nous sommes satisfaits du vote"))
        #expect(!quotes.contains { $0.text.contains("voté dans la nuit") && $0.text.contains("satisfaits") })
    }

    @Test func aQuotedSubheadingInStraightMarksIsFound() {
        let text = """
            Le sommet s'ouvre à Paris
            "Le climat change vite"
            Le climat change vite, a déclaré Paul Girard lors du sommet.
            """
        let analysis = analyzer.analyze(text: text, id: "t")
        #expect(analysis.quotes.first?.text == "Le climat change vite")
        let names = analysis.quotes.map { $0.speaker?.actor.flatMap { analysis.actor(id: $0)?.name } }
        #expect(names.first == "Paul Girard")
    }

    @Test func aPledgeWithTwoCoordinatedInfinitivesIsTwoQuotes() {
        let text = """
            Titre
            Marie Dubois a promis de travailler avec l'opposition et de réformer la fiscalité.
            """
        let quotes = analyzer.analyze(text: text, id: "t").quotes
        #expect(quotes.map(\.text) == ["de travailler avec l'opposition", "de réformer la fiscalité"])
        #expect(quotes.allSatisfy { $0.speaker?.text == "Marie Dubois" })
    }
}
