import Testing

@testable import ParoleKit

/// At a hearing, the words that answer a question put "à" someone ("a-t-elle demandé à
/// l'expert", "a demandé à l'accusé s'il …") are that person's, not those of whoever answered
/// the questions before (`addressee`).
@Suite struct QuestionAddresseeTests {
    let analyzer = Analyzer()

    static let hearing = """
        Procès d'un commerçant à Rennes

        Paul Renard, 41 ans, comparaît depuis lundi devant la cour d'assises d'Ille-et-Vilaine pour la mort de son voisin. Il a longuement répondu aux questions du président.

        « J'avais peur de lui. Il me menaçait depuis des mois », a répété l'accusé.

        Appelé à la barre mercredi, l'expert psychiatre, le docteur Jean Vidal, a décrit un homme anxieux. L'avocate de la défense, Me Claire Dumas, s'est alors levée. « Docteur, un homme anxieux est-il forcément un homme dangereux ? », a-t-elle demandé à NAME. « Pas forcément. La peur ne conduit pas toujours à la violence. »

        L'avocat de la famille, Me Louis Caradec, a demandé à l'accusé s'il regrettait son geste. « Oui. Je ne dors plus depuis ce jour-là. »
        """

    /// The speaker of the first quote whose words hold `words`, in the hearing with the question
    /// put to `addressee`.
    func speaker(of words: String, askedTo addressee: String) -> String? {
        let text = Self.hearing.replacingOccurrences(of: "NAME", with: addressee)
        let analysis = analyzer.analyze(text: text, id: "t")
        let quote = analysis.quotes.first { $0.text.contains(words) }
        return quote?.speaker?.actor.flatMap { analysis.actor(id: $0) }?.name
    }

    @Test func theAnswerToAQuestionPutToSomeoneNamedIsTheirs() {
        #expect(speaker(of: "Pas forcément", askedTo: "Jean Vidal") == "Jean Vidal")
    }

    @Test func theAnswerToAQuestionPutToARoleIsItsHolders() {
        #expect(speaker(of: "Pas forcément", askedTo: "l'expert") == "Jean Vidal")
    }

    @Test func theAnswerToAReportedQuestionIsThePersonAsked() {
        #expect(speaker(of: "Je ne dors plus", askedTo: "l'expert") == "Paul Renard")
    }

    static let mayor = """
        Route coupée à Sainte-Marie

        Le maire de Sainte-Marie, Jacques Bellec, a demandé à Sophie Martin, la préfète, QUESTION. « Nous attendons depuis trois mois. Les habitants n'en peuvent plus. »
        """

    /// The speaker of the words after the mayor's request, put as `question`.
    func speaker(after question: String) -> String? {
        let text = Self.mayor.replacingOccurrences(of: "QUESTION", with: question)
        let analysis = analyzer.analyze(text: text, id: "t")
        let quote = analysis.quotes.first { $0.text.contains("Nous attendons") }
        return quote?.speaker?.actor.flatMap { analysis.actor(id: $0) }?.name
    }

    @Test func anOrderPutToSomeoneIsNoQuestionSoTheWordsAfterAreNotTheirs() {
        #expect(speaker(after: "de rouvrir la route départementale") == "Jacques Bellec")
        #expect(speaker(after: "de s'expliquer devant le conseil") == "Jacques Bellec")
        let text = Self.mayor.replacingOccurrences(of: "QUESTION", with: "de rouvrir la route départementale")
        let features = analyzer.speakerSamples(text: text).flatMap(\.candidates).flatMap(\.features)
        #expect(!features.isEmpty)
        #expect(!features.contains { $0.hasSuffix(":addressee") })
    }

    @Test func anIndirectQuestionPutToSomeoneMakesThemTheAddressee() {
        for question in ["pourquoi la route restait fermée", "si la route rouvrirait avant l'hiver"] {
            let text = Self.mayor.replacingOccurrences(of: "QUESTION", with: question)
            let features = analyzer.speakerSamples(text: text).flatMap(\.candidates).flatMap(\.features)
            #expect(features.contains { $0.hasSuffix(":addressee") }, "\(question)")
        }
    }
}
