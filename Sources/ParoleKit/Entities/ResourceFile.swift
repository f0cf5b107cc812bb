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
    static func rows(_ name: String) -> [[Substring]] {
        guard let url = url(name), let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        var rows: [[Substring]] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
            if line.hasPrefix("#") { continue }
            rows.append(line.split(separator: "\t", omittingEmptySubsequences: false))
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

    /// The bytes of the binary resource `name`, if present.
    static func data(_ name: String) -> Data? {
        guard let url = url(name) else { return nil }
        return try? Data(contentsOf: url, options: .alwaysMapped)
    }
}
