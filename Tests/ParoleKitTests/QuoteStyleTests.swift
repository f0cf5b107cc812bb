import Testing

@testable import ParoleKit

/// The quote pairer matches the styles of quotation marks of the tokenizer file's `[quote-pairs]`.
@Suite struct QuoteStyleTests {
    /// The French tokenizer file with its `[quote-pairs]` line `old` written `new`.
    static func rules(replacing old: String, with new: String) throws -> TokenizerRules {
        let french = ResourceFile.text("tokenizer.txt")
        #expect(french.contains(old))
        return try TokenizerRules(parsing: french.replacingOccurrences(of: old, with: new))
    }

    /// The words of the quoted stretches `rules` pair in `text`.
    static func quoted(_ text: String, _ rules: TokenizerRules) -> [String] {
        let document = Tokenizer(rules: rules).document(text)
        return GuillemetPairer(rules: rules).stretches(in: document).map { stretch in
            stretch.content.map { document.tokens[$0].norm }.joined(separator: " ")
        }
    }

    @Test func theSingleGuillemetsPairTheWayTheResourceWritesThem() throws {
        // French writes ‹ oui ›; Danish and Swiss German › ja ‹.
        let text = "Er sagte › ja ‹ dort."
        #expect(Self.quoted(text, .french) == ["dort ."])
        let reversed = try Self.rules(replacing: "‹ / ›", with: "› / ‹")
        #expect(Self.quoted(text, reversed) == ["ja"])
        #expect(Self.quoted("Il a dit ‹ oui › hier.", .french) == ["oui"])
    }

    @Test func reversedGuillemetsPairOnlyInAStyleMarkedReversible() throws {
        let text = "Il a dit » oui « hier."
        #expect(Self.quoted(text, .french) == ["oui"])
        let fixed = try Self.rules(replacing: "« / » reversible", with: "« / »")
        #expect(Self.quoted(text, fixed) == ["hier ."])
    }

    @Test func aQuotePairLineWithoutSlashOrWithALongMarkIsAnErrorNamingTheFile() {
        #expect {
            try Self.rules(replacing: "‹ / ›", with: "‹ ›")
        } throws: { error in
            "\(error)".contains("tokenizer.txt: [quote-pairs]")
        }
        #expect(throws: ResourceFormatError.self) { try Self.rules(replacing: "‹ / ›", with: "‹‹ / ›") }
    }

    @Test func aTokenizerFileWithoutQuotePairsFailsToLoad() {
        #expect {
            let french = ResourceFile.text("tokenizer.txt")
            let cut = french.range(of: "[quote-pairs]")!.lowerBound
            return try TokenizerRules(parsing: String(french[..<cut]))
        } throws: { error in
            "\(error)".contains("missing section [quote-pairs]")
        }
    }

    @Test func aQuotesOwnWordsArePrintedBetweenTheDisplayMarksOfTheRules() throws {
        #expect(QuoteWords.printed("Oui", kind: .direct) == "« Oui »")
        #expect(QuoteWords.printed("« Oui »", kind: .partial) == "« Oui »")
        #expect(QuoteWords.printed("oui", kind: .indirect) == "oui")
        let german = try Self.rules(replacing: "«_ _»", with: "„ “")
        #expect(QuoteWords.printed("Ja", kind: .direct, rules: german) == "„Ja“")
        #expect(QuoteWords.printed("„Ja“", kind: .direct, rules: german) == "„Ja“")
        #expect(throws: ResourceFormatError.self) { try Self.rules(replacing: "«_ _»", with: "«_") }
    }

    @Test func longRunsOfMarksArePairedInLinearTime() {
        // Each “ (which opens “ ” and closes „ “) scanned every mark before it, and each closing
        // mark or straight quote the whole stack of open marks: 40,000 “ on a line took 46 s.
        let document = Tokenizer(rules: .french).document(
            String(repeating: "“", count: 20_000) + String(repeating: "‹ ", count: 10_000)
                + String(repeating: "» \" ", count: 10_000) + "« Oui »")
        let clock = ContinuousClock()
        var stretches: [QuotedStretch] = []
        let elapsed = clock.measure { stretches = GuillemetPairer().stretches(in: document) }
        #expect(elapsed < .seconds(5), "\(elapsed)")
        #expect(stretches.count == 1)
    }
}
