import Foundation
import ParoleKit
import ParoleSources

extension ArticleInputReader {
    /// Whether a file in a directory is read as an article: text, HTML pages and feeds.
    static func isArticleFile(_ name: String) -> Bool {
        let ext = (name as NSString).pathExtension.lowercased()
        return ext == "txt" || SourceFormat.markupExtensions.contains(ext)
    }

    /// The articles of an HTML page or a feed read from `path`.
    /// A feed file is read as its `file://` URL, the name `parole subscribe` follows it by, so
    /// that its items without a web address are one article whether `add` or `update` stored them.
    mutating func read(markup data: Data, path: String) -> [ArticleInput] {
        let name = (path as NSString).lastPathComponent
        let source =
            SourceFormat.detect(data, name: name) == .feed ? LocalFeedFile.url(ofPath: path) ?? path : path
        return take(SourceReader().read(data: data, source: source, name: name), path: path)
    }

    /// The articles of the page or feed at `url`, fetched. On a terminal, a line says so first:
    /// a slow server can take up to the timeout before anything else shows.
    mutating func read(url: String) -> [ArticleInput] {
        if isatty(2) != 0, URL(string: url)?.host != nil {
            StandardError.progress("parole: fetching \(url)…")
        }
        return take(
            SourceReader(fetcher: URLFetcher(maxBytes: InputLimits.maxDownloadBytes)).read(url: url),
            path: url)
    }

    private mutating func take(_ reading: SourceReading, path: String) -> [ArticleInput] {
        for warning in reading.warnings where ReadingWarning.isPrinted(warning) { warn(path, warning) }
        if let error = reading.error {
            fail(path, error)
            return []
        }
        return reading.articles.map {
            if let language = $0.language, !AnalysisLanguage.supports(language), countOtherLanguage() {
                StandardError.print(
                    "parole: note: \(path): the page is in \(LanguageGuesser.name(of: language)) (\(language)); "
                        + "the analysis supports \(AnalysisLanguage.supportedNames) only"
                        + (isStoring ? "; stored, but not counted in the library's actors and quotes" : ""))
            }
            return ArticleInput(
                path: $0.source, id: $0.id, text: $0.text, date: $0.date, dateOffset: $0.dateOffset,
                link: $0.link,
                author: $0.author, language: $0.language, site: $0.siteName, feed: $0.feed,
                writtenLink: $0.writtenLink, itemKey: $0.itemKey)
        }
    }
}
