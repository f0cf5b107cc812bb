import Foundation
import ParoleTestSupport
import Testing

/// `parole subscribe`, `subscriptions`, `update` and `unsubscribe` run as a user would, against
/// feeds served on the loopback address.
@Suite final class FeedCommandTests: ScratchSuite {
    let server: LoopbackFeedServer
    let library = ["--library", "lib.sqlite"]

    override init() throws {
        server = try LoopbackFeedServer()
        try super.init()
    }

    deinit { server.stop() }

    static func feed(title: String, items: [String]) -> Data {
        var xml = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>\(title)</title>"
        for (index, item) in items.enumerated() {
            xml += """
                <item><title>\(item)</title><link>https://example.org/\(index + 1)</link>
                <description>&lt;p&gt;« \(item) », a déclaré Marie Dupont, maire de la ville.&lt;/p&gt;</description></item>
                """
        }
        return Data((xml + "</channel></rss>").utf8)
    }

    @Test func subscribeUpdateAndUnsubscribeAFeed() throws {
        server.set(
            "/fil.xml", .init(body: Self.feed(title: "Le Fil", items: ["Tout va bien"]), etag: "\"1\""))
        let feed = server.url("/fil.xml")
        let subscribed = try parole(["subscribe"] + library + [feed])
        #expect(subscribed.status == 0, "\(subscribed.stderr)")
        #expect(subscribed.output == "subscribed to \(feed); `parole update` fetches it\n")
        #expect(try parole(["subscribe"] + library + [feed]).output == "already subscribed to \(feed)\n")
        #expect(try parole(["subscriptions"] + library).output == "1  \(feed)  (not fetched yet)\n")

        let first = try parole(["update"] + library)
        #expect(first.status == 0, "\(first.stderr)")
        let lines = first.output.split(separator: "\n").map(String.init)
        #expect(lines.first == "Le Fil: 1 new, 0 changed, 0 unchanged")
        #expect(lines.last?.hasPrefix("1 feed: 1 new article, 0 changed, 0 unchanged (") == true)
        #expect(try parole(["subscriptions"] + library).output.contains("\(feed)  Le Fil  (updated "))

        let second = try parole(["update"] + library)
        #expect(
            second.output.hasPrefix(
                "Le Fil: not modified\n1 feed: 0 new articles, 0 changed, 0 unchanged; 1 not modified ("))

        server.set(
            "/fil.xml",
            .init(body: Self.feed(title: "Le Fil", items: ["Tout va bien", "Rien ne va"]), etag: "\"2\""))
        let third = try parole(["update"] + library)
        #expect(third.output.hasPrefix("Le Fil: 1 new, 0 changed, 1 unchanged\n"))
        #expect(try parole(["search"] + library + ["Rien"]).status == 0)

        let gone = try parole(["unsubscribe"] + library + ["1"])
        #expect(gone.output == "unsubscribed from Le Fil; its articles stay\n")
        #expect(
            try parole(["subscriptions"] + library).errorLines == [
                "parole: no subscriptions; follow a feed with `parole subscribe URL`"
            ])
        #expect(try parole(["export"] + library).output.split(separator: "\n").count == 2)
        let again = try parole(["unsubscribe"] + library + [feed])
        #expect(again.status == 1)
        #expect(again.errorLines == ["parole: not subscribed to \(feed); see `parole subscriptions`"])
    }

    @Test func aFeedFileIsFollowedByItsFileURLAndReadAgainOnlyWhenItChanges() throws {
        let file = scratch.url.appendingPathComponent("fil.xml")
        try Self.feed(title: "Le Fil", items: ["Tout va bien"]).write(to: file)
        let subscribed = try parole(["subscribe"] + library + ["fil.xml"])
        #expect(subscribed.status == 0, "\(subscribed.stderr)")
        let url = try #require(subscribed.output.split(separator: " ").dropFirst(2).first.map(String.init))
        #expect(url.hasPrefix("file:///") && url.hasSuffix("/fil.xml;"))
        #expect(try parole(["update"] + library).output.hasPrefix("Le Fil: 1 new, 0 changed, 0 unchanged\n"))
        #expect(try parole(["update"] + library).output.hasPrefix("Le Fil: not modified\n"))
        try Self.feed(title: "Le Fil", items: ["Tout va bien", "Rien ne va"]).write(to: file)
        #expect(try parole(["update"] + library).output.hasPrefix("Le Fil: 1 new, 0 changed, 1 unchanged\n"))
        #expect(try parole(["unsubscribe"] + library + ["fil.xml"]).status == 0)
        let missing = try parole(["subscribe"] + library + ["nothing.xml"])
        #expect(missing.status == 1)
        #expect(
            missing.errorLines == [
                "parole: nothing.xml: neither an http(s) URL nor a feed file (a regular file)"
            ])
    }

    @Test func aFileThatIsNoFeedIsRefusedWhenSubscribingAndAnEmptyOneWaitsForItsWriter() throws {
        try Data("<html><body><p>Une page, pas un fil.</p></body></html>".utf8)
            .write(to: scratch.url.appendingPathComponent("page.xml"))
        let page = try parole(["subscribe"] + library + ["page.xml"])
        #expect(page.status == 1)
        #expect(page.errorLines == ["parole: page.xml: not an RSS or Atom feed; not subscribed"])
        #expect(try parole(["subscriptions"] + library).output.contains("page.xml") == false)
        try Data().write(to: scratch.url.appendingPathComponent("vide.xml"))
        #expect(try parole(["subscribe"] + library + ["vide.xml"]).status == 0)
    }

    @Test func aMistypedAddressIsNamedAsSuchNotAsAMissingFile() throws {
        let typo = try parole(["analyze", "htps://exemple.fr/article"])
        #expect(typo.errorLines == ["parole: htps://exemple.fr/article: neither a file nor an http(s) URL"])
        let hostless = try parole(["analyze", "https://"])
        #expect(hostless.errorLines == ["parole: https://: not a valid http(s) URL (no host name)"])
    }

    @Test func subscribeRefusesAHostlessAddressAsTheFetcherDoes() throws {
        let hostless = try parole(["subscribe"] + library + ["https://"])
        #expect(hostless.status == 1)
        #expect(hostless.errorLines == ["parole: https://: not an http(s) URL"])
        let spaced = try parole(["subscribe"] + library + ["https://exemple.fr/un fil.xml"])
        #expect(spaced.errorLines == ["parole: https://exemple.fr/un fil.xml: not an http(s) URL"])
        #expect(try parole(["subscriptions"] + library).output.contains("https://") == false)
    }

    @Test func aDeadFeedIsReportedOnStandardErrorAndTheExitStatusIsOne() throws {
        server.set("/fil.xml", .init(body: Self.feed(title: "Le Fil", items: ["Tout va bien"])))
        _ = try parole(["subscribe"] + library + [server.url("/fil.xml")])
        _ = try parole(["subscribe"] + library + [server.url("/disparu.xml")])
        let result = try parole(["update"] + library)
        #expect(result.status == 1)
        #expect(result.errorLines == ["parole: \(server.url("/disparu.xml")): failed: HTTP 404 Not Found"])
        #expect(result.output.hasPrefix("Le Fil: 1 new, 0 changed, 0 unchanged\n2 feeds: 1 new article"))
        #expect(result.output.contains("; 1 failed ("))
        #expect(try parole(["subscriptions"] + library).output.contains(": HTTP 404 Not Found)"))
    }

    @Test func updateWithoutSubscriptionsSaysHowToAddOne() throws {
        _ = try parole(["subscribe"] + library + [server.url("/fil.xml")])
        _ = try parole(["unsubscribe"] + library + [server.url("/fil.xml")])
        let result = try parole(["update"] + library)
        #expect(result.status == 1)
        #expect(result.errorLines == ["parole: no subscriptions; follow a feed with `parole subscribe URL`"])
    }

    @Test func escapeSequencesNeverReachTheTerminal() throws {
        let hostile = "http://127.0.0.1/\u{1B}]0;owned\u{07}\u{1B}[2J\u{9B}31m"
        let result = try parole(["subscribe"] + library + [hostile])
        #expect(result.status == 1)
        #expect(
            result.errorLines == ["parole: http://127.0.0.1/␛]0;owned␇␛[2J\u{FFFD}31m: not an http(s) URL"])
        // A feed title holding control characters (C1 ones are legal in XML) prints without them.
        server.set(
            "/fil.xml", .init(body: Self.feed(title: "Le\u{9B}31m Fil\u{85}", items: ["Tout va bien"])))
        _ = try parole(["subscribe"] + library + [server.url("/fil.xml")])
        let update = try parole(["update"] + library)
        for text in [update.output, update.stderr, try parole(["subscriptions"] + library).output] {
            #expect(!text.unicodeScalars.contains { $0.value == 0x1B || (0x80..<0xA0).contains($0.value) })
        }
        #expect(update.output.hasPrefix("Le31m Fil: 1 new"))
    }
}
