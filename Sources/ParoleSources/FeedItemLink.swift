import Foundation
import ParoleKit

/// A feed item's link as the library keeps it, and the name the library knows the item by.
/// `parole add` (of a feed's URL or of a saved feed file) and `parole update` read a feed's
/// items through it alike.
///
/// A link is made absolute against the feed's web address, or, for a feed that has none (a
/// saved file), against the site address the feed gives itself (RSS `<channel><link>`, Atom
/// `xml:base` or `<link rel="alternate">`): two sites' "/2012/07/article" stay two articles, and
/// a citation can print them. An item is known by its link when that is a web address no other
/// item of the feed shares; else (no link, `javascript:void(0)`, a relative link with nothing to
/// resolve it against, one link for every item) by the feed's address and a fingerprint of its
/// text: its place in the feed changes as the feed gains items, and must not make one item
/// replace another.
public enum FeedItemLink {
    /// `link` as it is when it has a scheme (or there is nothing to resolve it against), else
    /// resolved against the feed's web address `feed`, else against its own `site` address,
    /// else against `feed` when that is another absolute URL (`file:///…`).
    public static func resolved(_ link: String, feed: String, site: String? = nil) -> String {
        guard isRelative(link) else { return link }
        let base =
            WebAddress.isWebAddress(feed)
            ? feed
            : site.flatMap { WebAddress.isWebAddress($0) ? $0 : nil } ?? (feed.contains("://") ? feed : nil)
        guard let base, let baseURL = URL(string: base),
            let resolved = URL(string: link, relativeTo: baseURL)?.absoluteString
        else { return link }
        return resolved
    }

    /// The key the library knows a feed item by from its own identifier `id` (RSS `<guid>`, Atom
    /// `<id>`): the identifier within the feed `feed`, even when it is an absolute URI. The
    /// standards make a URI unique across feeds, but two feeds of one site carry the same guid
    /// for one article under two links (`?xtor=` tags): each feed's item is its own. A feed file
    /// is named by its `file://` URL, whether `parole add` read it by its path or `parole
    /// update` by that URL.
    public static func itemKey(_ id: String, feed: String) -> String {
        let feedName = feed.contains("://") ? feed : URL(fileURLWithPath: feed).absoluteString
        return "\(feedName)#id=\(id)"
    }

    /// Whether the identifier `id` a feed gives an item can be no item's own: the feed's own
    /// address `feed`, the site address `site` the feed names, or any site's home page (a
    /// common CMS mistake gives every item, or the one item, the site's address).
    public static func isSiteAddress(_ id: String, feed: String, site: String?) -> Bool {
        let trimmed = id.trimmingCharacters(in: .whitespaces)
        if trimmed == feed || trimmed == site { return true }
        guard WebAddress.isWebAddress(trimmed), let parts = URLComponents(string: trimmed) else {
            return false
        }
        return (parts.path.isEmpty || parts.path == "/") && parts.query == nil && parts.fragment == nil
    }

    /// Whether `link` has no scheme, so that it is resolved against an address.
    public static func isRelative(_ link: String) -> Bool { URL(string: link)?.scheme == nil }

    /// The names the library knows the items of the feed `feed` by, in order: each item's
    /// (resolved) `link` when it is a web address that no other item shares, else the feed's
    /// address and a fingerprint of the item's `text`.
    public static func sources(of items: [(link: String?, text: String)], feed: String) -> [String] {
        var uses: [String: Int] = [:]
        for case let link? in items.map(\.link) { uses[link, default: 0] += 1 }
        return items.map { item in
            if let link = item.link, WebAddress.isWebAddress(link), uses[link] == 1 { return link }
            return "\(feed)#\(ContentHash.of(item.text))"
        }
    }
}
