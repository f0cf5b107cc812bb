import Foundation
import GRDB
import ParoleKit

extension Library {
    /// The statistics of the quotes `filter` picks, with the `top` most quoted actors.
    public func statistics(_ filter: StatisticsFilter = StatisticsFilter(), top: Int = 10)
        throws(LibraryError)
        -> QuoteStatistics
    {
        var conditions: [String] = []
        var arguments: StatementArguments = []
        if let ids = filter.actorIds {
            conditions.append(
                "quote.actorId IN (\(ids.isEmpty ? "NULL" : ids.map(String.init).joined(separator: ",")))")
        }
        let dateConditions = Self.addDates(
            since: filter.since, until: filter.until, to: &conditions, &arguments)
        if let id = filter.articleId {
            conditions.append("article.id = ?")
            _ = arguments.append(contentsOf: [id])
        }
        let sql = """
            SELECT quote.actorId AS actorId, appearance.kind AS kind, article.date AS date,
                article.dateOffset AS dateOffset,
                article.source AS source, article.link AS link, article.site AS site, actor.name AS name
            FROM quote JOIN article ON article.id = quote.articleId
            LEFT JOIN appearance ON appearance.id = quote.appearanceId
            LEFT JOIN actor ON actor.id = quote.actorId
            \(conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND "))
            """
        return try read { db in
            dateConditions.register(in: db)
            var stats = QuoteStatistics()
            var perActor: [Int64: (name: String, kind: String, quotes: Int)] = [:]
            // An article's quotes come one after another: its month is told once.
            var lastDate: (date: String?, offset: Int?, month: String) = (nil, nil, "undated")
            let rows = try Row.fetchCursor(db, sql: sql, arguments: arguments)
            while let row = try rows.next() {
                let site = Self.site(source: row["source"], link: row["link"], name: row["site"])
                if let wanted = filter.site, wanted.lowercased() != site.lowercased() { continue }
                stats.quotes += 1
                stats.bySite[site, default: 0] += 1
                let date: String? = row["date"]
                let offset: Int? = row["dateOffset"]
                if date != lastDate.date || offset != lastDate.offset {
                    lastDate = (date, offset, Self.month(date: date, offset: offset))
                }
                stats.byMonth[lastDate.month, default: 0] += 1
                guard let actorId: Int64 = row["actorId"] else {
                    stats.byType["unattributed", default: 0] += 1
                    continue
                }
                let kind: String = row["kind"] ?? SpeakerKind.person.rawValue
                stats.byType[kind, default: 0] += 1
                var entry = perActor[actorId] ?? (row["name"] ?? "?", kind, 0)
                entry.quotes += 1
                perActor[actorId] = entry
            }
            let genders = try Self.genders(of: Array(perActor.keys), db: db)
            for (id, entry) in perActor {
                stats.speakersByType[entry.kind, default: 0] += 1
                if entry.kind == SpeakerKind.person.rawValue {
                    let gender = genders[id] ?? .unknown
                    stats.people[gender.rawValue, default: 0] += 1
                    stats.peopleQuotes[gender.rawValue, default: 0] += entry.quotes
                }
            }
            stats.top = perActor.sorted {
                ($0.value.quotes, $1.value.name, $1.key) > ($1.value.quotes, $0.value.name, $0.key)
            }.prefix(max(0, top)).map { id, entry in
                QuoteStatistics.TopActor(
                    actor: entry.name, quotes: entry.quotes, type: entry.kind,
                    gender: entry.kind == SpeakerKind.person.rawValue
                        ? (genders[id] ?? .unknown).rawValue : SpeakerGender.unknown.rawValue)
            }
            return stats
        }
    }

    /// The month (`yyyy-mm`) an article dated `date` (its stored form) was published, on its own
    /// day (``PublicationDay``): "2026-03-01T00:30:00+01:00", stored as 2026-02-28T23:30:00Z,
    /// counts in March. `undated` without a date.
    static func month(date: String?, offset: Int?) -> String {
        guard let date = LibraryDate.date(date) else { return "undated" }
        return String(PublicationDay.string(of: date, offset: offset).prefix(7))
    }

    /// The gender of each library actor across its appearances: the one gender its articles
    /// give it, unknown when none does or they disagree (a correction sets every appearance).
    static func genders(of actors: [Int64], db: Database) throws -> [Int64: SpeakerGender] {
        guard !actors.isEmpty else { return [:] }
        var seen: [Int64: Set<String>] = [:]
        let list = actors.map(String.init).joined(separator: ",")
        for row in try Row.fetchAll(
            db,
            sql:
                "SELECT DISTINCT actorId, gender FROM appearance WHERE actorId IN (\(list)) AND gender != 'unknown'"
        ) {
            seen[row["actorId"], default: []].insert(row["gender"])
        }
        var out = seen.compactMapValues { $0.count == 1 ? SpeakerGender(rawValue: $0.first!) : nil }
        // A gender the user set wins over what any article suggests.
        var corrected: [String: SpeakerGender] = [:]
        for row in try Row.fetchAll(
            db, sql: "SELECT actor, gender FROM correction WHERE decision = 'gender' ORDER BY createdAt, id")
        {
            if let actor: String = row["actor"], let gender = SpeakerGender(rawValue: row["gender"] ?? "") {
                corrected[NameKey.of(actor)] = gender
            }
        }
        guard !corrected.isEmpty else { return out }
        for row in try Row.fetchAll(
            db,
            sql:
                "SELECT id, key FROM actor WHERE id IN (\(list)) UNION SELECT actorId, key FROM alias WHERE actorId IN (\(list))"
        ) {
            if let gender = corrected[row[1] as String] { out[row[0] as Int64] = gender }
        }
        return out
    }

    /// The site of an article: the host of its address (without "www."), else the name the
    /// page gave its site, else the host of its source for a URL; `local` for files.
    static func site(source: String, link: String?, name: String?) -> String {
        if let host = link.flatMap(WebAddress.siteHost) { return host }
        if let name, !name.isEmpty { return name }
        return WebAddress.siteHost(of: source) ?? "local"
    }

}
