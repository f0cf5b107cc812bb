import Testing

@testable import ParoleKit

/// Speakers chosen by ranking the names around a quote: a name in apposition to the role the
/// cue names, the subject of the cue when the phrase before it names nobody, the name after a
/// speech verb that follows the quote; never a name of a dateline or a caption.
@Suite struct SpeakerRankingTests {
    let analyzer = Analyzer()

    @Test func aNameInAppositionToTheRoleTheCueNamesIsTheSpeaker() {
        let text = """
            Travaux sur le pont
            Le consulat restera ouvert, comme le précise le consul de Belgique au Maroc, Pierre Lambert : « Les services consulaires continuent, mais les visas seront délivrés plus lentement à partir de lundi ».
            """
        #expect(analyzer.speakerNames(text).first == "Pierre Lambert")
    }

    @Test func theSubjectOfTheCueSpeaksWhenThePhraseBeforeItNamesNobody() {
        let text = """
            Bilan de la saison
            Le président du club, Marc Lefort, s'est dit satisfait de la saison de l'équipe.
            Sans citer de noms, Paul Durand le directeur sportif du club, a affirmé que certains joueurs ne seraient pas de retour.
            """
        #expect(analyzer.speakerNames(text).last == "Paul Durand")
    }

    @Test func theNameAfterASpeechVerbFollowingTheQuoteSpeaks() {
        let text = """
            Samsung condamné
            Le groupe Samsung devra verser un milliard de dollars à Apple. Samsung conteste la décision et Samsung fera appel.
            « Le contexte de la perte est bien pire qu'attendu », y compris le montant imposé à Samsung, commente Luc Morel, analyste à Paris.
            """
        #expect(analyzer.speakerNames(text).first == "Luc Morel")
    }

    @Test func aSourceGivenBySelonThatIsNoActorIsTheSpeakerTextWithNoActor() {
        let text = """
            Les origines du nom
            Selon la presse locale, la princesse fut enlevée par un dieu et donna son nom au continent.
            """
        let analysis = analyzer.analyze(text: text, id: "t")
        let speaker = analysis.quotes.first?.speaker
        #expect(speaker?.text == "la presse locale")
        #expect(speaker?.actor == nil)
        #expect(!analysis.actors.contains { $0.name.contains("presse") })
    }

    @Test func aDatelineOnItsOwnLineIsNeverTheSpeaker() {
        let text = """
            Grève dans les transports
            Paris, 12 mars 2024 (AFP)
            Les conducteurs de bus ont cessé le travail mardi matin dans toute la région.
            « Nous ne reprendrons pas le travail sans un accord écrit sur les salaires. »
            """
        #expect(!analyzer.speakerNames(text).contains("AFP"))
    }

    @Test func aDatelineOpeningTheFirstParagraphIsNeverTheSpeaker() {
        let unattributed = """
            Grève dans les transports
            PARIS (AFP) - Les conducteurs de bus ont cessé le travail mardi matin dans toute la région parisienne.
            « Nous ne reprendrons pas le travail sans un accord écrit sur les salaires. »
            """
        let pronoun = """
            Grève dans les transports
            PARIS, 12 mars (Reuters) - Les conducteurs de bus ont cessé le travail mardi matin.
            « Nous ne reprendrons pas le travail sans un accord écrit sur les salaires », a-t-il déclaré.
            """
        for text in [unattributed, pronoun] {
            let analysis = analyzer.analyze(text: text, id: "t")
            let names = analyzer.speakerNames(text)
            #expect(!names.contains("PARIS") && !names.contains("AFP") && !names.contains("Reuters"))
            #expect(!analysis.actors.contains { $0.name == "PARIS" })
        }
    }

    @Test func aDatelineEndsAtItsDash() {
        let text = "PARIS, 12 mars (Reuters) - Les conducteurs ont cessé le travail."
        let document = Language.french.tokenizer.document(text)
        let end = SpeakerResolver.datelineEnd(of: document.paragraphs[0].tokens, in: document.tokens)
        #expect(document.tokens[end].norm == "les")
        let clause = Language.french.tokenizer.document("Les conducteurs de bus ont dit - enfin - non.")
        #expect(SpeakerResolver.datelineEnd(of: clause.paragraphs[0].tokens, in: clause.tokens) == 0)
    }

    @Test func aCaptionIsNeverTheSpeaker() {
        let text = """
            Grève dans les transports
            Jean Dupont, le 3 mars à Lyon (photo AFP)
            Les conducteurs de bus ont cessé le travail mardi matin dans toute la région.
            « Nous ne reprendrons pas le travail sans un accord écrit sur les salaires. »
            """
        let names = analyzer.speakerNames(text)
        #expect(!names.contains("Jean Dupont"))
        #expect(!names.contains("AFP"))
    }

    @Test func theSpeakerOfARoleAndNameAfterACommaIsTheName() {
        let text = """
            Moscou répond
            « Nous n'avons reçu aucune proposition sérieuse », a déclaré le porte-parole du Kremlin, Dmitri Peskov.
            """
        #expect(analyzer.speakerNames(text).first == "Dmitri Peskov")
    }

    @Test func aRankedSpeakerPointsAtTheActorsLastMentionBeforeTheQuote() {
        let text = """
            Chantier de la gare
            La ministre Claire Dubois a visité le chantier lundi. Puis Claire Dubois a salué les ouvriers.

            « Nous tiendrons les délais. »
            """
        let analysis = analyzer.analyze(text: text, id: "t")
        let quote = analysis.quotes.first { $0.text.contains("délais") }
        let speaker = quote?.speaker
        #expect(speaker?.actor != nil)
        // The second "Claire Dubois", right before the quote, not the quote itself.
        let scalars = Array(text.unicodeScalars)
        let name = Array("Claire Dubois".unicodeScalars)
        let last = (0...(scalars.count - name.count)).last { Array(scalars[$0..<($0 + name.count)]) == name }
        #expect(speaker?.span.start == last)
        #expect(speaker?.span.end == last.map { $0 + name.count })
        #expect(speaker?.text == "Claire Dubois")
    }
}
