import Foundation
import Testing

/// Feed items known by their own id (RSS guid, Atom id): an item whose link and text both
/// changed is still one article; a feed without ids, or with ids shared by several items, is
/// read by links as before; a library stored before ids were kept learns them and is updated
/// without losing or duplicating an article.
@Suite final class FeedItemIdTests: ScratchSuite {
    let library = ["--library", "lib.sqlite"]

    /// An RSS feed of one item per (guid or nil, link, text).
    static func rss(_ items: [(String?, String, String)]) -> String {
        var xml =
            "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Fil</title><link>https://exemple.fr/</link>"
        for (index, (guid, link, text)) in items.enumerated() {
            xml += "<item><title>Titre \(index)</title><link>\(link)</link>"
            if let guid { xml += "<guid isPermaLink=\"false\">\(guid)</guid>" }
            xml += "<description>\(text)</description></item>"
        }
        return xml + "</channel></rss>"
    }

    static let first = "« Tout va bien », a déclaré Marie Durand à Lyon."
    static let edited = "« Tout va très bien », a déclaré Marie Durand à Lyon mardi."

    func articleLines() throws -> [String] {
        try parole(["list"] + library).output.split(separator: "\n").map(String.init)
    }

    @Test func anItemWhoseLinkAndTextChangedIsTheSameArticleByItsGuid() throws {
        try write("fil.xml", Self.rss([("a-1", "https://exemple.fr/2012/07/greve", Self.first)]))
        #expect(try parole(["add"] + library + ["fil.xml"]).output.hasPrefix("added 1, updated 0"))
        try write("fil.xml", Self.rss([("a-1", "https://exemple.fr/2012/07/greve-a-brest", Self.edited)]))
        let again = try parole(["add"] + library + ["fil.xml"])
        #expect(again.output.hasPrefix("added 0, updated 1, unchanged 0, renamed 1"), "\(again.output)")
        #expect(try articleLines().count == 1)
        let csv = try parole(["quotes"] + library + ["--format", "csv"]).output
        #expect(csv.contains("https://exemple.fr/2012/07/greve-a-brest"), "\(csv)")
        #expect(csv.contains("très bien"), "\(csv)")
    }

    @Test func anAtomEntryIsKnownByItsId() throws {
        func atom(_ link: String, _ text: String) -> String {
            """
            <?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Fil</title>
            <entry><title>Un</title><id>tag:exemple.fr,2012:1</id><link href="\(link)"/>
            <content type="text">\(text)</content></entry></feed>
            """
        }
        try write("fil.atom", atom("https://exemple.fr/un", Self.first))
        #expect(try parole(["add"] + library + ["fil.atom"]).output.hasPrefix("added 1"))
        try write("fil.atom", atom("https://exemple.fr/un-modifie", Self.edited))
        let again = try parole(["add"] + library + ["fil.atom"])
        #expect(again.output.hasPrefix("added 0, updated 1, unchanged 0, renamed 1"), "\(again.output)")
        #expect(try articleLines().count == 1)
    }

    @Test func withoutIdsOrWithSharedIdsItemsAreKnownByTheirLinksAsBefore() throws {
        try write("fil.xml", Self.rss([(nil, "https://exemple.fr/un", Self.first)]))
        #expect(try parole(["add"] + library + ["fil.xml"]).output.hasPrefix("added 1"))
        try write("fil.xml", Self.rss([(nil, "https://exemple.fr/deux", Self.edited)]))
        #expect(try parole(["add"] + library + ["fil.xml"]).output.hasPrefix("added 1, updated 0"))
        // Two items of one guid: neither is known by it, both are stored.
        try write(
            "autre.xml",
            Self.rss([
                ("x", "https://exemple.fr/trois", "« Trois », a déclaré Luc Petit."),
                ("x", "https://exemple.fr/quatre", "« Quatre », a déclaré Luc Petit."),
            ]))
        #expect(try parole(["add"] + library + ["autre.xml"]).output.hasPrefix("added 2, updated 0"))
        #expect(try articleLines().count == 4)
    }

    @Test func aLibraryStoredWithoutIdsLearnsThemAndIsUpdatedWithoutDuplicates() throws {
        // As an earlier Parole stored it: by link only (the same as a feed without guids).
        try write(
            "fil.xml",
            Self.rss([
                (nil, "https://exemple.fr/un", Self.first),
                (nil, "https://exemple.fr/deux", "« Non », a dit Luc Petit."),
            ]))
        #expect(try parole(["add"] + library + ["fil.xml"]).output.hasPrefix("added 2"))
        // The feed now gives guids: nothing is added, the articles learn their ids.
        try write(
            "fil.xml",
            Self.rss([
                ("g1", "https://exemple.fr/un", Self.first),
                ("g2", "https://exemple.fr/deux", "« Non », a dit Luc Petit."),
            ]))
        #expect(
            try parole(["add"] + library + ["fil.xml"]).output.hasPrefix("added 0, updated 0, unchanged 2"))
        // Then one item's link and text change: the same article, updated.
        try write(
            "fil.xml",
            Self.rss([
                ("g1", "https://exemple.fr/un-bis", Self.edited),
                ("g2", "https://exemple.fr/deux", "« Non », a dit Luc Petit."),
            ]))
        let third = try parole(["add"] + library + ["fil.xml"])
        #expect(third.output.hasPrefix("added 0, updated 1, unchanged 1, renamed 1"), "\(third.output)")
        #expect(try articleLines().count == 2)
    }

    @Test func anItemWhoseGuidIsTheSiteAddressNeverReplacesTheStoredArticle() throws {
        // A one-item feed whose CMS gives its item the site's address as guid.
        func feed(_ title: String, _ link: String, _ text: String) -> String {
            "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Fil</title>"
                + "<link>https://exemple.fr/</link><item><title>\(title)</title><link>\(link)</link>"
                + "<guid>https://exemple.fr/</guid><description>\(text)</description></item></channel></rss>"
        }
        try write("fil.xml", feed("Premier article", "https://exemple.fr/un", Self.first))
        #expect(try parole(["add"] + library + ["fil.xml"]).output.hasPrefix("added 1"))
        try write(
            "fil.xml", feed("Second article", "https://exemple.fr/deux", "« Non », a dit Luc Petit à Brest."))
        let again = try parole(["add"] + library + ["fil.xml"])
        #expect(again.output.hasPrefix("added 1, updated 0"), "\(again.output)")
        #expect(try articleLines().count == 2)
    }

    @Test func aNewArticleUnderAnOldGuidIsStoredAsNew() throws {
        // The guid is no site address, but the feed reuses it for an unrelated article.
        try write("fil.xml", Self.rss([("a-1", "https://exemple.fr/un", Self.first)]))
        #expect(try parole(["add"] + library + ["fil.xml"]).output.hasPrefix("added 1"))
        // Titles agree ("Titre 0") in `rss`: the second article has its own.
        let other = Self.rss([("a-1", "https://exemple.fr/deux", "« Non », a dit Luc Petit à Brest.")])
        try write("fil.xml", other.replacingOccurrences(of: "Titre 0", with: "Une autre affaire"))
        let again = try parole(["add"] + library + ["fil.xml"])
        #expect(again.output.hasPrefix("added 1, updated 0"), "\(again.output)")
        #expect(try articleLines().count == 2)
    }

    @Test func twoFeedsOfOneSiteSharingAGuidKeepEachTheirOwnArticle() throws {
        func feed(_ link: String) -> String {
            Self.rss([("https://exemple.fr/2012/07/greve", link, Self.first)])
        }
        try write("b.xml", feed("https://exemple.fr/2012/07/greve?xtor=B"))
        try write("a.xml", feed("https://exemple.fr/2012/07/greve?xtor=A"))
        #expect(try parole(["add"] + library + ["b.xml"]).output.hasPrefix("added 1"))
        #expect(try parole(["add"] + library + ["a.xml"]).output.hasPrefix("added 1"))
        try write("a.xml", feed("https://exemple.fr/2012/07/greve-a-brest?xtor=A"))
        let again = try parole(["add"] + library + ["a.xml"])
        #expect(again.output.hasPrefix("added 0") && again.output.contains("renamed 1"), "\(again.output)")
        let csv = try parole(["quotes"] + library + ["--format", "csv"]).output
        #expect(csv.contains("greve?xtor=B"), "\(csv)")
        #expect(csv.contains("greve-a-brest?xtor=A"), "\(csv)")
        #expect(!csv.contains("greve?xtor=A"), "\(csv)")
        #expect(try articleLines().count == 2)
    }
}
