import Foundation
import GRDB
import ParoleKit
import ParoleSources

extension Library {
    /// Renames the articles that an earlier Parole stored from these feed items under other
    /// names, so that storing the items does not add them a second time; returns how many were
    /// renamed. An article keeps its number, read mark, analysis and corrections: only its name
    /// (`source`) changes, in the article and in its corrections.
    ///
    /// Until the twelfth session's second pass, `parole add FEED` named an item without a link by
    /// its place (`/home/me/fil.xml#2`), an item whose link was no web address by that link made
    /// a path (`/home/me/javascript:void(0)`, `/2012/07/un`), and `parole update` by its link
    /// resolved against the feed's own address (`file:///2012/07/un`); items sharing a link were
    /// one article. An item whose current name is not stored takes over such an article when
    /// the article holds the item's text and was stored under the item's link, under a place
    /// in this feed, or under the feed's path (a feed file is named by its `file://` URL now)
    /// and the text's fingerprint; or, its text changed since, when the link is the item's
    /// alone in the feed and exactly one article stored under an old-style name (no web
    /// address, no current fingerprint name) has it. An item whose link changed (a slug edited)
    /// takes over the article of the same text stored under another address of the same site.
    /// Before all these, an item with an id of its own (RSS guid, Atom id) takes over the article
    /// stored with that id in its feed, its text changed or not, when it is the only article with
    /// the id whose title or most of its words agree (``StoredTextResemblance``) and no other
    /// current item holds it (a feed that gave the id to a new article keeps both); an
    /// article stored before ids were kept learns its item's id here, when its item is found
    /// under its name.
    /// Otherwise an article stored under a name the current rules give (a web address, a
    /// fingerprint, another item of this feed) is never taken. A renamed article takes the
    /// item's link (and site, when the feed tells it).
    @discardableResult
    public func adoptFormerNames(of items: [FeedItemIdentity]) throws(LibraryError) -> Int {
        guard !items.isEmpty else { return 0 }
        return try write { db in
            let exists = try db.cachedStatement(sql: "SELECT 1 FROM article WHERE source = ?")
            // An article stored before the library kept feed items' ids learns its item's id.
            let learn = try db.cachedStatement(
                sql: "UPDATE article SET feedItem = ? WHERE source = ? AND feedItem IS NULL")
            var waiting: [FeedItemIdentity] = []
            for item in items {
                if try Bool.fetchOne(exists, arguments: [item.source]) != true {
                    waiting.append(item)
                } else if let key = item.itemKey {
                    try learn.execute(arguments: [key, item.source])
                }
            }
            guard !waiting.isEmpty else { return 0 }
            var renamed = 0
            var taken: Set<Int64> = []
            /// Gives the article `id`, stored as `source`, the item's name, link and site.
            func rename(_ id: Int64, from source: String, to item: FeedItemIdentity) throws {
                try db.execute(
                    sql: """
                        UPDATE article SET source = ?, link = ?, site = coalesce(?, site),
                            feedItem = coalesce(?, feedItem) WHERE id = ?
                        """,
                    arguments: [item.source, item.link, item.site, item.itemKey, id])
                try db.execute(
                    sql: "UPDATE correction SET source = ? WHERE source = ?",
                    arguments: [item.source, source])
                taken.insert(id)
                renamed += 1
            }
            // An item with an id of its own is the article stored with that id in this feed,
            // whatever its link and text are now (a slug edited and the text corrected at once),
            // when exactly one article with the id has its title or most of its words and is no
            // other current item's: a feed that gives a new article an old one's id must not
            // replace the old one, and the new one, stored with the id too, is still found by it.
            let byItemKey = try db.cachedStatement(
                sql: "SELECT id, source, text FROM article WHERE feedItem = ?")
            let current = Set(items.map(\.source))
            waiting = try waiting.filter { item in
                guard let key = item.itemKey else { return true }
                let agreeing = try Row.fetchAll(byItemKey, arguments: [key]).filter { row in
                    // An article that is another item's now (its old link given to a new item)
                    // is left to that item.
                    !current.contains(row["source"]) && !taken.contains(row["id"])
                        && StoredTextResemblance.agrees(row["text"], item.text)
                }
                guard agreeing.count == 1, let row = agreeing.first else { return true }
                try rename(row["id"], from: row["source"], to: item)
                return false
            }
            guard !waiting.isEmpty else { return renamed }
            var linkUses: [String: Int] = [:]
            for case let link? in items.map(\.writtenLink) { linkUses[link, default: 0] += 1 }
            // An article stored from an item with an id is taken by that id only (above): the
            // same text in another feed of the site is that feed's article.
            let fetched = try FormerArticle.fetch(for: waiting, in: db).filter {
                !current.contains($0.source) && $0.feedItem == nil
            }
            let candidates = fetched.filter { !FormerArticle.hasCurrentFingerprint($0.source) }
            for item in waiting {
                let hash = ContentHash.of(item.text)
                let links = item.formerLinks
                let open = candidates.filter { !taken.contains($0.id) }
                let byLink = open.filter { $0.link.map(links.contains) ?? false }
                let byPlace = open.filter { $0.isPlace(in: item) }
                let formerNames = Set(item.formerFingerprintNames)
                var chosen =
                    (byLink + byPlace).first { $0.hash == hash }
                    ?? fetched.first { !taken.contains($0.id) && formerNames.contains($0.source) }
                if chosen == nil, let written = item.writtenLink, linkUses[written] == 1 {
                    let legacy = byLink.filter { !WebAddress.isWebAddress($0.source) }
                    if legacy.count == 1 { chosen = legacy[0] }
                }
                if chosen == nil, let host = FormerArticle.host(item.source) {
                    // The item's link changed (a slug edited): the same text of the same site under
                    // a link the feed no longer gives is this item, not another article.
                    chosen = open.first { $0.hash == hash && FormerArticle.host($0.source) == host }
                }
                guard let chosen else { continue }
                try rename(chosen.id, from: chosen.source, to: item)
            }
            return renamed
        }
    }
}

/// An article that may be stored under a feed item's former name.
private struct FormerArticle {
    var id: Int64
    var source: String
    var hash: String
    var link: String?
    /// The key of the feed item the article was stored from, if it had an id.
    var feedItem: String?

    /// Whether the article's name is a place in the feed of `item` (`fil.xml#2`).
    func isPlace(in item: FeedItemIdentity) -> Bool {
        item.positionalPrefixes.contains { prefix in
            guard source.hasPrefix(prefix) else { return false }
            let rest = source.dropFirst(prefix.count)
            return !rest.isEmpty && rest.allSatisfy(\.isASCII) && rest.allSatisfy(\.isNumber)
        }
    }

    /// The site of `source` when it is a web address: its host and port.
    static func host(_ source: String) -> String? {
        guard WebAddress.isWebAddress(source), let parts = URLComponents(string: source),
            let host = parts.host?.lowercased()
        else { return nil }
        return parts.port.map { "\(host):\($0)" } ?? host
    }

    /// Whether `source` is a name the current rules give an item: a feed's address and a text
    /// fingerprint (``ContentHash``, 16 hexadecimal digits).
    static func hasCurrentFingerprint(_ source: String) -> Bool {
        guard let hash = source.split(separator: "#").last, source.contains("#") else { return false }
        return ContentHash.isFingerprint(hash)
    }

    /// The articles that may be stored under a former name of one of `items`: under one of its
    /// former links, its text under a web address, a place in its feed, or its feed's former name
    /// and its text's fingerprint.
    static func fetch(for items: [FeedItemIdentity], in db: Database) throws -> [FormerArticle] {
        var found: [Int64: FormerArticle] = [:]
        func collect(_ sql: String, _ arguments: StatementArguments) throws {
            for row in try Row.fetchAll(db, sql: sql, arguments: arguments) {
                let id: Int64 = row["id"]
                found[id] = FormerArticle(
                    id: id, source: row["source"], hash: row["hash"], link: row["link"],
                    feedItem: row["feedItem"])
            }
        }
        // The articles whose `column` is one of `values`, 500 values a query.
        func collect(_ column: String, in values: Set<String>) throws {
            let values = values.sorted()
            for start in stride(from: 0, to: values.count, by: 500) {
                let chunk = Array(values[start..<min(start + 500, values.count)])
                let marks = Array(repeating: "?", count: chunk.count).joined(separator: ",")
                try collect(
                    "SELECT id, source, hash, link, feedItem FROM article WHERE \(column) IN (\(marks))",
                    StatementArguments(chunk))
            }
        }
        try collect("link", in: Set(items.flatMap(\.formerLinks)))
        // The same texts under web addresses: an item whose link changed.
        try collect(
            "hash",
            in: Set(items.filter { WebAddress.isWebAddress($0.source) }.map { ContentHash.of($0.text) }))
        // The names `prefix` then digits, read through the index of the unique source.
        for prefix in Set(items.flatMap(\.positionalPrefixes)) {
            try collect(
                "SELECT id, source, hash, link, feedItem FROM article WHERE source >= ? AND source < ?",
                [prefix + "0", prefix + ":"])
        }
        for name in Set(items.flatMap(\.formerFingerprintNames)) {
            try collect("SELECT id, source, hash, link, feedItem FROM article WHERE source = ?", [name])
        }
        return found.values.sorted { $0.id < $1.id }
    }
}
