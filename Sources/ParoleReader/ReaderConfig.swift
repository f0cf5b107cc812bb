/// The reader's config file ($XDG_CONFIG_HOME/parole/config), in newsboat's syntax:
///
///     # a comment
///     bind-key x quit              # on every screen where the action applies
///     bind-key J next-quote article
///     unbind-key h article
///     unbind-key -a detail
///     color person cyan default bold
///     color match black color229
///     set theme light
///
/// Parsing is pure (the caller reads the file); each bad line gives one message naming the
/// file and line, and every other line still applies.
public struct ReaderConfig {
    /// The keymaps, defaults changed by `bind-key` and `unbind-key`.
    public var keymaps: Keymaps
    /// Looks set by `color` lines.
    public var overrides: [ThemeElement: CellStyle] = [:]
    /// The background set by `set theme`, if any.
    public var theme: ThemeBackground?
    /// One message per bad line: "FILE:LINE: what is wrong".
    public var problems: [String] = []

    /// The default configuration.
    public init() { keymaps = Keymaps() }

    /// Reads `text`, the contents of `file` (named in messages).
    public init(parsing text: String, file: String) {
        self.init()
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let words = Self.words(of: line)
            guard !words.isEmpty else { continue }
            if let problem = apply(words) { problems.append("\(file):\(number + 1): \(problem)") }
        }
    }

    /// Applies one line's words; returns what is wrong with it, if anything.
    mutating func apply(_ words: [String]) -> String? {
        let command = words[0]
        let arguments = Array(words.dropFirst())
        switch command {
        case "bind-key":
            guard arguments.count == 2 || arguments.count == 3 else {
                return "bind-key takes a key, an action and optionally a screen (bind-key x quit)"
            }
            guard let key = KeyName.key(named: arguments[0]) else {
                return "unknown key \(Self.quoted(arguments[0]))"
            }
            guard let action = ReaderAction(rawValue: arguments[1]) else {
                return "unknown action \(Self.quoted(arguments[1])) (docs/keys.md lists them)"
            }
            let contexts: [Keymap.Context]
            if arguments.count == 3 {
                guard let context = Keymap.Context(rawValue: arguments[2]) else {
                    return
                        "unknown screen \(Self.quoted(arguments[2])) (list, article, detail, help, statistics)"
                }
                guard keymaps[context].knows(action) else {
                    return "\(action.rawValue) does not apply on the \(context.rawValue) screen"
                }
                contexts = [context]
            } else {
                contexts = Keymap.Context.allCases.filter { keymaps[$0].knows(action) }
            }
            for context in contexts { keymaps[context].bind(key, to: action) }
        case "unbind-key":
            guard arguments.count == 1 || arguments.count == 2 else {
                return "unbind-key takes a key (or -a) and optionally a screen"
            }
            var contexts = Keymap.Context.allCases
            if arguments.count == 2 {
                guard let context = Keymap.Context(rawValue: arguments[1]) else {
                    return
                        "unknown screen \(Self.quoted(arguments[1])) (list, article, detail, help, statistics)"
                }
                contexts = [context]
            }
            if arguments[0] == "-a" {
                for context in contexts { keymaps[context].unbindAll() }
            } else {
                guard let key = KeyName.key(named: arguments[0]) else {
                    return "unknown key \(Self.quoted(arguments[0]))"
                }
                for context in contexts { keymaps[context].unbind(key) }
            }
        case "color":
            guard arguments.count >= 3 else { return "color takes an element, a foreground and a background" }
            let name = arguments[0] == "organization" ? "organisation" : arguments[0]
            guard let element = ThemeElement(rawValue: name) else {
                return "unknown element \(Self.quoted(arguments[0])) ("
                    + ThemeElement.allCases.map(\.rawValue).joined(separator: ", ") + ")"
            }
            var style = CellStyle()
            for (index, word) in arguments[1...2].enumerated() {
                guard let color = Self.color(named: word) else {
                    return "unknown colour \(Self.quoted(word))"
                }
                if index == 0 { style.foreground = color } else { style.background = color }
            }
            for attribute in arguments.dropFirst(3) {
                switch attribute {
                case "bold": style.bold = true
                case "underline": style.underline = true
                case "reverse", "standout": style.reverse = true
                case "dim": style.dim = true
                case "blink", "protect", "invis": continue
                default: return "unknown attribute \(Self.quoted(attribute)) (bold, underline, reverse, dim)"
                }
            }
            overrides[element] = style
        case "set":
            guard arguments.count == 2 else { return "set takes a name and a value (set theme light)" }
            guard arguments[0] == "theme" else {
                return "unknown setting \(Self.quoted(arguments[0])) (theme)"
            }
            guard let theme = ThemeBackground(rawValue: arguments[1]) else {
                return "theme is dark or light, not \(Self.quoted(arguments[1]))"
            }
            self.theme = theme
        default:
            return "unknown command \(Self.quoted(command)) (bind-key, unbind-key, color, set)"
        }
        return nil
    }

    /// A word of the file as a problem names it: between quotes, cut to 40 characters with `…`,
    /// so that a line of thousands of characters (a file that is no config file) still gives a
    /// one-line message.
    static func quoted(_ word: String) -> String {
        "'" + (word.count > 40 ? word.prefix(39) + "…" : word) + "'"
    }

    /// A colour as newsboat writes it: `default` (nil inside), a name, or `colorN` (0–255).
    static func color(named word: String) -> TerminalColor?? {
        if word == "default" { return .some(nil) }
        if let named = TerminalColor.names[word] { return named }
        if word.hasPrefix("color"), let n = UInt8(word.dropFirst(5)) { return TerminalColor(n) }
        return nil
    }

    /// The words of a line: blank-separated, "double quotes" keep blanks, # starts a comment.
    static func words(of line: Substring) -> [String] {
        var words: [String] = []
        var current = ""
        var inWord = false
        var quoted = false
        for c in line {
            if quoted {
                if c == "\"" { quoted = false } else { current.append(c) }
                continue
            }
            if c == "\"" {
                quoted = true
                inWord = true
            } else if c == "#" && !inWord {
                break
            } else if c.isWhitespace {
                if inWord { words.append(current) }
                current = ""
                inWord = false
            } else {
                current.append(c)
                inWord = true
            }
        }
        if inWord { words.append(current) }
        return words
    }
}
