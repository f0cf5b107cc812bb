import Testing

@testable import ParoleKit

/// Reported-speech frames of wire copy, regional dailies and court reports that the fourth
/// session added (incise verbs, roles of the press as inverted subjects, "mis en garde que",
/// fragments in guillemets inside a "selon" claim); sentences written for these tests.
@Suite struct PressFrameCoverageTests {
    let analyzer = Analyzer()

    func quotes(_ text: String) -> [Quote] { analyzer.quotes(inBody: text) }

    @Test func incisesOfThePressReportTheClauseBeforeThem() {
        #expect(
            quotes("La situation reste préoccupante, a nuancé le préfet Paul Martin.").map(\.text) == [
                "La situation reste préoccupante"
            ])
        #expect(
            quotes("Le dossier n'est pas clos, reprend l'avocat de la famille.").map(\.text) == [
                "Le dossier n'est pas clos"
            ])
        #expect(
            quotes("Le texte est équilibré, défend la ministre du Travail.").map(\.text) == [
                "Le texte est équilibré"
            ])
        let q = quotes("« On a eu de la chance », sourit-elle.")
        #expect(q.map(\.text) == ["On a eu de la chance"])
        #expect(q.first?.cue?.text == "sourit-elle")
    }

    @Test func rolesOfThePressNameAnInvertedSubject() {
        #expect(
            quotes("La réforme ne passera pas, prévient la syndicaliste Marie Leroy.").map(\.text) == [
                "La réforme ne passera pas"
            ])
        #expect(
            quotes("Aucun blessé n'est à déplorer, indiquent les pompiers.").map(\.text) == [
                "Aucun blessé n'est à déplorer"
            ])
        #expect(
            quotes("Les travaux dureront deux ans, a détaillé l'adjoint au maire.").map(\.text) == [
                "Les travaux dureront deux ans"
            ])
    }

    @Test func anObjectAfterACommaIsNoInvertedSubject() {
        // "alerter" and "défendre" take a plain object: a comma before them opens no incise.
        #expect(quotes("Un voisin a entendu des cris, a alerté la police.").isEmpty)
        #expect(quotes("Il a plaidé pendant deux heures, a défendu son client.").isEmpty)
    }

    @Test func miseEnGardeReportsAContentClauseNotANounPhrase() {
        #expect(
            quotes("Le ministre a mis en garde que la crise pourrait durer.").map(\.text) == [
                "la crise pourrait durer"
            ])
        #expect(quotes("Le ministre a mis en garde contre tout excès d'optimisme.").isEmpty)
    }

    @Test func aFragmentInGuillemetsStaysInsideTheClaimBeforeSelon() {
        let q = quotes("Cette affaire est un véritable « scandale d'État », selon l'opposition.")
        #expect(q.map(\.text) == ["Cette affaire est un véritable « scandale d'État »"])
        #expect(q.first?.kind == .according)
        // Words that are all in guillemets before "selon" stay a direct quote.
        let r = quotes("Le maire était là. « Nous ne céderons pas, jamais », selon le maire.")
        #expect(r.map(\.text) == ["Nous ne céderons pas, jamais"])
        #expect(r.first?.kind == .direct)
    }

    @Test func aSpeechVerbAfterCommeReportsTheClauseItFrames() {
        let q = quotes("Comme l'a rappelé le ministre, la loi s'applique à tous.")
        #expect(q.map(\.text) == ["la loi s'applique à tous"])
        #expect(q.first?.speaker?.text == "le ministre")
        #expect(
            quotes("Comme le souligne le rapport, les dépenses ont dérapé.").map(\.text) == [
                "les dépenses ont dérapé"
            ])
        #expect(
            quotes("Ainsi que l'a indiqué le préfet, la route restera fermée.").map(\.text) == [
                "la route restera fermée"
            ])
        #expect(
            quotes("La loi s'applique à tous, comme l'a rappelé le ministre.").map(\.text) == [
                "La loi s'applique à tous"
            ])
        // A role and the person named after it: the clause starts after the name.
        #expect(
            quotes(
                "Comme le précise le consul de Belgique au Maroc, Pierre Lambert, la situation reste très difficile pour les touristes."
            ).map(\.text) == ["la situation reste très difficile pour les touristes"])
    }

    @Test func anInciseInsideAReportedClauseDoesNotEndIt() {
        #expect(
            quotes("Le ministre a affirmé que la route, fermée depuis mars, serait rouverte mardi.").map(
                \.text)
                == ["la route, fermée depuis mars, serait rouverte mardi"])
        // The main clause resuming after a relative incise still ends it.
        #expect(
            quotes("Le ministre, qui a affirmé que la route serait rouverte, a quitté Lyon mardi.").map(
                \.text)
                == ["la route serait rouverte"])
    }

    @Test func aNegatedCoordinatedSpeechVerbEndsTheClause() {
        #expect(
            quotes("Le ministre a affirmé que des soldats avaient été tués mais n'a pas précisé combien.")
                .map(
                    \.text) == ["des soldats avaient été tués"])
    }

    @Test func thePassiveAgentOfASpeechVerbSaidTheWordsInGuillemets() {
        let q = quotes("Le texte, jugé « liberticide » par les associations, sera examiné mardi.")
        #expect(q.map(\.text) == ["liberticide"])
        #expect(q.first?.kind == .partial)
        #expect(q.first?.cue?.text == "jugé")
        #expect(
            quotes("La décision a été qualifiée d'« historique » par le ministre.").map(\.text) == [
                "historique"
            ])
        // A place after "par" names nobody: the words stay scare quotes.
        #expect(quotes("Le colis, jugé « suspect », est passé par Lyon.").isEmpty)
    }

    @Test func chantedWordsAreASloganNotAQuote() {
        #expect(quotes("Les manifestants scandaient « Macron démission » devant la préfecture.").isEmpty)
        #expect(quotes("Dans les travées, des supporters scandaient déjà « Reste avec nous ! ».").isEmpty)
    }

    @Test func aStanceAdjectiveShapedLikeAParticipleIsStillTheAdjective() {
        #expect(
            quotes("Le maire s'est dit confiant pour la suite.").map(\.text) == ["confiant pour la suite"])
        // "se montrer", "se vouloir" describe behaviour more than speech: no quote.
        #expect(quotes("Les joueurs se montrèrent plus sûrs en défense.").isEmpty)
        #expect(quotes("Elle se veut aussi un message d'espoir.").isEmpty)
    }

    @Test func notExcludingReportsAClauseOrAnInfinitive() {
        #expect(
            quotes("Le ministre n'a pas exclu que des sanctions soient prises.").map(\.text) == [
                "des sanctions soient prises"
            ])
        #expect(quotes("Le ministre n'exclut pas de démissionner.").map(\.text) == ["de démissionner"])
        #expect(quotes("Le club a exclu deux joueurs.").isEmpty)
    }

    @Test func thePartiesOfATrialAndTheCourtNameASource() {
        #expect(
            quotes("Selon l'accusation, l'homme a agi avec préméditation.").map(\.text) == [
                "l'homme a agi avec préméditation"
            ])
        #expect(
            quotes("Selon la cour d'appel, les faits sont prescrits.").map(\.text) == [
                "les faits sont prescrits"
            ])
        // "Pour sa défense" is "in his defence": the claim is the speech verb's.
        #expect(
            quotes("Pour sa défense, l'accusé affirme avoir agi seul.").map(\.kind) == [.indirect])
    }

    @Test func deLAveuDeAttributesAClaimLikeSelon() {
        let q = quotes("De l'aveu même du ministre, la réforme est un échec.")
        #expect(q.map(\.text) == ["la réforme est un échec"])
        #expect(q.first?.kind == .according)
    }

    @Test func aRelativeAboutTheSourceIsNoPartOfTheClaimAfterIt() {
        let q = quotes(
            "Selon Reuters, qui cite un responsable américain, les frappes ont visé des dépôts d'armes.")
        #expect(q.map(\.text) == ["les frappes ont visé des dépôts d'armes"])
        #expect(q.first?.kind == .according)
        // A relative that ends the sentence leaves the claim before "selon" as it was.
        #expect(
            quotes("Le feu est maîtrisé, selon les autorités, qui appellent à la prudence.").map(\.text) == [
                "Le feu est maîtrisé"
            ])
    }

    @Test func aCoordinatorAfterTheSourceContinuesTheClaimBeforeIt() {
        #expect(
            quotes("Les travaux devraient durer deux ans, selon la mairie, et coûter trois millions d'euros.")
                .map(
                    \.text) == ["Les travaux devraient durer deux ans"])
        // A short opening adverbial before "selon" still leaves the claim after it.
        #expect(
            quotes("En 2011, selon l'Insee, le chômage a atteint 10 %.").map(\.text) == [
                "le chômage a atteint 10 %"
            ])
    }

    @Test func wordsInGuillemetsAfterADeterminerAreNoSubjectOfTheVerbAfterThem() {
        // The verb after the marks is the sentence's own: "inquiète" has "les économistes" as object.
        #expect(quotes("Cette « crise sans précédent » inquiète les économistes.").isEmpty)
        // An inverted pronoun still attributes the words.
        #expect(quotes("Le livre parle d'Afrique. Une « ruée » écrit-il.").map(\.text) == ["ruée"])
    }

    @Test func anInvertedPronounIncisesComplementsMayEndTheSentence() {
        let q = quotes(
            "Le maire est venu. La situation est grave, a-t-il déclaré lors d'une conférence de presse.")
        #expect(q.map(\.text) == ["La situation est grave"])
        let r = quotes("Le maire est venu. La situation est grave, estime-t-il dans un entretien à l'AFP.")
        #expect(r.map(\.text) == ["La situation est grave"])
        #expect(r.first?.via?.text == "AFP")
    }

    @Test func verbsWithStemsOnlyForTheirPresentHaveEveryTense() {
        // "réitérer" and "concéder" are regular: their participles come from the lemma.
        #expect(
            quotes("Le ministre a réitéré que la réforme serait menée à son terme.").map(\.text) == [
                "la réforme serait menée à son terme"
            ])
        #expect(quotes("La ministre a concédé que des erreurs avaient été commises.").count == 1)
    }

    @Test func moreInfinitivesOpenAReportedInfinitiveClause() {
        #expect(
            quotes("Le ministre dit comprendre la colère des agriculteurs.").map(\.text) == [
                "comprendre la colère des agriculteurs"
            ])
    }

    @Test func aSeriesOfContentClausesIsOneQuote() {
        // One speech verb, several que-clauses: one indirect quote (the press gold's convention,
        // ninth session).
        #expect(
            quotes(
                "Le ministre a répété qu'il ne démissionnerait pas, qu'il n'avait rien à se reprocher et qu'il irait jusqu'au bout."
            ).map(\.text) == [
                "il ne démissionnerait pas, qu'il n'avait rien à se reprocher et qu'il irait jusqu'au bout"
            ])
        // A relative "que" after a comma, with no "et que" after it, stays inside the clause.
        #expect(
            quotes("Le ministre a expliqué que les contrôles, que la police mènera, seront renforcés.").map(
                \.text) == [
                    "les contrôles, que la police mènera, seront renforcés"
                ])
    }

    @Test func aParticipleAfterATextReportsForWhoeverPublishedIt() {
        let q = quotes("Le ministère a publié un communiqué indiquant que trois soldats avaient été tués.")
        #expect(q.map(\.text) == ["trois soldats avaient été tués"])
        #expect(q.first?.speaker?.text == "Le ministère")
    }

    @Test func moreIncisesOfThePressCloseWordsInGuillemets() {
        let q = quotes("Le maire est venu. « On verra bien », plaisante-t-il.")
        #expect(q.first?.cue?.text == "plaisante-t-il")
        #expect(
            quotes("La réforme est mal partie, observe le député Marc Petit.").map(\.text) == [
                "La réforme est mal partie"
            ])
        #expect(
            quotes("Le ministre a pronostiqué que la croissance repartirait.").map(\.text) == [
                "la croissance repartirait"
            ])
    }

    @Test func thePluralOfARoleNamesASource() {
        #expect(
            quotes("La comète passera près de la Terre, selon les astronomes.").map(\.text) == [
                "La comète passera près de la Terre"
            ])
        #expect(
            quotes("Le verdict est injuste, affirment les avocats de la défense.").map(\.text) == [
                "Le verdict est injuste"
            ])
        // A plural that is no role still names no source: "selon les régions" is "depending on".
        #expect(quotes("Les tarifs varient selon les régions.").isEmpty)
    }

    @Test func thePeopleOfRegionalReportsNameAnInvertedSubject() {
        #expect(
            quotes("La rue est devenue invivable, témoigne une riveraine.").map(\.text) == [
                "La rue est devenue invivable"
            ])
        // An adjective before the person noun ("le jeune homme") is no head.
        #expect(quotes("On a eu très peur, raconte le jeune homme.").map(\.text) == ["On a eu très peur"])
    }

    @Test func siLOnEnCroitAttributesLikeSelon() {
        let q = quotes("Si l'on en croit le ministre, la réforme sera votée avant l'été.")
        #expect(q.map(\.text) == ["la réforme sera votée avant l'été"])
        #expect(q.first?.kind == .according)
    }

    @Test func aBracketBeforeSelonIsNoPartOfTheClaim() {
        let q = quotes("Trois personnes ont été tuées (selon l'AFP).")
        #expect(q.map(\.text) == ["Trois personnes ont été tuées"])
        // The closing bracket ends the source too.
        #expect(q.first?.speaker?.text == "l'AFP")
    }

    @Test func aPronounSourceClosingItsClauseAttributesTheClauseBefore() {
        let lead = "Marie Dupont est maire depuis 2010. "
        #expect(
            quotes(lead + "La réforme est une erreur, selon elle.").last?.text == "La réforme est une erreur")
        #expect(
            quotes(lead + "La réforme est une erreur à ses yeux.").last?.text == "La réforme est une erreur")
        // A pronoun takes no apposition: the clause goes on after the incise.
        #expect(
            quotes(lead + "La réforme est, selon elle, une erreur.").last?.text
                == "La réforme est, selon elle, une erreur")
        // "selon lui" before more of the clause attributes nothing before it.
        #expect(quotes(lead + "Il a parlé d'une réforme selon lui nécessaire.").isEmpty)
    }

    @Test func anAdmissionAndAPledgeReportTheirClause() {
        #expect(
            quotes("Le ministre n'a pas caché que la situation était difficile.").map(\.text) == [
                "la situation était difficile"
            ])
        #expect(quotes("Le ministre n'a pas caché sa déception.").isEmpty)
        #expect(
            quotes("Le président s'est engagé à ce que les salaires soient versés.").map(\.text) == [
                "les salaires soient versés"
            ])
        #expect(quotes("Le club a engagé un nouvel entraîneur.").isEmpty)
    }
}
