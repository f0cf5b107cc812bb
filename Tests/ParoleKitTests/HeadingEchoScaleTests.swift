import Testing

@testable import ParoleKit

/// Many headings echoing many body quotes (`QuoteFinder.headingEchoes`, the speaker of a heading
/// quote taken from the body's): the analysis stays near linear in the number of quotes.
@Suite struct HeadingEchoScaleTests {
    /// A word of letters only, distinct for each `n`.
    static func word(_ n: Int) -> String {
        var n = n
        var letters = ""
        repeat {
            letters.append(Character(Unicode.Scalar(UInt8(97 + n % 26))))
            n /= 26
        } while n > 0
        return "mot" + letters
    }

    @Test func aThousandHeadingsEchoingAThousandBodyQuotesAreAnalysedInSeconds() {
        let count = 1_000
        var lines: [String] = []
        for i in 0..<count { lines.append("Le point sur « \(Self.word(i)) vraiment »") }
        lines.append("La réunion a duré trois heures lundi soir à la mairie.")
        for i in 0..<count {
            lines.append("« Il faut \(Self.word(i)) vraiment maintenant », a déclaré Jean Martin.")
        }
        let clock = ContinuousClock()
        var analysis: Analysis?
        let elapsed = clock.measure {
            analysis = Analyzer().analyze(text: lines.joined(separator: "\n"), id: "t")
        }
        #expect(elapsed < .seconds(60), "\(elapsed)")
        #expect(analysis?.speakerName(quoting: "\(Self.word(7)) vraiment") == "Jean Martin")
    }
}

/// Runs of words looked up among the words of several quotes (`WordSequences`).
@Suite struct WordSequencesTests {
    func sequences(_ quotes: [String]) -> WordSequences {
        WordSequences(quotes.map { Tokenizer(rules: .french).document($0).tokens })
    }

    @Test func aRunIsHeldWholeAndInOrderInsideOneQuote() {
        let s = sequences(["C'est un vol, un vrai vol", "Nous ne céderons pas"])
        #expect(s.holds(["un", "vrai", "vol"]))
        #expect(s.holds(["ne", "céderons", "pas"]))
        #expect(!s.holds(["vol", "un", "vol"]))
        #expect(!s.holds(["céderons", "ne"]))
    }

    @Test func aRunAcrossTwoQuotesOrInsideAWordIsNotHeld() {
        let s = sequences(["des provocations répétées", "vrai nous"])
        #expect(!s.holds(["provocation"]))
        #expect(!s.holds(["répétées", "vrai"]))
        #expect(!s.holds([]))
        #expect(!s.holds(["absent", "mot"]))
    }
}

/// The first quote holding a run of words, or held whole by one (`WordSequences.firstHolder`,
/// `firstHeld`): what the speaker resolver looks up for a heading's quote, the same quote that
/// reading the quotes one by one finds.
@Suite struct WordSequencesLookupTests {
    func sequences(_ quotes: [String]) -> WordSequences {
        WordSequences(quotes.map { Tokenizer(rules: .french).document($0).tokens })
    }

    func folded(_ text: String) -> [String] {
        Tokenizer(rules: .french).document(text).tokens.filter(\.isWordLike).map(\.norm)
    }

    /// The first quote, read one by one, whose words hold `words` as a run or stand whole in them.
    func naive(_ quotes: [String], _ words: [String]) -> Int? {
        guard !words.isEmpty else { return nil }
        func holds(_ outer: [String], _ inner: [String]) -> Bool {
            !inner.isEmpty && inner.count <= outer.count
                && (0...(outer.count - inner.count)).contains {
                    outer[$0..<($0 + inner.count)].elementsEqual(inner)
                }
        }
        return quotes.indices.first { q in
            let w = folded(quotes[q])
            return holds(w, words) || holds(words, w)
        }
    }

    @Test func theFirstHolderIsTheEarliestQuoteHoldingTheRun() {
        let s = sequences(["Nous ne céderons pas", "C'est un vol, un vrai vol", "un vrai vol"])
        #expect(s.firstHolder(of: ["un", "vrai", "vol"]) == 1)
        #expect(s.firstHolder(of: ["ne", "céderons"]) == 0)
        #expect(s.firstHolder(of: ["vol", "un", "vol"]) == nil)
        #expect(s.firstHolder(of: []) == nil)
    }

    @Test func aQuoteHeldWholeByALongerTextIsFound() {
        let s = sequences(["une décision de bon sens pour tous", "bon sens", "de bon sens"])
        #expect(s.firstHeld(in: ["c'", "est", "de", "bon", "sens"]) == 1)
        #expect(s.firstHeld(in: ["bon"]) == nil)
        #expect(s.firstHeld(in: ["sens", "bon"]) == nil)
        #expect(sequences(["", "bon sens"]).firstHeld(in: ["bon", "sens"]) == 1)
    }

    @Test func theIndexFindsTheQuoteReadingThemOneByOneFinds() {
        let quotes = [
            "Nous ne céderons pas au chantage", "un hold-up", "C'est un hold-up. Il n'y a pas d'autre mot",
            "la ville", "nous ne céderons pas", "une politique d'affichage et de communication",
        ]
        let s = sequences(quotes)
        for heading in [
            "un hold-up", "ne céderons pas", "politique d'affichage", "« la ville » se meurt",
            "C'est un hold-up. Il n'y a pas d'autre mot, dit-il", "chantage", "rien de tout ça", "",
        ] {
            let words = folded(heading)
            let indexed = [s.firstHolder(of: words), s.firstHeld(in: words)].compactMap { $0 }.min()
            #expect(indexed == naive(quotes, words), "\(heading)")
        }
    }
}

/// A heading's quote takes the speaker of the body quote with the same words, whichever holds
/// the other (`SpeakerResolver`'s heading quotes, looked up through `WordSequences`).
@Suite struct HeadingQuoteSpeakerTests {
    @Test func aHeadingQuoteHoldingAShortBodyQuoteTakesItsSpeaker() {
        let analysis = Analyzer().analyze(
            text: """
                « Une décision de bon sens pour tout le quartier », selon le comité
                Le conseil a voté lundi soir la fermeture de la rue aux voitures.
                Le président du comité, Marc Rollin, a salué « une décision de bon sens ».
                """, id: "t")
        #expect(analysis.speakerName(quoting: "pour tout le quartier") == "Marc Rollin")
    }
}
