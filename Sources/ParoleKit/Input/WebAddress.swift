import Foundation

/// Web addresses: the only addresses Parole fetches, cites, opens in a browser or prints as an
/// article's address. Everything else an article may carry as a link — `javascript:…`, a
/// relative `/2012/07/article`, a local `file://` page — no reader of a citation can open.
public enum WebAddress {
    /// Whether `text` is an absolute `http` or `https` address (its scheme in any case:
    /// `HTTPS://…` is one).
    public static func isWebAddress(_ text: some StringProtocol) -> Bool {
        let lower = text.prefix(8).lowercased()
        return lower.hasPrefix("http://") || lower.hasPrefix("https://")
    }

    /// The address an article is cited, opened and listed by (the reader's `y` and `o`, `parole
    /// quotes` in every format): its `link` when that is a web address, else its `source` when
    /// that is one, else none.
    public static func of(link: String?, source: String?) -> String? {
        if let link, isWebAddress(link) { return link }
        if let source, isWebAddress(source) { return source }
        return nil
    }

    /// The host of `address` as a site is named: in lower case, without "www." ("www.Lemonde.fr"
    /// → "lemonde.fr"); nil when `address` has no host.
    public static func siteHost(of address: String) -> String? {
        guard let host = URLComponents(string: address)?.host, !host.isEmpty else { return nil }
        let lower = host.lowercased()
        return lower.hasPrefix("www.") ? String(lower.dropFirst(4)) : lower
    }
}
