import Foundation
import ParoleKit

/// What the library is told about an article besides its analysis.
public struct LibraryEntry: Sendable, Hashable {
    /// Where the article came from (path, URL, feed item link); unique in the library.
    public var source: String
    /// The publication date, if known.
    public var date: Date?
    /// The article's address, if known.
    public var link: String?
    /// The author, if known.
    public var author: String?
    /// The version of the analysis (`AnalysisVersion.current`); an article stored by another
    /// version is analysed and stored again, with the user's corrections.
    public var analysisVersion: String?
    /// The name of the site or publication, if known.
    public var site: String?
    /// The language of the text (ISO 639-1), if known.
    public var language: String?
    /// For a feed item with an id of its own, the key the library knows it by
    /// (``FeedItemLink/itemKey(_:feed:)``): the article stays the item's when its link changes.
    public var feedItem: String?
    /// The offset east of UTC, in seconds, in which ``date`` falls on the day the article was
    /// published where it was, when its source told it (``SourceArticle/dateOffset``).
    public var dateOffset: Int?

    /// Creates an entry.
    public init(
        source: String, date: Date? = nil, link: String? = nil, author: String? = nil,
        analysisVersion: String? = nil, site: String? = nil, language: String? = nil, feedItem: String? = nil
    ) {
        self.feedItem = feedItem
        self.source = source
        self.date = date
        self.link = link
        self.author = author
        self.analysisVersion = analysisVersion
        self.site = site
        self.language = language
    }
}

/// What an add did.
public enum AddOutcome: String, Sendable, Equatable {
    /// The article was new and is now stored.
    case added
    /// The article was stored before with other text; it was analysed and stored again.
    case updated
    /// The article was stored before with the same text; nothing changed.
    case unchanged
}

/// One article of the library, as listed.
public struct ArticleSummary: Sendable, Hashable, Codable {
    /// The library's identifier of the article.
    public var id: Int64
    /// Where it came from.
    public var source: String
    /// Its title.
    public var title: String
    /// Its publication date, if known.
    public var date: Date?
    /// How many quotes it holds.
    public var quotes: Int
    /// Whether it has been marked read (`Library.setRead`); new and changed articles are unread.
    public var isRead: Bool = false
    /// The offset east of UTC, in seconds, in which ``date`` falls on the day the article was
    /// published where it was, when its source told it (``LibraryEntry/dateOffset``).
    public var dateOffset: Int? = nil
}

/// A stored article with its analysis.
public struct StoredArticle: Sendable {
    /// The summary fields.
    public var summary: ArticleSummary
    /// The article's address, if known.
    public var link: String?
    /// The author, if known.
    public var author: String?
    /// The content hash.
    public var hash: String
    /// The stored analysis, with its text.
    public var analysis: Analysis
    /// The name of the site or publication, if known.
    public var site: String? = nil
    /// The language of the text (ISO 639-1), if known.
    public var language: String? = nil
    /// The offset east of UTC, in seconds, in which the date falls on the day the article was
    /// published where it was, when its source told it (``LibraryEntry/dateOffset``).
    public var dateOffset: Int? = nil
}

/// A person or organisation across the library.
public struct LibraryActor: Sendable, Hashable, Codable {
    /// The library's identifier of the actor.
    public var id: Int64
    /// The fullest name seen.
    public var name: String
    /// Person, organisation…
    public var type: EntityType
    /// The sort of source the actor is in most of its articles: a person, an organisation, an
    /// anonymous source or a document.
    public var kind: SpeakerKind
    /// How many quotes are attributed to the actor across articles.
    public var quotes: Int
    /// How many times the actor is mentioned across articles.
    public var mentions: Int
    /// In how many articles the actor appears.
    public var articles: Int
    /// Other names and roles seen.
    public var aliases: [String]
}

/// A quote with its article, as listed across the library.
public struct LibraryQuote: Sendable, Hashable, Codable {
    /// The article's identifier.
    public var articleId: Int64
    /// The article's title.
    public var articleTitle: String
    /// The article's date, if known.
    public var date: Date?
    /// The offset east of UTC, in seconds, in which ``date`` falls on the day the article was
    /// published where it was, when its source told it (``LibraryEntry/dateOffset``).
    public var dateOffset: Int? = nil
    /// The article's web address (``WebAddress/of(link:source:)``), if it has one: a link no
    /// reader can open (`javascript:…`, a relative link) is left out, as the citation leaves it.
    public var url: String?
    /// The article's site: the name the page gives itself, else its web address's host; nil
    /// for an article without either (a file).
    public var site: String?
    /// The library actor it is attributed to, if any.
    public var actorId: Int64?
    /// That actor's name, if any.
    public var actor: String?
    /// That actor's type (PER, ORG…), if any.
    public var actorType: String?
    /// The words that introduce the quote ("a déclaré"), if any.
    public var cue: String?
    /// Who relayed the quote ("selon l'AFP"), if the analysis found it.
    public var via: String?
    /// The speaker phrase in the text, if any.
    public var speaker: String?
    /// The quoted words.
    public var text: String
    /// direct, partial, indirect, according.
    public var kind: String
    /// Where the quote starts in the article's text (Unicode scalars).
    public var start: Int
    /// Where it ends.
    public var end: Int
    /// Its number in its article, 1 for the first in the text, as `parole correct --quote`
    /// and the reader's Quotes panel count.
    public var number: Int
}

/// An article found by a full-text search.
public struct SearchHit: Sendable, Hashable, Codable {
    /// The article.
    public var article: ArticleSummary
    /// A short passage around the words found, the words in `[brackets]`.
    public var snippet: String
}

/// One article actor that was merged into a library actor holding other articles' appearances.
public struct ActorMerge: Sendable, Hashable, Codable {
    /// The appearance's identifier: what `unmerge` takes.
    public var appearanceId: Int64
    /// The library actor it was merged into.
    public var actorId: Int64
    /// That actor's name.
    public var actorName: String
    /// The name the article used.
    public var name: String
    /// The name it was judged the same as: the fullest name the actor had in the articles
    /// stored before (`Obama` for a "Barack Obama" merged into it, although the actor is named
    /// "Barack Obama" since); the actor's name when none was stored before.
    public var joinedName: String
    /// The article.
    public var articleTitle: String
    /// Why the names were judged the same ("same name", "same surname and role").
    public var reason: String

    /// The reason of a merge of the same name, case, accents and hyphens aside ("TOTAL" and
    /// "Total", "Elysée" and "Élysée").
    public static let sameNameReason = "same name"

    /// Whether the article wrote the actor's name the same way, case, accents and hyphens aside.
    public var isSameName: Bool { reason == Self.sameNameReason }
}
