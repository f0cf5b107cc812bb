import Foundation

/// A feed item's link as the library keeps it: made absolute against the feed's address, so
/// that two sites' "/2012/07/article" stay two articles and a citation can print it. `parole
/// add URL` and `parole update` read a feed's items through it alike.
public enum FeedItemLink {
    /// `link` as it is when it has a scheme (or the feed has no web address to resolve it
    /// against), else resolved against the address `feed`.
    public static func resolved(_ link: String, feed: String) -> String {
        guard URL(string: link)?.scheme == nil, URLFetcher.isURL(feed) || feed.contains("://"),
            let base = URL(string: feed), let resolved = URL(string: link, relativeTo: base)?.absoluteString
        else { return link }
        return resolved
    }
}
