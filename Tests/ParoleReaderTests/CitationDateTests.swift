import ParoleKit
import Testing

@testable import ParoleReader

/// A citation writes the article's date the way the press of its language does ("2 décembre
/// 2026"), and keeps a date that names no day as it was stored.
@Suite("Citation dates")
struct CitationDateTests {
    /// A one-quote French article from the web, dated `date`, in `language`.
    func article(date: String?, language: String? = nil) throws -> ArticleModel {
        let text = "Le port rouvre\n« Nous rouvrons lundi », a déclaré Jeanne Roux.\n"
        let words = try #require(LachinFixture.span(of: "Nous rouvrons lundi", in: text))
        let mention = try #require(LachinFixture.span(of: "Jeanne Roux", in: text))
        let analysis = Analysis(
            id: "p", title: "Le port rouvre", text: text, paragraphs: [Span(0, 14)], entities: [],
            quotes: [
                Quote(
                    span: words, text: "Nous rouvrons lundi", kind: .direct,
                    speaker: Speaker(text: "Jeanne Roux", span: mention, actor: "a1"))
            ],
            actors: [Actor(id: "a1", name: "Jeanne Roux", type: .person, occurrences: [mention], quotes: 1)])
        return ArticleModel(
            analysis: analysis, source: "https://example.org/port", link: "https://example.org/port",
            date: date,
            language: language)
    }

    func citation(date: String?, language: String? = nil) throws -> String {
        QuoteCitation(quote: 0, of: try article(date: date, language: language)).citation
    }

    @Test("a French citation writes the day, the month's name and the year, as the press does")
    func frenchDateInWords() throws {
        #expect(
            try citation(date: "2026-12-02", language: "fr")
                == "« Nous rouvrons lundi », Jeanne Roux — 2 décembre 2026, https://example.org/port")
        // An article of unknown language is read as French, as the analysis reads it.
        #expect(try citation(date: "2026-08-15").contains(" — 15 août 2026, "))
        #expect(try citation(date: "2024-02-29", language: "fr-FR").contains(" — 29 février 2024, "))
    }

    @Test("the first of the month is written as an ordinal: 1er décembre")
    func firstOfTheMonthIsAnOrdinal() throws {
        #expect(try citation(date: "2026-12-01", language: "fr").contains(" — 1er décembre 2026, "))
        #expect(try citation(date: "2026-01-01", language: "fr").contains(" — 1er janvier 2026, "))
        #expect(try citation(date: "2026-01-10", language: "fr").contains(" — 10 janvier 2026, "))
    }

    @Test("a date-time gives its day in words")
    func dateTimeGivesItsDay() throws {
        #expect(try citation(date: "2026-03-09T10:00:00Z", language: "fr").contains(" — 9 mars 2026, "))
    }

    @Test("an invalid, partial or free-text date is kept as stored, never turned into another day")
    func invalidDatesKeptAsGiven() throws {
        for kept in [
            "2026-02-31", "2026-13-01", "2026-00-10", "2026-04-31", "2025-02-29", "2026-12", "2026",
            "hier soir", "2026-12-02 ", "2026-1-02", "2026-12-02x", "0000-01-01",
        ] {
            #expect(try citation(date: kept, language: "fr").contains(" — \(kept), https://"), "\(kept)")
        }
    }

    @Test("a language without month names keeps the stored date")
    func otherLanguageKeepsTheStoredDate() throws {
        #expect(try citation(date: "2026-12-02", language: "en").contains(" — 2026-12-02, "))
    }

    @Test("the quote detail keeps the stored date beside the citation in words")
    func detailKeepsTheStoredDate() throws {
        let cited = QuoteCitation(quote: 0, of: try article(date: "2026-12-01", language: "fr"))
        #expect(cited.date == "2026-12-01")
        #expect(cited.writtenDate == "1er décembre 2026")
    }
}
