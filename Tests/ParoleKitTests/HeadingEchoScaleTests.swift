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
