import Foundation

/// The file that holds the last citation `y` copied, for when the terminal's clipboard did not
/// take it: `$XDG_CACHE_HOME/parole/citation.txt` (`~/.cache/parole/citation.txt` by default),
/// Parole's own file, replaced at each copy.
public enum CitationFile {
    /// Where the file goes for `environment`; nil without `XDG_CACHE_HOME` or `HOME`.
    public static func path(environment: [String: String]) -> String? {
        if let cache = environment["XDG_CACHE_HOME"], cache.hasPrefix("/") {
            return cache + "/parole/citation.txt"
        }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return home + "/.cache/parole/citation.txt"
    }

    /// Writes `citation` (with a final line break) to the file for `environment` and returns
    /// its path as the user would type it (`~` for the home folder); nil when it cannot be written.
    public static func write(_ citation: String, environment: [String: String]) -> String? {
        guard let path = path(environment: environment) else { return nil }
        let url = URL(fileURLWithPath: path)
        do {
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data((citation + "\n").utf8).write(to: url, options: .atomic)
        } catch {
            return nil
        }
        if let home = environment["HOME"], !home.isEmpty, path.hasPrefix(home + "/") {
            return "~" + path.dropFirst(home.count)
        }
        return path
    }
}
