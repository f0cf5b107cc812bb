import Testing

@testable import ParoleKit

/// Speakers the cue names by a phrase the lexicons do not know: someone unnamed after an
/// indefinite determiner, and a role whose complement goes on past "et" before the name.
@Suite struct UnnamedSpeakerPhraseTests {
    let analyzer = Analyzer()

    @Test func someoneUnnamedAfterAnIndefiniteDeterminerIsAnAnonymousSourceNotThePersonBefore() {
        let text = """
            Municipales à Nantes
            Le maire sortant, Paul Girard, a présenté son programme mardi. « Nous finirons le tramway », a-t-il promis.
            « Il a trahi ses propres électeurs », souffle un fidèle de la première adjointe.
            Le candidat écologiste Marc Leroy a tenu meeting jeudi. « C'est une belle soirée », confiait une visiteuse venue de Rennes.
            Marc Leroy n'a pas réagi. Joint par téléphone, un de ses proches a assuré qu'il attendait « sereinement » les résultats.
            """
        let analysis = analyzer.analyze(text: text, id: "t")
        let speakers = analysis.speakerActors
        #expect(speakers.count == 4)
        #expect(speakers[0]?.name == "Paul Girard")
        for actor in speakers.dropFirst() {
            #expect(actor?.kind == .anonymousSource)
            #expect(actor?.name != "Paul Girard" && actor?.name != "Marc Leroy")
        }
    }

    @Test func aPhraseCutBeforeItsNounIsNoAnonymousSource() {
        // "réplique" is a finite form of "répliquer", but "une courte" names no one.
        let text = """
            Conseil municipal
            Pour une courte réplique : « Non. »
            """
        let analysis = analyzer.analyze(text: text, id: "t")
        #expect(!analysis.speakerActors.contains { $0?.kind == .anonymousSource })
        #expect(!analysis.speakerActors.contains { $0?.name.contains("courte") == true })
    }

    @Test func oneOfAGroupKeepsItsDeterminerInItsName() {
        let text = """
            Départ annoncé
            Un de ses proches a assuré qu'il partirait.
            """
        let analysis = analyzer.analyze(text: text, id: "t")
        let speaker = analysis.speakerActors.first ?? nil
        #expect(speaker?.kind == .anonymousSource)
        #expect(speaker?.name.lowercased() == "un de ses proches")
    }

    @Test func aRoleWhoseComplementGoesOnPastEtIsThePersonNamedAfterIt() {
        let text = """
            Pêche en mer du Nord
            « C'est un bon accord pour nos ports », a déclaré à la presse la ministre de la Mer et de la Pêche, Claire Dumont, à la sortie du conseil.
            """
        let analysis = analyzer.analyze(text: text, id: "t")
        let speaker = analysis.speakerActors.first ?? nil
        #expect(speaker?.name == "Claire Dumont")
        #expect(speaker?.roles.contains { $0.contains("et de la Pêche") } == true)
    }

    @Test func aPlayersPositionDescribesThePersonNamedBeforeNotTheNewspaper() {
        let text = """
            Handball
            Le club de Brest a officialisé mardi l'arrivée de Marc Petit, selon le quotidien Ouest-France. L'ailier de 24 ans a expliqué avoir « longtemps hésité » avant de quitter Nantes.
            """
        #expect(analyzer.speakerNames(text).last == "Marc Petit")
    }
}
