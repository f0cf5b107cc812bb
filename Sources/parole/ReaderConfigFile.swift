import Foundation
import ParoleReader

/// Finds and reads the reader's config file: `$XDG_CONFIG_HOME/parole/config`, else
/// `~/.config/parole/config`. No file is the default configuration; a file that cannot be read
/// is one message, like a bad line.
enum ReaderConfigFile {
    /// The config file's path for `environment`.
    static func path(environment: [String: String]) -> String {
        if let base = environment["XDG_CONFIG_HOME"], base.hasPrefix("/") {
            return base + "/parole/config"
        }
        let home = environment["HOME"] ?? NSHomeDirectory()
        return home + "/.config/parole/config"
    }

    /// The configuration in the file at `path` (defaults when there is none).
    static func load(path: String) -> ReaderConfig {
        guard FileManager.default.fileExists(atPath: path) else { return ReaderConfig() }
        guard let data = FileManager.default.contents(atPath: path) else {
            var config = ReaderConfig()
            config.problems.append("\(path): cannot be read; using the default keys and colours")
            return config
        }
        return ReaderConfig(parsing: String(decoding: data, as: UTF8.self), file: path)
    }
}
