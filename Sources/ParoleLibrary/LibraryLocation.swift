import Foundation

/// Where the library lives: `--library PATH`, else `$PAROLE_LIBRARY`, else
/// `$XDG_DATA_HOME/parole/library.sqlite`, else `~/.local/share/parole/library.sqlite`.
public enum LibraryLocation {
    /// The file name of the database inside the data directory.
    public static let fileName = "library.sqlite"

    /// The library path for an explicit `option` and the process `environment`.
    public static func path(
        option: String? = nil, environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> String {
        if let option, !option.isEmpty { return option }
        if let path = environment["PAROLE_LIBRARY"], !path.isEmpty { return path }
        if let data = environment["XDG_DATA_HOME"], data.hasPrefix("/") {
            return "\(data)/parole/\(fileName)"
        }
        let home = environment["HOME"] ?? NSHomeDirectory()
        return "\(home)/.local/share/parole/\(fileName)"
    }
}
