import Foundation
import GRDB
import ParoleKit
import ParoleSources

/// Writes one article and everything found in it, inside the caller's transaction.
struct ArticleWriter {
    let db: Database
    let checkpoint: (@Sendable (String) throws -> Void)?

    /// Stores `analysis` for `entry`; see `Library.add`. The user's corrections of the article
    /// are applied to it: the corrected analysis is what the library shows, the machine's own is
    /// kept beside it so that a later correction starts again from it.
    func add(_ entry: LibraryEntry, _ analysis: Analysis) throws -> AddOutcome {
        let hash = ContentHash.of(analysis.text)
        var outcome = AddOutcome.added
        var articleId: Int64?
        var touched: Set<Int64> = []
        // The read mark goes with the article row: kept across a new analysis of the same text
        // (a newer Parole); a text that changed is unread again (docs/feeds.md).
        var readAt: String?
        if let row = try Row.fetchOne(
            db.cachedStatement(sql: "SELECT id, hash, analysisVersion FROM article WHERE source = ?"),
            arguments: [entry.source])
        {
            if row["hash"] as String == hash, row["analysisVersion"] as String? == entry.analysisVersion {
                return .unchanged
            }
            outcome = .updated
            let id: Int64 = row["id"]
            articleId = id
            readAt =
                try row["hash"] as String != hash
                ? nil
                : String.fetchOne(
                    db.cachedStatement(sql: "SELECT readAt FROM articleRead WHERE articleId = ?"),
                    arguments: [id]
                )
            touched = try removeDerived(article: id)
            try db.cachedStatement(sql: "DELETE FROM articleSearch WHERE rowid = ?").execute(arguments: [id])
            try db.cachedStatement(sql: "DELETE FROM article WHERE id = ?").execute(arguments: [id])
        }
        let corrected = try applyCorrections(source: entry.source, hash: hash, to: analysis)
        try db.cachedStatement(
            sql: """
                INSERT INTO article (id, source, ident, title, date, link, author, text, hash, analysis, addedAt,
                    machineAnalysis, analysisVersion, site, language, feedItem, titleKey, dateOffset)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """
        ).execute(arguments: [
            articleId, entry.source, analysis.id, analysis.title, LibraryDate.string(entry.date),
            entry.link,
            entry.author, analysis.text, hash, Self.blob(corrected.analysis), LibraryDate.string(Date()),
            corrected.placed.isEmpty ? nil : Self.blob(analysis), entry.analysisVersion, entry.site,
            entry.language, entry.feedItem, ArticleOrder.sortKey(analysis.title), entry.dateOffset,
        ])
        let id = db.lastInsertedRowID
        if let readAt {
            try db.cachedStatement(sql: "INSERT INTO articleRead (articleId, readAt) VALUES (?, ?)")
                .execute(arguments: [id, readAt])
        }
        try checkpoint?("article")
        try db.cachedStatement(sql: "INSERT INTO articleSearch (rowid, title, text) VALUES (?, ?, ?)")
            .execute(arguments: [id, analysis.title, analysis.text])
        if Self.isCounted(language: entry.language) {
            touched.formUnion(try storeDerived(article: id, corrected))
            try ActorCounts.adjust(article: id, by: 1, in: db)
        }
        try ActorCounts.removeUnused(touched, in: db)
        try checkpoint?("counts")
        return outcome
    }

    /// Whether what the analysis found in an article in `language` goes into the library's
    /// actors, quotes and statistics: not for a language the analysis does not support, whose
    /// "speakers" were found by the French rules ("Die", "They", "Nein" as people; 93 % of the
    /// quotes of a library of 1,000 web pages). Such an article is stored, searchable and
    /// shown by the reader with its analysis and a notice; an unknown language counts.
    static func isCounted(language: String?) -> Bool {
        AnalysisLanguage.supports(language)
    }

    /// Applies the article's corrections again to the machine's analysis and stores the result:
    /// what a new, removed or imported correction needs.
    func reapplyCorrections(article id: Int64) throws {
        guard
            let row = try Row.fetchOne(
                db,
                sql:
                    "SELECT source, hash, text, analysis, machineAnalysis, language FROM article WHERE id = ?",
                arguments: [id])
        else { return }
        var analysis = try AnalysisJSON.decode((row["machineAnalysis"] as Data?) ?? row["analysis"])
        analysis.text = row["text"]
        let corrected = try applyCorrections(source: row["source"], hash: row["hash"], to: analysis)
        var touched = try removeDerived(article: id)
        try db.execute(
            sql: "UPDATE article SET analysis = ?, machineAnalysis = ? WHERE id = ?",
            arguments: [
                Self.blob(corrected.analysis), corrected.placed.isEmpty ? nil : Self.blob(analysis), id,
            ])
        if Self.isCounted(language: row["language"]) {
            touched.formUnion(try storeDerived(article: id, corrected))
            try ActorCounts.adjust(article: id, by: 1, in: db)
        }
        try ActorCounts.removeUnused(touched, in: db)
    }

    /// The `v6-unsupported-languages-uncounted` migration: what earlier versions stored from
    /// the analyses of articles in a language the analysis does not support (their entities,
    /// appearances, mentions and quotes) is taken out of the library's actors and counts. The
    /// articles themselves, their text and analysis, stay.
    static func uncountUnsupportedLanguages(in db: Database) throws {
        let writer = ArticleWriter(db: db, checkpoint: nil)
        var touched: Set<Int64> = []
        for row in try Row.fetchAll(db, sql: "SELECT id, language FROM article WHERE language IS NOT NULL")
        where !isCounted(language: row["language"]) {
            touched.formUnion(try writer.removeDerived(article: row["id"]))
        }
        // Foreign keys are not enforced during a migration, so their cascades do not run either.
        let unused = "SELECT id FROM actor WHERE articleCount <= 0"
        try db.execute(sql: "DELETE FROM alias WHERE actorId IN (\(unused))")
        try db.execute(sql: "DELETE FROM keptApart WHERE actorId IN (\(unused))")
        try ActorCounts.removeUnused(touched, in: db)
        try ActorMatcher(db: db).renameAfterAppearances(touched)
    }

    /// The analysis as stored: without its text, which has a column of its own.
    private static func blob(_ analysis: Analysis) -> Data {
        var stored = analysis
        stored.text = ""
        return AnalysisJSON.encode(stored, pretty: false)
    }

    /// The corrections of the article (by source or by content hash), oldest first, applied to
    /// `analysis`; each one's `placed` is brought up to date.
    private func applyCorrections(source: String, hash: String, to analysis: Analysis) throws
        -> CorrectionApplier.Result
    {
        // A correction made in another library names that library's path or URL; found here by
        // the text's hash, it takes this article's source, so that it stays with the article
        // once its text changes (and its hash with it).
        try db.cachedStatement(
            sql: """
                UPDATE correction SET source = ?1 WHERE hash = ?2 AND source <> ?1
                    AND NOT EXISTS (SELECT 1 FROM article WHERE article.source = correction.source)
                """
        ).execute(arguments: [source, hash])
        let corrections = try Correction.fetchAll(
            db.cachedStatement(
                sql: "SELECT * FROM correction WHERE source = ? OR hash = ? ORDER BY createdAt, id"),
            arguments: [source, hash])
        let result = CorrectionApplier.apply(corrections, to: analysis)
        let update = try db.cachedStatement(sql: "UPDATE correction SET placed = ? WHERE id = ?")
        for (correction, placed) in zip(corrections, result.placed) where correction.placed != placed {
            try update.execute(arguments: [placed, correction.id])
        }
        return result
    }

    /// Deletes what was derived from the article's analysis (its counts taken off its actors);
    /// returns the library actors it named.
    func removeDerived(article id: Int64) throws -> Set<Int64> {
        let touched = try Set(
            Int64.fetchAll(
                db.cachedStatement(sql: "SELECT DISTINCT actorId FROM appearance WHERE articleId = ?"),
                arguments: [id]))
        try ActorCounts.adjust(article: id, by: -1, in: db)
        try db.cachedStatement(sql: "DELETE FROM quote WHERE articleId = ?").execute(arguments: [id])
        try db.cachedStatement(sql: "DELETE FROM mention WHERE articleId = ?").execute(arguments: [id])
        try db.cachedStatement(sql: "DELETE FROM appearance WHERE articleId = ?").execute(arguments: [id])
        try db.cachedStatement(sql: "DELETE FROM entity WHERE articleId = ?").execute(arguments: [id])
        return touched
    }

    /// Stores the entities, actors (with their kind and gender), mentions and quotes of the
    /// corrected analysis; returns the library actors they went to.
    private func storeDerived(article id: Int64, _ corrected: CorrectionApplier.Result) throws -> Set<Int64> {
        let analysis = corrected.analysis
        var touched: Set<Int64> = []
        let entityStatement = try db.cachedStatement(
            sql: "INSERT INTO entity (articleId, type, text, start, \"end\") VALUES (?, ?, ?, ?, ?)")
        for entity in analysis.entities {
            try entityStatement.execute(arguments: [
                id, entity.type.rawValue, entity.text, entity.span.start, entity.span.end,
            ])
        }
        try checkpoint?("entities")
        var appearanceOf: [String: (appearance: Int64, actor: Int64)] = [:]
        let matcher = ActorMatcher(db: db)
        let genders = GenderEstimate().genders(in: analysis).merging(corrected.genders) { $1 }
        let mentionStatement = try db.cachedStatement(
            sql: "INSERT INTO mention (articleId, appearanceId, start, \"end\") VALUES (?, ?, ?, ?)")
        for actor in analysis.actors {
            let match = try matcher.match(actor, gender: genders[actor.id] ?? .unknown)
            try db.cachedStatement(
                sql: """
                    INSERT INTO appearance (articleId, actorId, localId, name, aliases, mentions, quotes, mergeReason,
                        kind, gender)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """
            ).execute(arguments: [
                id, match.actorId, actor.id, actor.name,
                String(decoding: AnalysisJSON.encode(actor.aliases, pretty: false), as: UTF8.self),
                actor.mentions, actor.quotes, match.reason, SpeakerKind.of(actor).rawValue,
                (genders[actor.id] ?? .unknown).rawValue,
            ])
            let appearance = db.lastInsertedRowID
            appearanceOf[actor.id] = (appearance, match.actorId)
            touched.insert(match.actorId)
            for span in actor.occurrences {
                try mentionStatement.execute(arguments: [id, appearance, span.start, span.end])
            }
        }
        try checkpoint?("actors")
        let quoteStatement = try db.cachedStatement(
            sql: """
                INSERT INTO quote (articleId, appearanceId, actorId, kind, text, start, "end", speaker, cue, via)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
        for quote in analysis.quotes {
            let link = quote.speaker?.actor.flatMap { appearanceOf[$0] }
            try quoteStatement.execute(arguments: [
                id, link?.appearance, link?.actor, quote.kind.rawValue, quote.text, quote.span.start,
                quote.span.end, quote.speaker?.text, quote.cue?.text, quote.via?.text,
            ])
        }
        try checkpoint?("quotes")
        return touched
    }
}

/// Keeps the library actors' counts right and removes actors left with no appearance.
enum ActorCounts {
    /// Adds (`sign` 1) or takes away (`sign` -1) what the article `article` counts for its actors:
    /// its quotes, its mentions, and one article. Touches only the article's rows, so an add
    /// costs the same however many articles an actor already has.
    static func adjust(article: Int64, by sign: Int, in db: Database) throws {
        try db.cachedStatement(
            sql: """
                UPDATE actor SET
                    quoteCount = quoteCount + ?1 * (SELECT count(*) FROM quote WHERE actorId = actor.id AND articleId = ?2),
                    mentionCount = mentionCount + ?1 * (SELECT coalesce(sum(mentions), 0) FROM appearance
                        WHERE articleId = ?2 AND actorId = actor.id),
                    articleCount = articleCount + ?1
                WHERE id IN (SELECT DISTINCT actorId FROM appearance WHERE articleId = ?2)
                """
        ).execute(arguments: [sign, article])
    }

    /// Deletes those of `actors` that no article mentions any more.
    static func removeUnused(_ actors: Set<Int64>, in db: Database) throws {
        guard !actors.isEmpty else { return }
        let ids = actors.map(String.init).joined(separator: ",")
        try db.execute(sql: "DELETE FROM actor WHERE id IN (\(ids)) AND articleCount <= 0")
    }

    /// Recounts quotes, mentions and articles of `actors`, and deletes those that no article
    /// mentions any more.
    static func refresh(_ actors: Set<Int64>, in db: Database) throws {
        guard !actors.isEmpty else { return }
        let ids = actors.map(String.init).joined(separator: ",")
        try db.execute(
            sql: """
                UPDATE actor SET
                    quoteCount = (SELECT count(*) FROM quote WHERE actorId = actor.id),
                    mentionCount = (SELECT coalesce(sum(mentions), 0) FROM appearance WHERE actorId = actor.id),
                    articleCount = (SELECT count(DISTINCT articleId) FROM appearance WHERE actorId = actor.id)
                WHERE id IN (\(ids))
                """)
        try db.execute(
            sql: """
                DELETE FROM actor WHERE id IN (\(ids))
                AND NOT EXISTS (SELECT 1 FROM appearance WHERE actorId = actor.id)
                """)
    }
}
