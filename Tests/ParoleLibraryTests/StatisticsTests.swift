import Foundation
import ParoleKit
import Testing

@testable import ParoleLibrary

/// Who-is-quoted statistics on a small library whose counts are known by hand.
@Suite final class StatisticsTests: LibrarySuite {

    /// Two articles:
    /// - lemonde.fr, 2012-06-01: Anne Martin 2 quotes, Paul Durand 1, ministère de la Défense (ORG) 1;
    /// - fr.wikinews.org, 2012-07-03: Anne Martin 1, "une source diplomatique" 2, "le communiqué" 1,
    ///   Camille Dupont 1 (a first name given to both sexes), and one quote nobody is found for.
    override init() throws {
        try super.init()
        try library.add(
            LibraryEntry(source: "https://www.lemonde.fr/politique/a1.html", date: Fixture.day("2012-06-01")),
            analysis: Fixture.analysis(
                "a1", title: "Un",
                speakers: [
                    .init(name: "Anne Martin", quotes: ["Premier propos", "Deuxième propos"]),
                    .init(name: "Paul Durand", quotes: ["Troisième propos"]),
                    .init(name: "ministère de la Défense", quotes: ["Quatrième propos"], type: .organization),
                ]))
        var second = Fixture.analysis(
            "a2", title: "Deux",
            speakers: [
                .init(name: "Anne Martin", quotes: ["Cinquième propos"]),
                .init(name: "une source diplomatique", quotes: ["Sixième propos", "Septième propos"]),
                .init(name: "le communiqué", quotes: ["Huitième propos"], type: .miscellaneous),
                .init(name: "Camille Dupont", quotes: ["Neuvième propos"]),
            ])
        second.quotes.append(Quote(span: Span(0, 4), text: "Deux", kind: .partial))
        second.actors[1].kind = .anonymousSource
        second.actors[2].kind = .document
        try library.add(
            LibraryEntry(source: "https://fr.wikinews.org/wiki/a2", date: Fixture.day("2012-07-03")),
            analysis: second)
    }

    @Test func countsEqualTheHandCounts() throws {
        let stats = try library.statistics()
        #expect(stats.quotes == 10)
        #expect(
            stats.byType == [
                "person": 5, "organisation": 1, "anonymous": 2, "document": 1, "unattributed": 1,
            ])
        #expect(stats.speakersByType == ["person": 3, "organisation": 1, "anonymous": 1, "document": 1])
        #expect(stats.people == ["female": 1, "male": 1, "unknown": 1])
        #expect(stats.peopleQuotes == ["female": 3, "male": 1, "unknown": 1])
        #expect(stats.byMonth == ["2012-06": 4, "2012-07": 6])
        #expect(stats.bySite == ["lemonde.fr": 4, "fr.wikinews.org": 6])
        #expect(stats.top.first == .init(actor: "Anne Martin", quotes: 3, type: "person", gender: "female"))
        #expect(stats.top.count == 6)
    }

    @Test func countsAgreeWithTheQuoteListingUnderEveryFilter() throws {
        #expect(try library.statistics().quotes == library.quotes().count)
        let since = Fixture.limit("2012-07-01")
        #expect(
            try library.statistics(StatisticsFilter(since: since)).quotes
                == library.quotes(since: since).count)
        let anne = try library.actors(named: "Anne Martin").map(\.id)
        let stats = try library.statistics(StatisticsFilter(actorIds: anne))
        #expect(stats.quotes == (try library.quotes(actorIds: anne).count))
        #expect(stats.quotes == 3)
        #expect(try library.statistics(StatisticsFilter(site: "lemonde.fr")).quotes == 4)
        #expect(try library.statistics(StatisticsFilter(until: Fixture.limit("2012-06-30"))).quotes == 4)
    }

    @Test func aGenderCorrectionWinsAndACorrectedSpeakerIsCounted() throws {
        let id = try #require(try library.articleId(source: "https://fr.wikinews.org/wiki/a2"))
        try library.correct(articleId: id, .gender(actor: "Camille Dupont", .female))
        #expect(try library.statistics().people == ["female": 2, "male": 1, "unknown": 0])
        try library.correct(articleId: id, .speaker(quote: 6, name: "Paul Durand"))
        let stats = try library.statistics()
        #expect(stats.byType["unattributed"] == 0)
        #expect(stats.peopleQuotes["male"] == 2)
        #expect(stats.quotes == 10)
    }

    @Test func oneArticleFromItsAnalysisGivesTheSameCountsAsTheLibrary() throws {
        let id = try #require(try library.articleId(source: "https://fr.wikinews.org/wiki/a2"))
        let stored = try #require(try library.article(id: id))
        let fromAnalysis = QuoteStatistics(analyses: [stored.analysis])
        let fromLibrary = try library.statistics(StatisticsFilter(articleId: id))
        #expect(fromAnalysis.quotes == fromLibrary.quotes)
        #expect(fromAnalysis.byType == fromLibrary.byType)
        #expect(fromAnalysis.people == fromLibrary.people)
    }

    @Test func theTextShowsBarsAndASparkline() throws {
        let lines = QuoteStatisticsText.render(try library.statistics(), width: 80)
        #expect(lines.first == "10 quotes")
        #expect(QuoteStatisticsText.render(QuoteStatistics(quotes: 1)).first == "1 quote")
        #expect(lines.contains { $0.hasPrefix("  person") && $0.contains("█") && $0.contains(" 5  50%") })
        #expect(lines.contains { $0.hasPrefix("By month  ") && $0.contains("2012-06 – 2012-07") })
        #expect(lines.allSatisfy { $0.count <= 80 })
        #expect(QuoteStatisticsText.sparkline([0, 1, 8]) == " ▁█")
    }

    @Test func barsNarrowSoThatLongNamesKeepTheirDetailsAt80Columns() {
        let stats = QuoteStatistics(
            quotes: 5,
            top: [
                .init(
                    actor: "Américain Pete Selleck-Lambert", quotes: 3, type: "organisation",
                    gender: "unknown"),
                .init(actor: "Barack Obama", quotes: 2, type: "person", gender: "male"),
            ])
        let lines = QuoteStatisticsText.render(stats, width: 80)
        #expect(lines.contains { $0.contains("Barack Obama") && $0.hasSuffix("person, male") })
        #expect(lines.contains { $0.contains("Selleck") && $0.hasSuffix("organisation") })
        #expect(lines.allSatisfy { $0.count <= 80 && !$0.hasSuffix("…") })
    }
}
