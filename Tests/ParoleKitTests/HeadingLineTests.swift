import Testing

@testable import ParoleKit

/// Whether a paragraph is a heading (a short line without a full stop), told from its last
/// tokens and its first words only: asking of a long paragraph costs no more than of a short one.
@Suite struct HeadingLineTests {
    /// How many tokens a test line handed out.
    final class Reads {
        var count = 0
    }

    func tokens(words: Int) -> [Token] {
        Language.french.tokenizer.document(Array(repeating: "mot", count: words).joined(separator: " "))
            .tokens
    }

    @Test func aLongParagraphWithoutFullStopIsNoHeadingAfterReadingOnlyItsFirstWords() {
        let line = tokens(words: 60_000)
        let reads = Reads()
        let counted = line.indices.lazy.map { k -> Token in
            reads.count += 1
            return line[k]
        }
        #expect(!TextView.isHeading(counted))
        #expect(reads.count <= TextView.headingWords + 3)
    }

    @Test func aLineOfAtMostTheHeadingWordsWithoutFullStopIsAHeading() {
        #expect(TextView.isHeading(tokens(words: TextView.headingWords)))
        #expect(!TextView.isHeading(tokens(words: TextView.headingWords + 1)))
        #expect(!TextView.isHeading(Language.french.tokenizer.document("Un titre court.").tokens))
        #expect(!TextView.isHeading(Language.french.tokenizer.document("Il a dit « Oui. »").tokens))
    }

    func line(_ text: String) -> [Token] { Language.french.tokenizer.document(text).tokens }

    @Test func aShortLineLeadingIntoTheNextOrAnItemOfAListIsNoHeading() {
        #expect(!TextView.isHeading(line("La préfète, Anne Roussel, a déclaré :")))
        #expect(!TextView.isHeading(line("Les secours ont mis à l'abri ;")))
        #expect(!TextView.isHeading(line("deux commerces,")))
        #expect(!TextView.isHeading(line("- trente habitants")))
        #expect(!TextView.isHeading(line("• une crèche")))
        #expect(!TextView.isHeading(line("***")))
        #expect(TextView.isHeading(line("Un budget contesté")))
        #expect(TextView.isHeading(line("« Nous ne céderons rien »")))
    }

    /// The one difference between the resolver's headings and the analysis's: a question alone
    /// on its line is an interview's question for the resolver (body text), a heading in the JSON.
    @Test func aQuestionAloneOnItsLineIsAHeadingOfTheAnalysisOnly() {
        let text = "Un entretien\nLe maire répond aux lecteurs.\nEt maintenant ?\nNous verrons bien."
        let document = Language.french.tokenizer.document(text)
        let question = document.paragraphs[2]
        #expect(!TextView.isHeading(question.tokens.map { document.tokens[$0] }))
        #expect(Analyzer().readsAsHeading(question, in: document))
        for p in [0, 1, 3] {
            #expect(
                TextView.isHeading(document.paragraphs[p].tokens.map { document.tokens[$0] })
                    == Analyzer().readsAsHeading(document.paragraphs[p], in: document))
        }
    }
}
