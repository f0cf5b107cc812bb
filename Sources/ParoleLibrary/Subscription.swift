import Foundation

/// A feed the library follows: `parole update` fetches it and stores its new items.
public struct Subscription: Sendable, Hashable, Codable {
    /// The library's identifier of the subscription (the number `parole subscriptions` shows).
    public var id: Int64
    /// The feed's http(s) address, as subscribed.
    public var url: String
    /// The feed's own title, once an update has read it.
    public var title: String?
    /// The `ETag` the server sent with the last feed stored, sent back as `If-None-Match`.
    public var etag: String?
    /// The `Last-Modified` the server sent with the last feed stored, sent back as
    /// `If-Modified-Since`.
    public var lastModified: String?
    /// When the feed was subscribed.
    public var addedAt: Date?
    /// When an update last tried the feed, if ever.
    public var checkedAt: Date?
    /// Why the last try failed, one line; nil when it succeeded (or none was made).
    public var lastError: String?
}
