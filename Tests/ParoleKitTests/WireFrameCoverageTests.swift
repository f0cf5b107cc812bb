import Testing

@testable import ParoleKit

/// Attributions of wire copy that the fifth session added: sources with an acronym in brackets
/// or quoted by an outlet, negated infinitives, incises inside a clause, complements before the
/// clause, nouns that name people by their ending; sentences written for these tests.
@Suite struct WireFrameCoverageTests {
    let analyzer = Analyzer()

    func quotes(_ text: String) -> [Quote] { analyzer.quotes(inBody: text) }

    @Test func aSourceWithItsAcronymInBracketsStillOpensTheClaim() {
        let q = quotes(
            "Selon l'Observatoire syrien des droits de l'homme (OSDH), au moins 15 civils ont été tués.")
        #expect(q.map(\.text) == ["au moins 15 civils ont été tués"])
        #expect(q.first?.kind == .according)
        #expect(q.first?.speaker?.text == "l'Observatoire syrien des droits de l'homme")
        // After the claim, the bracket is no part of the speaker either.
        let r = quotes("Les combats ont repris, selon l'Organisation des Nations unies (ONU).")
        #expect(r.map(\.text) == ["Les combats ont repris"])
        #expect(r.first?.speaker?.text == "l'Organisation des Nations unies")
    }

    @Test func aSourceQuotedByAnOutletSpeaksAndTheOutletRelays() {
        let q = quotes(
            "Selon un responsable militaire cité par l'AFP, les frappes ont visé des dépôts d'armes.")
        #expect(q.map(\.text) == ["les frappes ont visé des dépôts d'armes"])
        #expect(q.first?.speaker?.text == "un responsable militaire")
        #expect(q.first?.via?.text == "AFP")
        let r = quotes("Le risque reste limité, selon des experts interrogés par l'agence Reuters.")
        #expect(r.map(\.text) == ["Le risque reste limité"])
        #expect(r.first?.speaker?.text == "des experts")
        #expect(r.first?.via?.text == "Reuters")
    }

    @Test func aDocumentAnOutletRevealedSpeaksAndTheOutletRelays() {
        let q = quotes("Selon une note interne révélée par Mediapart, la direction savait tout.")
        #expect(q.map(\.text) == ["la direction savait tout"])
        #expect(q.first?.speaker?.text == "une note interne")
        #expect(q.first?.via?.text == "Mediapart")
        let r = quotes("Les pertes dépassent 3 millions d'euros, selon un rapport obtenu par l'AFP.")
        #expect(r.first?.speaker?.text == "un rapport")
        #expect(r.first?.via?.text == "AFP")
    }

    @Test func aNegatedInfinitiveKeepsItsNegation() {
        #expect(
            quotes("La ministre a affirmé ne pas vouloir augmenter les impôts.").map(\.text) == [
                "ne pas vouloir augmenter les impôts"
            ])
        #expect(
            quotes("Le suspect assure n'avoir jamais rencontré la victime.").map(\.text) == [
                "n'avoir jamais rencontré la victime"
            ])
    }

    @Test func anInfinitiveAfterTheRecipientIsStillReported() {
        let q = quotes("Le parquet a indiqué à l'AFP avoir ouvert une enquête.")
        #expect(q.map(\.text) == ["avoir ouvert une enquête"])
        #expect(q.first?.via?.text == "AFP")
        // A directive with "de" is no quote (GUIDELINES: "demander à X de …").
        #expect(quotes("Le préfet a demandé aux habitants de rester chez eux.").isEmpty)
    }

    @Test func aClauseSplitByAnInciseIsReportedFromTheIncise() {
        // As the gold reads a clause split by "selon X" ("qui, selon la mythologie grecque, fut
        // enlevée …"): the claim starts after the incise.
        #expect(
            quotes("La réforme, a-t-il dit, sera adoptée avant l'été.").map(\.text) == [
                "sera adoptée avant l'été"
            ])
        let q = quotes("La réforme, a assuré le ministre, sera adoptée avant l'été.")
        #expect(q.map(\.text) == ["sera adoptée avant l'été"])
        #expect(q.first?.speaker?.text == "le ministre")
        #expect(
            quotes(
                "Contrairement aux discours, appuie-t-il, le français est classé parmi les langues utiles."
            )
            .map(\.text) == ["le français est classé parmi les langues utiles"])
    }

    @Test func aParticipleAfterAnInciseReportsItsOwnClause() {
        let q = quotes("La réforme sera adoptée, a-t-il indiqué, ajoutant que le calendrier serait tenu.")
        #expect(q.map(\.text) == ["La réforme sera adoptée", "le calendrier serait tenu"])
        #expect(q.map(\.kind) == [.indirect, .indirect])
    }

    @Test func complementsWithADateOrAParticipleStandBeforeTheClause() {
        #expect(
            quotes("L'Insee indique dans une note publiée jeudi que le chômage a reculé.").map(\.text) == [
                "le chômage a reculé"
            ])
        #expect(
            quotes("Le Monde affirme dans son édition de jeudi que le texte sera examiné en janvier.").map(
                \.text) == [
                    "le texte sera examiné en janvier"
                ])
    }

    @Test func aDeterminerAfterTheRecipientStartsTheInvertedSubject() {
        let q = quotes("L'accord doit être signé jeudi, a déclaré mardi à la presse le Premier ministre.")
        #expect(q.map(\.text) == ["L'accord doit être signé jeudi"])
        #expect(q.first?.speaker?.text == "le Premier ministre")
    }

    @Test func nounsThatNamePeopleByTheirEndingNameASource() {
        #expect(
            quotes("Le pollen peut être un allié selon le naturopathe.").map(\.text) == [
                "Le pollen peut être un allié"
            ])
        #expect(
            quotes("Pour les écologistes, la réforme ne va pas assez loin.").map(\.text) == [
                "la réforme ne va pas assez loin"
            ])
        // "selon" meaning "depending on" stays no quote, and short words are no such nouns.
        #expect(quotes("Selon les saisons, les prix varient fortement.").isEmpty)
        #expect(quotes("Selon les listes, les résultats varient beaucoup.").isEmpty)
    }

    @Test func anAttemptToSayAndAnOutletsBeliefReport() {
        let q = quotes("Le ministre a tenté d'expliquer que les stocks étaient suffisants.")
        #expect(q.map(\.text) == ["les stocks étaient suffisants"])
        #expect(q.first?.speaker?.text == "Le ministre")
        let r = quotes("Le texte sera examiné en janvier, croit savoir Le Monde.")
        #expect(r.map(\.text) == ["Le texte sera examiné en janvier"])
        #expect(r.first?.speaker?.text == "Le Monde")
    }

    @Test func aSpeechVerbAfterARecentPastOrARepeatReports() {
        #expect(
            quotes("Le ministre vient d'annoncer que la réforme serait retirée.").map(\.text) == [
                "la réforme serait retirée"
            ])
        #expect(
            quotes("Le ministre n'a cessé de répéter que la réforme serait retirée.").map(\.text) == [
                "la réforme serait retirée"
            ])
        #expect(
            quotes("Le ministre a fini par admettre que la réforme serait retirée.").map(\.text) == [
                "la réforme serait retirée"
            ])
        #expect(
            quotes("Le ministre a dû reconnaître que la réforme serait retirée.").map(\.text) == [
                "la réforme serait retirée"
            ])
        // "ainsi que" after the verb joins a noun phrase: no content clause.
        #expect(quotes("Nous n'avons cessé d'alerter le ministre ainsi que son cabinet.").isEmpty)
    }

    @Test func aNegationWithItsComplementStandsBeforeTheInfinitive() {
        #expect(
            quotes("Le prévenu assure ne rien savoir de cette affaire.").map(\.text) == [
                "ne rien savoir de cette affaire"
            ])
    }

    @Test func aMemberOfAGroupAndThePersonConcernedNameASource() {
        let q = quotes("Selon l'un de ses avocats, il conteste les faits.")
        #expect(q.map(\.text) == ["il conteste les faits"])
        #expect(q.first?.speaker?.text == "l'un de ses avocats")
        #expect(
            quotes("Il n'a jamais touché d'argent, selon l'intéressé.").map(\.text) == [
                "Il n'a jamais touché d'argent"
            ])
        #expect(
            quotes("Selon la version officielle, le soldat a été tué par une mine.").map(\.kind) == [
                .according
            ])
    }

    @Test func aParticipleAfterAnInvertedSubjectSharesIt() {
        let q = quotes(
            "Il y a eu un mort, a précisé la préfecture dans un communiqué, ajoutant que deux personnes avaient été blessées."
        )
        #expect(q.map(\.text) == ["Il y a eu un mort", "deux personnes avaient été blessées"])
        #expect(q.map { $0.speaker?.text } == ["la préfecture", "la préfecture"])
        let r = quotes(
            "« Nous sommes prêts », a déclaré le ministre, assurant que la réforme serait appliquée.")
        #expect(r.map { $0.speaker?.text } == ["le ministre", "le ministre"])
    }

    @Test func wordsInGuillemetsAfterACommaBeforeAnInvertedSubjectStayADirectQuote() {
        let q = quotes(
            "En plus de rassasier, « les fibres nourrissent les bactéries », précise la gastro-entérologue.")
        #expect(q.map(\.text) == ["les fibres nourrissent les bactéries"])
        #expect(q.first?.kind == .direct)
        // A fragment inside the clause keeps the whole clause one indirect quote.
        let r = quotes("La capture de la ville est un « sérieux revers », affirme le ministre.")
        #expect(r.map(\.kind) == [.indirect])
    }

    @Test func incisesOfPortraitsAndReactionsReportTheClauseBeforeThem() {
        #expect(
            quotes("Ce texte est une insulte aux salariés, tacle le député socialiste.").map(\.text) == [
                "Ce texte est une insulte aux salariés"
            ])
        #expect(
            quotes("Le compte n'y est pas, grince un responsable syndical.").map(\.text) == [
                "Le compte n'y est pas"
            ])
        #expect(
            quotes("La croissance restera faible cette année, pointe l'économiste.").map(\.text) == [
                "La croissance restera faible cette année"
            ])
        #expect(
            quotes("Le suspect allègue qu'il était absent ce soir-là.").map(\.text) == [
                "il était absent ce soir-là"
            ])
        // An object after the verb names no speaker: no incise.
        #expect(quotes("Il a posé le pied sur le ballon, pointe le doigt vers la tribune.").isEmpty)
    }

    @Test func aShortClaimBeforeAnInvertedSubjectIsReported() {
        let q = quotes("La réforme passera, parie le ministre.")
        #expect(q.map(\.text) == ["La réforme passera"])
        #expect(q.first?.speaker?.text == "le ministre")
        #expect(quotes("Nous avons gagné, jubile l'entraîneur.").map(\.text) == ["Nous avons gagné"])
    }

    @Test func anIndefinitePhraseClosingTheSentenceIsTheJournalistsGloss() {
        #expect(
            quotes("Il a exprimé le vœu de s'attaquer à l'immigration, un thème absent de la campagne.").map(
                \.text) == [
                    "de s'attaquer à l'immigration"
                ])
        // A phrase that goes on with the speaker's words stays in the claim.
        #expect(
            quotes("Le ministre a dit qu'il voulait un accord, un accord durable avec les syndicats.").map(
                \.text) == [
                    "il voulait un accord, un accord durable avec les syndicats"
                ])
    }

    @Test func aParticipleAboutTheSourceIsNoPartOfTheClaim() {
        let q = quotes("Selon Reuters, citant des sources militaires, les troupes se sont retirées.")
        #expect(q.map(\.text) == ["les troupes se sont retirées"])
        #expect(q.first?.speaker?.text == "Reuters")
    }

    @Test func aColonMayCloseTheSourceOfAnOpeningSelon() {
        let q = quotes("Selon la police : trois personnes ont été interpellées.")
        #expect(q.map(\.text) == ["trois personnes ont été interpellées"])
        #expect(q.first?.speaker?.text == "la police")
    }

    @Test func aNumberAfterASelonInciseInsideTheClauseKeepsTheWholeClause() {
        // "A a accueilli, selon X, B": the verb stands before the incise; the claim is the whole clause.
        #expect(
            quotes("Le pays a accueilli, selon l'ONU, 300 000 réfugiés.").map(\.text) == [
                "Le pays a accueilli, selon l'ONU, 300 000 réfugiés"
            ])
    }

    @Test func aTitledNameInAppositionAfterASelonRoleIsTheSource() {
        let q = quotes("Selon le porte-parole de l'armée, le colonel Ahmed Ali, les combats ont cessé.")
        #expect(q.map(\.text) == ["les combats ont cessé"])
        #expect(q.first?.speaker?.text == "Ahmed Ali")
    }

    @Test func aSpeechNounAfterDireOrAffirmerReportsItsClauseOrPledge() {
        #expect(
            quotes("Le Premier ministre a réaffirmé sa volonté de réformer les retraites.").map(\.text) == [
                "de réformer les retraites"
            ])
        #expect(
            quotes("Le président a dit son espoir que la paix revienne.").map(\.text) == ["la paix revienne"])
        // Without a speech noun the verbs keep their other frames; a noun-phrase object is no quote.
        #expect(quotes("Le ministre a affirmé que la loi passerait.").map(\.text) == ["la loi passerait"])
        #expect(quotes("Il a dit sa colère.").isEmpty)
    }
}
