import GRDB

/// The library's tables, created and upgraded by GRDB's migrator.
enum LibrarySchema {
    /// The migrations, in order. Never edit a shipped one: add a new one.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(
                sql: """
                    CREATE TABLE article (
                        id INTEGER PRIMARY KEY,
                        source TEXT NOT NULL UNIQUE,
                        ident TEXT NOT NULL,
                        title TEXT NOT NULL,
                        date TEXT,
                        link TEXT,
                        author TEXT,
                        text TEXT NOT NULL,
                        hash TEXT NOT NULL,
                        analysis BLOB NOT NULL,
                        addedAt TEXT NOT NULL
                    );
                    CREATE INDEX article_order ON article(date DESC, id DESC);
                    CREATE TABLE actor (
                        id INTEGER PRIMARY KEY,
                        name TEXT NOT NULL,
                        type TEXT NOT NULL,
                        key TEXT NOT NULL,
                        surnameKey TEXT NOT NULL,
                        quoteCount INTEGER NOT NULL DEFAULT 0,
                        mentionCount INTEGER NOT NULL DEFAULT 0,
                        articleCount INTEGER NOT NULL DEFAULT 0
                    );
                    CREATE INDEX actor_key ON actor(key, type);
                    CREATE INDEX actor_surname ON actor(surnameKey, type);
                    CREATE INDEX actor_rank ON actor(quoteCount DESC, mentionCount DESC);
                    CREATE TABLE alias (
                        actorId INTEGER NOT NULL REFERENCES actor(id) ON DELETE CASCADE,
                        key TEXT NOT NULL,
                        text TEXT NOT NULL,
                        isRole INTEGER NOT NULL,
                        PRIMARY KEY (actorId, key)
                    ) WITHOUT ROWID;
                    CREATE TABLE appearance (
                        id INTEGER PRIMARY KEY,
                        articleId INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
                        actorId INTEGER NOT NULL REFERENCES actor(id),
                        localId TEXT NOT NULL,
                        name TEXT NOT NULL,
                        aliases TEXT NOT NULL,
                        mentions INTEGER NOT NULL,
                        quotes INTEGER NOT NULL,
                        mergeReason TEXT
                    );
                    CREATE INDEX appearance_article ON appearance(articleId);
                    CREATE INDEX appearance_actor ON appearance(actorId);
                    CREATE TABLE mention (
                        articleId INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
                        appearanceId INTEGER NOT NULL REFERENCES appearance(id) ON DELETE CASCADE,
                        start INTEGER NOT NULL,
                        "end" INTEGER NOT NULL
                    );
                    CREATE INDEX mention_article ON mention(articleId);
                    CREATE INDEX mention_appearance ON mention(appearanceId);
                    CREATE TABLE quote (
                        id INTEGER PRIMARY KEY,
                        articleId INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
                        appearanceId INTEGER REFERENCES appearance(id) ON DELETE SET NULL,
                        actorId INTEGER REFERENCES actor(id) ON DELETE SET NULL,
                        kind TEXT NOT NULL,
                        text TEXT NOT NULL,
                        start INTEGER NOT NULL,
                        "end" INTEGER NOT NULL,
                        speaker TEXT,
                        cue TEXT
                    );
                    CREATE INDEX quote_article ON quote(articleId);
                    CREATE INDEX quote_actor ON quote(actorId, articleId);
                    CREATE TABLE entity (
                        articleId INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
                        type TEXT NOT NULL,
                        text TEXT NOT NULL,
                        start INTEGER NOT NULL,
                        "end" INTEGER NOT NULL
                    );
                    CREATE INDEX entity_article ON entity(articleId);
                    CREATE TABLE keptApart (
                        actorId INTEGER NOT NULL REFERENCES actor(id) ON DELETE CASCADE,
                        key TEXT NOT NULL,
                        PRIMARY KEY (actorId, key)
                    ) WITHOUT ROWID;
                    CREATE INDEX keptApart_key ON keptApart(key);
                    CREATE VIRTUAL TABLE articleSearch USING fts5(
                        title, text, tokenize = 'unicode61 remove_diacritics 2'
                    );
                    """)
        }
        // Page metadata (issue 11): the site and language of an article, and the "via" of a
        // quote (who relayed it). Existing rows keep everything and get NULL.
        migrator.registerMigration("v2-page-metadata") { db in
            try db.execute(
                sql: """
                    ALTER TABLE article ADD COLUMN site TEXT;
                    ALTER TABLE article ADD COLUMN language TEXT;
                    ALTER TABLE quote ADD COLUMN via TEXT;
                    """)
        }
        // Feeds kept up to date (issue 12): the subscribed feeds with what their servers said
        // last (for conditional requests), and which articles have been read. An article with
        // no `articleRead` row is unread; a changed article is stored again and so comes back
        // unread.
        migrator.registerMigration("v3-subscriptions") { db in
            try db.execute(
                sql: """
                    CREATE TABLE subscription (
                        id INTEGER PRIMARY KEY,
                        url TEXT NOT NULL UNIQUE,
                        title TEXT,
                        etag TEXT,
                        lastModified TEXT,
                        addedAt TEXT NOT NULL,
                        checkedAt TEXT,
                        lastError TEXT
                    );
                    CREATE TABLE articleRead (
                        articleId INTEGER PRIMARY KEY REFERENCES article(id) ON DELETE CASCADE,
                        readAt TEXT NOT NULL
                    );
                    """)
        }
        migrator.registerMigration("v4-corrections") { db in try CorrectionSchema.migrate(db) }
        // Scale (issue 14): the actor counts of an added article look up its appearances by
        // article and actor; with only the one-column indexes SQLite chose appearance_actor and
        // walked every appearance of a frequent actor, so each add grew with the library. And
        // deleting a changed article's appearances made SQLite scan every quote for the
        // `quote.appearanceId` foreign key (4.7 s per updated article at 110,000 articles).
        migrator.registerMigration("v5-scale") { db in
            try db.execute(
                sql: """
                    CREATE INDEX appearance_article_actor ON appearance(articleId, actorId);
                    DROP INDEX appearance_article;
                    CREATE INDEX quote_appearance ON quote(appearanceId);
                    """)
        }
        // Articles in a language the analysis does not support no longer count in the library's
        // actors, quotes and statistics (ArticleWriter.isCounted); earlier versions counted them.
        migrator.registerMigration("v6-unsupported-languages-uncounted") { db in
            try ArticleWriter.uncountUnsupportedLanguages(in: db)
        }
        // The kind of the library's actors in the reader's picker (eleventh session): the
        // appearances as an anonymous source or a document, a few percent of them (organisations
        // are four in ten and are told by their type), found without walking every appearance.
        migrator.registerMigration("v7-appearance-kind") { db in
            try db.execute(
                sql: """
                    CREATE INDEX appearance_kind ON appearance(kind, actorId)
                    WHERE kind IN ('anonymous', 'document')
                    """)
        }
        // Articles by their text's fingerprint (thirteenth session): a feed item whose link
        // changed finds its article by its text (Library.adoptFormerNames), as corrections find
        // theirs; `hash` sits after the text in the row, so a scan read every text.
        migrator.registerMigration("v8-article-hash") { db in
            try db.execute(sql: "CREATE INDEX article_hash ON article(hash)")
        }
        // Feed items known by their own id (fourteenth session): an RSS guid or Atom id, so that
        // an item whose link changed is the same article even when its text changed too
        // (Library.adoptFormerNames). Articles stored before have none until the next add or
        // update of their feed tells it.
        migrator.registerMigration("v9-feed-item") { db in
            try db.execute(
                sql: """
                    ALTER TABLE article ADD COLUMN feedItem TEXT;
                    CREATE INDEX article_feedItem ON article(feedItem) WHERE feedItem IS NOT NULL;
                    """)
        }
        // Articles by title (fourteenth session): `list --sort title` computed every title's
        // sort key for each listing (95 ms of CPU at 4,000 articles, growing with the library);
        // the key is now stored with the article and indexed, so a page reads only its rows.
        migrator.registerMigration("v10-title-key") { db in
            db.add(function: ArticleOrder.titleKey)
            try db.execute(
                sql: """
                    ALTER TABLE article ADD COLUMN titleKey TEXT;
                    UPDATE article SET titleKey = \(ArticleOrder.titleKey.name)(title);
                    CREATE INDEX article_title ON article(titleKey, date DESC, id DESC);
                    """)
        }
        // Feed items' ids learnt (fourteenth session, second pass): an article stored before
        // `v9-feed-item` learns its item's id only when its item is read again under its name,
        // and a feed the server says is unchanged is not read. The validators are dropped once,
        // so that the next update reads every subscribed feed whole and its articles learn their
        // ids before a link and a text change together. Ids learnt in the first form of the key
        // (an absolute URI alone, not within its feed) are dropped too, to be learnt again.
        migrator.registerMigration("v11-learn-feed-item-ids") { db in
            try db.execute(
                sql: """
                    UPDATE subscription SET etag = NULL, lastModified = NULL;
                    UPDATE article SET feedItem = NULL WHERE feedItem NOT LIKE '%#id=%';
                    """)
        }
        // The offset a date was written in (eighteenth session): the library stores instants in
        // UTC, and a citation's day is the article's own ("00:30+01:00" is the 2nd, not the 1st
        // as UTC has it); NULL where the source gave none (or UTC), read in local time.
        migrator.registerMigration("v12-date-offset") { db in
            try db.execute(sql: "ALTER TABLE article ADD COLUMN dateOffset INTEGER")
        }
        return migrator
    }
}
