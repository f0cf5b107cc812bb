import ArgumentParser
import Foundation
import ParoleKit
import ParoleLibrary
import ParoleReader

/// `parole quotes`: lists quotes across the library.
struct QuotesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quotes",
        abstract: "List the library's quotes, newest articles first.",
        discussion: """
            Example: parole quotes --actor Peskov --since 2012-06-01 --format csv
            parole quotes --article 12 --format citation: every quote of article 12, ready to publish.
            parole quotes --words "bord du chemin" --format citation: who said these words, where, \
            earliest first (case, accents, punctuation and apostrophes aside); the articles that \
            hold them outside any quote found are listed after the quotes (text) or named on \
            standard error.
            --format citation prints each quote as the reader's y copies it, ready to publish: \
            « words », cue Speaker, role — site (relay), date, address (reported speech without \
            guillemets: words (Speaker, role) — …; a site that is only the address's host is not \
            repeated).
            """
    )

    /// The output formats.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, csv, citation
    }

    @OptionGroup var options: LibraryOptions

    @Option(help: "Only the quotes of this actor (full name, surname or alias).")
    var actor: String?

    @Option(
        help: ArgumentHelp(
            "Only the quotes holding these words (in this order; case, accents and punctuation aside), earliest first.",
            valueName: "words"))
    var words: String?

    @OptionGroup var articles: ArticleFilterOptions

    @Option(help: "Output format: text, json, csv or citation.")
    var format: Format = .text

    @OptionGroup var csv: CSVOptions

    @Option(parsing: .unconditional, help: "At most this many quotes.")
    var limit: Int?

    @Flag(name: .customLong("print-timing"), help: .hidden)
    var printTiming = false

    /// How many articles `--format citation` holds in memory at once (tests set a small one).
    @Option(name: .customLong("citation-batch-size"), help: .hidden)
    var citationBatchSize = 300

    /// Says on standard error when `name` stands for several library actors ("Moreau": Sylvie
    /// and Nathalie Moreau), whose quotes are then counted together.
    static func noteSeveralActors(named name: String, _ found: [LibraryActor]) {
        let names = found.map(\.name)
        guard Set(names).count > 1 else { return }
        let shown = names.prefix(4).joined(separator: ", ") + (names.count > 4 ? ", …" : "")
        StandardError.print(
            "parole: note: \(name) names \(names.count) actors (\(shown)); their quotes are taken together, "
                + "a full name picks one")
    }

    func validate() throws {
        try csv.check(formatIsCSV: format == .csv)
        // A negative limit would reach SQLite as "no limit".
        if let limit, limit < 1 { throw ValidationError("--limit must be at least 1") }
    }

    mutating func run() throws {
        let sinceDate = try articles.sinceDate()
        let untilDate = try articles.untilDate()
        let library = try options.open(create: false)
        let started = Date()
        let articleId = try articles.articleId(in: library)
        var actorIds: [Int64]?
        if let actor {
            let found = try reportingLibraryErrors { () throws(LibraryError) in
                try library.actors(named: actor)
            }
            guard !found.isEmpty else {
                StandardError.print("parole: no actor named \(actor) in the library (see `parole actors`)")
                throw ExitCode(1)
            }
            actorIds = found.map(\.id)
            Self.noteSeveralActors(named: actor, found)
        }
        var others: [QuotedWords.Article] = []
        var quotes: [LibraryQuote]
        if let words {
            guard articleId == nil else {
                throw ValidationError("--words searches the whole library: leave out --article")
            }
            let found = try reportingLibraryErrors { () throws(LibraryError) in
                try library.quotes(
                    saying: words, actorIds: actorIds, since: sinceDate, until: untilDate, site: articles.site
                )
            }
            guard let found else { throw ValidationError("--words needs at least one word") }
            quotes = limit.map { Array(found.quotes.prefix($0)) } ?? found.quotes
            others = found.otherArticles
        } else {
            quotes = try reportingLibraryErrors { () throws(LibraryError) in
                try library.quotes(
                    actorIds: actorIds, since: sinceDate, until: untilDate, articleId: articleId,
                    site: articles.site,
                    limit: limit)
            }
        }
        if printTiming { QueryTiming.report(since: started) }
        let out = FileHandle.standardOutput
        // Nothing to list: say which filters left nothing (the library's actor names them).
        let none =
            TerminalSafeText.line(
                "no quotes" + (actor.map { " by \($0)" } ?? "") + (words.map { " holding « \($0) »" } ?? "")
                    + articles.described) + "\n"
        if format != .text { Self.noteOtherArticles(others) }
        switch format {
        case .citation:
            guard !quotes.isEmpty else {
                out.write(Data(none.utf8))
                return
            }
            try printCitations(of: quotes, from: library, to: out)
        case .json:
            try JSONOutput.write(quotes)
        case .csv:
            // Exact text to a pipe or a file; made safe when printed on a terminal.
            var table = CSVTable(
                header: [
                    "date", "actor", "speaker", "kind", "quote", "article_id", "article_title", "start",
                    "end", "url",
                    "site", "via", "cue", "actor_type", "quote_number",
                ], options: csv, forTerminal: StandardOutput.isTerminal)
            for q in quotes {
                table.append([
                    DayFormat.listedDay(q.date, offset: q.dateOffset), q.actor ?? "", q.speaker ?? "", q.kind,
                    q.text,
                    String(q.articleId),
                    q.articleTitle, String(q.start), String(q.end), q.url ?? "", q.site ?? "", q.via ?? "",
                    q.cue ?? "", q.actorType ?? "", String(q.number),
                ])
            }
            out.write(table.data)
        case .text where words != nil:
            out.write(Data(Self.whereSaid(quotes, others: others, none: none).utf8))
        case .text:
            var text = ""
            for q in quotes {
                let who = TerminalSafeText.line(q.actor ?? q.speaker ?? "(unattributed)")
                let quote = TerminalSafeText.line(q.text)
                let words = QuoteKind(rawValue: q.kind).map { QuoteWords.printed(quote, kind: $0) } ?? quote
                // An article without a date says so, in the date's column.
                let day = q.date == nil ? "undated   " : DayFormat.listedDay(q.date, offset: q.dateOffset)
                text += "\(day)  \(who) [\(TerminalSafeText.line(q.kind))]: \(words)\n"
                text +=
                    "    — \(TerminalSafeText.line(q.articleTitle)) (article \(q.articleId), quote \(q.number))\n"
            }
            if quotes.isEmpty { text = none }
            out.write(Data(text.utf8))
        }
    }
}

extension QuotesCommand {
    /// The text answer to `--words`: each quote holding the words, earliest first, with its day,
    /// site, speaker, words, title and address; then the articles holding them outside any
    /// quote found.
    static func whereSaid(_ quotes: [LibraryQuote], others: [QuotedWords.Article], none: String) -> String {
        var text = ""
        for q in quotes {
            let day = q.date == nil ? "undated   " : DayFormat.listedDay(q.date, offset: q.dateOffset)
            let who = TerminalSafeText.line(q.actor ?? q.speaker ?? "(unattributed)")
            let quote = TerminalSafeText.line(q.text)
            let words = QuoteKind(rawValue: q.kind).map { QuoteWords.printed(quote, kind: $0) } ?? quote
            let site =
                (q.site ?? q.url.flatMap(WebAddress.siteHost)).map { TerminalSafeText.line($0) + "  " } ?? ""
            text += "\(day)  \(site)\(who) [\(TerminalSafeText.line(q.kind))]: \(words)\n"
            let address = q.url.map { ", " + TerminalSafeText.line($0) } ?? ""
            text +=
                "    — \(TerminalSafeText.line(q.articleTitle))\(address) (article \(q.articleId), quote \(q.number))\n"
        }
        if quotes.isEmpty { text = none }
        if !others.isEmpty {
            text +=
                "\nIn \(others.count) more article\(others.count == 1 ? "" : "s"), outside the quotes found:\n"
            for article in others {
                let day =
                    article.summary.date == nil
                    ? "undated   "
                    : DayFormat.listedDay(article.summary.date, offset: article.summary.dateOffset)
                let site =
                    (article.site ?? article.url.flatMap(WebAddress.siteHost)).map {
                        TerminalSafeText.line($0) + "  "
                    }
                    ?? ""
                let address = article.url.map { ", " + TerminalSafeText.line($0) } ?? ""
                text +=
                    "\(day)  \(site)\(TerminalSafeText.line(article.summary.title))\(address) (article \(article.summary.id))\n"
            }
        }
        return text
    }

    /// Names on standard error the articles holding the words outside the quotes found, for the
    /// formats that list quotes only.
    static func noteOtherArticles(_ others: [QuotedWords.Article]) {
        guard !others.isEmpty else { return }
        let numbers = others.prefix(10).map { String($0.summary.id) }.joined(separator: ", ")
        StandardError.print(
            "parole: note: \(others.count) more \(others.count == 1 ? "article holds" : "articles hold") these words outside "
                + "the quotes found: \(numbers)\(others.count > 10 ? ", …" : "") (`parole read N`)")
    }

    /// Prints `quotes` as citations, in their order, loading their articles a batch at a time:
    /// each run of consecutive quotes spanning at most ``citationBatchSize`` articles is printed
    /// before the next run's articles are loaded, so memory stays bounded by the batch.
    func printCitations(of quotes: [LibraryQuote], from library: Library, to out: FileHandle) throws {
        let batchSize = max(1, citationBatchSize)
        var first = 0
        while first < quotes.count {
            var ids = Set<Int64>()
            var end = first
            while end < quotes.count, ids.contains(quotes[end].articleId) || ids.count < batchSize {
                ids.insert(quotes[end].articleId)
                end += 1
            }
            let articles = try reportingLibraryErrors { () throws(LibraryError) in
                try library.storedArticles(ids: Array(ids))
            }
            var models: [Int64: (model: ArticleModel, text: ArticleText)] = [:]
            for stored in articles {
                let model = ArticleModel(stored: stored)
                models[stored.summary.id] = (model, ArticleText(model))
            }
            var text = ""
            for q in quotes[first..<end] {
                guard let (model, articleText) = models[q.articleId],
                    let index = model.analysis.quotes.firstIndex(where: { $0.span == Span(q.start, q.end) })
                else { continue }
                let citation = QuoteCitation(quote: index, of: model, text: articleText)
                text += TerminalSafeText.line(citation.citation) + "\n"
            }
            out.write(Data(text.utf8))
            first = end
        }
    }
}
