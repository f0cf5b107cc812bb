import Testing

@testable import ParoleKit

/// Each way a speaker is named, resolved to the right actor.
@Suite struct SpeakerResolverTests {
    let analyzer = Analyzer()

    /// The name of the actor each quote's speaker was resolved to (or its text), in order.
    func speakers(_ text: String) -> [String?] {
        let analysis = analyzer.analyze(text: text, id: "t")
        return analysis.quotes.map { quote in
            quote.speaker.map { speaker in
                speaker.actor.flatMap { analysis.actor(id: $0)?.name } ?? speaker.text
            }
        }
    }

    @Test func resolvesInvertedPronounToThePersonNamedBefore() {
        let text = """
            Le porte-parole du Kremlin, Dmitri Peskov, a déclaré aux journalistes que la Russie était inquiète.
            « Nous suivons la situation de très près depuis plusieurs jours », a-t-il ajouté.
            """
        #expect(speakers(text) == ["Dmitri Peskov", "Dmitri Peskov"])
    }

    @Test func recordsTheRoleInAppositionAsAnAlias() {
        let text = "Le porte-parole du Kremlin, Dmitri Peskov, a déclaré que la Russie était inquiète."
        let analysis = analyzer.analyze(text: text, id: "t")
        let actor = analysis.quotes.first?.speaker?.actor.flatMap { analysis.actor(id: $0) }
        #expect(actor?.name == "Dmitri Peskov")
        #expect(actor?.aliases.contains("porte-parole du Kremlin") == true)
    }

    @Test func resolvesFemininePronounToAWoman() {
        let text = """
            Jean Martin a rencontré Sophie Bernard mardi à Lyon pour discuter du projet.
            Sophie Bernard a expliqué que le chantier prendrait du retard.
            « Nous manquons de tout sur le terrain depuis le début », a-t-elle ajouté.
            """
        #expect(speakers(text).last == "Sophie Bernard")
    }

    @Test func resolvesARolePhraseToTheInstitutionNamedBefore() {
        let text = """
            Le ministère russe de la Défense a accusé les forces adverses d’avoir violé le cessez-le-feu.
            « Des mesures sont prises pour stabiliser la situation sur place », a indiqué le ministère dans un communiqué.
            """
        let names = speakers(text)
        #expect(names.count == 2)
        #expect(names[0] == names[1])
    }

    @Test func keepsAnAnonymousSourceAsItsOwnSpeaker() {
        let text =
            "« Il faut revenir à la table des négociations au plus vite », a déclaré un porte-parole de l’UE."
        let analysis = analyzer.analyze(text: text, id: "t")
        #expect(analysis.quotes.first?.speaker?.text == "un porte-parole de l’UE")
        let actor = analysis.quotes.first?.speaker?.actor.flatMap { analysis.actor(id: $0) }
        #expect(actor?.name == "porte-parole de l’UE")
    }

    @Test func namesTheSpeakerNotTheRelay() {
        let text = "Marie Dubois a affirmé que l'accord serait signé demain, a rapporté Reuters."
        let analysis = analyzer.analyze(text: text, id: "t")
        #expect(speakers(text) == ["Marie Dubois"])
        #expect(analysis.quotes.first?.via?.text == "Reuters")
    }

    @Test func takesTheRecipientMediumAsRelay() {
        let text = "Très ému, Paul Girard a confié au Figaro que « rien ne serait plus jamais comme avant »."
        let analysis = analyzer.analyze(text: text, id: "t")
        #expect(analysis.quotes.first?.via?.text == "Figaro")
    }

    @Test func attributesAQuoteAfterAColonToTheClauseSubject() {
        let text =
            "De son côté, le négociateur palestinien a pris la parole : « Nous appelons à la formation d’une commission internationale »."
        #expect(speakers(text) == ["négociateur palestinien"])
    }

    @Test func attributesUnattributedFollowUpQuoteToThePreviousSpeaker() {
        let text = """
            « Ces actes sont inadmissibles et seront punis », juge le ministère de l'Intérieur.
            L'agression a été violente, « seule l'intervention d'un passager a pu mettre un terme aux violences ».
            """
        let names = speakers(text)
        #expect(names.count == 2)
        #expect(names[0] == names[1])
    }

    @Test func mergesSurnameWithFullName() {
        let text = """
            Dmitri Peskov a déclaré que la Russie était inquiète.
            Peskov a ajouté que des discussions avaient lieu.
            """
        let analysis = analyzer.analyze(text: text, id: "t")
        let peskov = analysis.actors.first { $0.name == "Dmitri Peskov" }
        #expect(peskov?.mentions == 2)
        #expect(peskov?.quotes == 2)
    }

    @Test func mergesAcronymWithItsExpansion() {
        let text =
            "L’Union européenne a appelé au calme. Un porte-parole de l’UE a précisé que des sanctions étaient possibles."
        let analysis = analyzer.analyze(text: text, id: "t")
        let union = analysis.actors.first { $0.name == "Union européenne" }
        #expect(union?.aliases.contains("UE") == true)
    }
}

/// Words in guillemets that no cue names, in reportage: the person the text turned to since the
/// last words quoted speaks them, not the last speaker (`subjectsince`, `nextnew`).
@Suite struct TopicShiftSpeakerTests {
    let analyzer = Analyzer()

    @Test func thePersonIntroducedAfterTheLastQuoteSpeaksTheNextWords() {
        let text = """
            Tempête sur la Bretagne
            Le maire de Brest, François Cuillandre, a annoncé la fermeture des écoles. « La sécurité des enfants passe avant tout », a-t-il déclaré.
            Marie Le Goff, 45 ans, habite le quartier depuis vingt ans. Sa maison a perdu une partie de son toit.
            « On n'a jamais vu ça. Le vent soufflait si fort que les volets se sont arrachés. »
            """
        #expect(analyzer.speakerNames(text) == ["François Cuillandre", "Marie Le Goff"])
    }

    @Test func aPersonFirstNamedRightAfterWordsThatOpenAParagraphSpokeThem() {
        let text = """
            Tempête sur la Bretagne
            Le maire de Brest, François Cuillandre, a annoncé la fermeture des écoles. « La sécurité des enfants passe avant tout », a-t-il déclaré.
            « Je n'ai rien vu venir. » Julien Kerbrat, 34 ans, est encore sous le choc.
            """
        #expect(analyzer.speakerNames(text) == ["François Cuillandre", "Julien Kerbrat"])
    }

    @Test func aSentenceOpeningWithANounAndANameHasThatPersonForSubject() {
        let text = """
            Hôpital en crise
            Claire Martin est infirmière depuis quinze ans. « Je n'ai jamais connu une telle situation », confie-t-elle.
            Son collègue Thomas Bernard, aide-soignant, partage son inquiétude. « On fait ce qu'on peut avec les moyens du bord. »
            """
        #expect(analyzer.speakerNames(text) == ["Claire Martin", "Thomas Bernard"])
    }

    @Test func theLastSpeakerKeepsWordsThatFollowHisOwn() {
        let text = """
            Interview
            Le cinéaste Jacques Audiard présente son nouveau film à Cannes.
            « Ce film m'a pris cinq ans. » Il explique avoir voulu raconter l'histoire de son père. « Mon père était un homme secret. »
            """
        #expect(analyzer.speakerNames(text).allSatisfy { $0 == "Jacques Audiard" })
    }
}
