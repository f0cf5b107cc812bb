import Foundation
import GRDB
import ParoleKit

extension Library {
    /// Articles in `order` (newest first by default, undated ones last), `limit` of them from
    /// `offset`; with `unreadOnly`, only those not marked read; with `since` / `until`, only
    /// those dated from `since` and before `until`; with `site`, only those of that site (as
    /// ``quotes(actorIds:since:until:articleId:site:limit:)`` tells it). The reader's sort keys
    /// call this with the order the user picked.
    public func articles(
        limit: Int = 200, offset: Int = 0, order: ArticleOrder = .date, unreadOnly: Bool = false,
        since: ArticleDateLimit? = nil, until: ArticleDateLimit? = nil, site: String? = nil
    ) throws(LibraryError) -> [ArticleSummary] {
        let (filter, dates, dateConditions) = Self.articleFilter(
            unreadOnly: unreadOnly, since: since, until: until, site: site)
        return try read { db in
            if site != nil { db.add(function: ArticleSite.function) }
            dateConditions.register(in: db)
            return try Row.fetchAll(
                db,
                sql: """
                    SELECT id, source, title, date, dateOffset,
                        (SELECT count(*) FROM quote WHERE quote.articleId = article.id) AS quotes,
                        \(Library.isReadColumn) AS isRead
                    FROM article \(filter) ORDER BY \(order.sql) LIMIT ? OFFSET ?
                    """,
                arguments: dates + [limit, offset]
            ).map(Library.summary)
        }
    }

    /// How many articles ``articles(limit:offset:order:unreadOnly:since:until:site:)`` chooses from.
    public func articleCount(
        unreadOnly: Bool, since: ArticleDateLimit?, until: ArticleDateLimit?, site: String? = nil
    ) throws(LibraryError) -> Int {
        let (filter, dates, dateConditions) = Self.articleFilter(
            unreadOnly: unreadOnly, since: since, until: until, site: site)
        return try read { db in
            if site != nil { db.add(function: ArticleSite.function) }
            dateConditions.register(in: db)
            return try Int.fetchOne(db, sql: "SELECT count(*) FROM article \(filter)", arguments: dates) ?? 0
        }
    }

    /// The WHERE clause (or nothing), its arguments, and the date conditions in it (whose function
    /// of publication days, if any, is registered on the connection before the query), for the
    /// articles' filters.
    private static func articleFilter(
        unreadOnly: Bool, since: ArticleDateLimit?, until: ArticleDateLimit?, site: String?
    ) -> (String, StatementArguments, ArticleDateConditions) {
        var conditions: [String] = []
        var arguments: StatementArguments = []
        if unreadOnly { conditions.append("NOT \(Library.isReadColumn)") }
        let dateConditions = addDates(since: since, until: until, to: &conditions, &arguments)
        if let site {
            conditions.append(ArticleSite.condition)
            _ = arguments.append(contentsOf: [ArticleSite.argument(site)])
        }
        let clause = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        return (clause, arguments, dateConditions)
    }

    /// Adds the conditions (and their arguments) of articles dated from `since` and before
    /// `until`; returns them, to ``ArticleDateConditions/register(in:)`` the function of
    /// publication days they may call on the connection before the query runs.
    static func addDates(
        since: ArticleDateLimit?, until: ArticleDateLimit?, to conditions: inout [String],
        _ arguments: inout StatementArguments
    ) -> ArticleDateConditions {
        let dates = ArticleDateConditions(since: since, until: until)
        conditions += dates.conditions
        _ = arguments.append(contentsOf: dates.arguments)
        return dates
    }

    static func summary(_ row: Row) -> ArticleSummary {
        ArticleSummary(
            id: row["id"], source: row["source"], title: row["title"], date: LibraryDate.date(row["date"]),
            quotes: row["quotes"] ?? 0, isRead: row["isRead"] ?? false, dateOffset: row["dateOffset"])
    }

    /// The SQL expression telling whether the `article` row of a query has been read.
    static let isReadColumn = "EXISTS (SELECT 1 FROM articleRead WHERE articleRead.articleId = article.id)"

    /// The article `id` with its analysis, if the library holds it.
    public func article(id: Int64) throws(LibraryError) -> StoredArticle? {
        try read { db in
            guard
                let row = try Row.fetchOne(
                    db,
                    sql: """
                        SELECT *, (SELECT count(*) FROM quote WHERE quote.articleId = article.id) AS quotes,
                        \(Library.isReadColumn) AS isRead
                        FROM article WHERE id = ?
                        """, arguments: [id])
            else { return nil }
            return try Library.stored(row)
        }
    }

    static func stored(_ row: Row) throws -> StoredArticle {
        var analysis = try AnalysisJSON.decode(row["analysis"])
        analysis.text = row["text"]
        return StoredArticle(
            summary: summary(row), link: row["link"], author: row["author"], hash: row["hash"],
            analysis: analysis, site: row["site"], language: row["language"], dateOffset: row["dateOffset"])
    }

    /// The library actors that `name` names, as a researcher types it: by the one rule of
    /// ``TypedActorName`` — the whole name (or another name of the actor, a role it was given),
    /// or a person whose name holds each typed word (honorifics and roles left out, any order,
    /// initials for first names): "Obama", "Obama Barack", "B. Obama", "M. Obama", "le président
    /// Hollande", "HOLLANDE, François", "Le Pen", accents and case aside.
    public func actors(named name: String) throws(LibraryError) -> [LibraryActor] {
        // The word lists alone: loading the whole language (its entity model) cost a lookup
        // about 0.1 s.
        let typed = TypedActorName(name, words: SpeakerKind.frenchWords)
        return try read { db in try Library.actors(ids: typed.actorIds(db: db), db: db) }
    }

    /// Actors ranked by quotes across the library, then by mentions; the first `top` if given.
    public func actors(top: Int? = nil) throws(LibraryError) -> [LibraryActor] {
        try read { db in
            let ids = try Int64.fetchAll(
                db, sql: "SELECT id FROM actor ORDER BY quoteCount DESC, mentionCount DESC, id LIMIT ?",
                arguments: [top ?? -1])
            return try Library.actors(ids: ids, db: db)
        }
    }

    static func actors(ids: [Int64], db: Database) throws -> [LibraryActor] {
        guard !ids.isEmpty else { return [] }
        let list = ids.map(String.init).joined(separator: ",")
        var aliases: [Int64: [String]] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT actorId, text FROM alias WHERE actorId IN (\(list))") {
            aliases[row["actorId"], default: []].append(row["text"])
        }
        // The actor's appearances: as an anonymous source, as a document, in all
        // (``LibraryActorKind`` tells the kind from them, as the reader's picker does).
        var counts: [Int64: (anonymous: Int, document: Int, total: Int)] = [:]
        let kindSQL =
            "SELECT actorId, kind, COUNT(*) AS n FROM appearance WHERE actorId IN (\(list)) GROUP BY actorId, kind"
        for row in try Row.fetchAll(db, sql: kindSQL) {
            let id: Int64 = row["actorId"]
            let count: Int = row["n"]
            let kind = SpeakerKind(rawValue: row["kind"])
            counts[id, default: (0, 0, 0)].total += count
            if kind == .anonymous { counts[id, default: (0, 0, 0)].anonymous += count }
            if kind == .document { counts[id, default: (0, 0, 0)].document += count }
        }
        var byId: [Int64: LibraryActor] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT * FROM actor WHERE id IN (\(list))") {
            let id: Int64 = row["id"]
            let name: String = row["name"]
            let type = EntityType(rawValue: row["type"]) ?? .person
            let count = counts[id] ?? (0, 0, 0)
            byId[id] = LibraryActor(
                id: id, name: name, type: type,
                kind: LibraryActorKind.of(
                    type: type, anonymous: count.anonymous, document: count.document, total: count.total),
                quotes: row["quoteCount"],
                mentions: row["mentionCount"], articles: row["articleCount"],
                aliases: (aliases[id] ?? []).filter { $0 != name }.sorted())
        }
        return ids.compactMap { byId[$0] }.sorted {
            ($0.quotes, $0.mentions, -$0.id) > ($1.quotes, $1.mentions, -$1.id)
        }
    }

    /// Quotes across the library, newest articles first: all of them, or those of the actors
    /// `actorIds`, from articles dated `since` or later and before `until`, of article
    /// `articleId` only when given, of site `site` only when given (its host name, or `local`
    /// for files, as `parole stats --site` counts it); in text order within an article.
    public func quotes(
        actorIds: [Int64]? = nil, since: ArticleDateLimit? = nil, until: ArticleDateLimit? = nil,
        articleId: Int64? = nil,
        site: String? = nil, limit: Int? = nil
    )
        throws(LibraryError)
        -> [LibraryQuote]
    {
        var conditions: [String] = []
        var arguments: StatementArguments = []
        if let articleId {
            conditions.append("quote.articleId = ?")
            _ = arguments.append(contentsOf: [articleId])
        }
        if let actorIds {
            guard !actorIds.isEmpty else { return [] }
            conditions.append("quote.actorId IN (\(actorIds.map(String.init).joined(separator: ",")))")
        }
        let dateConditions = Self.addDates(since: since, until: until, to: &conditions, &arguments)
        if let site {
            // Told in SQL, so the limit applies in SQL too (the condition is chosen below).
            _ = arguments.append(contentsOf: [ArticleSite.argument(site)])
        }
        let sqlLimit = limit
        _ = arguments.append(contentsOf: [sqlLimit ?? -1])
        return try read { db in
            if site != nil { db.add(function: ArticleSite.function) }
            dateConditions.register(in: db)
            // The first quotes of a frequent actor (or of everyone) are found by walking the
            // articles newest first and stopping at the limit; a rare actor's few quotes are
            // fetched and sorted. Either way the cost stays bounded at 100,000 articles.
            var walkArticles = sqlLimit != nil
            if let actorIds, let limit = sqlLimit {
                let count =
                    try Int.fetchOne(
                        db,
                        sql: "SELECT coalesce(sum(quoteCount), 0) FROM actor WHERE id IN ("
                            + actorIds.map(String.init).joined(separator: ",") + ")") ?? 0
                walkArticles = count > max(2_000, 10 * limit)
            }
            if site != nil {
                // Walking the articles tells each one's site once, in the outer loop; otherwise
                // the site's articles are told once each, not once per quote.
                conditions.append(walkArticles ? ArticleSite.condition : ArticleSite.articleIdCondition)
            }
            let filter = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
            let from =
                walkArticles
                ? "article CROSS JOIN quote ON quote.articleId = article.id"
                : "quote JOIN article ON article.id = quote.articleId"
            let sql = """
                SELECT \(Library.quoteColumns)
                FROM \(from)
                LEFT JOIN actor ON actor.id = quote.actorId
                \(filter)
                ORDER BY article.date DESC, article.id DESC, quote.start LIMIT ?
                """
            return try Row.fetchAll(db, sql: sql, arguments: arguments).map(Library.quote)
        }
    }

    /// The columns of a ``LibraryQuote`` in a query joining `quote`, `article` and `actor`.
    static let quoteColumns = """
        quote.*, article.title AS articleTitle, article.date AS date, article.dateOffset AS dateOffset,
            actor.name AS actorName,
            actor.type AS actorType, article.link AS articleLink, article.site AS articleSite,
            article.source AS articleSource, (SELECT count(*) FROM quote AS earlier
                WHERE earlier.articleId = quote.articleId AND earlier.id < quote.id) + 1 AS number
        """

    /// The quote of a row of ``quoteColumns``.
    /// Its site is the one its citation names: the site the page names itself by, else its
    /// web address's host (`parole quotes --format csv`, `json` give the outlet of every quote).
    static func quote(_ row: Row) -> LibraryQuote {
        let url = WebAddress.of(link: row["articleLink"], source: row["articleSource"])
        return LibraryQuote(
            articleId: row["articleId"], articleTitle: row["articleTitle"],
            date: LibraryDate.date(row["date"]), dateOffset: row["dateOffset"],
            url: url,
            site: (row["articleSite"] as String?).flatMap { $0.isEmpty ? nil : $0 }
                ?? url.flatMap(WebAddress.siteHost),
            actorId: row["actorId"], actor: row["actorName"], actorType: row["actorType"],
            cue: row["cue"], via: row["via"], speaker: row["speaker"],
            text: row["text"],
            kind: row["kind"], start: row["start"], end: row["end"], number: row["number"])
    }

    /// How many of the newest matching articles a search ranks: ranking every match of a common
    /// word grows with the library (20,858 matches of "gouvernement président" at 110,000
    /// articles: 54 ms), ranking the newest 2,000 stays about 28 ms, and news readers want the
    /// recent articles first anyway.
    public static let searchRankWindow = 2_000

    /// Articles whose title or text hold every word of `query` (accents and case aside; each
    /// word also matches as the start of a longer word, so "satellite" finds "satellites"), best
    /// matches first among the newest `rankWindow` matches (equal ranks newest first), then the
    /// older matches, which no rank orders, newest first; `limit` of them from `offset`, so that
    /// a reader paging through a search of more than `rankWindow` matches reaches them all. Each
    /// with a snippet of its text around the words (``searchIds(_:limit:offset:rankWindow:)``
    /// gives the same articles without).
    public func search(
        _ query: String, limit: Int = 100, offset: Int = 0, rankWindow: Int = Library.searchRankWindow
    ) throws(LibraryError) -> [SearchHit] {
        guard let match = Library.ftsQuery(query) else { return [] }
        let ids = try searchIds(query, limit: limit, offset: offset, rankWindow: rankWindow)
        guard let low = ids.min(), let high = ids.max() else { return [] }
        return try read { db in
            // The snippets of the page's articles only, in one pass over the matches between
            // its first and last (`+` keeps the list out of the full-text index, which would
            // run the query again for each article).
            var hits: [Int64: SearchHit] = [:]
            let rows = try Row.fetchCursor(
                db,
                sql: """
                    SELECT article.id, article.source, article.title, article.date, article.dateOffset,
                        (SELECT count(*) FROM quote WHERE quote.articleId = article.id) AS quotes,
                        \(Library.isReadColumn) AS isRead,
                        snippet(articleSearch, 1, '[', ']', '…', 12) AS snippet
                    FROM articleSearch JOIN article ON article.id = articleSearch.rowid
                    WHERE articleSearch MATCH ? AND articleSearch.rowid BETWEEN ? AND ?
                        AND +articleSearch.rowid IN (\(ids.map(String.init).joined(separator: ",")))
                    """, arguments: [match, low, high])
            while let row = try rows.next() {
                let hit = SearchHit(article: Library.summary(row), snippet: row["snippet"])
                hits[hit.article.id] = hit
            }
            return ids.compactMap { hits[$0] }
        }
    }

    /// The articles ``search(_:limit:offset:rankWindow:)`` finds, in its order, without their
    /// snippets: what the reader lists and pages through.
    public func searchIds(
        _ query: String, limit: Int = 100, offset: Int = 0, rankWindow: Int = Library.searchRankWindow
    ) throws(LibraryError) -> [Int64] {
        guard let match = Library.ftsQuery(query), limit > 0 else { return [] }
        let window = max(1, rankWindow)
        let offset = max(0, offset)
        return try read { db in
            // The oldest of the newest `window` matches, by insertion; none when fewer match.
            let boundary = try Int64.fetchOne(
                db,
                sql: """
                    SELECT rowid FROM articleSearch WHERE articleSearch MATCH ?
                    ORDER BY rowid DESC LIMIT 1 OFFSET ?
                    """, arguments: [match, window - 1])
            var ids: [Int64] = []
            if offset < window {
                ids = try Int64.fetchAll(
                    db,
                    sql: """
                        SELECT article.id FROM articleSearch JOIN article ON article.id = articleSearch.rowid
                        WHERE articleSearch MATCH ? AND articleSearch.rowid >= ?
                        ORDER BY rank, article.date DESC, article.id DESC LIMIT ? OFFSET ?
                        """, arguments: [match, boundary ?? 0, limit, offset])
            }
            if let boundary, ids.count < limit {
                ids += try Int64.fetchAll(
                    db,
                    sql: """
                        SELECT article.id FROM articleSearch JOIN article ON article.id = articleSearch.rowid
                        WHERE articleSearch MATCH ? AND articleSearch.rowid < ?
                        ORDER BY article.date DESC, article.id DESC LIMIT ? OFFSET ?
                        """, arguments: [match, boundary, limit - ids.count, max(0, offset - window)])
            }
            return ids
        }
    }

    /// Every article whose title or text hold every word of `query` (as
    /// ``searchIds(_:limit:offset:rankWindow:)`` matches them), in `order` instead of the
    /// search's rank, `limit` of them from `offset`: the reader's list of a search sorted with
    /// `S`, read page by page in that order.
    public func searchIds(
        _ query: String, order: ArticleOrder, limit: Int, offset: Int = 0
    ) throws(LibraryError) -> [Int64] {
        guard let match = Library.ftsQuery(query), limit > 0 else { return [] }
        return try read { db in
            try Int64.fetchAll(
                db,
                sql: """
                    SELECT id FROM (
                        SELECT \(ArticleOrder.orderedColumns)
                        FROM articleSearch JOIN article ON article.id = articleSearch.rowid
                        WHERE articleSearch MATCH ?)
                    ORDER BY \(order.sql) LIMIT ? OFFSET ?
                    """, arguments: [match, limit, max(0, offset)])
        }
    }

    /// The FTS5 query for what a user typed: each word quoted (so no character is an
    /// operator), all required, each a prefix; words between double quotes or guillemets
    /// ("principe de précaution", « principe de précaution ») are a phrase: those words, in
    /// that order, one after the other (an unclosed mark runs to the end).
    static func ftsQuery(_ query: String) -> String? {
        var terms: [String] = []
        func bare(_ text: Substring) -> String {
            text.replacingOccurrences(of: "*", with: "").replacingOccurrences(of: "\"", with: "")
        }
        var rest = Substring(query)
        while !rest.isEmpty {
            guard let open = rest.firstIndex(where: { $0 == "\"" || $0 == "«" }) else {
                for word in rest.split(whereSeparator: { $0.isWhitespace })
                where !NameKey.of(bare(word)).isEmpty {
                    terms.append("\"\(bare(word))\"*")
                }
                break
            }
            for word in rest[..<open].split(whereSeparator: { $0.isWhitespace })
            where !NameKey.of(bare(word)).isEmpty {
                terms.append("\"\(bare(word))\"*")
            }
            let closing: Character = rest[open] == "«" ? "»" : "\""
            let inside = rest[rest.index(after: open)...]
            let close = inside.firstIndex(of: closing) ?? inside.endIndex
            let phrase = bare(inside[..<close]).split(whereSeparator: { $0.isWhitespace }).joined(
                separator: " ")
            if !NameKey.of(phrase).isEmpty { terms.append("\"\(phrase)\"") }
            rest = close < inside.endIndex ? inside[inside.index(after: close)...] : ""
        }
        return terms.isEmpty ? nil : terms.joined(separator: " ")
    }

    /// The merges the library made: article actors joined to an actor of other articles; without
    /// `sameName`, leaving out the merges of the same name (``ActorMerge/isSameName``), the
    /// commonest by far (43,844 of 44,056 in a library of 4,000 articles), in SQL: listing the
    /// others then reads only their actors' appearances.
    public func merges(sameName: Bool = true) throws(LibraryError) -> [ActorMerge] {
        let listed = sameName ? "mergeReason IS NOT NULL" : "mergeReason IS NOT NULL AND mergeReason <> ?"
        let arguments: StatementArguments = sameName ? [] : [ActorMerge.sameNameReason]
        return try read { db in
            // The name each merge joined: the fullest name of the actor's appearances before it,
            // in one pass over the appearances of the merged actors (a lookup per merge grew
            // with the square of a popular actor's appearances).
            var joined: [Int64: String] = [:]
            var actor: Int64 = -1
            var fullest: (name: String, key: String)?
            var keys: [String: String] = [:]
            let appearances = try Row.fetchCursor(
                db,
                sql: """
                    SELECT id, actorId, name, mergeReason IS NOT NULL AS merged FROM appearance
                    WHERE actorId IN (SELECT actorId FROM appearance WHERE \(listed))
                    ORDER BY actorId, id
                    """, arguments: arguments)
            while let row = try appearances.next() {
                let actorId: Int64 = row["actorId"]
                if actorId != actor {
                    actor = actorId
                    fullest = nil
                }
                let name: String = row["name"]
                if row["merged"] as Bool, let fullest { joined[row["id"]] = fullest.name }
                let key = keys[name] ?? NameKey.of(name)
                keys[name] = key
                if fullest == nil || NameKey.isFuller(key, than: fullest!.key) { fullest = (name, key) }
            }
            return try Row.fetchAll(
                db,
                sql: """
                    SELECT appearance.id AS appearanceId, actor.id AS actorId, actor.name AS actorName,
                        appearance.name AS name, article.title AS articleTitle, appearance.mergeReason AS reason
                    FROM appearance JOIN actor ON actor.id = appearance.actorId
                    JOIN article ON article.id = appearance.articleId
                    WHERE appearance.\(listed) ORDER BY actor.id, appearance.id
                    """, arguments: arguments
            ).map { row in
                let actorName: String = row["actorName"]
                let appearanceId: Int64 = row["appearanceId"]
                return ActorMerge(
                    appearanceId: appearanceId, actorId: row["actorId"], actorName: actorName,
                    name: row["name"], joinedName: joined[appearanceId] ?? actorName,
                    articleTitle: row["articleTitle"], reason: row["reason"])
            }
        }
    }

    /// How many merges of the same name the library made (those ``merges(sameName:)`` leaves out).
    public func sameNameMergeCount() throws(LibraryError) -> Int {
        try read { db in
            try Int.fetchOne(
                db, sql: "SELECT count(*) FROM appearance WHERE mergeReason = ?",
                arguments: [ActorMerge.sameNameReason]) ?? 0
        }
    }

    /// Undoes the merge of appearance `appearanceId`: the article's actor becomes a library actor
    /// of its own, with its quotes, and the two are never merged again. Returns the new actor's
    /// identifier.
    @discardableResult
    public func unmerge(appearanceId: Int64) throws(LibraryError) -> Int64 {
        try write { db in
            guard
                let row = try Row.fetchOne(
                    db,
                    sql: """
                        SELECT appearance.*, actor.type AS type, actor.key AS actorKey FROM appearance
                        JOIN actor ON actor.id = appearance.actorId
                        WHERE appearance.id = ? AND appearance.mergeReason IS NOT NULL
                        """, arguments: [appearanceId])
            else {
                throw LibraryError.refused("no merge \(appearanceId); see `parole actors --merges`")
            }
            let oldActor: Int64 = row["actorId"]
            let name: String = row["name"]
            let key = NameKey.of(name)
            try db.execute(
                sql: "INSERT INTO actor (name, type, key, surnameKey) VALUES (?, ?, ?, ?)",
                arguments: [name, row["type"] as String, key, NameKey.surname(ofKey: key)])
            let newActor = db.lastInsertedRowID
            try db.execute(
                sql: "UPDATE appearance SET actorId = ?, mergeReason = NULL WHERE id = ?",
                arguments: [newActor, appearanceId])
            try db.execute(
                sql: "UPDATE quote SET actorId = ? WHERE appearanceId = ?",
                arguments: [newActor, appearanceId])
            try db.execute(
                sql: "INSERT OR IGNORE INTO keptApart (actorId, key) VALUES (?, ?), (?, ?)",
                arguments: [oldActor, key, newActor, row["actorKey"] as String])
            let aliases =
                (try? JSONDecoder().decode([String].self, from: Data((row["aliases"] as String).utf8))) ?? []
            for alias in [name] + aliases {
                try db.execute(
                    sql: "INSERT OR IGNORE INTO alias (actorId, key, text, isRole) VALUES (?, ?, ?, ?)",
                    arguments: [newActor, NameKey.of(alias), alias, NameKey.isRole(alias)])
            }
            try ActorCounts.refresh([oldActor, newActor], in: db)
            return newActor
        }
    }

    /// Calls `body` with every stored article, oldest first, reading one at a time (constant memory);
    /// with `since` / `until`, only the articles dated from `since` and before `until` (as
    /// ``articles(limit:offset:order:unreadOnly:since:until:site:)`` chooses them).
    public func forEachArticle(
        since: ArticleDateLimit? = nil, until: ArticleDateLimit? = nil,
        _ body: (StoredArticle, LibraryEntry) throws -> Void
    ) throws(LibraryError) {
        let (filter, dates, dateConditions) = Self.articleFilter(
            unreadOnly: false, since: since, until: until, site: nil)
        try read { db in
            dateConditions.register(in: db)
            let rows = try Row.fetchCursor(
                db,
                sql: """
                    SELECT *, (SELECT count(*) FROM quote WHERE quote.articleId = article.id) AS quotes,
                        \(Library.isReadColumn) AS isRead
                    FROM article \(filter) ORDER BY id
                    """, arguments: dates)
            while let row = try rows.next() {
                let article = try Library.stored(row)
                var entry = LibraryEntry(
                    source: row["source"], date: LibraryDate.date(row["date"]), link: row["link"],
                    author: row["author"], site: row["site"], language: row["language"])
                entry.dateOffset = article.dateOffset
                try body(article, entry)
            }
        }
    }

    /// The articles in which any of `actorIds` appears, newest first (dated before undated, then the
    /// last stored first), at most `limit` from `offset`: a reader pages through them.
    public func articleIds(mentioning actorIds: [Int64], limit: Int, offset: Int = 0) throws(LibraryError)
        -> [Int64]
    {
        guard !actorIds.isEmpty else { return [] }
        let list = actorIds.map(String.init).joined(separator: ",")
        return try read { db in
            try Int64.fetchAll(
                db,
                sql: """
                    SELECT article.id FROM article WHERE article.id IN
                        (SELECT articleId FROM appearance WHERE actorId IN (\(list)))
                    ORDER BY article.date DESC, article.id DESC LIMIT ? OFFSET ?
                    """, arguments: [limit, max(0, offset)])
        }
    }

    /// The articles in which any of `actorIds` appears, in `order`, at most `limit` from
    /// `offset`: the reader's list of an actor's articles sorted with `S`, read page by page in
    /// that order.
    public func articleIds(
        mentioning actorIds: [Int64], order: ArticleOrder, limit: Int, offset: Int = 0
    ) throws(LibraryError) -> [Int64] {
        guard !actorIds.isEmpty else { return [] }
        let list = actorIds.map(String.init).joined(separator: ",")
        return try read { db in
            try Int64.fetchAll(
                db,
                sql: """
                    SELECT id FROM (
                        SELECT \(ArticleOrder.orderedColumns)
                        FROM article WHERE article.id IN
                            (SELECT articleId FROM appearance WHERE actorId IN (\(list))))
                    ORDER BY \(order.sql) LIMIT ? OFFSET ?
                    """, arguments: [limit, max(0, offset)])
        }
    }

    /// The articles `ids` with their analyses, in the order given (missing ones left out).
    public func storedArticles(ids: [Int64]) throws(LibraryError) -> [StoredArticle] {
        guard !ids.isEmpty else { return [] }
        let list = ids.map(String.init).joined(separator: ",")
        return try read { db in
            var byId: [Int64: StoredArticle] = [:]
            let rows = try Row.fetchCursor(
                db,
                sql: """
                    SELECT *, (SELECT count(*) FROM quote WHERE quote.articleId = article.id) AS quotes,
                        \(Library.isReadColumn) AS isRead
                    FROM article WHERE id IN (\(list))
                    """)
            while let row = try rows.next() {
                let article = try Library.stored(row)
                byId[article.summary.id] = article
            }
            return ids.compactMap { byId[$0] }
        }
    }
}
