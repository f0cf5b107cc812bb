import Testing

@testable import ParoleKit

/// In an interview written as questions and answers, words in guillemets alone in their paragraph
/// after a question are the answer of the person interviewed — the one the title names, then
/// whoever gave the answer before — not of someone the question quotes; in an exchange in
/// guillemets (a hearing), answers follow questions and questions are by who asked before;
/// and a pronoun subject
/// refers back to a quote only when that quote stands before it.
@Suite struct InterviewAnswerTests {
    let analyzer = Analyzer()

    /// The speaker of the first quote whose words hold `words`.
    func speaker(of words: String, in text: String) -> String? {
        let analysis = analyzer.analyze(text: text, id: "t")
        let quote = analysis.quotes.first { $0.text.contains(words) }
        return quote?.speaker?.actor.flatMap { analysis.actor(id: $0) }?.name
    }

    @Test func aQuestionWordOpeningTheQuestionIsNoSubject() {
        let text = """
            Rencontre avec une pêcheuse
            Installée depuis trente ans au Guilvinec, Marie Lenoir a refusé trois offres à terre. Rencontre.
            Vous aviez vingt ans à vos débuts. Pourquoi la Bretagne ?
            « Par hasard. Mon père avait un bateau et personne pour l'aider. »
            Vous pêchez encore seule ?
            « Oui. Je ne laisserai le bateau à personne. »
            """
        // Not "Pourquoi la Bretagne", read as the question's subject.
        #expect(speaker(of: "Par hasard", in: text) == "Marie Lenoir")
        #expect(speaker(of: "Je ne laisserai", in: text) == "Marie Lenoir")
    }

    static let interview = """
        Théâtre du Port : entretien avec Sandrine Morel, sa directrice

        Le conseil départemental a réduit de moitié sa subvention au Théâtre du Port.

        Le président du département, Hugues Marchal, a estimé lundi que la culture devait « faire des efforts comme tout le monde ».

        Sandrine Morel dirige le théâtre depuis 2015. Nous l'avons rencontrée jeudi dans sa loge.

        Comment allez-vous faire avec moitié moins d'argent ?

        « Nous allons réduire le nombre de créations et jouer davantage dans les villages du canton. »

        Hugues Marchal affirme que vous « dépensez sans compter ». Que lui répondez-vous ?

        « Nos comptes sont publics et chacun peut les lire. Nous n'avons rien à cacher. »

        Et l'an prochain ?

        « Je reste optimiste, malgré tout, parce que le public est là. »
        """

    @Test func anAnswerAfterAQuestionIsThePersonTheTitleNames() {
        #expect(speaker(of: "Nous allons réduire", in: Self.interview) == "Sandrine Morel")
    }

    @Test func anAnswerAfterAQuestionQuotingSomeoneElseStaysWithTheInterviewee() {
        #expect(speaker(of: "dépensez sans compter", in: Self.interview) == "Hugues Marchal")
        #expect(speaker(of: "Nos comptes sont publics", in: Self.interview) == "Sandrine Morel")
        #expect(speaker(of: "Je reste optimiste", in: Self.interview) == "Sandrine Morel")
    }

    static let hearing = """
        Procès à Rennes : « Je ne me souviens de rien », répète Lucas Mercier

        Jugé depuis lundi pour l'incendie d'un entrepôt, l'accusé a été longuement interrogé mercredi.

        La présidente de la cour, Anne Salaün, commence par la soirée du drame. « Pourquoi êtes-vous retourné à l'entrepôt ce soir-là ? »

        « Je voulais récupérer mes outils. Rien d'autre. »

        « Et le bidon d'essence dans votre coffre ? »

        « C'était pour la tondeuse. »
        """

    @Test func inAnExchangeInGuillemetsTheAnswersAreTheAccusedsAndTheQuestionsTheJudges() {
        #expect(speaker(of: "Je voulais récupérer", in: Self.hearing) == "Lucas Mercier")
        #expect(speaker(of: "Et le bidon", in: Self.hearing) == "Anne Salaün")
        #expect(speaker(of: "C'était pour la tondeuse", in: Self.hearing) == "Lucas Mercier")
    }

    @Test func wordsAloneInAParagraphWithNoQuestionBeforeAreNoAnswer() {
        let text = """
            Grève au port

            Le président du département, Hugues Marchal, a reçu les dockers lundi.

            « Nous ne céderons pas. »
            """
        let features = analyzer.speakerSamples(text: text).flatMap(\.candidates).flatMap(\.features)
        #expect(!features.isEmpty)
        #expect(!features.contains { $0.hasSuffix(":answerer") || $0.hasSuffix(":interviewee") })
    }

    @Test func aSubjectPronounDoesNotReferToAQuoteLaterInItsSentence() {
        let text = """
            Vendanges précoces

            Sa fille Camille, 29 ans, a rejoint le domaine de Josiane Brun l'an dernier. Elle se dit plus inquiète que « sa mère ». « Je ne suis pas sûre qu'on fera encore du vin ici dans vingt ans », confie-t-elle.
            """
        #expect(speaker(of: "Je ne suis pas sûre", in: text) == "Camille")
    }

    /// One question in a report, then words in guillemets alone in their paragraph: no interview,
    /// so the words are not given to the person the title names but ranked like any others.
    static let reportWithOneQuestion = """
        Pascale Verdier quitte la direction de la chorale

        Le secrétaire, Gilles Armand, s'est dit étonné : « On ne s'y attendait pas », a-t-il déclaré.

        Qui dirigera les répétitions ?

        « Il faudra trouver quelqu'un avant l'été, sinon la saison tombera. »
        """

    @Test func oneQuestionInAReportDoesNotMakeTheNextWordsTheTitlePersonsAnswer() {
        #expect(
            speaker(of: "Il faudra trouver", in: Self.reportWithOneQuestion)
                == speaker(
                    of: "Il faudra trouver",
                    in: Self.reportWithOneQuestion.replacingOccurrences(
                        of: "Qui dirigera les répétitions ?\n\n", with: "")))
        #expect(speaker(of: "Il faudra trouver", in: Self.reportWithOneQuestion) != "Pascale Verdier")
    }

    @Test func anInterviewWhoseTitleNamesNoOneIsAnsweredByThePersonItsLeadNames() {
        let text = """
            « La forêt brûle plus tôt chaque année » : un pompier forestier témoigne

            Après un été de feux dans les Landes, le lieutenant Mathieu Larrouy, du service départemental d'incendie et de secours (SDIS) des Landes, répond à nos questions.

            Combien d'hectares ont brûlé cet été ?

            « Un peu plus de six mille. C'est trois fois la moyenne des dix dernières années. »

            Qu'est-ce qui a changé ?

            « La forêt brûle plus tôt chaque année. Nous intervenons dès le mois de mai. »
            """
        #expect(speaker(of: "Un peu plus de six mille", in: text) == "Mathieu Larrouy")
        #expect(speaker(of: "Nous intervenons", in: text) == "Mathieu Larrouy")
        // The title quotes the body: the same speaker.
        #expect(speaker(of: "La forêt brûle", in: text) == "Mathieu Larrouy")
    }
}
