import Testing

@testable import ParoleKit

/// A definite description of a person by a role that names no one ("la maire sortante", "le
/// président français", "le chef du gouvernement") refers back to the person named before whom
/// it fits (ranked under `d:`), or stays a phrase of its own when no one fits.
@Suite struct DefiniteDescriptionTests {
    let analyzer = Analyzer()

    @Test func aDescriptionAsTheCuesSubjectIsTheSubjectOfTheSentenceBefore() {
        let text = """
            Élection municipale
            Anne Hidalgo a remporté l'élection dimanche face à Rachida Dati. La maire sortante a affirmé que la victoire était celle de tous les Parisiens.
            """
        #expect(analyzer.speakerNames(text) == ["Anne Hidalgo"])
    }

    @Test func aPronounAfterADescriptionIsThePersonItDescribes() {
        let text = """
            Élection municipale
            Anne Hidalgo a remporté l'élection dimanche face à Rachida Dati. La maire sortante a obtenu 48 % des voix.
            « C'est une victoire pour tous les Parisiens », a-t-elle déclaré devant ses partisans.
            """
        #expect(analyzer.speakerNames(text) == ["Anne Hidalgo"])
    }

    @Test func anotherRoleOfThePersonNamedBeforeStillRefersToThem() {
        let text = """
            Remaniement
            Le premier ministre, Édouard Philippe, a présenté lundi la démission de son gouvernement.
            Le premier ministre a assuré que la transition serait rapide.
            « Nous avons accompli beaucoup », a déclaré le chef du gouvernement.
            """
        #expect(analyzer.speakerNames(text) == ["Édouard Philippe", "Édouard Philippe"])
    }

    @Test func aDescriptionByTheHeadNounOfOnePersonsRoleIsThatPersonNotTheLastSubject() {
        let text = """
            Colère dans le quartier des Tanneurs
            Les habitants du quartier des Tanneurs ont défilé samedi devant la mairie. Leur porte-parole, Julien Morel, dénonce des promesses non tenues depuis dix ans.

            Le maire, Paul Girard, a répondu lundi par un communiqué. Pierre Dumas, qui tient la boulangerie de la place, a baissé le rideau en signe de soutien. Pour le porte-parole des habitants, c'est « une trahison pure et simple ».
            """
        #expect(analyzer.speakerNames(text) == ["Julien Morel"])
    }

    @Test func aDescriptionOfTheOtherGenderIsNotThePersonNamedBefore() {
        let text = """
            Conseil municipal
            Jean Dupont a présenté lundi le budget de la ville.
            La présidente de l'association a estimé que les subventions étaient insuffisantes.
            """
        let names = analyzer.speakerNames(text)
        #expect(names.count == 1)
        #expect(names.first != "Jean Dupont")
    }

    @Test func theDescriptionIsKeptAsARoleOfThePerson() {
        let text = """
            Élection municipale
            Anne Hidalgo a remporté l'élection dimanche face à Rachida Dati. La maire sortante a affirmé que la victoire était celle de tous les Parisiens.
            """
        let analysis = analyzer.analyze(text: text, id: "t")
        let hidalgo = analysis.actors.first { $0.name == "Anne Hidalgo" }
        #expect(hidalgo?.roles.contains("maire sortante") == true)
    }

    @Test func aDescriptionRightAfterAQuoteOfItsHolderIsThatSpeaker() {
        let text = """
            Washington menace Pékin
            WASHINGTON (AFP) - Le président américain Joe Biden a averti mercredi la Chine qu'elle s'exposait à de graves conséquences.
            « Nous ne resterons pas les bras croisés », a déclaré le chef de la Maison Blanche lors d'une conférence de presse.
            """
        #expect(analyzer.speakerNames(text) == ["Joe Biden", "Joe Biden"])
    }

    @Test func anotherNameOfTheSameOfficeIsItsHolderFarBack() {
        let text = """
            Conseil des ministres
            Le premier ministre Jean Castex a présidé lundi une réunion à Matignon avec les partenaires sociaux.
            Les syndicats ont quitté la salle. Les maires ont salué un dialogue constructif.
            La réunion a duré quatre heures.
            « Nous avancerons ensemble », a déclaré le chef du gouvernement à la sortie.
            """
        #expect(analyzer.speakerNames(text) == ["Jean Castex"])
    }

    @Test func roleSynonymsMapEachPhraseToItsOffice() {
        let words = SpeakerWords.french
        #expect(words.office("chef du gouvernement") == words.office("Premier ministre"))
        #expect(words.office("chef de l’État") == words.office("président de la République"))
        #expect(words.office("chef de l'État") != words.office("premier ministre"))
        #expect(words.office("président du club") == "président du club")
    }

    @Test func aDescriptionCanReferToWhoSpokeAndIsTheOnlyOneOfItsGender() {
        let text = """
            Conflit social
            Mme Durand, secrétaire générale du syndicat, a rencontré lundi le directeur de l'usine, M. Petit.
            Interrogée par l'AFP, elle a dénoncé des « conditions inacceptables ».
            Le directeur a rejeté ces accusations. « Nous avons toujours été ouverts », a-t-il affirmé.
            La syndicaliste a promis de poursuivre le mouvement.
            """
        #expect(analyzer.speakerNames(text) == ["Durand", "Petit", "Durand"])
    }

    @Test func aDescriptionByAnotherOfficeIsNotThePersonGivenARole() {
        let text = """
            Procès à Lyon
            L'avocat de la défense, Me Pierre Martin, a plaidé l'acquittement. « Mon client n'était pas sur les lieux », a-t-il martelé devant la cour.
            « Il n'y a aucune preuve », a encore lancé l'avocat.
            Le procureur a requis dix ans de prison. « Les faits sont graves », a-t-il estimé.
            """
        let actors = analyzer.speakerActors(text)
        #expect(actors.prefix(2).allSatisfy { $0?.name == "Pierre Martin" })
        #expect(actors.last??.name == "procureur")
    }

    @Test func theOnlyPersonOfADescriptionsGenderIsOnlyWhenTheOthersAreKnown() {
        // Marquinhos's gender is unknown: Luis Enrique is not the only man named.
        let text = """
            Football
            L'entraîneur parisien Luis Enrique n'a pas caché sa déception. « Nous n'avons pas su concrétiser », a-t-il regretté.
            Son capitaine, Marquinhos, partage ce constat. « On doit se remettre en question », a estimé le défenseur brésilien.
            """
        let samples = analyzer.speakerSamples(text: text)
        let description = samples.first { s in s.candidates.contains { $0.features.contains("d:nobody") } }
        let luis = description?.candidates.first { $0.names.contains("Luis Enrique") }
        #expect(luis?.features.contains("d:gender+") == true)
        #expect(luis?.features.contains("d:onlyagreeing") == false)
    }

    @Test func aDescriptionSharingAQualifierWithARoleIsItsHolder() {
        let text = """
            Visite d'État
            Le président chinois Xi Jinping est arrivé dimanche à Paris. Il doit rencontrer Emmanuel Macron lundi à l'Élysée.
            « La Chine est un partenaire indispensable », a déclaré le chef de l'État français lors d'un dîner officiel. Le dirigeant chinois a, lui, salué « une amitié ancienne ».
            """
        #expect(analyzer.speakerNames(text) == ["Emmanuel Macron", "Xi Jinping"])
        let xi = analyzer.analyze(text: text, id: "t").actors.first { $0.name == "Xi Jinping" }
        #expect(xi?.roles.contains("dirigeant chinois") == true)
        #expect(SpeakerWords.french.stem("chinoises") == SpeakerWords.french.stem("chinois"))
        #expect(SpeakerWords.french.stem("américaine") == "américain")
    }

    @Test func aNounForAnyElectedOfficeFitsTheNamedDeputy() {
        let text = """
            Assemblée nationale
            Le ministre du Travail a répondu mercredi à la députée insoumise Clémence Guetté. « Votre amendement est irresponsable », lui a-t-il lancé. « C'est vous qui êtes irresponsables », a répliqué l'élue.
            """
        #expect(analyzer.speakerNames(text).last == "Clémence Guetté")
    }
}
