import Foundation
import ParoleKit
import Testing

@testable import ParoleLibrary

/// Actors and quotes stored across articles, merged when the names match.
@Suite final class ActorLibraryTests: LibrarySuite {

    func add(_ id: String, on day: String, _ speakers: [Fixture.Speaker]) throws {
        try library.add(
            LibraryEntry(source: "test:\(id)", date: Fixture.day(day)),
            analysis: Fixture.analysis(id, title: "Article \(id)", speakers: speakers))
    }

    static let role = "porte-parole du Kremlin"

    @Test func fullNameAndSurnameWithTheSameRoleAreOneActor() throws {
        try add(
            "1", on: "2012-06-01",
            [.init(name: "Dmitri Peskov", aliases: [Self.role], quotes: ["Un", "Deux"])])
        try add("2", on: "2012-06-05", [.init(name: "Peskov", aliases: [Self.role], quotes: ["Trois"])])
        let found = try library.actors(named: "peskov")
        #expect(found.count == 1)
        #expect(found[0].name == "Dmitri Peskov")
        #expect(found[0].quotes == 3)
        #expect(found[0].articles == 2)
        let quotes = try library.quotes(actorIds: found.map(\.id))
        #expect(quotes.map(\.text) == ["Trois", "Un", "Deux"])
        #expect(Set(quotes.map(\.articleId)).count == 2)
        let merges = try library.merges()
        #expect(merges.count == 1)
        #expect(merges[0].name == "Peskov")
        #expect(merges[0].reason == "same surname and role")
    }

    @Test func aSurnameComingFirstTakesTheFullNameLater() throws {
        try add("1", on: "2012-06-01", [.init(name: "Peskov", aliases: [Self.role], quotes: ["Un"])])
        try add("2", on: "2012-06-05", [.init(name: "Dmitri Peskov", aliases: [Self.role], quotes: ["Deux"])])
        let found = try library.actors(named: "Dmitri Peskov")
        #expect(found.map(\.name) == ["Dmitri Peskov"])
        #expect(found.first?.quotes == 2)
    }

    @Test func aSurnameWithoutACommonRoleStaysApart() throws {
        try add(
            "1", on: "2012-06-01",
            [.init(name: "Marine Le Pen", aliases: ["présidente du FN"], quotes: ["Un"])])
        try add(
            "2", on: "2012-06-02",
            [.init(name: "Jean-Marie Le Pen", aliases: ["président d'honneur"], quotes: ["Deux"])])
        try add("3", on: "2012-06-03", [.init(name: "Pen", aliases: ["député"], quotes: ["Trois"])])
        #expect(try library.actors().count == 3)
        #expect(try library.merges().isEmpty)
    }

    @Test func theSameFullNameIsOneActorAcrossArticles() throws {
        try add("1", on: "2012-06-01", [.init(name: "François Hollande", quotes: ["Un"])])
        try add("2", on: "2012-06-02", [.init(name: "Francois HOLLANDE", quotes: ["Deux"])])
        try add("3", on: "2012-06-03", [.init(name: "Hollande", type: .organization)])
        let actors = try library.actors()
        #expect(actors.count == 2)
        #expect(actors[0].quotes == 2)
        #expect(actors[0].type == .person)
    }

    @Test func actorsAreRankedByQuotesAcrossArticles() throws {
        try add(
            "1", on: "2012-06-01",
            [.init(name: "A B", quotes: ["x"]), .init(name: "C D", quotes: ["y", "z"])])
        try add("2", on: "2012-06-02", [.init(name: "A B", quotes: ["u", "v"])])
        #expect(try library.actors(top: 1).map(\.name) == ["A B"])
        #expect(try library.actors().map(\.quotes) == [3, 2])
        // The picker's ranking, read in one query, is the same order.
        let ranking = try library.actorRanking()
        #expect(ranking.map(\.name) == ["A B", "C D"])
        #expect(ranking.map(\.quotes) == [3, 2])
        #expect(ranking.map(\.type) == [.person, .person])
    }

    @Test func actorsAndThePickersRankingCarryTheSortOfSourceTheyAreInMostArticles() throws {
        try add(
            "1", on: "2012-06-01",
            [
                .init(name: "analystes", quotes: ["x"], kind: .anonymousSource),
                .init(name: "rapport de l'ONU", quotes: ["y"], kind: .document),
                .init(name: "Claire Dubois", quotes: ["z"]),
            ])
        try add("2", on: "2012-06-02", [.init(name: "Reuters", quotes: ["u"], type: .organization)])
        let kinds = Dictionary(uniqueKeysWithValues: try library.actors().map { ($0.name, $0.kind) })
        #expect(kinds["analystes"] == .anonymous)
        #expect(kinds["rapport de l'ONU"] == .document)
        #expect(kinds["Claire Dubois"] == .person)
        #expect(kinds["Reuters"] == .organisation)
        // The picker's ranking, read from indexes, tells the same kinds.
        let ranking = Dictionary(uniqueKeysWithValues: try library.actorRanking().map { ($0.name, $0.kind) })
        #expect(ranking == kinds)
        // Named as often as not: a tie goes to the person, in both.
        try add("3", on: "2012-06-03", [.init(name: "analystes", quotes: ["w"])])
        let tied = Dictionary(uniqueKeysWithValues: try library.actorRanking().map { ($0.name, $0.kind) })
        #expect(tied["analystes"] == .person)
        #expect(tied == Dictionary(uniqueKeysWithValues: try library.actors().map { ($0.name, $0.kind) }))
    }

    @Test func anActorOftenerUnnamedThanAsAPersonButNotThanNamedInAllIsNamedInActorsAndThePicker() throws {
        // "analystes": two articles as an anonymous source, one as a person, one as an
        // organisation. The named appearances together (2) are as many as the anonymous ones:
        // a named actor in both lists, told by its type (the most frequent kind alone, which
        // `actors` used to take, made it an anonymous source there and a person in the picker).
        for (n, kind) in [ActorKind.anonymousSource, .anonymousSource, .person, .organisation].enumerated() {
            try add(
                "\(n + 1)", on: "2012-06-0\(n + 1)", [.init(name: "analystes", quotes: ["x"], kind: kind)])
        }
        let listed = try #require(try library.actors().first { $0.name == "analystes" })
        let picked = try #require(try library.actorRanking().first { $0.name == "analystes" })
        #expect(listed.kind == .person)
        #expect(picked.kind == listed.kind)
        // One more anonymous appearance outnumbers them: an anonymous source in both.
        try add("5", on: "2012-06-05", [.init(name: "analystes", quotes: ["y"], kind: .anonymousSource)])
        #expect(try library.actors().first { $0.name == "analystes" }?.kind == .anonymous)
        #expect(try library.actorRanking().first { $0.name == "analystes" }?.kind == .anonymous)
    }

    @Test func aMergeCanBeUndoneAndIsNotRedone() throws {
        try add(
            "1", on: "2012-06-01",
            [.init(name: "Dmitri Peskov", aliases: [Self.role], quotes: ["Un", "Deux"])])
        try add("2", on: "2012-06-05", [.init(name: "Peskov", aliases: [Self.role], quotes: ["Trois"])])
        let merge = try #require(try library.merges().first)
        try library.unmerge(appearanceId: merge.appearanceId)
        #expect(try library.merges().isEmpty)
        let actors = try library.actors()
        #expect(actors.map(\.name).sorted() == ["Dmitri Peskov", "Peskov"])
        #expect(actors.map(\.quotes) == [2, 1])
        try add("3", on: "2012-06-07", [.init(name: "Peskov", aliases: [Self.role], quotes: ["Quatre"])])
        let full = try #require(try library.actors().first { $0.name == "Dmitri Peskov" })
        #expect(full.quotes == 2)
        #expect(throws: LibraryError.self) { try library.unmerge(appearanceId: 999) }
    }

    @Test func quotesCanBeFilteredByDate() throws {
        try add("1", on: "2012-05-01", [.init(name: "Dmitri Peskov", aliases: [Self.role], quotes: ["Mai"])])
        try add(
            "2", on: "2012-07-01", [.init(name: "Dmitri Peskov", aliases: [Self.role], quotes: ["Juillet"])])
        let ids = try library.actors(named: "Peskov").map(\.id)
        #expect(
            try library.quotes(actorIds: ids, since: Fixture.limit("2012-06-01")).map(\.text) == ["Juillet"])
        #expect(try library.quotes().count == 2)
        #expect(try library.quotes(until: Fixture.limit("2012-06-01")).map(\.text) == ["Mai"])
        #expect(
            try library.quotes(since: Fixture.limit("2012-04-01"), until: Fixture.limit("2012-05-01")).map(
                \.text)
                == [])
    }

    @Test func reAnalysingAnArticleReplacesItsActorsAndQuotes() throws {
        try add("1", on: "2012-06-01", [.init(name: "Dmitri Peskov", aliases: [Self.role], quotes: ["Un"])])
        try add("1", on: "2012-06-01", [.init(name: "Sergueï Lavrov", quotes: ["Autre"])])
        #expect(try library.actors().map(\.name) == ["Sergueï Lavrov"])
        #expect(try library.quotes().map(\.text) == ["Autre"])
    }

    @Test func aNameWrittenWithInitialsSurnameFirstOrAfterARoleFindsThePerson() throws {
        try add("1", on: "2012-06-01", [.init(name: "François Hollande", quotes: ["Un"])])
        try add("2", on: "2012-06-02", [.init(name: "Jean-Marc Ayrault", quotes: ["Deux"])])
        try add("3", on: "2012-06-03", [.init(name: "Marine Le Pen", quotes: ["Trois"])])
        for name in [
            "François Hollande", "F. Hollande", "Hollande François", "HOLLANDE, François",
            "le président Hollande", "président François Hollande",
        ] {
            #expect(try library.actors(named: name).map(\.name) == ["François Hollande"], "\(name)")
        }
        #expect(try library.actors(named: "J.-M. Ayrault").map(\.name) == ["Jean-Marc Ayrault"])
        #expect(try library.actors(named: "M. Le Pen").map(\.name) == ["Marine Le Pen"])
        // Another first name, or its initial, is another person.
        #expect(try library.actors(named: "P. Hollande").isEmpty)
        #expect(try library.actors(named: "Ségolène Hollande").isEmpty)
        #expect(try library.actors(named: "le président").isEmpty)
    }

    /// The spellings of the press that the library and the reader's picker both take
    /// (``ActorNameQuery``), and the person each names.
    static let pressSpellings = [
        ("M. Hollande", "François Hollande"), ("Le président Hollande", "François Hollande"),
        ("Ayrault Jean-Marc", "Jean-Marc Ayrault"), ("AYRAULT Jean-Marc", "Jean-Marc Ayrault"),
        ("J. Ayrault", "Jean-Marc Ayrault"),
    ]

    @Test func pressSpellingsWithHonorificsRolesAnyOrderOrInitialsFindThePerson() throws {
        try add("1", on: "2012-06-01", [.init(name: "François Hollande", quotes: ["Un"])])
        try add("2", on: "2012-06-02", [.init(name: "Jean-Marc Ayrault", quotes: ["Deux"])])
        try add("3", on: "2012-06-03", [.init(name: "Jean Ayrault", quotes: ["Trois"], type: .organization)])
        for (spelling, person) in Self.pressSpellings {
            #expect(try library.actors(named: spelling).map(\.name) == [person], "\(spelling)")
        }
        // Another first name or initial is still another person; a role alone names no one.
        #expect(try library.actors(named: "M. P. Hollande").isEmpty)
        #expect(try library.actors(named: "Ayrault Pierre").isEmpty)
        #expect(try library.actors(named: "Le président").isEmpty)
    }

    @Test func actorsAreRankedByKindAndByTheArticlesOfAPeriod() throws {
        try add(
            "1", on: "2012-06-01",
            [
                .init(name: "Dmitri Peskov", quotes: ["Un", "Deux", "Trois"]),
                .init(name: "Kremlin", quotes: ["Quatre"], type: .organization),
            ])
        try add(
            "2", on: "2012-07-02",
            [
                .init(name: "Dmitri Peskov", quotes: ["Cinq"]),
                .init(name: "une source diplomatique", quotes: ["Six", "Sept"], kind: .anonymousSource),
            ])
        let all = try library.actors(top: nil, kind: nil, since: nil, until: nil)
        #expect(all.map(\.name) == ["Dmitri Peskov", "une source diplomatique", "Kremlin"])
        // July alone: Peskov's one quote there, behind the anonymous source's two; the Kremlin,
        // which July's article does not name, is left out.
        let july = try library.actors(
            top: nil, kind: nil, since: Fixture.limit("2012-07-01"), until: Fixture.limit("2012-08-01"))
        #expect(july.map(\.name) == ["une source diplomatique", "Dmitri Peskov"])
        #expect(july.map(\.quotes) == [2, 1])
        #expect(july.map(\.articles) == [1, 1])
        #expect(
            try library.actors(top: nil, kind: .organisation, since: nil, until: nil).map(\.name) == [
                "Kremlin"
            ])
        #expect(
            try library.actors(top: nil, kind: .anonymous, since: nil, until: nil).map(\.name)
                == ["une source diplomatique"])
        #expect(
            try library.actors(top: 1, kind: .person, since: Fixture.limit("2012-06-01"), until: nil).map(
                \.quotes)
                == [4])
        #expect(try library.actors(top: nil, kind: .document, since: nil, until: nil).isEmpty)
    }

    @Test func aSurnameOfSeveralWordsFindsThePersonAsItsLastWordDoes() throws {
        try add("1", on: "2012-06-01", [.init(name: "Odile Martin-Lavigne", quotes: ["Un"])])
        try add("2", on: "2012-06-02", [.init(name: "Marine Le Pen", quotes: ["Deux"])])
        try add("3", on: "2012-06-03", [.init(name: "Jean-Marie Le Pen", quotes: ["Trois"])])
        try add(
            "4", on: "2012-06-04",
            [Fixture.Speaker(name: "Banque Martin-Lavigne", quotes: ["Quatre"], type: .organization)])
        #expect(try library.actors(named: "Martin-Lavigne").map(\.name) == ["Odile Martin-Lavigne"])
        #expect(try library.actors(named: "martin lavigne").map(\.name) == ["Odile Martin-Lavigne"])
        #expect(
            Set(try library.actors(named: "Le Pen").map(\.name)) == ["Marine Le Pen", "Jean-Marie Le Pen"])
        #expect(try library.actors(named: "Marie Le Pen").isEmpty)
        #expect(try library.actors(named: "Odile Lavigne").isEmpty)
    }

    @Test func eachQuoteCarriesItsNumberInItsArticleAsCorrectTakesIt() throws {
        try add(
            "1", on: "2012-06-01",
            [
                .init(name: "Dmitri Peskov", quotes: ["Un", "Deux"]),
                .init(name: "Sergueï Lavrov", quotes: ["Trois"]),
            ])
        try add("2", on: "2012-06-02", [.init(name: "Sergueï Lavrov", quotes: ["Quatre"])])
        let numbers = try library.quotes().map { "\($0.text) \($0.number)" }
        #expect(numbers == ["Quatre 1", "Un 1", "Deux 2", "Trois 3"])
        let lavrov = try library.actors(named: "Lavrov").map(\.id)
        #expect(try library.quotes(actorIds: lavrov).map(\.number) == [1, 3])
        // Analysed again with one quote fewer, the numbers follow the new analysis.
        try add("1", on: "2012-06-01", [.init(name: "Sergueï Lavrov", quotes: ["Trois"])])
        #expect(try library.quotes(actorIds: lavrov).map(\.number) == [1, 1])
    }

    @Test func quotesCanBeTakenFromOneSiteAsStatisticsCountIt() throws {
        for (id, link, words) in [
            ("1", "https://www.exemple.fr/un", ["Un", "Deux"]), ("2", "https://autre.org/deux", ["Trois"]),
            ("3", nil, ["Quatre"]),
        ] {
            try library.add(
                LibraryEntry(source: "/tmp/\(id).html", date: Fixture.day("2012-06-0\(id)"), link: link),
                analysis: Fixture.analysis(
                    id, title: "Article \(id)", speakers: [.init(name: "Anne Roux", quotes: words)]))
        }
        #expect(try library.quotes(site: "exemple.fr").map(\.text) == ["Un", "Deux"])
        #expect(try library.quotes(site: "EXEMPLE.FR", limit: 1).map(\.text) == ["Un"])
        #expect(try library.quotes(site: "local").map(\.text) == ["Quatre"])
        #expect(try library.quotes(site: "ailleurs.net").isEmpty)
    }

    @Test func everyQuoteOfAWebArticleNamesItsOutletEvenWithoutASiteName() throws {
        for (id, link, site) in [
            ("1", "https://www.exemple.fr/un", nil), ("2", "https://autre.org/deux", "L'Autre Journal"),
            ("3", nil, nil),
        ] {
            try library.add(
                LibraryEntry(
                    source: "/tmp/\(id).html", date: Fixture.day("2012-06-0\(id)"), link: link, site: site),
                analysis: Fixture.analysis(
                    id, title: "Article \(id)", speakers: [.init(name: "Anne Roux", quotes: ["Mot \(id)"])]))
        }
        let sites = try library.quotes().map(\.site)
        #expect(sites == [nil, "L'Autre Journal", "exemple.fr"])
    }

    @Test func articlesCanBeListedFromOneSiteTheQuotesWay() throws {
        for (id, link) in [
            ("1", "https://www.exemple.fr/un"), ("2", "https://autre.org/deux"),
            ("3", "https://exemple.fr/trois"),
            ("4", nil),
        ] {
            try library.add(
                LibraryEntry(source: "/tmp/\(id).html", date: Fixture.day("2012-06-0\(id)"), link: link),
                analysis: Fixture.analysis(
                    id, title: "Article \(id)", speakers: [.init(name: "Anne Roux", quotes: ["Mot \(id)"])]))
        }
        #expect(try library.articles(site: "Exemple.fr").map(\.title) == ["Article 3", "Article 1"])
        #expect(try library.articles(limit: 1, site: "exemple.fr").map(\.title) == ["Article 3"])
        #expect(try library.articles(order: .title, site: "local").map(\.title) == ["Article 4"])
        #expect(try library.articleCount(unreadOnly: false, since: nil, until: nil, site: "exemple.fr") == 2)
        #expect(
            try library.articleCount(unreadOnly: false, since: nil, until: nil, site: "ailleurs.net") == 0)
    }
}
