import CNcursesw
import Foundation
import Glibc
import ParoleReader

/// A full-screen ncursesw terminal: draws reader grids and reads keys.
///
/// Uses `newterm` (never `initscr`, which exits on an unknown terminal), colours only when
/// the terminal has them and `NO_COLOR` is unset, the mouse wheel and clicks, and a short
/// Escape delay. Only one terminal may be open at a time (curses keeps global state).
public final class Terminal {
    private let screen: OpaquePointer
    private let window: UnsafeMutablePointer<WINDOW>
    /// Whether colours are drawn (else bold, underline, reverse and dim only).
    public let usesColor: Bool
    /// How many colours are drawn: 256 when the terminal has them, else 16, else none.
    public let colorDepth: ColorDepth
    private let colorCount: Int
    private let output: UnsafeMutablePointer<FILE>
    private let inputDescriptor: Int32
    /// The key codes ncurses gives for the start and end of a bracketed paste.
    private static let pasteStart = KEY_MAX + 1
    private static let pasteEnd = KEY_MAX + 2
    /// At most this much of a paste is kept (the rest is read and dropped).
    static let pasteLimit = 4 << 20
    private var pairs: [Int: Int16] = [:]
    private var attributes: [CellStyle: (attr_t, Int16)] = [:]
    private var lastAttributes: (style: CellStyle, attr: attr_t, pair: Int16)?
    private var shown: Grid?
    private var isOpen = true
    private var buffer = [wchar_t](repeating: 0, count: 8)

    /// Opens the terminal named `term` (default: `TERM`) on `output`, reading keys from
    /// `input`; `colors: false` draws without colour whatever the terminal can do.
    public init(
        term: String? = nil, input: UnsafeMutablePointer<FILE>, output: UnsafeMutablePointer<FILE>,
        colors: Bool = true
    ) throws {
        let name = term ?? ProcessEnvironment.value("TERM")
        guard let name, !name.isEmpty else { throw TerminalError.noTermVariable }
        guard name != "dumb", let screen = newterm(name, output, input) else {
            throw TerminalError.unknownTerminal(name)
        }
        self.screen = screen
        self.output = output
        inputDescriptor = fileno(input)
        set_term(screen)
        window = nc_stdscr()
        cbreak()
        noecho()
        nonl()
        keypad(window, true)
        meta(window, true)
        intrflush(window, false)
        curs_set(0)
        set_escdelay(25)
        leaveok(window, true)
        var wantColors = colors && has_colors()
        if wantColors {
            start_color()
            if use_default_colors() != OK { wantColors = nc_colors() >= 8 }
        }
        usesColor = wantColors
        colorCount = wantColors ? Int(nc_colors()) : 0
        colorDepth = !wantColors ? .none : colorCount >= 256 ? .full : .sixteen
        mousemask(nc_mouse_mask_wanted(), nil)
        mouseinterval(0)
        // Bracketed paste: the terminal wraps pasted text in ESC[200~ … ESC[201~.
        define_key("\u{1B}[200~", Self.pasteStart)
        define_key("\u{1B}[201~", Self.pasteEnd)
        send("\u{1B}[?2004h")
    }

    /// Writes `sequence` to the terminal at once, outside curses' screen (mode changes, OSC).
    private func send(_ sequence: String) {
        fputs(sequence, output)
        fflush(output)
    }

    /// Whether this terminal takes the OSC 52 clipboard sequence, as far as its environment and
    /// output tell (judged once, when first asked).
    public private(set) lazy var clipboardSupport: ClipboardSupport = {
        let environment = ProcessEnvironment.all
        return ClipboardSupport.judge(
            environment: environment, outputIsTerminal: isatty(fileno(output)) == 1,
            tmuxOptions: environment["TMUX"] == nil ? nil : TmuxOptions.clipboard())
    }()

    /// Puts `text` on the clipboard of the terminal (and of the machine it runs on, over ssh)
    /// with an OSC 52 sequence; inside tmux, also wrapped for tmux's passthrough.
    public func copyToClipboard(_ text: String) {
        let sequence = "\u{1B}]52;c;" + Base64.encode(Array(text.utf8)) + "\u{07}"
        send(sequence)
        if ProcessEnvironment.value("TMUX") != nil {
            let escaped = sequence.replacingEscapes()
            send("\u{1B}Ptmux;" + escaped + "\u{1B}\\")
        }
    }

    /// Leaves curses mode for a program that uses the terminal, then comes back (`body` runs
    /// in between); the next draw repaints everything.
    public func suspended<T>(_ body: () -> T) -> T {
        def_prog_mode()
        send("\u{1B}[?2004l")
        endwin()
        let result = body()
        reset_prog_mode()
        send("\u{1B}[?2004h")
        invalidate()
        return result
    }

    deinit { close() }

    /// The terminal's size now.
    public var size: TerminalSize {
        TerminalSize(width: Int(getmaxx(window)), height: Int(getmaxy(window)))
    }

    /// Leaves curses mode, restoring the terminal as it was.
    public func close() {
        guard isOpen else { return }
        isOpen = false
        send("\u{1B}[?2004l")
        set_term(screen)
        endwin()
        delscreen(screen)
    }

    /// Makes the next `draw` repaint every cell (after Ctrl-L or a suspension).
    public func invalidate() {
        shown = nil
        clearok(nc_curscr(), true)
    }

    /// Draws `grid`, sending only the cells that changed since the last draw.
    public func draw(_ grid: Grid) {
        let previous = shown?.width == grid.width && shown?.height == grid.height ? shown : nil
        if previous == nil { werase(window) }
        let width = min(grid.width, Int(getmaxx(window)))
        let height = min(grid.height, Int(getmaxy(window)))
        for y in 0..<height {
            for x in 0..<width {
                let cell = grid[x, y]
                if let previous, previous[x, y] == cell { continue }
                if cell.text.isEmpty { continue }
                put(cell, x: x, y: y)
            }
        }
        shown = grid
        wnoutrefresh(window)
        doupdate()
    }

    private func put(_ cell: Cell, x: Int, y: Int) {
        var count = 0
        for scalar in cell.drawnText.unicodeScalars where count < 5 {
            buffer[count] = wchar_t(bitPattern: scalar.value)
            count += 1
        }
        if count == 0 {
            buffer[0] = 0x20
            count = 1
        }
        buffer[count] = 0
        let (attr, pair) = attributes(for: cell.style)
        var cchar = cchar_t()
        buffer.withUnsafeBufferPointer { chars in
            _ = setcchar(&cchar, chars.baseAddress!, attr, pair, nil)
        }
        wmove(window, Int32(y), Int32(x))
        wadd_wch(window, &cchar)
    }

    private func attributes(for style: CellStyle) -> (attr_t, Int16) {
        if let last = lastAttributes, last.style == style { return (last.attr, last.pair) }
        let found = lookUpAttributes(for: style)
        lastAttributes = (style, found.0, found.1)
        return found
    }

    private func lookUpAttributes(for style: CellStyle) -> (attr_t, Int16) {
        if let known = attributes[style] { return known }
        var attr = attr_t(0)
        if style.bold { attr |= nc_a_bold() }
        if style.underline { attr |= nc_a_underline() }
        if style.reverse { attr |= nc_a_reverse() }
        if style.dim { attr |= nc_a_dim() }
        var pair: Int16 = 0
        if usesColor && (style.foreground != nil || style.background != nil) {
            pair = colorPair(foreground: style.foreground, background: style.background)
        }
        attributes[style] = (attr, pair)
        return (attr, pair)
    }

    private func colorPair(foreground: TerminalColor?, background: TerminalColor?) -> Int16 {
        // Colours the terminal lacks become the nearest of its 8 or 16.
        let foreground = foreground.map { $0.reduced(toColors: colorCount) }
        let background = background.map { $0.reduced(toColors: colorCount) }
        let key = (foreground.map { $0.rawValue + 1 } ?? 0) * 257 + (background.map { $0.rawValue + 1 } ?? 0)
        if let pair = pairs[key] { return pair }
        let number = Int16(pairs.count + 1)
        guard Int32(number) < nc_color_pairs() else { return 0 }
        let fg = Int16(foreground?.rawValue ?? -1)
        let bg = Int16(background?.rawValue ?? -1)
        init_pair(number, fg, bg)
        pairs[key] = number
        return number
    }

    /// Waits for the next key (up to `timeout` milliseconds; -1 waits for ever) and returns
    /// it, or nil when nothing usable came (timeout, interrupted read, unknown key).
    public func readKey(timeout: Int32 = -1) -> Key? {
        wtimeout(window, timeout)
        var ch: wint_t = 0
        switch wget_wch(window, &ch) {
        case OK:
            return Self.key(character: ch)
        case KEY_CODE_YES:
            if Int32(ch) == Self.pasteStart { return readPaste() }
            if Int32(ch) == Self.pasteEnd { return nil }
            return key(code: Int32(ch))
        default:
            return nil
        }
    }

    /// Reads a bracketed paste up to its end marker, straight from the terminal in large
    /// reads (curses would read it one byte per system call), as one `.paste` key.
    private func readPaste() -> Key {
        let end: [UInt8] = Array("\u{1B}[201~".utf8)
        var kept: [UInt8] = []
        var window: [UInt8] = []  // the last bytes read, to find the end marker across reads
        var chunk = [UInt8](repeating: 0, count: 65536)
        var poller = pollfd(fd: inputDescriptor, events: Int16(POLLIN), revents: 0)
        while poll(&poller, 1, 200) > 0 {
            let n = read(inputDescriptor, &chunk, chunk.count)
            if n <= 0 { break }
            let searched = window + chunk[0..<n]
            var marker: Int?
            var i = 0
            while i + end.count <= searched.count {
                if searched[i] == 0x1B, searched[i + 1] == end[1], Array(searched[i..<i + end.count]) == end {
                    marker = i
                    break
                }
                i += 1
            }
            let fresh = searched.count - n  // bytes of `searched` already in `kept`
            if let marker {
                if marker > fresh, kept.count < Self.pasteLimit {
                    kept += searched[fresh..<marker].prefix(Self.pasteLimit - kept.count)
                }
                // What came after the paste goes back to curses.
                for byte in searched[(marker + end.count)...].reversed() { ungetch(Int32(byte)) }
                if marker < fresh { kept.removeLast(min(kept.count, fresh - marker)) }
                break
            }
            if kept.count < Self.pasteLimit { kept += chunk[0..<n].prefix(Self.pasteLimit - kept.count) }
            window = Array(searched.suffix(end.count - 1))
        }
        return .paste(String(decoding: kept, as: UTF8.self))
    }

    /// The key for a character read by `wget_wch`.
    static func key(character ch: wint_t) -> Key? {
        switch ch {
        case 0x1B: return .escape
        case 0x0D, 0x0A: return .enter
        case 0x09: return .tab
        case 0x7F, 0x08: return .backspace
        case 0..<0x20: return .control(Character(Unicode.Scalar(UInt8(ch) + 0x60)))
        default:
            guard let scalar = Unicode.Scalar(ch) else { return nil }
            return .character(Character(scalar))
        }
    }

    private func key(code: Int32) -> Key? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_NPAGE: return .pageDown
        case KEY_PPAGE: return .pageUp
        case KEY_HOME: return .home
        case KEY_END: return .end
        case KEY_ENTER: return .enter
        case KEY_BTAB: return .backTab
        case KEY_BACKSPACE, KEY_DC: return .backspace
        case KEY_RESIZE:
            shown = nil
            return .resize(width: Int(getmaxx(window)), height: Int(getmaxy(window)))
        case KEY_MOUSE:
            var event = MEVENT()
            guard getmouse(&event) == OK else { return nil }
            if nc_mouse_is_wheel_up(event.bstate) != 0 { return .wheelUp }
            if nc_mouse_is_wheel_down(event.bstate) != 0 { return .wheelDown }
            if nc_mouse_is_click(event.bstate) != 0 { return .click(x: Int(event.x), y: Int(event.y)) }
            return nil
        default:
            return nil
        }
    }
}

extension String {
    /// The string with each ESC doubled, as tmux's passthrough wants it.
    fileprivate func replacingEscapes() -> String {
        var out = ""
        for scalar in unicodeScalars {
            if scalar == "\u{1B}" { out.unicodeScalars.append(scalar) }
            out.unicodeScalars.append(scalar)
        }
        return out
    }
}

/// Base64, for OSC 52.
enum Base64 {
    private static let alphabet = Array(
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)

    /// `bytes` in base64 with padding.
    static func encode(_ bytes: [UInt8]) -> String {
        var out: [UInt8] = []
        out.reserveCapacity((bytes.count + 2) / 3 * 4)
        var i = 0
        while i < bytes.count {
            let b0 = Int(bytes[i])
            let b1 = i + 1 < bytes.count ? Int(bytes[i + 1]) : 0
            let b2 = i + 2 < bytes.count ? Int(bytes[i + 2]) : 0
            out.append(alphabet[b0 >> 2])
            out.append(alphabet[(b0 & 3) << 4 | b1 >> 4])
            out.append(i + 1 < bytes.count ? alphabet[(b1 & 15) << 2 | b2 >> 6] : UInt8(ascii: "="))
            out.append(i + 2 < bytes.count ? alphabet[b2 & 63] : UInt8(ascii: "="))
            i += 3
        }
        return String(decoding: out, as: UTF8.self)
    }
}

/// Reads environment variables.
enum ProcessEnvironment {
    /// The value of `name`, if set.
    static func value(_ name: String) -> String? {
        getenv(name).map { String(cString: $0) }
    }

    /// Every variable, by name.
    static var all: [String: String] { ProcessInfo.processInfo.environment }
}
