import Testing

@testable import ParoleKit

/// The reported-speech frames of the press beyond "X a déclaré que": adverbs and dates between
/// the verb and its clause, according incises, coordinated speech verbs, stance infinitives;
/// sentences written for these tests.
@Suite struct ReportedSpeechCoverageTests {
    let analyzer = Analyzer()

    func quotes(_ text: String) -> [Quote] { analyzer.quotes(inBody: text) }

    @Test func anAdverbByItsEndingStandsBetweenAuxiliaryAndParticiple() {
        let q = quotes("Le maire a fermement démenti que la piscine allait fermer.")
        #expect(q.map(\.text) == ["la piscine allait fermer"])
        #expect(q.first?.kind == .indirect)
    }

    @Test func aListedAdverbStandsBetweenAuxiliaryAndParticiple() {
        #expect(
            quotes("La ministre a toutefois reconnu que des progrès restaient à faire.").map(\.text) == [
                "des progrès restaient à faire"
            ])
    }

    @Test func aNounEndingLikeAnAdverbIsNoAdverbBeforeTheVerb() {
        let q = quotes("Le gouvernement a reconnu que des erreurs avaient été commises.")
        #expect(q.first?.speaker?.text == "Le gouvernement")
    }

    @Test func aDateBetweenTheVerbAndItsClauseKeepsTheQuote() {
        #expect(
            quotes("Le directeur a déclaré, jeudi 5 mars, que l'usine serait vendue.").map(\.text) == [
                "l'usine serait vendue"
            ])
        #expect(
            quotes("Le président a affirmé le 12 mars que le pays était prêt.").map(\.text) == [
                "le pays était prêt"
            ])
    }

    @Test func aStanceAdverbialBetweenTheVerbAndItsClauseKeepsTheQuote() {
        #expect(
            quotes("Le député a souligné de son côté que le texte était mal rédigé.").map(\.text) == [
                "le texte était mal rédigé"
            ])
        #expect(
            quotes("Le maire a pour sa part estimé que la fête avait été réussie.").map(\.text) == [
                "la fête avait été réussie"
            ])
    }

    @Test func leFaitQueOpensAReportedClause() {
        #expect(
            quotes("Le syndicat a dénoncé le fait que les salaires stagnent.").map(\.text) == [
                "les salaires stagnent"
            ])
    }

    @Test func anAccordingInciseBetweenVerbAndClauseIsTheRelay() {
        let q = quotes(
            "Le ministre Paul Garnier a affirmé, selon l'agence Interfax, que le pays ne bougerait pas.")
        #expect(q.count == 1)
        #expect(q.first?.kind == .indirect)
        #expect(q.first?.text == "le pays ne bougerait pas")
        #expect(q.first?.via?.text.contains("Interfax") == true)
    }

    @Test func aClaimSplitByAnIncisedSelonAfterItsSubjectStartsAfterTheIncise() {
        // As in the gold's "qui, selon la mythologie grecque, fut enlevée …".
        let q = quotes("Le bilan, selon la police, s'élève à douze morts.")
        #expect(q.map(\.text) == ["s'élève à douze morts"])
        #expect(q.first?.kind == .according)
        let r = quotes("En février, selon la police, les manifestants étaient trois mille.")
        #expect(r.map(\.text) == ["les manifestants étaient trois mille"])
    }

    @Test func aCoordinatedSpeechVerbReportsAClauseOfItsOwn() {
        let q = quotes(
            "La direction précise qu'aucun licenciement n'est prévu et ajoute que les salaires seront maintenus."
        )
        #expect(q.map(\.text) == ["aucun licenciement n'est prévu", "les salaires seront maintenus"])
    }

    @Test func aStanceInfinitiveAfterASpeechVerbIsAnIndirectQuote() {
        #expect(
            quotes("La mairie a annoncé vouloir fermer la piscine.").map(\.text) == [
                "vouloir fermer la piscine"
            ])
        #expect(quotes("Le joueur a dit regretter son geste.").map(\.text) == ["regretter son geste"])
    }

    @Test func verbsDerivedFromTheDebatesReportContentClauses() {
        #expect(
            quotes("Le président s'est réjoui que l'accord ait été signé.").map(\.text) == [
                "l'accord ait été signé"
            ])
        #expect(quotes("Les habitants redoutent que l'usine ne ferme.").map(\.text) == ["l'usine ne ferme"])
        #expect(
            quotes("Le maire a redit que la ville ne paierait pas.").map(\.text) == [
                "la ville ne paierait pas"
            ])
    }

    @Test func aNounObjectAfterTheNewFramesIsStillNoQuote() {
        #expect(quotes("Le ministre s'est félicité de la baisse du chômage.").isEmpty)
        #expect(quotes("La mairie a annoncé la fermeture de la piscine le 12 mars.").isEmpty)
        #expect(quotes("Selon qu'il pleuve ou non, le match aura lieu.").isEmpty)
    }

    @Test func anAccordingInciseInsideItsClauseKeepsTheWholeClause() {
        let q = quotes("Le président est, selon un sondage, de plus en plus impopulaire.")
        #expect(q.map(\.text) == ["Le président est, selon un sondage, de plus en plus impopulaire"])
        // A relative of the journalist after the incise is no part of the claim.
        let r = quotes("Le feu a détruit trois maisons, selon les pompiers, qui ont mobilisé cent hommes.")
        #expect(r.map(\.text) == ["Le feu a détruit trois maisons"])
        // Nor is a phrase that may be in apposition to the source.
        let a = quotes("Le métro a rouvert lundi, selon Paul Martin, le président de la régie.")
        #expect(a.map(\.text) == ["Le métro a rouvert lundi"])
    }

    @Test func anAdverbBeforeAnOpeningSelonKeepsTheClaimAfterIt() {
        let q = quotes("Toujours selon la préfecture, deux personnes ont été blessées.")
        #expect(q.map(\.text) == ["deux personnes ont été blessées"])
        #expect(q.first?.kind == .according)
    }

    @Test func aPersonToldStandsBetweenTheVerbAndItsClause() {
        let q = quotes("Le président a prévenu ses partenaires que la France ne signerait pas.")
        #expect(q.map(\.text) == ["la France ne signerait pas"])
        // Only verbs that take the person told: an object before a relative is no quote.
        #expect(quotes("Le syndicat a dénoncé les mesures que le gouvernement a prises.").isEmpty)
    }

    @Test func anAccusationFindsItsInfinitivePastADeInsideTheObject() {
        let q = quotes("L'ONG accuse les forces de sécurité d'avoir torturé des détenus.")
        #expect(q.map(\.text) == ["les forces de sécurité d'avoir torturé des détenus"])
    }

    @Test func aGerundAfterACommaEndsTheClauseBeforeIt() {
        let q = quotes(
            "Le prévenu a reconnu avoir frappé la victime, tout en affirmant qu'il avait perdu la tête.")
        #expect(q.map(\.text) == ["avoir frappé la victime", "il avait perdu la tête"])
    }

    @Test func aRelayingCueWithNoQuoteBeforeItReportsTheClause() {
        let q = quotes(
            "Les enquêteurs privilégient la piste criminelle, a appris l'AFP de source judiciaire.")
        #expect(q.map(\.text) == ["Les enquêteurs privilégient la piste criminelle"])
        #expect(q.first?.speaker?.text == "source judiciaire")
        #expect(q.first?.via?.text == "AFP")
        let r = quotes("L'homme était armé, a-t-on appris auprès de la préfecture.")
        #expect(r.first?.speaker?.text == "la préfecture")
        let s = quotes("Des dizaines de soldats ont été tués, a rapporté l'agence Tass.")
        #expect(s.map(\.text) == ["Des dizaines de soldats ont été tués"])
        // Learning news is no speech, and "on" with no source names nobody.
        #expect(quotes("Il a appris la nouvelle à la radio.").isEmpty)
        #expect(quotes("L'homme était armé, a-t-on appris.").isEmpty)
    }

    @Test func aSpeechInfinitiveAfterALeadReportsForTheMainSubject() {
        let q = quotes(
            "« Nous resterons », a déclaré le maire, avant de préciser que la mairie paierait les travaux.")
        #expect(q.map(\.text) == ["Nous resterons", "la mairie paierait les travaux"])
        let r = quotes("Le ministre a pris la parole pour dire que le texte serait retiré.")
        #expect(r.map(\.text) == ["le texte serait retiré"])
        // An infinitive with no lead is no cue: a future statement is no reported speech.
        #expect(quotes("Le ministre doit annoncer mardi que les aides seront prolongées.").isEmpty)
    }

    @Test func aCitedTextSelonLequelStatesItsClaim() {
        let q = quotes("Le ministère a publié un communiqué selon lequel trois soldats ont été tués.")
        #expect(q.map(\.text) == ["trois soldats ont été tués"])
        #expect(q.first?.kind == .according)
        // A rumour names no source.
        #expect(quotes("Il a démenti les rumeurs selon lesquelles il allait partir.").isEmpty)
    }

    @Test func pourAndAPronounOpeningASentenceAttributesTheClaim() {
        let q = quotes("Paul Martin connaît bien le dossier. Pour lui, la réforme arrive trop tard.")
        #expect(q.map(\.text) == ["la réforme arrive trop tard"])
        #expect(q.first?.kind == .according)
        #expect(quotes("Les habitants ont voté pour lui, puis ils sont rentrés chez eux.").isEmpty)
    }

    @Test func anImpersonalIncisePassesTheClauseToTheSourceItNames() {
        let q = quotes("Les négociations reprendront lundi, précise-t-on de source diplomatique.")
        #expect(q.map(\.text) == ["Les négociations reprendront lundi"])
        #expect(q.first?.speaker?.text == "source diplomatique")
    }

    @Test func anonymousSourcesOfWireCopyNameASource() {
        #expect(
            quotes("Le budget sera réduit, selon un haut fonctionnaire.").map(\.text) == [
                "Le budget sera réduit"
            ])
        #expect(
            quotes("Le feu a été maîtrisé, selon les sapeurs-pompiers.").map(\.text) == [
                "Le feu a été maîtrisé"
            ])
    }

    @Test func auxYeuxDeAndTheWordsOfASourceAttributeAClaim() {
        #expect(
            quotes("Aux yeux de la ministre, la réforme est indispensable.").map(\.text) == [
                "la réforme est indispensable"
            ])
        #expect(
            quotes("Selon les propos du maire, la piscine rouvrira en mai.").map(\.text) == [
                "la piscine rouvrira en mai"
            ])
    }

    @Test func aSourceNamedAgainByADemonstrativeIsASource() {
        let q = quotes(
            "Paul Martin dirige l'usine depuis dix ans. Selon ce dernier, la production reprendra lundi.")
        #expect(q.map(\.text) == ["la production reprendra lundi"])
    }

    @Test func bodiesCirclesAndCourtDocumentsNameASource() {
        #expect(
            quotes("Selon son entourage, le ministre ne démissionnera pas.").map(\.text) == [
                "le ministre ne démissionnera pas"
            ])
        #expect(
            quotes("Selon l'acte d'accusation, l'homme a frappé sa voisine.").map(\.text) == [
                "l'homme a frappé sa voisine"
            ])
        // "depending on" stays no quote.
        #expect(quotes("Les tarifs changent selon les saisons et selon les régions.").isEmpty)
    }
}
