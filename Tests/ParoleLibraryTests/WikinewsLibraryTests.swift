import Foundation
import ParoleKit
import ParoleSources
import Testing

@testable import ParoleLibrary

/// The 60 real Wikinews pages added to a temporary library.
@Suite struct WikinewsLibraryTests {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("../shared/corpus/wikinews-fr-2012").standardizedFileURL

    /// The pages as source articles, read once.
    static let pages: [SourceArticle] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".html") }.sorted().flatMap { name -> [SourceArticle] in
            let url = folder.appendingPathComponent(name)
            guard let data = try? Data(contentsOf: url) else { return [] }
            return SourceReader().read(data: data, source: url.path, name: name).articles
        }
    }()

    let directory: TemporaryDirectory
    let library: Library

    init() throws {
        directory = try TemporaryDirectory()
        library = try Fixture.library(directory.libraryPath)
    }

    /// The pages analysed once for every test (the analysis is not what these tests check).
    /// Creating analyzers from several test threads at once crashed in `Language.french`'s
    /// first use, so one analyzer serves all.
    static let analyzed: [(LibraryEntry, Analysis)] = {
        let analyzer = Analyzer()
        return pages.map { article in
            (
                LibraryEntry(source: article.source, date: article.date, link: article.link),
                analyzer.analyze(text: article.text, id: article.id)
            )
        }
    }()

    @discardableResult
    func addAll() throws -> [AddOutcome] {
        try Self.analyzed.map { entry, analysis in try library.add(entry, analysis: analysis) }
    }

    func stored(_ id: String) throws -> StoredArticle? {
        let summaries = try library.articles(limit: 100)
        guard let summary = summaries.first(where: { $0.source.hasSuffix("/\(id).html") }) else { return nil }
        return try library.article(id: summary.id)
    }

    @Test func allSixtyPagesAreStored() throws {
        #expect(Self.pages.count == 60)
        let outcomes = try addAll()
        #expect(outcomes.allSatisfy { $0 == .added })
        #expect(try library.articleCount() == 60)
    }

    @Test(arguments: [
        ("43971", "États-Unis : Lancement réussi pour Space X Dragon", 10),
        ("44145", "Nigeria : crash d'un avion avec 153 personnes à bord à Lagos", 4),
        (
            "45364", "Union européenne : Lancement prévu aujourd'hui de deux satellites du programme Galileo",
            11
        ),
        ("45669", "France : Wikimedia investit sur l'éducation", 6),
    ])
    func storedTitlesAndParagraphsMatchTheHandCount(_ id: String, _ title: String, _ paragraphs: Int) throws {
        try addAll()
        let article = try #require(try stored(id))
        #expect(article.summary.title == title)
        #expect(article.analysis.title == title)
        #expect(article.analysis.paragraphs.count == paragraphs)
        #expect(article.analysis.text.hasPrefix(title + "\n"))
    }

    @Test func articlesAreListedNewestFirst() throws {
        try addAll()
        let list = try library.articles(limit: 100)
        let dates = list.compactMap(\.date)
        #expect(dates.count >= 50)
        #expect(dates == dates.sorted(by: >))
        #expect(list.last?.date == nil)
    }

    @Test func addingAgainChangesNothing() throws {
        try addAll()
        let before = try Data(contentsOf: URL(fileURLWithPath: directory.libraryPath + "-wal"))
        #expect(try addAll().allSatisfy { $0 == .unchanged })
        #expect(try library.articleCount() == 60)
        #expect(try library.isStored(source: Self.pages[0].source, text: Self.pages[0].text))
        let after = try Data(contentsOf: URL(fileURLWithPath: directory.libraryPath + "-wal"))
        #expect(before == after)
    }

    @Test func aChangedArticleIsAnalysedAgain() throws {
        try addAll()
        var changed = Self.pages[0]
        changed.text += "\nUn paragraphe ajouté sur les kangourous."
        let analysis = Tokenized.analysis(changed.text, id: changed.id)
        #expect(try library.add(LibraryEntry(source: changed.source), analysis: analysis) == .updated)
        #expect(try library.articleCount() == 60)
        #expect(try library.search("kangourous").map(\.article.source) == [changed.source])
        let article = try #require(try library.article(id: library.search("kangourous")[0].article.id))
        #expect(article.analysis.paragraphs.count == changed.text.split(separator: "\n").count)
    }

    @Test func fullTextSearchIgnoresAccentsAndFindsLongerWords() throws {
        try addAll()
        let galileo = try library.search("satellite galileo")
        #expect(galileo.first?.article.title.contains("Galileo") == true)
        #expect(galileo.first?.snippet.contains("[") == true)
        let education = try library.search("education wikimedia")
        #expect(education.first?.article.title == "France : Wikimedia investit sur l'éducation")
        #expect(try library.search("\"(*").isEmpty)
        #expect(try library.search("zzzzqqq").isEmpty)
    }

    @Test func exportReadsEveryArticleBack() throws {
        try addAll()
        var count = 0
        try library.forEachArticle { article, entry in
            count += 1
            #expect(!article.analysis.text.isEmpty)
            #expect(entry.source == article.summary.source)
        }
        #expect(count == 60)
    }
}

/// A quick analysis with paragraphs only, for tests that check storage rather than analysis.
enum Tokenized {
    /// The analysis of `text` with its paragraphs and title, and nothing found in it.
    static func analysis(_ text: String, id: String) -> Analysis {
        let document = Tokenizer().document(text)
        let title = document.paragraphs.first.map { document.text($0.span) } ?? ""
        return Analysis(
            id: id, title: title, text: text, paragraphs: document.paragraphs.map(\.span), entities: [],
            quotes: [],
            actors: [])
    }
}
