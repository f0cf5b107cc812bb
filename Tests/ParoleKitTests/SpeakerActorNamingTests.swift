import Testing

@testable import ParoleKit

/// The names a speaker's actor goes by, in the shapes of issue 9's fourteenth session: a phrase
/// that tells whose or how many by its determiner ("son entourage", "plusieurs observateurs"), a
/// document whose complement holds a name of its own complement, and a person's name that the
/// recogniser ran on from the medium the words were said to. Sentences written for these tests.
@Suite struct SpeakerActorNamingTests {
    let analyzer = Analyzer()

    /// Each quote's speaker: the mention's text and the actor's name and other names.
    private func speakers(_ body: String) -> [(text: String?, name: String?, aliases: [String])] {
        let analysis = analyzer.analyze(text: "Titre\n" + body + "\n", id: "t")
        return analysis.quotes.map { q in
            let actor = q.speaker?.actor.flatMap { analysis.actor(id: $0) }
            return (q.speaker?.text, actor?.name, actor?.aliases ?? [])
        }
    }

    @Test(arguments: [
        (
            "La ministre a quitté la réunion. Son entourage assure qu'elle défendra le texte « sans en retirer une ligne ».",
            "Son entourage"
        ),
        (
            "Les discussions devraient reprendre en juin, estiment plusieurs observateurs, pour qui l'accord reste « à portée de main ».",
            "plusieurs observateurs"
        ),
    ])
    func aPhraseWhoseDeterminerTellsWhoseOrHowManyKeepsItInAnotherName(body: String, named: String) throws {
        let speaker = try #require(speakers(body).first)
        #expect(speaker.aliases.contains(named))
        // An article is no part of any name.
        #expect(speaker.name.map { !$0.hasPrefix("Son") && !$0.hasPrefix("plusieurs") } == true)
    }

    @Test func aDocumentIsNotTheRegionNamedInsideItsAuthorsName() throws {
        let speaker = try #require(
            speakers(
                "Les recettes ne couvrent que 22 % des coûts, selon un rapport de la chambre régionale des comptes Nouvelle-Aquitaine publié en mars."
            ).first)
        #expect(speaker.name != "Nouvelle-Aquitaine")
        #expect(
            ([speaker.name ?? ""] + speaker.aliases).contains {
                $0.hasPrefix("rapport de la chambre régionale")
            })
    }

    @Test func aDocumentsOwnComplementStillSpeaksThroughIt() throws {
        let speaker = try #require(
            speakers(
                "Les contrôles seront renforcés, selon le communiqué du ministère de l'Intérieur publié lundi."
            ).first)
        #expect(speaker.name == "ministère de l'Intérieur")
    }

    @Test(arguments: [
        ("Une note interne de la direction de Renault indique que les ventes vont baisser.", "Renault"),
        ("Le rapport d'experts de l'ONU indique que la situation se dégrade encore.", "ONU"),
    ])
    func aDocumentsOwnerIsTheBodyItsComplementsChainReaches(body: String, owner: String) throws {
        let speaker = try #require(speakers(body).first)
        #expect(speaker.name == owner)
    }

    @Test func aPersonNamedAfterTheMediumTheWordsWereSaidToIsTheSpeaker() throws {
        let speaker = try #require(
            speakers(
                "« Nous avons sorti une femme et son bébé vivants vers midi », a déclaré à l'AFP Arben Hoxha, un responsable de la protection civile."
            ).first)
        #expect(speaker.name == "Arben Hoxha")
    }
}
