import Foundation
import ParoleLibrary
import Testing

/// The read mark across `parole add` of an article already in the library: a newer Parole
/// analysing the same text again keeps it read; a page whose text changed is unread again
/// (docs/feeds.md).
@Suite final class ReadMarkReanalysisTests: ScratchSuite {
    static let article = """
        Grève à l'usine de Tourcoing
        « Nous resterons ici jusqu'à la fin du mois », a déclaré Lucie Marchand, déléguée syndicale.
        Le directeur Hervé Colin a assuré que le site ne fermerait pas.

        """

    func unread() throws -> [Substring] {
        try parole(["list", "--library", "lib.sqlite", "--unread"]).output.split(separator: "\n")
    }

    @Test func aReadArticleStaysReadWhenANewerParoleAnalysesItAgainAndIsUnreadWhenItsTextChanged() throws {
        try write("usine.txt", Self.article)
        let added = try parole(["add", "--library", "lib.sqlite", "usine.txt"])
        #expect(added.status == 0, "\(added.stderr)")
        #expect(try unread().count == 1)
        // What an older Parole left: the same text, analysed by an older version, read in the reader.
        do {
            let library = try Library(path: scratch.url.appendingPathComponent("lib.sqlite").path)
            let summary = try #require(try library.articles().first)
            let stored = try #require(try library.article(id: summary.id))
            #expect(
                try library.add(
                    LibraryEntry(source: summary.source, analysisVersion: "an older Parole"),
                    analysis: stored.analysis) == .updated)
            try library.setRead(articleId: summary.id, true)
        }
        #expect(try unread().isEmpty)
        // This Parole analyses it again: same text, so still read.
        let again = try parole(["add", "--library", "lib.sqlite", "usine.txt"])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.output.hasPrefix("added 0, updated 1, unchanged 0"), "\(again.output)")
        #expect(try unread().isEmpty)
        let listed = try parole(["list", "--library", "lib.sqlite"]).output
        #expect(listed.contains("Grève à l'usine de Tourcoing") && !listed.contains("●"), "\(listed)")
        // The page changed: new words to read.
        try write("usine.txt", Self.article + "La direction a publié un communiqué dans la soirée.\n")
        let edited = try parole(["add", "--library", "lib.sqlite", "usine.txt"])
        #expect(edited.output.hasPrefix("added 0, updated 1, unchanged 0"), "\(edited.output)")
        let now = try unread()
        #expect(now.count == 1 && now[0].contains("● Grève à l'usine de Tourcoing"), "\(now)")
    }
}
