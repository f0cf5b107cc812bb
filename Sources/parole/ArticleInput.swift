import Foundation
import ParoleKit

/// One article read from the command line: its name and decoded text.
struct ArticleInput {
    /// The name shown in messages: the path as given, or "-" for standard input.
    var path: String
    /// The identifier used in the analysis: the file name without extension.
    var id: String
    /// The decoded text.
    var text: String
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
            if path == "-" {
                let data = FileHandle.standardInput.readDataToEndOfFile()
                if let article = decode(data, path: "-", id: "stdin") { try each(article) }
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
                let files = names.filter { $0.hasSuffix(".txt") }.sorted()
                if files.isEmpty { fail(path, "directory holds no .txt article") }
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
            let data: Data
            do {
                data = try handle.readToEnd() ?? Data()
                try? handle.close()
            } catch {
                try? handle.close()
                fail(path, "cannot read: \(error.localizedDescription)")
                continue
            }
            let id = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
            if let article = decode(data, path: path, id: id) { try each(article) }
        }
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

    private mutating func fail(_ path: String, _ message: String) {
        hadErrors = true
        StandardError.print("parole: \(path): \(message)")
    }

    private func warn(_ path: String, _ message: String) {
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
