import Foundation

/// Reads the French language data shipped in the package's `Resources/fr` folder.
enum ResourceFile {
    /// The URL of `name` in the `fr` resource folder, if present.
    static func url(_ name: String) -> URL? {
        let parts = name.split(separator: ".", maxSplits: 1).map(String.init)
        return Bundle.module.url(
            forResource: parts[0], withExtension: parts.count > 1 ? parts[1] : nil, subdirectory: "fr")
    }

    /// The non-empty, non-comment lines of the text resource `name`, split on tabs.
    ///
    /// Cut on bytes rather than on `Character`s: these files hold tens of thousands of lines and
    /// are read at start-up, where grapheme breaking would cost more than the rest of the load.
    static func rows(_ name: String) -> [[Substring]] {
        guard let url = url(name), let data = try? Data(contentsOf: url) else { return [] }
        return rows(in: data)
    }

    /// The non-empty, non-comment lines of a text file's bytes, split on tabs.
    package static func rows(in data: Data) -> [[Substring]] {
        var rows: [[Substring]] = []
        data.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            var start = 0
            while start < bytes.count {
                var end = start
                while end < bytes.count, bytes[end] != 0x0A { end += 1 }
                if end > start, bytes[start] != UInt8(ascii: "#") {
                    var stop = end
                    if bytes[stop - 1] == 0x0D { stop -= 1 }
                    let line = String(
                        decoding: UnsafeBufferPointer(rebasing: bytes[start..<stop]), as: UTF8.self)
                    rows.append(
                        line.utf8.split(separator: 0x09, omittingEmptySubsequences: false).map {
                            Substring($0)
                        })
                }
                start = end + 1
            }
        }
        return rows
    }

    /// The whole text of the resource `name`; a missing resource means a broken build.
    static func text(_ name: String) -> String {
        guard let url = url(name), let text = try? String(contentsOf: url, encoding: .utf8) else {
            fatalError("ParoleKit resource missing: fr/\(name); the package was not built with its resources")
        }
        return text
    }

    /// The bytes of the binary resource `name`, mapped read-only; an error names the file when it
    /// is missing or unreadable.
    static func mapped(_ name: String) throws(ResourceError) -> ResourceBytes {
        guard let url = url(name) else {
            throw ResourceError(
                file: "fr/\(name)",
                problem: "missing from the package resources (run `parole-train resources`)")
        }
        return try ResourceBytes(mapping: url.path, name: url.path)
    }

    /// Stops the program with one line naming the file that cannot be used (standard error,
    /// exit status 70): language data that cannot be read is a broken installation, and analysing
    /// without it would silently give other results.
    static func unusable(_ error: any Error) -> Never {
        FileHandle.standardError.write(Data("error: unusable language data: \(error)\n".utf8))
        exit(70)
    }
}
