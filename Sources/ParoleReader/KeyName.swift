/// Key names as a config file writes them (newsboat's spelling, and a few friendlier ones) and
/// as the help shows them.
public enum KeyName {
    /// The key a config file names `name`: one character, `^X` for Ctrl-X, or a word (ENTER,
    /// ESC, TAB, BACKTAB, SPACE, BACKSPACE, UP, DOWN, LEFT, RIGHT, HOME, END, PPAGE/PGUP,
    /// NPAGE/PGDN), case aside for words.
    public static func key(named name: String) -> Key? {
        let scalars = Array(name.unicodeScalars)
        if scalars.count == 1, let c = name.first, scalars[0].value > 0x20 { return .character(c) }
        if scalars.count == 2, name.first == "^", let c = name.last, c.isLetter, c.isASCII {
            return .control(Character(c.lowercased()))
        }
        switch name.uppercased() {
        case "ENTER", "RETURN": return .enter
        case "ESC", "ESCAPE": return .escape
        case "TAB": return .tab
        case "BACKTAB", "BTAB", "S-TAB", "SHIFT-TAB": return .backTab
        case "SPACE": return .character(" ")
        case "BACKSPACE", "BS": return .backspace
        case "UP": return .up
        case "DOWN": return .down
        case "LEFT": return .left
        case "RIGHT": return .right
        case "HOME": return .home
        case "END": return .end
        case "PPAGE", "PGUP", "PAGEUP": return .pageUp
        case "NPAGE", "PGDN", "PAGEDOWN": return .pageDown
        default: return nil
        }
    }

    /// How the help writes `key`.
    public static func label(_ key: Key) -> String {
        switch key {
        case .character(" "): return "Space"
        case .character(let c): return String(c)
        case .control(let c): return "^" + c.uppercased()
        case .up: return "↑"
        case .down: return "↓"
        case .left: return "←"
        case .right: return "→"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .home: return "Home"
        case .end: return "End"
        case .enter: return "Enter"
        case .escape: return "Esc"
        case .tab: return "Tab"
        case .backTab: return "S-Tab"
        case .backspace: return "BS"
        case .paste: return "paste"
        case .wheelUp, .wheelDown: return "wheel"
        case .click: return "click"
        case .resize: return "resize"
        }
    }

    /// Orders keys for the help: letters first, then control keys, then named keys.
    static func sortKey(_ key: Key) -> String {
        switch key {
        case .character(" "): return "2"
        case .character(let c): return "0" + String(c)
        case .control(let c): return "1" + String(c)
        case .enter: return "3"
        case .down, .up, .left, .right: return "4" + label(key)
        default: return "5" + label(key)
        }
    }
}
