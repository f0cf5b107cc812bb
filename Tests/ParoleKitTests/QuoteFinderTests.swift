import Testing

@testable import ParoleKit

/// Each kind of quote, found in sentences written for these tests.
@Suite struct QuoteFinderTests {
    let analyzer = Analyzer()

    func quotes(_ text: String) -> [Quote] { analyzer.analyze(text: text, id: "t").quotes }

    @Test func findsDirectQuoteWithInvertedAttribution() {
        let q = quotes("« Nous ne céderons pas sur ce point essentiel », a déclaré Martine Lefèvre.")
        #expect(q.count == 1)
        #expect(q.first?.kind == .direct)
        #expect(q.first?.text == "Nous ne céderons pas sur ce point essentiel")
        #expect(q.first?.cue?.text == "a déclaré")
    }

    @Test func findsDirectQuoteWithCurlyAndStraightMarks() {
        #expect(
            quotes("“Nous ne céderons pas sur ce point essentiel”, a déclaré Martine Lefèvre.").first?.kind
                == .direct)
        #expect(
            quotes("\"Nous ne céderons pas sur ce point essentiel\", a déclaré Martine Lefèvre.").count == 1)
    }

    @Test func aQuotedWorkTitleIsNoQuote() {
        let q = quotes("Le film « Oppenheimer » a dominé la soirée à Los Angeles.")
        #expect(!q.contains { $0.text == "Oppenheimer" })
    }

    @Test func aShortCapitalisedExclamationWithItsSpeakerStaysAQuote() {
        let q = quotes("« Une victoire historique », a lancé Martine Lefèvre aux ministres.")
        #expect(q.first?.text == "Une victoire historique")
    }

    @Test func pairsStraightQuotesSpacedOnBothSides() {
        let doc = Tokenizer(rules: .french).document("Il chante \" Nous irons \" puis \" Demain \" .")
        let kinds = doc.tokens.filter { $0.norm == "\"" }.map(\.kind)
        #expect(kinds == [.openQuote, .closeQuote, .openQuote, .closeQuote])
    }

    @Test func keepsNestedQuotesInsideTheOuterOne() {
        let q = quotes("« Il m’a dit “jamais” et il est parti sans un mot », a raconté Paul Girard.")
        #expect(q.count == 1)
        #expect(q.first?.text == "Il m’a dit “jamais” et il est parti sans un mot")
    }

    @Test func splitsQuoteInterruptedByItsAttribution() {
        let q = quotes(
            "« Nous avons tout essayé pendant des mois », a-t-elle expliqué, « mais personne ne nous a écoutés »."
        )
        #expect(q.count == 2)
        #expect(q.map(\.kind) == [.direct, .direct])
        #expect(q[1].text == "mais personne ne nous a écoutés")
    }

    @Test func findsOneQuotePerParagraphForAQuoteOverSeveralParagraphs() {
        let text = """
            Titre de l'article
            Martine Lefèvre a pris la parole devant les délégués : « Le premier point concerne le budget de l'année prochaine.
            « Le second point concerne la réforme des retraites que nous préparons depuis longtemps. »
            """
        let q = quotes(text)
        #expect(q.count == 2)
        let speakers = Set(q.compactMap { $0.speaker?.actor })
        #expect(speakers.count == 1)
    }

    @Test func findsPartialQuoteInsideJournalistsSentence() {
        let q = quotes("Le syndicat a dénoncé mardi une « provocation inacceptable » de la direction.")
        #expect(q.count == 1)
        #expect(q.first?.kind == .partial)
        #expect(q.first?.text == "provocation inacceptable")
    }

    @Test func leavesScareQuotesOut() {
        #expect(quotes("Les « vraies » couleurs du tableau sont apparues après la restauration.").isEmpty)
    }

    @Test func findsIndirectQuoteAfterQue() {
        let q = quotes("Le ministère de la Santé a indiqué qu’aucun cas n’avait été signalé dans la région.")
        #expect(q.count == 1)
        #expect(q.first?.kind == .indirect)
        #expect(q.first?.text == "aucun cas n’avait été signalé dans la région")
    }

    @Test func endsIndirectQuoteBeforeTheRelayingOutlet() {
        let q = quotes(
            "Le porte-parole du gouvernement a déclaré que la situation était « sous contrôle », a rapporté l'AFP."
        )
        #expect(q.count == 1)
        #expect(q.first?.text == "la situation était « sous contrôle »")
        #expect(q.first?.via?.text == "AFP")
    }

    @Test func findsAccusationAsIndirectQuote() {
        let q = quotes("Les rebelles ont accusé l’armée d’avoir bombardé des quartiers civils.")
        #expect(q.first?.kind == .indirect)
        #expect(q.first?.text == "l’armée d’avoir bombardé des quartiers civils")
    }

    @Test func findsInfinitiveClauseAsIndirectQuote() {
        let q = quotes("Les chercheurs affirment avoir découvert une nouvelle espèce de grenouille.")
        #expect(q.first?.kind == .indirect)
        #expect(q.first?.text == "avoir découvert une nouvelle espèce de grenouille")
    }

    @Test func findsReportedClauseBeforeInvertedAttribution() {
        let q = quotes("La prise de la ville est un sérieux revers pour le régime, affirme Karim Benali.")
        #expect(q.first?.kind == .indirect)
        #expect(q.first?.text == "La prise de la ville est un sérieux revers pour le régime")
    }

    @Test func doesNotTakeNounObjectsForQuotes() {
        #expect(quotes("Le maire a critiqué la suggestion du préfet.").isEmpty)
        #expect(quotes("L'Union européenne a appelé à l'arrêt immédiat des combats.").isEmpty)
    }

    @Test func findsAppelerACeQueAsIndirectQuote() {
        let q = quotes("L'ONU a appelé à ce que les deux camps cessent le feu immédiatement.")
        #expect(q.first?.kind == .indirect)
        #expect(q.first?.text == "les deux camps cessent le feu immédiatement")
    }

    @Test func ignoresAttributionToOn() {
        #expect(quotes("La ville aurait été fondée par des marins grecs, dit-on.").isEmpty)
    }

    @Test func findsAccordingQuoteAfterTheClause() {
        let q = quotes("Le séisme a fait au moins 300 morts, selon Reuters.")
        #expect(q.first?.kind == .according)
        #expect(q.first?.text == "Le séisme a fait au moins 300 morts")
        #expect(q.first?.speaker?.text == "Reuters")
    }

    @Test func findsAccordingQuoteAfterOpeningSelon() {
        let q = quotes("D'après la police, deux suspects ont été arrêtés dans la nuit.")
        #expect(q.first?.kind == .according)
        #expect(q.first?.text == "deux suspects ont été arrêtés dans la nuit")
    }

    @Test func keepsSelonIncisesInsideTheIndirectQuote() {
        let q = quotes(
            "Le rapport précise que le produit est, selon lui, une substance dangereuse pour la santé.")
        #expect(q.count == 1)
        #expect(q.first?.text == "le produit est, selon lui, une substance dangereuse pour la santé")
    }

    @Test func findsTheInvertedSubjectAfterTheVerbsComplements() {
        let q = quotes(
            "La situation reste très tendue dans la région, a indiqué à l'AFP le porte-parole de la préfecture."
        )
        #expect(q.first?.kind == .indirect)
        #expect(q.first?.text == "La situation reste très tendue dans la région")
        #expect(q.first?.speaker?.text == "le porte-parole de la préfecture")
        #expect(q.first?.via?.text == "AFP")
    }

    @Test func aDirectQuoteTakesTheSubjectAfterTheVerbsComplementsAndAPlaceIsNoRelay() {
        let q = quotes("« Nous ne céderons pas », a déclaré jeudi à Paris le ministre de l'Intérieur.")
        #expect(q.first?.speaker?.text == "le ministre de l'Intérieur")
        #expect(q.first?.via == nil)
    }

    @Test func aMultiWordAdverbBetweenAuxiliaryAndParticipleKeepsTheCue() {
        let q = quotes("Le ministre a en outre affirmé que la France resterait engagée.")
        #expect(q.map(\.text) == ["la France resterait engagée"])
        #expect(q.first?.cue?.text == "a en outre affirmé")
    }

    @Test func aReportedClauseInARelativeInciseEndsWhereTheMainVerbResumes() {
        let q = quotes(
            "Le ministre, qui a assuré que la réforme serait votée, a quitté la salle sous les huées.")
        #expect(q.map(\.text) == ["la réforme serait votée"])
    }

    @Test func aDenialWithAnInfinitiveIsAnIndirectQuote() {
        let q = quotes("Le gouvernement a démenti avoir reçu la lettre des syndicats.")
        #expect(q.first?.kind == .indirect)
        #expect(q.first?.text == "avoir reçu la lettre des syndicats")
    }

    @Test func aMultiWordSpeechVerbReportsLikeOne() {
        let q = quotes(
            "Le gouvernement a fait savoir qu'il ne reculerait pas. Le président a laissé entendre qu'il se représenterait."
        )
        #expect(q.map(\.text) == ["il ne reculerait pas", "il se représenterait"])
        #expect(q.map { $0.cue?.text } == ["a fait savoir", "a laissé entendre"])
    }

    @Test func aLeadVerbBeforeAnInfinitiveSpeechVerbReportsWithIt() {
        let q = quotes("Le ministre a tenu à rappeler que les négociations restaient ouvertes.")
        #expect(q.map(\.text) == ["les négociations restaient ouvertes"])
        #expect(q.first?.cue?.text == "a tenu à rappeler")
        #expect(q.first?.speaker?.text == "Le ministre")
        #expect(quotes("Le ministre a voulu partir avant la fin de la séance.").isEmpty)
    }

    @Test func aPresentParticipleAfterACommaReportsForTheMainSubject() {
        let q = quotes("Le maire a salué le travail des pompiers, estimant qu'ils avaient évité le pire.")
        #expect(q.map(\.text) == ["ils avaient évité le pire"])
        #expect(q.first?.kind == .indirect)
        #expect(q.first?.speaker?.text == "Le maire")
    }

    @Test func aGerundReportsAContentClause() {
        let q = quotes("Paul Girard a quitté la salle en précisant qu'il reviendrait demain.")
        #expect(q.map(\.text) == ["il reviendrait demain"])
    }

    @Test func aPresentParticipleWithANounObjectIsNoQuote() {
        #expect(quotes("Le président a reçu les syndicats, saluant le ministre pour son travail.").isEmpty)
    }

    @Test func aTextEndingOnAnAuxiliaryOrALeadVerbIsSafe() {
        #expect(quotes("Le ministre a").isEmpty)
        #expect(quotes("Le ministre a tenu à").isEmpty)
        #expect(quotes("Le ministre a exprimé le").isEmpty)
    }

    @Test func returnsNoQuoteForEmptyOrPlainText() {
        #expect(quotes("").isEmpty)
        #expect(quotes("Il pleut sur la ville depuis trois jours.").isEmpty)
    }

    @Test func aSignOpeningAQuoteStaysWithItsNumberAndTheQuoteStaysDirect() {
        let analysis = analyzer.analyze(
            text: "Titre\n« -3 degrés la nuit, c'est trop », a déclaré Jeanne Roux.\n", id: "t")
        #expect(analysis.quotes.count == 1)
        #expect(analysis.quotes.first?.kind == .direct)
        #expect(analysis.quotes.first?.text == "-3 degrés la nuit, c'est trop")
        let speaker = analysis.quotes.first?.speaker?.actor.flatMap { analysis.actor(id: $0)?.name }
        #expect(speaker == "Jeanne Roux")
        let rise = analyzer.quotes(inBody: "« +5 % de hausse », a indiqué Paul Martin.")
        #expect(rise.first?.text == "+5 % de hausse")
    }

    @Test func aDialogueDashOpeningAQuoteIsDroppedLikeOtherLeadingPunctuation() {
        let q = analyzer.quotes(inBody: "« – Non, pas encore », a répondu Claire Morin.")
        #expect(q.count == 1)
        #expect(q.first?.kind == .direct)
        #expect(q.first?.text == "Non, pas encore")
        #expect(q.first?.speaker?.text == "Claire Morin")
    }

    @Test func aRoleInAppositionAfterAnInsideAttributionBelongsToTheAttribution() {
        let analysis = analyzer.analyze(
            text:
                "Titre\n« Tout est prêt, explique Anne Roux, ingénieure, ancienne de l'agence. La suite viendra. »\n",
            id: "t")
        let texts = analysis.quotes.map(\.text)
        #expect(texts.count == 2)
        #expect(texts.first == "Tout est prêt")
        #expect(texts.last?.hasPrefix("La suite viendra") == true)
        let names = analysis.quotes.map { $0.speaker?.actor.flatMap { analysis.actor(id: $0)?.name } }
        #expect(names == ["Anne Roux", "Anne Roux"])
    }

    @Test func aMultiWordAdverbBetweenAuxiliaryAndSpeechParticipleKeepsTheCue() {
        let sentences = [
            (
                "Eirik Vang a d'abord assuré que la Norvège avait appliqué sa législation.",
                "la Norvège avait appliqué sa législation"
            ),
            (
                "La CGT a d'ores et déjà annoncé qu'elle appellerait à étendre la grève.",
                "elle appellerait à étendre la grève"
            ),
            (
                "Le Conseil d'État avait lui-même relevé que la vérification de l'âge posait problème.",
                "la vérification de l'âge posait problème"
            ),
        ]
        for (sentence, claim) in sentences {
            let indirect = quotes(sentence).filter { $0.kind == .indirect }.map(\.text)
            #expect(indirect == [claim], "\(sentence)")
        }
    }
}
