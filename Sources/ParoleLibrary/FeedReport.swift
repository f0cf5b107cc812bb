import Foundation

/// What an update did with one subscribed feed.
public struct FeedReport: Sendable, Hashable {
    /// How the fetch went.
    public enum Outcome: Sendable, Hashable {
        /// The feed was fetched and read; its items are counted in `added`, `updated`, `unchanged`.
        case fetched
        /// The server said the feed has not changed since the last update (HTTP 304).
        case notModified
        /// The feed could not be fetched, read or stored; the reason, one line.
        case failed(String)
    }

    /// The subscription, as it was before the update.
    public var subscription: Subscription
    /// The feed's title as read now, else as known before.
    public var title: String?
    /// How the fetch went.
    public var outcome: Outcome
    /// Items stored for the first time (unread).
    public var added = 0
    /// Items stored before whose text changed: analysed and stored again (unread again).
    public var updated = 0
    /// Items stored before with the same text: left as they are.
    public var unchanged = 0
    /// One-line warnings about the feed (items without text, malformed XML…).
    public var warnings: [String] = []

    /// The feed's name for messages: its title, else its address.
    public var name: String { title ?? subscription.url }

    /// Whether the feed failed.
    public var failed: Bool {
        if case .failed = outcome { return true }
        return false
    }

    /// One line for the feed: "Le Fil: 2 new, 0 changed, 5 unchanged", "Le Fil: not modified",
    /// "Le Fil: failed: HTTP 404 Not Found". Feed titles come from the network: escape
    /// sequences are not removed here, the caller that writes to a terminal does that.
    public var line: String {
        switch outcome {
        case .fetched: return "\(name): \(added) new, \(updated) changed, \(unchanged) unchanged"
        case .notModified: return "\(name): not modified"
        case .failed(let reason): return "\(name): failed: \(reason)"
        }
    }
}

/// What a whole update did.
public struct FeedUpdateSummary: Sendable, Hashable {
    /// One report per subscribed feed, in the order of `Library.subscriptions()`.
    public var feeds: [FeedReport]
    /// How long the update took, in seconds.
    public var seconds: Double

    /// Items stored for the first time, over all feeds.
    public var added: Int { feeds.reduce(0) { $0 + $1.added } }
    /// Items stored again because their text changed.
    public var updated: Int { feeds.reduce(0) { $0 + $1.updated } }
    /// Items already stored as they are.
    public var unchanged: Int { feeds.reduce(0) { $0 + $1.unchanged } }
    /// Feeds the server said were not modified.
    public var notModified: Int { feeds.filter { $0.outcome == .notModified }.count }
    /// Feeds that failed.
    public var failed: Int { feeds.filter(\.failed).count }

    /// The summary line: "3 feeds: 2 new articles, 0 changed, 5 unchanged; 1 not modified;
    /// 1 failed (0.31 s)".
    public var line: String {
        var parts = [
            "\(Self.count(feeds.count, "feed")): \(Self.count(added, "new article")), \(updated) changed, "
                + "\(unchanged) unchanged"
        ]
        if notModified > 0 { parts.append("\(notModified) not modified") }
        if failed > 0 { parts.append("\(failed) failed") }
        return parts.joined(separator: "; ") + " (" + String(format: "%.2f", seconds) + " s)"
    }

    /// "1 feed", "2 feeds".
    static func count(_ n: Int, _ noun: String) -> String { n == 1 ? "1 \(noun)" : "\(n) \(noun)s" }
}
