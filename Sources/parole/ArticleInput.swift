import Foundation
import ParoleKit
import ParoleReader
import ParoleSources

/// One article read from the command line: its name and decoded text.
struct ArticleInput {
    /// The name shown in messages: the path as given, or "-" for standard input.
    var path: String
    /// The identifier used in the analysis: the file name without extension.
    var id: String
    /// The decoded text.
    var text: String
    /// The publication date, when the page or feed gave one.
    var date: Date? = nil
    /// The offset east of UTC in which ``date`` falls on the article's own day, when known
    /// (``SourceArticle/dateOffset``).
    var dateOffset: Int? = nil
    /// The article's address, when the page or feed gave one.
    var link: String? = nil
    /// The author, when the page or feed named one.
    var author: String? = nil
    /// The language of a page's text (ISO 639-1), when known.
    var language: String? = nil
    /// The site a page comes from, when it names itself.
    var site: String? = nil
    /// For a feed item, the feed's path or URL as read.
    var feed: String? = nil
    /// For a feed item, its link as the feed wrote it.
    var writtenLink: String? = nil
    /// For a feed item with an id of its own (RSS guid, Atom id), the key the library knows it by.
    var itemKey: String? = nil
}

/// Reads the articles named on the command line, reporting each failure as one line on
/// standard error and going on with the rest.
struct ArticleInputReader {
    /// Whether any path could not be read.
    private(set) var hadErrors = false
    /// The largest input read, in bytes: a file or standard input over it is refused.
    var maxBytes = InputLimits.maxBytes
    /// Whether the articles read are stored in the library (`parole add`): the note on an article
    /// in another language then says that the library does not count what its analysis found.
    var isStoring = false
    /// Called before each file of a directory is read, with the directory, the files read so
    /// far and the files it holds, and once more when all are read: the reader shows its
    /// progress while a directory of hundreds of pages is read before its screen opens.
    var onDirectoryFile: ((_ directory: String, _ done: Int, _ total: Int) -> Void)?
    /// How many articles read were in a language the analysis does not support; the first
    /// ``languageNotesShown`` get a note each, ``reportOtherLanguages()`` counts the rest, so
    /// that a directory of foreign pages does not bury the other messages.
    private(set) var otherLanguageArticles = 0
    /// How many articles in another language are named one by one.
    static let languageNotesShown = 5

    /// Counts an article in another language; whether it still gets a note of its own.
    mutating func countOtherLanguage() -> Bool {
        otherLanguageArticles += 1
        return otherLanguageArticles <= Self.languageNotesShown
    }

    /// Prints how many more articles in another language were read than were named.
    func reportOtherLanguages() {
        let more = otherLanguageArticles - Self.languageNotesShown
        guard more > 0 else { return }
        StandardError.print(
            "parole: note: \(more) more \(more == 1 ? "article" : "articles") in a language the analysis does not "
                + "support (\(otherLanguageArticles) in all)"
                + (isStoring ? "; stored, but not counted in the library's actors and quotes" : ""))
    }

    /// The articles the paths stand for, all in memory: see ``read(paths:allowDirectories:each:)``.
    mutating func read(paths: [String], allowDirectories: Bool = true) -> [ArticleInput] {
        var out: [ArticleInput] = []
        read(paths: paths, allowDirectories: allowDirectories) { out.append($0) }
        return out
    }

    /// Reads the articles the paths stand for, one at a time, and hands each to `each` before
    /// reading the next, so that only one article is in memory at once: a file itself, the `.txt`
    /// files of a directory in name order, or standard input for `-`.
    mutating func read(paths: [String], allowDirectories: Bool = true, each: (ArticleInput) throws -> Void)
        rethrows
    {
        for path in paths {
            if WebAddress.isWebAddress(path) {
                for article in read(url: path) { try each(article) }
                continue
            }
            if path == "-" {
                for article in read(FileHandle.standardInput, path: "-", id: "stdin") { try each(article) }
                continue
            }
            guard let kind = BoundedInput.kind(of: path) else {
                // "htps://…" is a mistyped address more often than a missing file.
                fail(
                    path,
                    path.contains("://") ? "neither a file nor an http(s) URL" : "no such file or directory")
                continue
            }
            if kind == .directory {
                guard allowDirectories else {
                    fail(path, "is a directory")
                    continue
                }
                guard let names = try? FileManager.default.contentsOfDirectory(atPath: path) else {
                    fail(path, "cannot list directory (permission denied?)")
                    continue
                }
                let files = names.filter(Self.isArticleFile).sorted()
                if files.isEmpty { fail(path, "directory holds no article (.txt, .html, .xml, .rss, .atom)") }
                for (done, name) in files.enumerated() {
                    onDirectoryFile?(path, done, files.count)
                    let file = (path as NSString).appendingPathComponent(name)
                    guard BoundedInput.kind(of: file) == .regularFile else {
                        notice(file, "not a regular file, skipped")
                        continue
                    }
                    try read(paths: [file], allowDirectories: false, each: each)
                }
                if !files.isEmpty { onDirectoryFile?(path, files.count, files.count) }
                continue
            }
            guard let handle = FileHandle(forReadingAtPath: path) else {
                fail(path, "permission denied")
                continue
            }
            let id = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
            let articles = read(handle, path: path, id: id)
            try? handle.close()
            for article in articles { try each(article) }
        }
    }

    /// Reads and decodes everything `handle` holds, in chunks, stopping at once when its first
    /// 8 KB hold a NUL byte (but in UTF-16 and UTF-32 text, which starts with a byte order mark)
    /// or once past ``maxBytes``: binary data, endless devices (`/dev/zero`) and endless streams
    /// are refused without being read to the end. A NUL further on refuses a text article when it
    /// is decoded, but not a page: real pages carry stray NULs, which the HTML parser skips. An
    /// empty input is an error (``EmptyInput``). HTML pages and feeds are handed to
    /// `read(markup:path:)` (a feed gives several articles).
    private mutating func read(_ handle: FileHandle, path: String, id: String) -> [ArticleInput] {
        var wide = false
        let outcome = BoundedInput.read(handle, maxBytes: maxBytes) { chunk, before in
            guard before.isEmpty else { return nil }
            wide = ArticleDecoder.wideEncoding(of: chunk) != nil
            let head = min(chunk.count, 8192)
            let binary =
                !wide && chunk.withUnsafeBytes { $0.baseAddress.map { memchr($0, 0, head) != nil } ?? false }
            return binary ? ArticleDecodingError.binary.description : nil
        }
        var data: Data
        switch outcome {
        case .success(let bytes): data = bytes
        case .failure(let failure):
            fail(path, failure.message)
            return []
        }
        if EmptyInput.isEmpty(data) {
            fail(path, EmptyInput.message)
            return []
        }
        if wide {
            // Markup is recognised, and parsed, from its UTF-8 form.
            do {
                let decoded = try ArticleDecoder.decode(data)
                for warning in decoded.warnings { warn(path, warning) }
                data = Data(decoded.text.utf8)
            } catch {
                fail(path, error.description)
                return []
            }
        }
        if SourceFormat.detect(data, name: path) != .text {
            return read(markup: data, path: path)
        }
        return decode(data, path: path, id: id).map { [$0] } ?? []
    }

    /// `bytes` as "20 MB".
    static func megabytes(_ bytes: Int) -> String {
        let mb = Double(bytes) / 1_000_000
        return mb == mb.rounded() ? "\(Int(mb)) MB" : String(format: "%.1f MB", mb)
    }

    private mutating func decode(_ data: Data, path: String, id: String) -> ArticleInput? {
        do {
            let decoded = try ArticleDecoder.decode(data)
            for warning in decoded.warnings { warn(path, warning) }
            return ArticleInput(path: path, id: id, text: decoded.text)
        } catch {
            fail(path, error.description)
            return nil
        }
    }

    mutating func fail(_ path: String, _ message: String) {
        hadErrors = true
        StandardError.print("parole: \(path): \(message)")
    }

    func warn(_ path: String, _ message: String) {
        StandardError.print("parole: warning: \(path): \(message)")
    }

    /// A one-line notice that does not make the command fail.
    func notice(_ path: String, _ message: String) {
        StandardError.print("parole: \(path): \(message)")
    }
}

/// Writes lines to standard error, made safe for a terminal: a file name, URL or text holding
/// escape sequences is shown with visible placeholders (``TerminalSafeText``).
///
/// The lines are also kept (the first hundred), for the reader: what was said while the
/// articles were read (a file missing, bytes not valid UTF-8, a page in another language) is
/// hidden by its full screen until it quits, so its status line opens on the first of them.
enum StandardError {
    /// Writes `line`, as one line, and a line break to standard error.
    static func print(_ line: String) {
        let safe = TerminalSafeText.line(line)
        FileHandle.standardError.write(Data((printed.clearingTransient() + safe + "\n").utf8))
        printed.append(safe)
    }

    /// Writes a progress line ("fetching URL…"), not kept among ``printedLines``.
    static func progress(_ line: String) {
        FileHandle.standardError.write(
            Data((printed.clearingTransient() + TerminalSafeText.line(line) + "\n").utf8))
    }

    /// Shows `line` in place of the previous one (`reading pages: 412/985 files…`), on a
    /// terminal that can erase a line only (not `TERM=dumb`), cut to its width so that it never
    /// wraps; the next line printed, or ``clearTransient()``, erases it.
    static func transient(_ line: String) {
        let term = ProcessInfo.processInfo.environment["TERM"] ?? ""
        guard isatty(2) != 0, !term.isEmpty, term != "dumb" else { return }
        var size = winsize()
        let asked = withUnsafeMutablePointer(to: &size) { ioctl(2, UInt(TIOCGWINSZ), $0) }
        let columns = asked == 0 && size.ws_col > 1 ? Int(size.ws_col) : 80
        let shown = fitted(TerminalSafeText.line(line), columns: columns - 1)
        printed.setTransient(true)
        FileHandle.standardError.write(Data(("\r" + shown + "\u{1B}[K").utf8))
    }

    /// Erases the line ``transient(_:)`` showed, if any.
    static func clearTransient() {
        FileHandle.standardError.write(Data(printed.clearingTransient().utf8))
    }

    /// `line` cut to the `columns` it may take on screen (a wide letter takes two), ending with
    /// `…` when cut: a line one column too wide wraps, and its erase leaves its first row.
    static func fitted(_ line: String, columns: Int) -> String { ColumnWidth.cut(line, toColumns: columns) }

    /// The lines written by ``print(_:)`` so far, the first hundred.
    static var printedLines: [String] { printed.lines }

    private static let printed = PrintedLines()

    /// The lines printed, behind a lock (articles are read on several threads by `add`).
    private final class PrintedLines: @unchecked Sendable {
        private let lock = NSLock()
        private var kept: [String] = []

        var lines: [String] { lock.withLock { kept } }

        func append(_ line: String) {
            lock.withLock { if kept.count < 100 { kept.append(line) } }
        }

        /// Whether a transient line is shown.
        private var transientShown = false

        func setTransient(_ shown: Bool) { lock.withLock { transientShown = shown } }

        /// What erases the transient line shown (a carriage return and erase to the line's
        /// end), or nothing; it is no longer shown after.
        func clearingTransient() -> String {
            lock.withLock {
                defer { transientShown = false }
                return transientShown ? "\r\u{1B}[K" : ""
            }
        }
    }
}

/// Writes text to standard output, made safe for a terminal (``TerminalSafeText``).
enum StandardOutput {
    /// Writes `line`, as one line, and a line break to standard output.
    static func print(_ line: String) {
        Swift.print(TerminalSafeText.line(line))
    }

    /// Whether standard output is a terminal (not a pipe or a file).
    static var isTerminal: Bool { isatty(1) == 1 }
}
