import Testing

@testable import ParoleKit

/// The subject of a speech verb inverted after the quote is read past the verb's complements and
/// a short aside: a bare complement ends before the determiner or the person's name that opens
/// the subject ("confiait au sortir de la réunion | un diplomate", "a lancé au mégaphone | Claire
/// Dumas"), and "a souligné, très ému, | le directeur" reaches the role and its name.
@Suite struct InvertedCueSubjectTests {
    let analyzer = Analyzer()

    @Test func aBareComplementEndsBeforeTheIndefiniteSubjectAfterIt() {
        let analysis = analyzer.analyze(
            text: """
                Pêche en Méditerranée
                « Il faudra revoir les quotas l'an prochain », confiait au sortir de la réunion un diplomate scandinave.
                """, id: "t")
        let quote = analysis.quotes.first
        #expect(quote?.cue?.text == "confiait")
        #expect(quote?.speaker?.text == "un diplomate scandinave")
    }

    @Test func aPersonsNameAfterABareComplementIsTheSubject() {
        let analysis = analyzer.analyze(
            text: """
                Manifestation pour l'eau
                Le préfet Jean Morin a reçu une délégation vendredi.
                « Nous resterons jusqu'au bout », a lancé au mégaphone Claire Dumas, porte-parole du collectif Eau libre.
                """, id: "t")
        let quote = analysis.quotes.first { $0.text.hasPrefix("Nous resterons") }
        #expect(quote?.cue?.text == "a lancé")
        #expect(quote?.speaker?.actor.flatMap { analysis.actor(id: $0) }?.name == "Claire Dumas")
    }

    @Test func aDeterminerAfterANamedPlatformOpensTheSubject() {
        let names = analyzer.speakerNames(
            """
            Tempête sur la côte
            La ministre Hélène Caradec a annoncé des aides.
            « Les vents ont dépassé 150 km/h », a écrit sur X le préfet du Finistère, Paul Kermarrec.
            """)
        #expect(names == ["Paul Kermarrec"])
    }

    @Test func aShortAsideBetweenCommasStandsBeforeTheSubject() {
        let names = analyzer.speakerNames(
            """
            Réouverture du théâtre
            La maire, Sophie Garnier, a coupé le ruban samedi.
            « C'est un grand jour pour la ville », a souligné, très ému, le directeur du théâtre, Marc Lenoir, lors de l'inauguration.
            """)
        #expect(names == ["Marc Lenoir"])
    }

    @Test func aGerundsObjectInsideTheWordsIsNoSubject() {
        let quotes = analyzer.quotes(
            inBody: """
                « On ne vendange plus en septembre, résume-t-elle en montrant les rangs déjà vides. Quand j'ai commencé, on vendangeait en octobre. »
                """)
        #expect(quotes.count == 2)
        #expect(quotes.allSatisfy { $0.cue?.text == "résume-t-elle" })
    }

    @Test func aPersonNounOfATradeNamesAnAnonymousSpeakerAfterTheCue() {
        let analysis = analyzer.analyze(
            text: """
                Cyberattaque dans les lycées
                L'éditeur Paul Renaud a présenté ses excuses.
                « Des parents m'ont appelé toute la matinée », confie un proviseur de l'académie de Lyon.
                """, id: "t")
        let quote = analysis.quotes.first { $0.text.hasPrefix("Des parents") }
        #expect(quote?.speaker?.text == "un proviseur de l'académie de Lyon")
        #expect(quote?.speaker?.actor.flatMap { analysis.actor(id: $0) }?.kind == .anonymousSource)
    }
}
