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
}
