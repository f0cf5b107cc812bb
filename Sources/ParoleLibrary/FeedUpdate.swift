import Foundation
import ParoleKit
import ParoleSources

/// Brings the library up to date with its subscribed feeds: fetches every feed, a few at a
/// time, with conditional requests (the `ETag` and `Last-Modified` of the last feed stored), and
/// analyses and stores the items not stored yet. New items are unread.
///
/// `parole update` and the reader's `R` both call `update(progress:)`. It blocks until every
/// feed is done, so the reader runs it off its drawing thread and shows `progress` as it comes.
public struct FeedUpdate: Sendable {
    /// The library updated.
    public var library: Library
    /// The fetcher used for every feed (its timeout and size cap apply to each).
    public var fetcher: URLFetcher
    /// The analyser for new items.
    public var analyzer: Analyzer
    /// How many feeds are fetched at once.
    public var maxConcurrentFetches: Int

    /// An update of `library`; `maxConcurrentFetches` feeds are fetched at once (at least one).
    public init(
        library: Library, fetcher: URLFetcher = URLFetcher(), analyzer: Analyzer = Analyzer(),
        maxConcurrentFetches: Int = 6
    ) {
        self.library = library
        self.fetcher = fetcher
        self.analyzer = analyzer
        self.maxConcurrentFetches = max(1, maxConcurrentFetches)
    }

    /// Updates every subscribed feed and returns what happened to each. `progress` is called
    /// once per feed as it finishes (on a background thread, one call at a time) with how many
    /// feeds are done out of how many. A feed that fails is reported in its place and the
    /// others go on; only a library that cannot be read at all throws.
    public func update(progress: (@Sendable (FeedUpdateProgress) -> Void)? = nil) throws(LibraryError)
        -> FeedUpdateSummary
    {
        let started = Date()
        let subscriptions = try library.subscriptions()
        let done = ProgressCounter(total: subscriptions.count, report: progress)
        let reports = BoundedWorkers.map(subscriptions, width: maxConcurrentFetches) { subscription in
            let report = update(subscription)
            done.finished(report)
            return report
        }
        return FeedUpdateSummary(feeds: reports, seconds: Date().timeIntervalSince(started))
    }

    /// Updates the one feed `subscription`.
    public func update(_ subscription: Subscription) -> FeedReport {
        var report = FeedReport(subscription: subscription, title: subscription.title, outcome: .fetched)
        let now = Date()
        func fail(_ reason: String) -> FeedReport {
            report.outcome = .failed(reason)
            try? library.recordCheck(
                subscription: subscription.id, at: now, title: nil, etag: nil, lastModified: nil,
                error: reason)
            return report
        }
        var headers: [String: String] = [:]
        if let etag = subscription.etag { headers["If-None-Match"] = etag }
        if let lastModified = subscription.lastModified { headers["If-Modified-Since"] = lastModified }
        let fetched: FetchedDocument
        do {
            fetched = try fetcher.fetch(subscription.url, headers: headers)
        } catch {
            return fail(error.description)
        }
        if fetched.notModified {
            report.outcome = .notModified
            do {
                try library.recordCheck(
                    subscription: subscription.id, at: now, title: nil,
                    etag: fetched.etag ?? subscription.etag,
                    lastModified: fetched.lastModified ?? subscription.lastModified, error: nil)
            } catch {
                return fail("not stored: \(error.description)")
            }
            return report
        }
        let name = fetched.url.lastPathComponent
        guard SourceFormat.detect(fetched.data, name: name, contentType: fetched.contentType) == .feed else {
            return fail("not an RSS or Atom feed")
        }
        let reading = SourceReader(fetcher: fetcher).read(
            data: fetched.data, source: subscription.url, name: name, contentType: fetched.contentType)
        report.warnings = reading.warnings
        if let error = reading.error { return fail(error) }
        let title = FeedParser.title(of: fetched.data)
        if let title { report.title = title }
        do {
            try store(reading.articles, into: &report)
        } catch {
            // The validators are not saved: the next update fetches the whole feed again.
            return fail("not stored: \(error.description)")
        }
        do {
            try library.recordCheck(
                subscription: subscription.id, at: now, title: title, etag: fetched.etag,
                lastModified: fetched.lastModified, error: nil)
        } catch {
            return fail("not stored: \(error.description)")
        }
        return report
    }

    /// Analyses and stores the items of a feed not stored yet, counting them in `report`; each
    /// is known by the source `SourceReader` gave it (``FeedItemLink``).
    private func store(_ items: [SourceArticle], into report: inout FeedReport)
        throws(LibraryError)
    {
        // Items an earlier Parole stored under other names keep their articles.
        try library.adoptFormerNames(
            of: items.compactMap { item in
                item.feed.map {
                    FeedItemIdentity(
                        source: item.source, text: item.text, feed: $0, writtenLink: item.writtenLink,
                        link: item.link, site: item.siteName, itemKey: item.itemKey)
                }
            })
        var pending: [(LibraryEntry, SourceArticle)] = []
        // The version too, as `parole add` asks: an item `add` stored is not analysed again.
        // Told for every item in one read: the cost of an unchanged item is a hash.
        let stored = try library.storedItems(
            items.map { (source: $0.source, text: $0.text) }, analysisVersion: AnalysisVersion.current)
        for (item, isStored) in zip(items, stored) {
            guard !isStored else {
                report.unchanged += 1
                continue
            }
            var entry = LibraryEntry(
                source: item.source,
                date: item.date
                    ?? Dateline.date(openingLinesOf: item.text, languageCode: item.language ?? ""),
                link: item.link, author: item.author, analysisVersion: AnalysisVersion.current,
                site: item.siteName, language: item.language, feedItem: item.itemKey)
            // A dateline names the day itself.
            entry.dateOffset = item.date != nil ? item.dateOffset : entry.date.map { _ in 0 }
            pending.append((entry, item))
        }
        // Stored in chunks, as `parole add` does: a long feed never holds all its analyses at once.
        var firstError: LibraryError?
        for start in stride(from: 0, to: pending.count, by: FeedUpdate.chunkSize) {
            let chunk = pending[start..<min(start + FeedUpdate.chunkSize, pending.count)]
            let batch = chunk.map { entry, item in (entry, analyzer.analyze(text: item.text, id: item.id)) }
            for result in try library.add(batch: batch) {
                switch result {
                case .success(.added): report.added += 1
                case .success(.updated): report.updated += 1
                case .success(.unchanged): report.unchanged += 1
                case .failure(let error): firstError = firstError ?? error
                }
            }
        }
        if let firstError { throw firstError }
    }

    /// How many items are analysed and then stored in one transaction.
    static let chunkSize = 64
}

/// How far an update has gone, given to its progress callback after each feed.
public struct FeedUpdateProgress: Sendable, Hashable {
    /// Feeds finished so far.
    public var done: Int
    /// Feeds in the update.
    public var total: Int
    /// The feed just finished.
    public var last: FeedReport
}

/// Counts finished feeds and calls the progress callback, one call at a time.
private final class ProgressCounter: @unchecked Sendable {
    private let lock = NSLock()
    private let total: Int
    private var done = 0
    private let report: (@Sendable (FeedUpdateProgress) -> Void)?

    init(total: Int, report: (@Sendable (FeedUpdateProgress) -> Void)?) {
        self.total = total
        self.report = report
    }

    func finished(_ feed: FeedReport) {
        lock.lock()
        defer { lock.unlock() }
        done += 1
        report?(FeedUpdateProgress(done: done, total: total, last: feed))
    }
}
