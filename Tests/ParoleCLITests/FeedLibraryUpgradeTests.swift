import Foundation
import ParoleKit
import ParoleLibrary
import Testing

/// Libraries that an earlier Parole filled from feeds, brought up to date by `add` and
/// `update` without losing or repeating an article; and the same feed file stored once
/// whether `add` or `update` read it.
@Suite final class FeedLibraryUpgradeTests: ScratchSuite {
    static let feed = """
        <?xml version="1.0"?><rss version="2.0"><channel><title>Flux</title><link>https://exemple.fr/</link>
        <item><title>Un</title><link>javascript:void(0)</link><description>« Tout va bien ce matin », a déclaré Marie Durand à Lyon.</description></item>
        <item><title>Deux</title><link>javascript:void(0)</link><description>« Rien ne va plus du tout », a affirmé Paul Martin à Brest.</description></item>
        <item><title>Trois</title><description>« Nous verrons cela demain matin », a répondu Luc Petit à Nantes.</description></item>
        <item><title>Quatre</title><link>/2012/07/quatre</link><description>« Jamais nous ne céderons », a lancé Anne Roux à Lille.</description></item>
        <item><title>Cinq</title><link>https://exemple.fr/cinq</link><description>« Toujours plus loin », a dit Jean Noir à Metz.</description></item>
        </channel></rss>
        """

    func path(_ name: String) -> String { scratch.url.appendingPathComponent(name).path }

    func sources(_ library: String) throws -> [Int64: String] {
        let articles = try Library(path: path(library), create: false).articles()
        return Dictionary(uniqueKeysWithValues: articles.map { ($0.id, $0.source) })
    }

    @Test func aLibraryFilledByAnEarlierAddOfAFeedKeepsEachArticleOnceUnderTheNewNames() throws {
        try write("fil.xml", Self.feed)
        // The names this Parole gives the five items, and their texts and analyses.
        let reference = try parole(["add", "--library", "ref.sqlite", "fil.xml"])
        #expect(reference.output.hasPrefix("added 5, updated 0, unchanged 0"), "\(reference.output)")
        let ref = try Library(path: path("ref.sqlite"), create: false)
        let stored = try ref.articles().sorted { $0.id < $1.id }.map {
            try #require(try ref.article(id: $0.id))
        }
        #expect(stored.map(\.analysis.title) == ["Un", "Deux", "Trois", "Quatre", "Cinq"])
        // What `parole add fil.xml` stored before the twelfth session's second pass: the two
        // items sharing `javascript:void(0)` as one article (the second's text) named by that
        // link made a path, the item without a link by its place, the relative link as a path.
        do {
            let old = try Library(path: path("old.sqlite"))
            let names: [(Int, String, String?)] = [
                (1, path("javascript:void(0)"), "javascript:void(0)"), (2, path("fil.xml") + "#3", nil),
                (3, "/2012/07/quatre", "/2012/07/quatre"),
                (4, "https://exemple.fr/cinq", "https://exemple.fr/cinq"),
            ]
            for (index, source, link) in names {
                try old.add(
                    LibraryEntry(source: source, link: link, analysisVersion: AnalysisVersion.current),
                    analysis: stored[index].analysis)
            }
        }
        let before = try sources("old.sqlite")
        let oldIds = Dictionary(uniqueKeysWithValues: before.map { ($0.value, $0.key) })
        let troisId = try #require(oldIds[path("fil.xml") + "#3"])
        let quatreId = try #require(oldIds["/2012/07/quatre"])
        // The user corrected one of them and read another.
        let corrected = try parole(
            [
                "correct", "--library", "old.sqlite", String(troisId), "--quote", "1", "--speaker",
                "Lucien Petit",
            ])
        #expect(corrected.status == 0, "\(corrected.stderr)")
        try Library(path: path("old.sqlite")).setRead(articleId: quatreId, true)

        let upgraded = try parole(["add", "--library", "old.sqlite", "fil.xml"])
        #expect(upgraded.status == 0, "\(upgraded.stderr)")
        #expect(upgraded.output.hasPrefix("added 1, updated 0, unchanged 4, renamed 3"), "\(upgraded.output)")
        let after = try sources("old.sqlite")
        // Every item once, under the name this Parole gives it; the old articles keep their numbers.
        #expect(Set(after.values) == Set(try sources("ref.sqlite").values), "\(after)")
        #expect(after.count == 5)
        #expect(Set(before.keys).isSubset(of: Set(after.keys)))
        // The correction and the read mark went with their articles.
        let quotes = try parole(["quotes", "--library", "old.sqlite", "--article", String(troisId)])
        #expect(quotes.output.contains("Lucien Petit"), "\(quotes.output)")
        let unread = try parole(["list", "--library", "old.sqlite", "--unread"])
        #expect(!unread.output.contains("Quatre") && unread.output.contains("Trois"), "\(unread.output)")
        // The next add finds everything in place.
        let again = try parole(["add", "--library", "old.sqlite", "fil.xml"])
        #expect(again.output.hasPrefix("added 0, updated 0, unchanged 5 in"), "\(again.output)")
    }

    @Test func anItemWhoseLinkChangedIsTheSameArticleUnderItsNewLink() throws {
        let item = "« Nous ne céderons pas cette fois », a déclaré Luc Petit à Brest."
        func feed(_ link: String) -> String {
            "<rss version=\"2.0\"><channel><title>Flux</title><item><title>Grève</title><link>\(link)</link>"
                + "<description>\(item)</description></item></channel></rss>"
        }
        try write("fil.xml", feed("https://exemple.fr/2012/07/greve"))
        #expect(
            try parole(["add", "--library", "lib.sqlite", "fil.xml"]).output.hasPrefix("added 1, updated 0"))
        try write("fil.xml", feed("https://exemple.fr/2012/07/greve-a-brest"))
        let moved = try parole(["add", "--library", "lib.sqlite", "fil.xml"])
        #expect(moved.output.hasPrefix("added 0, updated 0, unchanged 1, renamed 1"), "\(moved.output)")
        #expect(try sources("lib.sqlite") == [1: "https://exemple.fr/2012/07/greve-a-brest"])
        let citation = try parole(["quotes", "--library", "lib.sqlite", "--format", "citation"])
        #expect(citation.output.contains("https://exemple.fr/2012/07/greve-a-brest"), "\(citation.output)")
        // The same text on another site is another article.
        try write("fil.xml", feed("https://autre.fr/2012/07/greve"))
        let other = try parole(["add", "--library", "lib.sqlite", "fil.xml"])
        #expect(other.output.hasPrefix("added 1, updated 0, unchanged 0 in"), "\(other.output)")
    }

    @Test func aFeedFileAddedThenSubscribedIsStoredOnceAndNotAnalysedAgain() throws {
        try write("fil.xml", Self.feed)
        #expect(
            try parole(["add", "--library", "lib.sqlite", "fil.xml"]).output.hasPrefix("added 5, updated 0"))
        #expect(try parole(["subscribe", "--library", "lib.sqlite", "fil.xml"]).status == 0)
        let update = try parole(["update", "--library", "lib.sqlite"])
        #expect(update.output.contains("0 new, 0 changed, 5 unchanged"), "\(update.output)")
        let again = try parole(["add", "--library", "lib.sqlite", "fil.xml"])
        #expect(again.output.hasPrefix("added 0, updated 0, unchanged 5 in"), "\(again.output)")
    }

    @Test func aRepeatedFeedItemIsReadOnceAndSaidToBe() throws {
        let item =
            "<item><title>Grève à Brest</title><link>file:///srv/pages/greve.html</link>"
            + "<description>« Nous ne céderons pas », a déclaré Luc Petit.</description></item>"
        try write(
            "fil.xml",
            "<rss version=\"2.0\"><channel><title>Flux</title><link>https://exemple.fr/</link>"
                + item + item
                + "<item><title>Autre</title><description>« Oui », a dit Paul Martin.</description></item>"
                + "</channel></rss>")
        let added = try parole(["add", "--library", "lib.sqlite", "fil.xml"])
        #expect(added.output.hasPrefix("added 2, updated 0, unchanged 0 in"), "\(added.output)")
        #expect(added.stderr.contains("1 item repeats an earlier one; read once"), "\(added.stderr)")
        let screen = try parole(["--render", "80x12", "fil.xml"])
        #expect(screen.status == 0, "\(screen.stderr)")
        #expect(screen.output.components(separatedBy: "Grève à Brest").count == 2, "\(screen.output)")
        #expect(screen.output.contains("2 articles") || screen.output.contains("of 2"), "\(screen.output)")
    }
}
