/// Whether the terminal the reader draws on takes the OSC 52 sequence that puts text on its
/// clipboard. No terminal answers the sequence, so the judgement comes from the environment:
/// a terminal known to take it, one known not to, or one Parole cannot tell about.
public enum ClipboardSupport: Equatable, Sendable {
    /// A terminal (or multiplexer) known to take it, by name ("kitty", "tmux").
    case known(String)
    /// Parole cannot tell: the sequence is sent, and the user is told how to check.
    case unknown
    /// Known not to take it, or no terminal to take it, with the reason; the sequence is not sent.
    case none(String)

    /// The judgement for a terminal described by `environment` (`TERM`, `TMUX`, `STY`,
    /// `VTE_VERSION`, `KITTY_WINDOW_ID`, `WEZTERM_PANE`, `WT_SESSION`), whose output is a
    /// terminal device when `outputIsTerminal`; inside tmux, `tmuxOptions` are tmux's
    /// `set-clipboard` and `allow-passthrough` values (nil when tmux could not be asked).
    public static func judge(
        environment: [String: String], outputIsTerminal: Bool,
        tmuxOptions: (setClipboard: String, allowPassthrough: String)? = nil
    ) -> ClipboardSupport {
        guard outputIsTerminal else { return .none("the reader's output is not a terminal") }
        let term = environment["TERM"] ?? ""
        if environment["TMUX"] != nil {
            // tmux takes the sequence into a paste buffer and on to the outer terminal only with
            // `set-clipboard on`; its default, `external`, drops what programs send. The wrapped
            // copy reaches the outer terminal with `allow-passthrough on`.
            guard let tmuxOptions else { return .unknown }
            if tmuxOptions.setClipboard == "on" { return .known("tmux") }
            if tmuxOptions.allowPassthrough != "off" { return .unknown }
            return .none("tmux drops OSC 52 (set -g set-clipboard on)")
        }
        if environment["STY"] != nil { return .none("GNU screen passes no clipboard sequence on") }
        if term == "linux" || term.hasPrefix("vt") || term.hasPrefix("cons") {
            return .none("this console (TERM=\(term)) has no clipboard")
        }
        // VTE (GNOME Terminal, Tilix, Terminator…) has no handler for OSC 52 by design.
        if environment["VTE_VERSION"] != nil {
            return .none("GNOME Terminal and other VTE terminals ignore OSC 52")
        }
        if environment["KITTY_WINDOW_ID"] != nil || term == "xterm-kitty" { return .known("kitty") }
        if environment["WEZTERM_PANE"] != nil { return .known("WezTerm") }
        if environment["WT_SESSION"] != nil { return .known("Windows Terminal") }
        if term == "alacritty" { return .known("Alacritty") }
        if term.hasPrefix("foot") { return .known("foot") }
        return .unknown
    }

    /// Whether the OSC 52 sequence is sent at all.
    public var sendsSequence: Bool {
        if case .none = self { return false }
        return true
    }

    /// What the status line says after `y` sent a citation (or did not), and where the citation
    /// was written (`savedTo`, nil when it could not be): the main fact first, as the status
    /// line cuts what does not fit.
    public func message(savedTo path: String?) -> String {
        let also = path.map { "; also in " + $0 } ?? ""
        switch self {
        case .known("tmux"):
            return "Citation in tmux's buffer (prefix ] pastes), sent on via OSC 52" + also
        case .known(let name):
            return "Citation sent to \(name)'s clipboard (OSC 52)" + also
        case .unknown:
            return "Citation sent via OSC 52 (this terminal may ignore it)" + also
        case .none(let reason):
            return "Not copied: \(reason). Citation shown below" + (path.map { ", and in " + $0 } ?? "")
        }
    }
}
