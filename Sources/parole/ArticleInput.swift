import Foundation
import ParoleKit
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
    /// The article's address, when the page or feed gave one.
    var link: String? = nil
    /// The author, when the page or feed named one.
    var author: String? = nil
    /// The language of a page's text (ISO 639-1), when known.
    var language: String? = nil
    /// The site a page comes from, when it names itself.
    var site: String? = nil
}

/// Reads the articles named on the command line, reporting each failure as one line on
/// standard error and going on with the rest.
struct ArticleInputReader {
    /// Whether any path could not be read.
    private(set) var hadErrors = false

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
            if URLFetcher.isURL(path) {
                for article in read(url: path) { try each(article) }
                continue
            }
            if path == "-" {
                for article in read(FileHandle.standardInput, path: "-", id: "stdin") { try each(article) }
                continue
            }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                fail(path, "no such file or directory")
                continue
            }
            if isDirectory.boolValue {
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
                for name in files {
                    try read(
                        paths: [(path as NSString).appendingPathComponent(name)], allowDirectories: false,
                        each: each)
                }
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

    /// Reads and decodes everything `handle` holds, in chunks, stopping at the first NUL byte:
    /// binary data and endless devices (`/dev/zero`) are refused without being read to the end.
    /// HTML pages and feeds are handed to `read(markup:path:)` (a feed gives several articles).
    private mutating func read(_ handle: FileHandle, path: String, id: String) -> [ArticleInput] {
        var data = Data()
        do {
            while let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty {
                if chunk.contains(0) {
                    fail(path, ArticleDecodingError.binary.description)
                    return []
                }
                data.append(chunk)
            }
        } catch {
            fail(path, "cannot read: \(error.localizedDescription)")
            return []
        }
        if SourceFormat.detect(data, name: path) != .text {
            return read(markup: data, path: path)
        }
        return decode(data, path: path, id: id).map { [$0] } ?? []
    }

    private mutating func decode(_ data: Data, path: String, id: String) -> ArticleInput? {
        do {
            let decoded = try ArticleDecoder.decode(data)
            if decoded.usedFallbackEncoding {
                warn(path, "not valid UTF-8; read as Windows-1252")
            }
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
}

/// Writes lines to standard error.
enum StandardError {
    /// Writes `line` and a line break to standard error.
    static func print(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
