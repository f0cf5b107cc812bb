import Testing

@testable import ParoleKit

/// A speech verb's subject whose noun no lexicon knows ("les plaisanciers", "les écologistes")
/// is a candidate speaker of its own, not replaced by the last name before it; a cue in the
/// reportive conditional makes no such candidate.
@Suite struct UnlexicalisedSubjectTests {
    let analyzer = Analyzer()

    @Test func aGroupNoLexiconKnowsSpeaksItsOwnWords() {
        let analysis = analyzer.analyze(
            text: """
                Port de plaisance
                La mairie a relevé les tarifs du port de 20 % au 1er janvier. Le maire, Paul Girard, parle d'une hausse « nécessaire ».
                Les plaisanciers jugent la décision « brutale ».
                """, id: "t")
        #expect(analysis.speakerName(quoting: "brutale") == "plaisanciers")
        #expect(analysis.speakerName(quoting: "nécessaire") == "Paul Girard")
    }

    @Test func aStressedGroupAfterAPersonIsNotThatPerson() {
        let analysis = analyzer.analyze(
            text: """
                Sécheresse dans le Gers
                La préfecture a restreint l'irrigation mardi. Jean Dupuy, céréalier à Auch, craint « une année blanche ».
                Les écologistes, eux, dénoncent « un abandon ».
                """, id: "t")
        #expect(analysis.speakerName(quoting: "un abandon") == "écologistes")
    }

    @Test func aSubjectOfAReportiveConditionalIsNoSpeaker() {
        let analysis = analyzer.analyze(
            text: """
                Agression dans un train
                Le ministère de l'Intérieur a condamné l'agression dans un communiqué publié dimanche. Un passager est intervenu.
                Les agresseurs auraient remarqué sur la victime un « signe distinctif » avant de l'insulter.
                """, id: "t")
        #expect(analysis.speakerName(quoting: "signe distinctif") != "agresseurs")
    }

    @Test func aNameEndingAGroupsPhraseIsAnotherNameOfTheGroup() {
        let analysis = analyzer.analyze(
            text: """
                Un médicament retiré
                L'Agence du médicament a suspendu la Vexaline jeudi. La revue indépendante Prescrire juge le produit « dangereux depuis dix ans ».
                """, id: "t")
        let quote = analysis.quotes.first { $0.text.contains("dangereux") }
        let actor = quote?.speaker?.actor.flatMap { analysis.actor(id: $0) }
        // The name or one of its other names: since v27r's JournalRule the recogniser finds
        // "Prescrire" after "revue", and the actor goes by it.
        #expect(actor.map { ([$0.name] + $0.aliases).contains("Prescrire") } == true)
    }

    @Test func anAdjectiveStandingForAnUnsaidNounNamesNoGroup() {
        let analysis = analyzer.analyze(
            text: """
                Municipales à Québec
                Deux candidats restent en lice, Sylvie Nadeau et Paul Roy. Le premier s'est dit « prêt à travailler avec tout le monde ».
                """, id: "t")
        let name = analysis.speakerName(quoting: "prêt à travailler")
        #expect(name != nil)
        #expect(name != "premier")
    }
}
