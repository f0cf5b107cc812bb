import Testing

@testable import ParoleKit

/// Reported speech read through clause structure, added in the sixth session: infinitives known
/// by their ending, incises between the auxiliary and the participle, relatives that name what
/// was said, conjunctions before an according incise, appositions after an inverted speaker,
/// and names after a naming frame; sentences written for these tests.
@Suite struct ClauseStructureCoverageTests {
    let analyzer = Analyzer()

    func quotes(_ text: String) -> [Quote] { analyzer.quotes(inBody: text) }

    @Test func anInfinitiveOfTheFirstGroupAfterASpeechVerbIsReported() {
        let q = quotes("Les rebelles affirment contrôler la majeure partie de la ville.")
        #expect(q.map(\.text) == ["contrôler la majeure partie de la ville"])
        #expect(q.first?.kind == .indirect)
        #expect(q.first?.speaker?.text == "Les rebelles")
        #expect(
            quotes("Le ministre a annoncé quitter ses fonctions à la fin du mois.").map(\.text) == [
                "quitter ses fonctions à la fin du mois"
            ])
    }

    @Test func aWordThatOnlyEndsLikeAnInfinitiveIsNoClause() {
        // "hier" is a date, and a noun after a determiner is the verb's object.
        #expect(
            quotes("Le joueur a déclaré hier que son avenir était au club.").map(\.text) == [
                "son avenir était au club"
            ])
        #expect(quotes("Le Trésor a rappelé leur danger pour l'économie mondiale.").isEmpty)
        // An infinitive with nothing after it reports nothing: "le pays qu'ils prétendent aimer".
        #expect(quotes("Ils dénigrent le pays qu'ils prétendent aimer.").isEmpty)
    }

    @Test func aParticipleAfterACommaReportsAnInfinitiveClause() {
        let q = quotes("Le groupe a revendiqué l'attentat, affirmant avoir agi en représailles.")
        #expect(q.map(\.text) == ["avoir agi en représailles"])
        #expect(q.first?.speaker?.text == "Le groupe")
    }

    @Test func aRelativeThatNamesWhatWasSaidGivesItsSpeakerAsTheSource() {
        let q = quotes("Selon ce qu'a déclaré le ministre, la réforme sera adoptée.")
        #expect(q.map(\.text) == ["la réforme sera adoptée"])
        #expect(q.first?.kind == .according)
        #expect(q.first?.speaker?.text == "le ministre")
        let r = quotes("La réforme sera adoptée, selon ce que le ministère a indiqué.")
        #expect(r.map(\.text) == ["La réforme sera adoptée"])
        #expect(r.first?.speaker?.text == "le ministère")
        // Any other relative after "selon" names no source.
        #expect(quotes("Selon ce qui a été prévu, la route rouvrira lundi.").isEmpty)
    }

    @Test func aConjunctionBeforeAnAccordingInciseOpensTheClaimAfterIt() {
        let q = quotes("Le suspect a été arrêté en 2010 et, selon la police, il a avoué les faits.")
        #expect(q.map(\.text) == ["il a avoué les faits"])
        #expect(q.first?.speaker?.text == "la police")
        #expect(
            quotes("Le gouvernement a renoncé au projet mais, selon l'opposition, il pourrait le relancer.")
                .map(\.text) == ["il pourrait le relancer"])
    }

    @Test func recordingsRescuersAndRegimesAreSources() {
        #expect(
            quotes("Selon une vidéo diffusée sur internet, les otages sont en vie.").map(\.text) == [
                "les otages sont en vie"
            ])
        #expect(
            quotes("L'incendie a été maîtrisé, selon les sauveteurs.").map(\.text) == [
                "L'incendie a été maîtrisé"
            ])
        #expect(
            quotes("Les rebelles ont reculé, selon le régime.").map(\.text) == ["Les rebelles ont reculé"])
        // "selon" meaning "depending on" still names no source.
        #expect(quotes("Les tarifs varient selon les régions.").isEmpty)
    }

    @Test func anInciseBetweenTheAuxiliaryAndTheParticipleKeepsTheCue() {
        let q = quotes("Le ministre a, dans un communiqué, déclaré que la situation était sous contrôle.")
        #expect(q.map(\.text) == ["la situation était sous contrôle"])
        #expect(q.first?.speaker?.text == "Le ministre")
        #expect(
            quotes("Le président a, lui, affirmé que le pays ne céderait pas.").map(\.text) == [
                "le pays ne céderait pas"
            ])
        // A verb that does not speak after the incise is no cue.
        #expect(quotes("Le pays a, depuis 2008, connu une crise profonde.").isEmpty)
    }

    @Test func aPhraseClosingTheSentenceAfterAnInvertedSpeakerIsItsApposition() {
        let q = quotes("Le projet coûtera cher, explique Jean Dupont, le directeur de l'agence.")
        #expect(q.map(\.text) == ["Le projet coûtera cher"])
        #expect(q.first?.speaker?.text == "Jean Dupont")
        let r = quotes("Le projet coûtera cher, explique le directeur de l'agence, Jean Dupont.")
        #expect(r.map(\.text) == ["Le projet coûtera cher"])
        #expect(r.first?.speaker?.text == "Jean Dupont")
    }

    @Test func wordsAfterANamingFrameAreANameEvenWithASpeechVerbInTheSentence() {
        #expect(quotes("Le parti a lancé une campagne intitulée « Pour une France forte ».").isEmpty)
    }

    @Test func aSourceFrameClosingTheSentenceAttributesTheClauseBefore() {
        let q = quotes("Douze blessés ont été transportés vers la capitale, de source hospitalière.")
        #expect(q.map(\.text) == ["Douze blessés ont été transportés vers la capitale"])
        #expect(q.first?.kind == .according)
        #expect(q.first?.speaker?.text == "source hospitalière")
    }

    @Test func aSpeechParticipleAfterACoordinatorSharesTheAuxiliary() {
        let q = quotes(
            "La société a assuré respecter la loi et indiqué que la production avait baissé de moitié.")
        #expect(q.map(\.text).contains("la production avait baissé de moitié"))
        #expect(q.first { $0.text == "la production avait baissé de moitié" }?.speaker?.text == "La société")
    }

    @Test func pronounsAndAdverbPhrasesMayStandBeforeAReportedInfinitive() {
        #expect(quotes("L'autrice assure ne pas y penser.").map(\.text) == ["ne pas y penser"])
        #expect(
            quotes("Le groupe affirme de son côté vouloir rester dans la région.").map(\.text) == [
                "vouloir rester dans la région"
            ])
        #expect(
            quotes("Le conseiller a dit à l'AFP soutenir le principe d'un plafond.").map(\.text) == [
                "soutenir le principe d'un plafond"
            ])
    }

    @Test func aClaimInsideARelativeStartsAfterItsAdverb() {
        let q = quotes(
            "Le Conseil n'a pas trouvé d'accord sur un corridor vers la région, où des milliers de personnes manquent d'eau selon les agences humanitaires."
        )
        #expect(q.map(\.text) == ["des milliers de personnes manquent d'eau"])
    }

    @Test func aHyphenBetweenNumbersIsNoClauseBreak() {
        #expect(
            quotes("Le taux d'emploi des 55-64 ans atteint 56 %, selon l'institut statistique.").map(\.text)
                == [
                    "Le taux d'emploi des 55-64 ans atteint 56 %"
                ])
    }

    @Test func theNewspapersOwnReportingIsNoSource() {
        #expect(quotes("Selon nos informations, le ministre va démissionner.").isEmpty)
        // An organisation's own figures are its claim.
        #expect(
            quotes("Selon nos données, un réseau sur cinq dépasse les seuils.").map(\.text) == [
                "un réseau sur cinq dépasse les seuils"
            ])
    }

    @Test func onlyTheNounBeforeItsComplementTellsASource() {
        // "selon" meaning "depending on" with a body in the complement.
        #expect(quotes("La taxe varie selon le recours des entreprises aux contrats courts.").isEmpty)
        #expect(
            quotes("La taxe a doublé, selon les chiffres du ministère.").map(\.text) == ["La taxe a doublé"])
    }

    @Test func whatFollowsAnInciseAfterQuotedWordsIsTheJournalists() {
        let q = quotes("« Nous tiendrons nos engagements », a-t-il déclaré, sans préciser son calendrier.")
        #expect(q.map(\.text) == ["Nous tiendrons nos engagements"])
    }

    @Test func aPledgeMayOpenWithGuillemets() {
        let q = quotes("La ministre a promis de « reprendre le dialogue » avec les syndicats.")
        #expect(q.count == 1)
        #expect(q.first?.kind == .indirect)
        #expect(q.first?.text.contains("reprendre le dialogue") == true)
    }

    @Test func aReflexiveDeclarerAfterADateIsNoStance() {
        #expect(quotes("Un incendie s'est déclaré le 12 mars au-dessus du village.").isEmpty)
        #expect(quotes("Le maire s'est déclaré favorable au projet.").map(\.text) == ["favorable au projet"])
    }

    @Test func aColonOpensTheClauseOfAPronominalSource() {
        let q = quotes(
            "Le maire a présenté les chiffres : selon lui, la rénovation coûterait quatre millions.")
        #expect(q.map(\.text) == ["la rénovation coûterait quatre millions"])
    }

    @Test func aSourcePhraseGoesOnAfterItsBracket() {
        let q = quotes(
            "Selon un rapport de l'Agence régionale de santé (ARS) de Bretagne remis en septembre, le groupement a versé trois millions."
        )
        #expect(q.map(\.text) == ["le groupement a versé trois millions"])
    }

    @Test func anInfinitiveLeadAfterAnInciseLeavesTheClaimBeforeIt() {
        let q = quotes("Les marges restent faibles, a-t-il rappelé, avant d'appeler les syndicats à revenir.")
        #expect(q.map(\.text) == ["Les marges restent faibles"])
    }

    @Test func aDayMayStandBeforeTheSourceOfAnImpersonalRelay() {
        let q = quotes(
            "Au moins trente soldats ont été tués dimanche, a-t-on appris lundi de sources sécuritaires.")
        #expect(q.map(\.text) == ["Au moins trente soldats ont été tués dimanche"])
        #expect(q.first?.speaker?.text == "sources sécuritaires")
    }

    @Test func aContentClauseMayOpenWithGuillemetsAfterAnElision() {
        for text in [
            "Un conseiller indique qu'« une clause de revoyure » est prévue au printemps.",
            "Un conseiller indique qu’« une clause de revoyure » est prévue au printemps.",
        ] {
            let q = quotes(text)
            #expect(q.map(\.text) == ["« une clause de revoyure » est prévue au printemps"])
            #expect(q.first?.kind == .indirect)
        }
    }

    @Test func aDemandMadeOfSomeoneReportsItsClause() {
        let q = quotes("Le texte exige des belligérants qu'ils garantissent un accès humanitaire.")
        #expect(q.map(\.text) == ["ils garantissent un accès humanitaire"])
    }

    @Test func aNameAfterAnUnknownNounNamesTheSpeaker() {
        let q = quotes("Pour l'insoumis Karim Benali, le texte ne va pas assez loin.")
        #expect(q.map(\.text) == ["le texte ne va pas assez loin"])
        #expect(q.first?.speaker?.text == "l'insoumis Karim Benali")
        #expect(
            quotes("Le texte ne va pas assez loin, estime l'insoumis Karim Benali.").map(\.text) == [
                "Le texte ne va pas assez loin"
            ])
        // A noun alone that no lexicon knows names no one: "Pour l'instant, …".
        #expect(quotes("Pour l'instant, aucune décision n'a été prise.").isEmpty)
    }
}
