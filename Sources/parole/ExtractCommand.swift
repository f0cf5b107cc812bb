import ArgumentParser
import Foundation
import ParoleKit
import ParoleSources

/// `parole extract`: the article of web pages as text, JSON with its metadata, or Markdown,
/// without the analysis.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Print the article of HTML pages or URLs, without analysing it.",
        discussion: """
            Text prints the title on the first line and one paragraph per line; several pages are \
            separated by a blank line. JSON prints one object per page (one per line when there are \
            several): source, title, text, date, authors, site, url, language, warnings. Markdown \
            prints the title as a heading and one paragraph per block.
            """
    )

    /// The output formats.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, markdown
    }

    @Option(name: .shortAndLong, help: "Output format: text, json or markdown.")
    var format: Format = .text

    @Argument(help: "HTML files, directories of them, http(s) URLs, or - for standard input.")
    var inputs: [String] = []

    @OptionGroup var limits: InputOptions

    /// One page's article as printed by `--format json`.
    struct Record: Encodable {
        var source: String
        var title: String
        var text: String
        var date: String?
        var authors: [String]
        var site: String?
        var url: String?
        var language: String?
        var warnings: [String]
    }

    mutating func run() throws {
        let inputs = self.inputs.isEmpty ? ["-"] : self.inputs
        var failed = false
        var printed = 0
        let dates = ISO8601DateFormatter()
        let several = inputs.count > 1 || inputs.contains { BoundedInput.kind(of: $0) == .directory }
        for input in Self.expanded(inputs, failed: &failed) {
            // A text article is no page: read as HTML, its lines would run together.
            if !WebAddress.isWebAddress(input), (input as NSString).pathExtension.lowercased() == "txt" {
                StandardError.print(
                    "parole: \(input): a text article, not an HTML page (parole analyze reads it)")
                failed = true
                continue
            }
            let page: (data: Data, charset: String?)
            do {
                page = try Self.read(input)
            } catch {
                StandardError.print("parole: \(input): \(error)")
                failed = true
                continue
            }
            if EmptyInput.isEmpty(page.data) {
                StandardError.print("parole: \(input): \(EmptyInput.message)")
                failed = true
                continue
            }
            // A feed read as a page ran its items' titles and escaped HTML together as text.
            if FeedParser.looksLikeFeed(page.data) {
                StandardError.print(
                    "parole: \(input): an RSS or Atom feed, not a page (parole analyze and parole add read its items)"
                )
                failed = true
                continue
            }
            do {
                let result = try HTMLArticleExtractor.extract(page.data, httpCharset: page.charset)
                for warning in result.warnings where ReadingWarning.isPrinted(warning) {
                    StandardError.print("parole: warning: \(input): \(warning)")
                }
                write(
                    result.value, source: input, warnings: result.warnings, first: printed == 0,
                    several: several, dates: dates)
                printed += 1
            } catch {
                StandardError.print("parole: \(input): \(error.description)")
                failed = true
            }
        }
        if failed { throw ExitCode(1) }
    }

    /// Writes one page's article on standard output: the one place `extract` prints a page's
    /// text, which is made safe for a terminal here (``TerminalSafeText``: control and bidi
    /// characters shown as placeholders in text and Markdown, escaped in JSON).
    private func write(
        _ article: ExtractedArticle, source: String, warnings: [String], first: Bool, several: Bool,
        dates: ISO8601DateFormatter
    ) {
        let out = FileHandle.standardOutput
        switch format {
        case .text:
            out.write(Data(((first ? "" : "\n") + TerminalSafeText.lines(article.text) + "\n").utf8))
        case .markdown:
            out.write(
                Data(
                    ((first ? "" : "\n") + TerminalSafeText.lines(Self.markdown(article, dates: dates))).utf8)
            )
        case .json:
            let record = Record(
                source: source, title: article.title,
                text: ([article.lead].compactMap { $0 } + article.paragraphs).joined(separator: "\n"),
                date: article.date.map { dates.string(from: $0) }, authors: article.authors,
                site: article.siteName, url: article.link, language: article.language, warnings: warnings)
            if several {
                var line = TerminalSafeText.escapingJSON(ExtractRecordJSON.compact(record))
                line.append(0x0A)
                out.write(Data(line))
                return
            }
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            guard let encoded = try? encoder.encode(record) else { return }
            var data = Data(TerminalSafeText.escapingJSON(Array(encoded)))
            data.append(0x0A)
            out.write(data)
        }
    }

    /// The article as Markdown: `#` title, an italic line of metadata, subheadings as `##`; the
    /// article's own characters escaped where Markdown would read them as markup.
    static func markdown(_ article: ExtractedArticle, dates: ISO8601DateFormatter = ISO8601DateFormatter())
        -> String
    {
        var lines: [String] = []
        let escaped = MarkdownText.escaped
        if !article.title.isEmpty { lines.append("# " + escaped(article.title)) }
        let about = [
            article.authors.isEmpty ? nil : article.authors.joined(separator: ", "), article.siteName,
            article.date.map { String(dates.string(from: $0).prefix(10)) },
        ].compactMap { $0 }.map(escaped)
        if !about.isEmpty { lines.append("*" + about.joined(separator: " · ") + "*") }
        if let lead = article.lead { lines.append("**" + escaped(lead) + "**") }
        for (index, paragraph) in article.paragraphs.enumerated() {
            if let level = article.headingLevels[index] {
                lines.append(String(repeating: "#", count: min(max(level, 2), 6)) + " " + escaped(paragraph))
            } else {
                lines.append(escaped(paragraph))
            }
        }
        return lines.joined(separator: "\n\n") + "\n"
    }

    /// The inputs with each directory replaced by its HTML files (regular files only), in name
    /// order; a directory without any is reported and sets `failed`.
    private static func expanded(_ inputs: [String], failed: inout Bool) -> [String] {
        inputs.flatMap { input -> [String] in
            guard !WebAddress.isWebAddress(input), input != "-", BoundedInput.kind(of: input) == .directory
            else {
                return [input]
            }
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: input) else {
                StandardError.print("parole: \(input): cannot list directory (permission denied?)")
                failed = true
                return []
            }
            let pages = names.filter {
                ["html", "htm", "xhtml"].contains(($0 as NSString).pathExtension.lowercased())
            }
            .sorted().map { (input as NSString).appendingPathComponent($0) }
            .filter { page in
                guard BoundedInput.kind(of: page) == .regularFile else {
                    StandardError.print("parole: \(page): not a regular file, skipped")
                    return false
                }
                return true
            }
            if pages.isEmpty {
                StandardError.print("parole: \(input): directory holds no page (.html, .htm, .xhtml)")
                failed = true
            }
            return pages
        }
    }

    /// The bytes of `input` and the charset its server declared: a file or standard input up to
    /// `--max-size`, a download up to `--max-download`.
    private static func read(_ input: String) throws -> (data: Data, charset: String?) {
        if WebAddress.isWebAddress(input) {
            let fetched = try URLFetcher(maxBytes: InputLimits.maxDownloadBytes).fetch(input)
            return (fetched.data, fetched.charset)
        }
        let handle: FileHandle
        if input == "-" {
            handle = FileHandle.standardInput
        } else {
            guard FileManager.default.fileExists(atPath: input) else {
                throw InputError("no such file or directory")
            }
            guard let file = FileHandle(forReadingAtPath: input) else {
                throw InputError("permission denied")
            }
            handle = file
        }
        defer { if input != "-" { try? handle.close() } }
        switch BoundedInput.read(handle, maxBytes: InputLimits.maxBytes) {
        case .success(let data): return (data, nil)
        case .failure(let failure): throw InputError(failure.message)
        }
    }

    /// A one-line reason an input could not be read.
    struct InputError: Error, CustomStringConvertible {
        var description: String
        init(_ description: String) { self.description = description }
    }
}
