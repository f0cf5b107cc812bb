import Testing

@testable import ParoleKit

/// "Selon"-type claims take their whole clause, "selon" that means "depending on" is no quote,
/// and quoted names, charges and labels are no quotes; sentences written for these tests.
@Suite struct AccordingAndLabelTests {
    let analyzer = Analyzer()

    func quotes(_ text: String) -> [Quote] { analyzer.quotes(inBody: text) }

    @Test func aClaimBeforeSelonRunsBackOverCommasToTheSentenceStart() {
        let q = quotes(
            "Trois hommes ont été interpellés dans la nuit, au terme d'une longue enquête, selon un communiqué du parquet."
        )
        #expect(q.count == 1)
        #expect(q.first?.kind == .according)
        #expect(
            q.first?.text == "Trois hommes ont été interpellés dans la nuit, au terme d'une longue enquête")
    }

    // A participle clause before "selon" belongs to the claim (the tune gold: five claims
    // against one; docs/accuracy.md, issue 9, seventeenth session); a speech verb's participle
    // still opens a clause of the journalist.
    @Test func aClaimBeforeSelonGoesOverAParticipialClause() {
        let q = quotes(
            "Le cessez-le-feu a été signé en mai, mettant fin à une guerre de trois ans, selon l'agence Reuters."
        )
        #expect(q.first?.text == "Le cessez-le-feu a été signé en mai, mettant fin à une guerre de trois ans")
    }

    @Test func anOpeningConjunctionStaysOutOfTheClaim() {
        let q = quotes("Mais, le projet est désormais remis en cause, selon un collectif d'habitants.")
        #expect(q.first?.text == "le projet est désormais remis en cause")
    }

    @Test func aClaimAfterAnOpeningSelonRunsOverCommasToTheClauseEnd() {
        let q = quotes(
            "Selon l'Insee, la population a atteint 68 millions d'habitants, dont 2 millions outre-mer.")
        #expect(q.count == 1)
        #expect(q.first?.text == "la population a atteint 68 millions d'habitants, dont 2 millions outre-mer")
    }

    @Test func aClaimAfterSelonStopsBeforeACue() {
        let q = quotes("Selon le maire, les travaux dureront deux ans, a ajouté son adjoint.")
        #expect(q.first?.kind == .according)
        #expect(q.first?.text == "les travaux dureront deux ans")
    }

    @Test func selonMeaningDependingOnIsNoQuote() {
        #expect(
            quotes("Selon les différentes régions, les résultats sont publiés entre 8 heures et 19 heures.")
                .isEmpty)
        #expect(
            quotes("Ces faits sont passibles de dix ans de prison ou, selon les cas, d'une amende.").isEmpty)
    }

    @Test func selonWithASourceBehindAnAdjectiveIsAQuote() {
        let q = quotes("Selon les premières estimations de la préfecture, le feu a détruit 300 hectares.")
        #expect(q.first?.kind == .according)
        #expect(q.first?.text == "le feu a détruit 300 hectares")
    }

    @Test func coordinatedSourcesAfterSelonStayOneSource() {
        let q = quotes("Selon les projections et estimations publiées dimanche, la gauche garde le Sénat.")
        #expect(q.first?.text == "la gauche garde le Sénat")
        #expect(q.first?.speaker?.text.hasPrefix("les projections et estimations") == true)
    }

    @Test func aChargeInGuillemetsIsNoQuote() {
        let q = quotes(
            "« Nous ferons appel », a déclaré l'avocat Paul Girard. Son client est mis en examen pour « homicide involontaire »."
        )
        #expect(q.map(\.text) == ["Nous ferons appel"])
    }

    @Test func aLabelOrANameInGuillemetsIsNoQuote() {
        let q = quotes(
            "« La langue est une richesse », a déclaré Marie Dubois. Elle anime l'atelier sur le thème « apprendre par le jeu ». Le pape l'a nommée « patronne des écologistes » en 1980."
        )
        #expect(q.map(\.text) == ["La langue est une richesse"])
    }

    @Test func aSoCalledNameOrAMovementInGuillemetsIsNoQuote() {
        let q = quotes(
            "« Nous ne céderons pas », a déclaré Marie Dubois. La loi dite « sécurité globale » sera examinée mardi par le mouvement des « gilets jaunes »."
        )
        #expect(q.map(\.text) == ["Nous ne céderons pas"])
    }

    @Test func wordsInGuillemetsAfterParlerDeAreAPartialQuote() {
        let q = quotes("Le ministre a parlé d'un « tournant historique » pour le pays.")
        #expect(q.map(\.text) == ["tournant historique"])
        #expect(q.first?.kind == .partial)
        #expect(quotes("Le ministre a parlé de la situation avec ses homologues.").isEmpty)
    }

    @Test func aLabelThatSomeoneIsSaidToSayStaysAQuote() {
        let q = quotes("Le ministre a dénoncé le terme « génocide culturel » employé par l'opposition.")
        #expect(q.map(\.text) == ["génocide culturel"])
    }

    @Test func aShortClauseBeforeASentenceFinalSelonIsItsClaim() {
        let q = quotes("Les enquêteurs privilégient la piste criminelle, selon une source proche du dossier.")
        #expect(q.count == 1)
        #expect(q.first?.kind == .according)
        #expect(q.first?.text == "Les enquêteurs privilégient la piste criminelle")
        #expect(q.first?.speaker?.text == "une source proche du dossier")
    }

    @Test func aComplementOpenedByEnBetweenTheVerbAndQueIsSkipped() {
        for line in [
            "Le maire a ajouté, en conclusion, que rien n'était encore décidé.",
            "Le maire a ajouté en conclusion que rien n'était encore décidé.",
        ] {
            let q = quotes(line)
            #expect(q.map(\.text) == ["rien n'était encore décidé"])
            #expect(q.first?.kind == .indirect)
        }
    }

    @Test func aSpeechNounAfterASupportVerbReportsAClauseOrAPledge() {
        let q = quotes(
            "Le maire a exprimé l'espoir que les travaux finiront en mai. Il a aussi émis le souhait de se représenter."
        )
        #expect(q.map(\.text) == ["les travaux finiront en mai", "de se représenter"])
        #expect(q.allSatisfy { $0.kind == .indirect })
        #expect(quotes("Le maire a exprimé sa colère devant les élus.").isEmpty)
    }

    @Test func aStanceVerbWithAContentClauseIsAnIndirectQuote() {
        let q = quotes("Le maire trouve que la ville a trop attendu pour agir.")
        #expect(q.first?.kind == .indirect)
        #expect(q.first?.text == "la ville a trop attendu pour agir")
    }

    @Test func aChargeAfterAnInquiryOrAComplaintIsNoQuote() {
        #expect(quotes("Le parquet a ouvert une enquête pour « mise en danger de la vie d'autrui ».").isEmpty)
        #expect(quotes("La famille a porté plainte pour « harcèlement moral » en mars.").isEmpty)
        // Words attributed right after the marks stay a quote.
        #expect(
            quotes("« Stop aux violences », a lancé la présidente de l'association.").map(\.text) == [
                "Stop aux violences"
            ])
    }

    @Test func marksAroundExactlyOneNameHoldNoQuote() {
        #expect(quotes("Le journal « Le Monde » a révélé l'affaire jeudi.").isEmpty)
    }
}
