/// Why the terminal could not be set up; each is one clear line for the user.
public enum TerminalError: Error, CustomStringConvertible, Equatable {
    /// `TERM` is not set.
    case noTermVariable
    /// The terminal type is not in the terminfo database, or cannot address the cursor.
    case unknownTerminal(String)
    /// No terminal to read keys from.
    case noTerminal

    /// The message shown to the user.
    public var description: String {
        switch self {
        case .noTermVariable:
            return "TERM is not set; set it to your terminal type (e.g. TERM=xterm-256color)"
        case .unknownTerminal(let name):
            return "unknown or unusable terminal type '\(name)' (TERM); try TERM=xterm-256color"
        case .noTerminal:
            return "no terminal to read keys from (/dev/tty cannot be opened)"
        }
    }
}
