import Foundation
import ParoleKit
import ParoleSources

/// One feed item about to be stored, with what the library needs to find it under a name that
/// an earlier Parole gave it (``Library/adoptFormerNames(of:)``).
public struct FeedItemIdentity: Sendable {
    /// The name the item is stored under now (``FeedItemLink/sources(of:feed:)``).
    public var source: String
    /// The item's text.
    public var text: String
    /// The feed's name as the library writes it: an absolute path for a feed file given to
    /// `parole add`, its URL for a fetched or subscribed feed.
    public var feed: String
    /// The item's link as the feed wrote it, if any.
    public var writtenLink: String?
    /// The item's link as stored now (resolved), if any.
    public var link: String?
    /// The item's site as stored now, if known.
    public var site: String?
    /// The key of the item's own id (RSS guid, Atom id), if it has one (``FeedItemLink/itemKey(_:feed:)``).
    public var itemKey: String?

    /// Creates the identity of an item.
    public init(
        source: String, text: String, feed: String, writtenLink: String?, link: String?, site: String? = nil,
        itemKey: String? = nil
    ) {
        self.itemKey = itemKey
        self.source = source
        self.text = text
        self.feed = feed
        self.writtenLink = writtenLink
        self.link = link
        self.site = site
    }

    /// The links an earlier Parole may have stored for the item: as written, resolved against
    /// the feed's own address only (as `parole update` did before a saved feed's site was
    /// read), and as resolved now.
    var formerLinks: Set<String> {
        guard let writtenLink else { return [] }
        var links: Set<String> = [writtenLink, FeedItemLink.resolved(writtenLink, feed: feed)]
        if let link { links.insert(link) }
        return links
    }

    /// The names the feed has had: its own, and for a feed file (`file:///home/me/fil.xml`) the
    /// path `parole add` named it by before (`/home/me/fil.xml`).
    var feedNames: [String] {
        guard LocalFeedFile.isFileURL(feed), let path = URL(string: feed)?.path, !path.isEmpty else {
            return [feed]
        }
        return [feed, path]
    }

    /// The prefixes of the names an earlier `parole add` gave the items without a link, by their
    /// place in the feed (`/home/me/fil.xml#2`).
    var positionalPrefixes: [String] { feedNames.map { $0 + "#" } }

    /// The names by the text's fingerprint under the feed's former names
    /// (`/home/me/fil.xml#0a560179884f873d`).
    var formerFingerprintNames: [String] {
        let hash = ContentHash.of(text)
        return feedNames.dropFirst().map { "\($0)#\(hash)" }
    }
}
