import Foundation
import GRDB
import ParoleKit

extension Correction: FetchableRecord, MutablePersistableRecord {
    /// The table corrections are stored in.
    public static let databaseTableName = "correction"

    /// Takes the identifier SQLite gave the inserted row.
    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

extension Library {
    /// The library's identifier of the article stored from `source` (a path or URL as given to
    /// `parole add`), if any.
    public func articleId(source: String) throws(LibraryError) -> Int64? {
        try read { db in
            try Int64.fetchOne(db, sql: "SELECT id FROM article WHERE source = ?", arguments: [source])
        }
    }

    /// Records the user's decision `request` about article `articleId`, applies it at once to
    /// the stored analysis, quotes and actors, and returns the article as corrected. Quote
    /// numbers count from 1 in text order, as `parole correct` and the reader show them.
    @discardableResult
    public func correct(articleId: Int64, _ request: CorrectionRequest) throws(LibraryError) -> StoredArticle
    {
        try write { db in
            guard
                let row = try Row.fetchOne(
                    db, sql: "SELECT source, hash, text, analysis FROM article WHERE id = ?",
                    arguments: [articleId])
            else { throw LibraryError.refused("no article \(articleId) in the library") }
            var analysis = try AnalysisJSON.decode(row["analysis"] as Data)
            analysis.text = row["text"]
            let source: String = row["source"]
            let hash: String = row["hash"]
            func quote(_ number: Int) throws -> Quote {
                guard analysis.quotes.indices.contains(number - 1) else {
                    let count = analysis.quotes.count
                    throw LibraryError.refused(
                        count == 0
                            ? "article \(articleId) has no quotes"
                            : "article \(articleId) has \(count) \(count == 1 ? "quote" : "quotes"); no quote \(number)"
                    )
                }
                return analysis.quotes[number - 1]
            }
            func actor(_ name: String) throws -> String {
                guard let index = CorrectionApplier.actorIndex(named: name, in: analysis) else {
                    throw LibraryError.refused("article \(articleId) names no actor \(name)")
                }
                return analysis.actors[index].name
            }
            var correction = Correction(source: source, hash: hash, decision: .speaker)
            switch request {
            case .speaker(let number, let name):
                let found = try quote(number)
                guard !NameKey.of(name).isEmpty else {
                    throw LibraryError.refused("a speaker needs a name")
                }
                if let fault = Correction.nameFault(name) {
                    throw LibraryError.refused("a speaker's name \(fault)")
                }
                correction.quoteStart = found.span.start
                correction.quoteEnd = found.span.end
                correction.quoteText = found.text
                correction.speaker = name.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            case .notQuote(let number):
                let found = try quote(number)
                correction.decision = .notQuote
                correction.quoteStart = found.span.start
                correction.quoteEnd = found.span.end
                correction.quoteText = found.text
            case .merge(let from, let into):
                correction.decision = .merge
                correction.actor = try actor(from)
                correction.speaker = try actor(into)
                guard NameKey.of(correction.actor!) != NameKey.of(correction.speaker!) else {
                    throw LibraryError.refused("\(from) and \(into) are already one actor")
                }
            case .split(let name):
                let key = NameKey.of(name)
                let merges = try Correction.fetchAll(
                    db, sql: "SELECT * FROM correction WHERE decision = 'merge' AND (source = ? OR hash = ?)",
                    arguments: [source, hash]
                ).filter { NameKey.of($0.actor ?? "") == key || NameKey.of($0.speaker ?? "") == key }
                guard !merges.isEmpty else {
                    throw LibraryError.refused("no merge of \(name) to undo in article \(articleId)")
                }
                // Splitting the actor merged into undoes the latest merge into it.
                let undone =
                    merges.contains { NameKey.of($0.actor ?? "") == key }
                    ? merges.filter {
                        NameKey.of($0.actor ?? "") == key
                    } : [merges.last!]
                for merge in undone { _ = try merge.delete(db) }
                try ArticleWriter(db: db, checkpoint: checkpoint).reapplyCorrections(article: articleId)
                return try Library.storedArticle(articleId, db: db)
            case .gender(let name, let gender):
                correction.decision = .gender
                correction.actor = try actor(name)
                correction.gender = gender
            }
            try correction.insert(db)
            try ArticleWriter(db: db, checkpoint: checkpoint).reapplyCorrections(article: articleId)
            return try Library.storedArticle(articleId, db: db)
        }
    }

    static func storedArticle(_ id: Int64, db: Database) throws -> StoredArticle {
        guard
            let row = try Row.fetchOne(
                db,
                sql: """
                    SELECT *, (SELECT count(*) FROM quote WHERE quote.articleId = article.id) AS quotes
                    FROM article WHERE id = ?
                    """, arguments: [id])
        else { throw DatabaseError(message: "article \(id) vanished") }
        return try Library.stored(row)
    }

    /// The corrections of the library, oldest first: all, or those of article `articleId`.
    public func corrections(articleId: Int64? = nil) throws(LibraryError) -> [Correction] {
        try read { db in
            guard let articleId else {
                return try Correction.fetchAll(db, sql: "SELECT * FROM correction ORDER BY createdAt, id")
            }
            guard
                let row = try Row.fetchOne(
                    db, sql: "SELECT source, hash FROM article WHERE id = ?", arguments: [articleId])
            else { return [] }
            return try Correction.fetchAll(
                db, sql: "SELECT * FROM correction WHERE source = ? OR hash = ? ORDER BY createdAt, id",
                arguments: [row["source"] as String, row["hash"] as String])
        }
    }

    /// Removes correction `id` and stores its article's analysis without it.
    public func removeCorrection(id: Int64) throws(LibraryError) {
        try write { db in
            guard let correction = try Correction.fetchOne(db, key: id) else {
                throw LibraryError.refused("no correction \(id); see `parole corrections list`")
            }
            _ = try correction.delete(db)
            for article in try Library.articles(of: [correction], db: db) {
                try ArticleWriter(db: db, checkpoint: checkpoint).reapplyCorrections(article: article)
            }
        }
    }

    /// Stores `corrections` made elsewhere (`parole corrections export`), skipping those the
    /// library already holds, and applies them to the articles they are about. Those about an
    /// article not in the library wait for it; those that cannot be placed are returned.
    public func importCorrections(_ corrections: [Correction]) throws(LibraryError) -> CorrectionImport {
        try write { db in
            var outcome = CorrectionImport()
            // The decisions held, keyed both ways (see `sameDecision`): a file of 100,000
            // corrections is checked in one pass, not against every other one.
            var bySource: Set<Correction.DecisionKey> = []
            var byHash: Set<Correction.DecisionKey> = []
            func hold(_ correction: Correction) {
                let keys = correction.decisionKeys
                bySource.insert(keys.bySource)
                byHash.insert(keys.byHash)
            }
            for held in try Correction.fetchAll(db) { hold(held) }
            var added: [Correction] = []
            for var correction in corrections {
                let keys = correction.decisionKeys
                if bySource.contains(keys.bySource) || byHash.contains(keys.byHash) {
                    outcome.duplicates += 1
                    continue
                }
                hold(correction)
                correction.id = nil
                correction.placed = true
                try correction.insert(db)
                added.append(correction)
            }
            outcome.added = added.count
            let articles = try Library.articles(of: added, db: db)
            for article in articles {
                try ArticleWriter(db: db, checkpoint: checkpoint).reapplyCorrections(article: article)
            }
            var isStored: [ArticleKey: Bool] = [:]
            let exists = try db.makeStatement(
                sql: "SELECT EXISTS (SELECT 1 FROM article WHERE source = ? OR hash = ?)")
            for correction in added {
                guard let id = correction.id, let stored = try Correction.fetchOne(db, key: id) else {
                    continue
                }
                let key = ArticleKey(source: stored.source, hash: stored.hash)
                if isStored[key] == nil {
                    isStored[key] = try Bool.fetchOne(exists, arguments: [key.source, key.hash]) ?? false
                }
                if isStored[key] != true {
                    outcome.waiting += 1
                } else if !stored.placed {
                    outcome.unplaced.append(stored)
                }
            }
            return outcome
        }
    }

    /// The corrections that could not be placed in their article's current analysis: kept, and
    /// listed here so that the user can redo or remove them. Only those of `sources` if given.
    public func unplacedCorrections(sources: [String]? = nil) throws(LibraryError) -> [Correction] {
        try read { db in
            let all = try Correction.fetchAll(
                db, sql: "SELECT * FROM correction WHERE placed = 0 ORDER BY createdAt, id")
            guard let sources else { return all }
            let wanted = Set(sources)
            return all.filter { wanted.contains($0.source) }
        }
    }

    /// The articles that `corrections` are about (by source or content hash).
    static func articles(of corrections: [Correction], db: Database) throws -> [Int64] {
        var ids: Set<Int64> = []
        let statement = try db.cachedStatement(sql: "SELECT id FROM article WHERE source = ? OR hash = ?")
        // Each article once, however many corrections name it.
        for key in Set(corrections.map { ArticleKey(source: $0.source, hash: $0.hash) }) {
            ids.formUnion(try Int64.fetchAll(statement, arguments: [key.source, key.hash]))
        }
        return ids.sorted()
    }

    /// How a correction names its article: the source it was added from and its text's hash.
    struct ArticleKey: Hashable {
        var source: String
        var hash: String
    }
}
