import ParoleKit

extension ReaderState {
    /// Takes what came of an effect: library results replace the list, failures and
    /// confirmations reach the status line. Returns what follows from it: a page of older
    /// articles that `J` asked for opens its first article, which is then marked read.
    @discardableResult
    public mutating func receive(_ outcome: ReaderOutcome) -> [ReaderEffect] {
        let listed = articles.count
        take(outcome)
        switch outcome {
        case .olderArticles, .failed:
            guard opensOlderArticleWhenListed else { return [] }
            opensOlderArticleWhenListed = false
            guard case .olderArticles = outcome, screen == .article || screen == .detail else { return [] }
            let visible = visibleArticles
            guard articles.count > listed, let row = visible.firstIndex(where: { $0 >= listed }) else {
                message = "Last article of the list"
                return []
            }
            list.selection = row
            detail = nil
            return openSelected()
        default:
            return []
        }
    }

    /// Lists `found`, the library's newest articles, as the list opened without a query: a search
    /// or an actor that chose the articles before is over, in the heading and where articles
    /// open. The library holds `total` articles (when known; the count a query's list kept is
    /// its matches', not the library's).
    private mutating func listNewest(_ found: [ArticleModel], total: Int?) {
        libraryArticleCount = total ?? (libraryQuery == nil ? libraryArticleCount : nil)
        actorFilter = nil
        foundBySearch = nil
        libraryQuery = nil
        home = nil
        queryMatchCount = nil
        pagedQuery = nil
        listResorted = false
        sortedPage = .none
        olderArticlesResume = nil
        articles = found
        articleIndex = 0
        list = ListScreenState()
        sortArticles()
    }

    /// Takes `outcome` into the state (``receive(_:)`` without what follows from it).
    private mutating func take(_ outcome: ReaderOutcome) {
        switch outcome {
        case .searchResults(let query, let found, let total):
            guard !found.isEmpty else {
                message = "No article in the library holds \(query)"
                return
            }
            replaceArticles(with: found)
            foundBySearch = query
            pagedQuery = .search(query)
            queryMatchCount = total
            actorFilter = nil
            let matching = max(total ?? 0, found.count)
            message =
                "\(Plural.count(matching, "article")) \(matching == 1 ? "holds" : "hold") \(query)"
                + (matching > found.count ? " (the first \(found.count) listed)" : "")
        case .libraryActors(let actors):
            libraryActors = actors
        case .actorArticles(let name, let found, let otherNames, let total):
            guard !found.isEmpty else {
                message = "No article in the library names \(name)"
                return
            }
            let type =
                libraryActors.first { $0.name == name }?.type
                ?? found.lazy.compactMap { model in
                    model.actorIndex(named: name).map { model.analysis.actors[$0].type }
                }
                .first ?? .person
            replaceArticles(with: found)
            pagedQuery = .actor(name)
            queryMatchCount = total
            setFilter(ActorFilter(name: name, type: type, otherNames: otherNames))
        case .feedsUpdated(let summary, let found, let total):
            message = summary
            guard !found.isEmpty else { return }
            listNewest(found, total: total)
        case .sortedMatches(let query, let order, let found):
            // Unless the list moved on since (another query, another order).
            guard awaitsSortedPage, pagedQuery == query, list.order == order else { return }
            sortedPage = .none
            let visible = visibleArticles
            let selected = visible.indices.contains(list.selection) ? articles[visible[list.selection]] : nil
            articles = found
            articleIndex = 0
            olderArticlesResume = nil
            list.selection = 0
            if let id = selected?.libraryID, let index = articles.firstIndex(where: { $0.libraryID == id }),
                let row = visibleArticles.firstIndex(of: index)
            {
                list.selection = row
            }
            message =
                "sorted by \(order.rawValue)"
                + (queryTotal.map { $0 > found.count ? " (the first \(found.count) of \($0))" : "" } ?? "")
        case .newestArticles(let found, let total):
            isLoadingOlderArticles = false
            guard !found.isEmpty else {
                message = "The library holds no article"
                return
            }
            listNewest(found, total: total)
            message =
                "The library's newest articles"
                + (total.map { $0 > found.count ? " (\(found.count) of \($0))" : "" } ?? "")
        case .olderArticles(let found):
            isLoadingOlderArticles = false
            let listed = Set(articles.compactMap(\.libraryID))
            let older = found.filter { $0.libraryID.map { !listed.contains($0) } ?? true }
            guard !older.isEmpty else {
                // Rows listed already (the library changed since): the next page is past them;
                // no row at all: the library has no more.
                olderArticlesResume = (articles.count, found.isEmpty ? nil : olderArticlesAsked + found.count)
                return
            }
            articles += older
            // The move the key that asked for the page could not make.
            if screen == .list, pendingListStep > 0 {
                moveListSelection(by: pendingListStep == Int.max ? visibleArticles.count : pendingListStep)
            }
            pendingListStep = 0
            message =
                pagingAsked == nil
                ? "\(Plural.count(older.count, "older article")) listed"
                    + (libraryArticleCount.map { " (\(articles.count) of \($0))" } ?? "")
                : "\(Plural.count(older.count, "more article")) listed"
                    + (queryTotal.map { " (\(articles.count) of \($0))" } ?? "")
        case .readChanged(let id, let read):
            for article in articles + (home?.articles ?? []) where article.libraryID == id {
                article.isRead = read
            }
            if screen == .list { message = read ? "Marked read" : "Marked unread" }
        case .corrected(let source, let model, let text):
            takeCorrected(model, from: source)
            message = text
        case .statistics(let title, let counts):
            showStatistics(title: screen == .list ? title : (article?.analysis.title ?? title), counts)
        case .done(let text):
            message = text
        case .failed(let reason):
            // A page of older articles that could not be read may be asked for again.
            isLoadingOlderArticles = false
            message = reason
            // The first page in the order `S` chose, asked for and not read: `S` asks again.
            if sortedPage == .asked {
                sortedPage = .failed
                message = reason + " · S reads the sorted matches again"
            }
        case .notCopied(let text):
            if screen == .article, let quote = correctableQuote { openDetail(quote: quote) }
            message = text
        }
    }
}

/// Counts written with their noun: "1 article", "2 articles".
enum Plural {
    /// `n` and `noun`, with an "s" unless `n` is 1 (or `plural` when given).
    static func count(_ n: Int, _ noun: String, plural: String? = nil) -> String {
        "\(n) \(n == 1 ? noun : plural ?? noun + "s")"
    }
}
