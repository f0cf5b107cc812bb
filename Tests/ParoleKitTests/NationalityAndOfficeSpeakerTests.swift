import Testing

@testable import ParoleKit

/// People named by a nationality noun ("le Serbe", "l'Espagnole") or by an office whose head
/// follows a qualifying word ("le premier ministre", "le ministre délégué à l'Industrie") are the
/// people the article named with them.
@Suite struct NationalityAndOfficeSpeakerTests {
    let analyzer = Analyzer()

    @Test func aNationalityNounAfterANameIsThatPerson() {
        let text = """
            Tennis
            Dimanche à Wimbledon, le Serbe Novak Djokovic a battu l'Espagnol Carlos Alcaraz en cinq sets. L'Espagnol a reconnu la supériorité de son adversaire. « Il a été meilleur que moi aujourd'hui », a-t-il déclaré. Le Serbe a savouré son huitième titre. « C'est un rêve », a-t-il confié.
            """
        #expect(analyzer.speakerNames(text) == ["Carlos Alcaraz", "Novak Djokovic"])
    }

    @Test func aFeminineNationalityNounInTheCueIsTheWomanNamedWithIt() {
        let text = """
            Cyclisme
            Au sommet du col, la Néerlandaise Marianne Vos a devancé Juliette Labous de douze secondes. « J'ai tout donné dans le dernier kilomètre », a déclaré la Néerlandaise à l'arrivée.
            """
        #expect(analyzer.speakerNames(text) == ["Marianne Vos"])
    }

    @Test func aNationalityNounNoOneWasNamedWithIsAnAnonymousSourceNotAnOrganisation() {
        let text = """
            Football
            Le club a présenté mardi sa nouvelle recrue. « Je suis heureux d'être ici », a déclaré le Brésilien devant la presse.
            """
        let speaker = analyzer.speakerActors(text).first ?? nil
        #expect(speaker?.kind == .anonymousSource)
    }

    @Test func anOfficeWithAQualifierBeforeItsNounIsTheSubjectAPronounReadsBack() {
        let text = """
            Débat télévisé
            Le premier ministre Gabriel Attal et le président du RN Jordan Bardella se sont affrontés jeudi soir sur France 2. Le président du RN a attaqué le bilan du gouvernement. « Vous avez échoué sur tout », a-t-il lancé. Le premier ministre a répliqué aussitôt. « Vous n'avez aucun programme », a-t-il rétorqué.
            """
        #expect(analyzer.speakerNames(text) == ["Jordan Bardella", "Gabriel Attal"])
    }

    @Test func aRoleWrittenBeforeANameInApposition() {
        let text = """
            Usine
            « Je suis là depuis vingt-six ans », confie Patrick, technicien de maintenance, qui n'a pas souhaité donner son nom.
            Le ministre délégué à l'Industrie, Antoine Lacombe, s'est rendu sur place vendredi. Il a assuré que l'État serait « extrêmement vigilant » sur le respect des engagements.
            """
        #expect(analyzer.speakerNames(text) == ["Patrick", "Antoine Lacombe"])
    }

    @Test func aDescriptionOfTheOtherLeaderAfterBothWereDescribed() {
        let text = """
            Sommet européen
            Emmanuel Macron a reçu Olaf Scholz lundi à l'Élysée. Le président français a plaidé pour une défense commune. Le chancelier allemand s'est montré plus prudent. Selon lui, « l'Europe doit d'abord tenir ses engagements ».
            """
        #expect(analyzer.speakerNames(text) == ["Olaf Scholz"])
    }

    @Test func roleWordsSplitOnTheLanguagesSeparators() {
        let words = SpeakerWords.french
        #expect(words.words(ofRole: "chef de l'état") == ["chef", "de", "l", "état"])
        #expect(words.words(ofRole: "chef de l\u{2019}état").last == "état")
    }

    @Test func aPersonNamedAfterAnOpeningClauseIsTheSubjectWhoseFragmentIsQuoted() {
        let text = """
            Piscine
            « C'est un crève-cœur », explique Michel Fabre, ancien maître-nageur.
            Assise au dernier rang, Odette, 81 ans, a appris à nager dans ce bassin « l'année de l'inauguration ». « Je n'ai plus le droit d'y aller », sourit-elle.
            """
        #expect(analyzer.speakerNames(text) == ["Michel Fabre", "Odette", "Odette"])
    }

    @Test func anOrganisationWithAnAppositionIsTheSubjectWhoseFragmentIsQuoted() {
        let text = """
            Eau
            Dans un communiqué, France Nature Environnement a estimé que le gouvernement « continue de privilégier les bassines ». La FNSEA, premier syndicat agricole, a au contraire salué « la volonté de la ministre de sécuriser l'accès à l'eau ».
            """
        #expect(analyzer.speakerNames(text) == ["France Nature Environnement", "FNSEA"])
    }

    @Test func twoPeopleNamedWithTheirOfficesInOneSentenceKeepTheirOwnOffices() {
        let text = """
            Débat
            Face à face jeudi soir sur France 2 entre la présidente de la région, Carole Delga, et le maire de Toulouse, Jean-Luc Moudenc. La présidente a défendu son bilan. « Nous avons tenu nos promesses », a-t-elle assuré. Le maire a contesté ces chiffres. « Ce n'est pas sérieux », a-t-il répondu.
            """
        let analysis = analyzer.analyze(text: text, id: "t")
        #expect(analysis.speakerActors.map { $0?.name } == ["Carole Delga", "Jean-Luc Moudenc"])
        #expect(analysis.actors.first { $0.name == "Carole Delga" }?.roles == ["présidente de la région"])
    }

    @Test func aPersonNounAsTheSubjectIsWhomTheNextPronounNames() {
        let text = """
            Enquête
            Le suspect a été interpellé mardi à Lyon. « C'est un choc pour tout le quartier », confie une voisine. La cheffe de l'État a réagi dans la soirée. « Justice sera rendue », a-t-elle promis.
            """
        #expect(analyzer.speakerNames(text) == ["voisine", "cheffe de l'État"])
    }

    @Test func aPlaceNounBeforeANameAfterACommaIsNoRole() {
        let text = """
            Enquête
            Selon des analyses effectuées dans un laboratoire en Suisse, Yasser Arafat aurait été empoisonné. « Nous voulons la vérité », a déclaré Souha Arafat.
            """
        let analysis = analyzer.analyze(text: text, id: "t")
        let roles = analysis.actors.first { $0.name == "Yasser Arafat" }?.roles ?? []
        #expect(roles.isEmpty)
    }
}
