import ParoleReader

/// A minimal terminal emulator for the escape sequences ncurses sends to an xterm: enough
/// to know what text a real terminal would show, colours aside.
struct VirtualScreen {
    let width: Int
    let height: Int
    private(set) var cells: [[String]]
    private var x = 0
    private var y = 0
    private var top = 0
    private var bottom: Int
    private var last = " "
    private var saved = (0, 0)
    private var pending: [UInt8] = []

    init(width: Int, height: Int) {
        self.width = width
        self.height = height
        bottom = height - 1
        cells = Array(repeating: Array(repeating: " ", count: width), count: height)
    }

    /// The rows as text.
    var rows: [String] { cells.map { $0.joined() } }

    /// Whether some row contains `text`.
    func shows(_ text: String) -> Bool { rows.contains { $0.contains(text) } }

    /// Interprets `bytes` written by the program.
    mutating func feed(_ bytes: [UInt8]) {
        pending += bytes
        var i = 0
        let b = pending
        while i < b.count {
            let c = b[i]
            if c == 0x1B {
                guard let end = sequenceEnd(b, i) else { break }
                escape(Array(b[i..<end]))
                i = end
                continue
            }
            if c < 0x20 {
                control(c)
                i += 1
                continue
            }
            let length = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4
            guard i + length <= b.count else { break }
            let text = String(decoding: b[i..<i + length], as: UTF8.self)
            put(text)
            i += length
        }
        pending = Array(b[i...])
    }

    private func sequenceEnd(_ b: [UInt8], _ i: Int) -> Int? {
        guard i + 1 < b.count else { return nil }
        switch b[i + 1] {
        case UInt8(ascii: "["):
            var j = i + 2
            while j < b.count {
                if (0x40...0x7E).contains(b[j]) { return j + 1 }
                j += 1
            }
            return nil
        case UInt8(ascii: "("), UInt8(ascii: ")"):
            return i + 3 <= b.count ? i + 3 : nil
        case UInt8(ascii: "]"), UInt8(ascii: "P"):
            // OSC / DCS: up to BEL or ESC \ (nothing drawn).
            var j = i + 2
            while j < b.count {
                if b[j] == 0x07 { return j + 1 }
                if b[j] == 0x1B, j + 1 < b.count, b[j + 1] == UInt8(ascii: "\\") { return j + 2 }
                j += 1
            }
            return nil
        default:
            return i + 2
        }
    }

    private mutating func put(_ text: String) {
        guard let scalar = text.unicodeScalars.first else { return }
        let w = ColumnWidth.width(scalar)
        if w == 0 {
            if x > 0 { cells[y][x - 1] += text }
            return
        }
        if x >= width {
            x = 0
            lineFeed()
        }
        cells[y][x] = text
        if w == 2, x + 1 < width { cells[y][x + 1] = "" }
        x = min(width, x + w)
        last = text
    }

    private mutating func control(_ c: UInt8) {
        switch c {
        case 0x0D: x = 0
        case 0x0A: lineFeed()
        case 0x08: x = max(0, x - 1)
        case 0x09: x = min(width - 1, (x / 8 + 1) * 8)
        default: break
        }
    }

    private mutating func lineFeed() {
        if y == bottom {
            cells.remove(at: top)
            cells.insert(Array(repeating: " ", count: width), at: bottom)
        } else {
            y = min(height - 1, y + 1)
        }
    }

    private mutating func escape(_ s: [UInt8]) {
        guard s.count >= 2 else { return }
        if s[1] == UInt8(ascii: "M") {
            if y == top {
                cells.remove(at: bottom)
                cells.insert(Array(repeating: " ", count: width), at: top)
            } else {
                y = max(0, y - 1)
            }
            return
        }
        if s[1] == UInt8(ascii: "E") { x = 0; lineFeed(); return }
        if s[1] == UInt8(ascii: "7") { saved = (x, y); return }
        if s[1] == UInt8(ascii: "8") { (x, y) = saved; return }
        guard s[1] == UInt8(ascii: "["), let final = s.last else { return }
        let body = String(decoding: s[2..<(s.count - 1)], as: UTF8.self)
        if body.hasPrefix("?") || body.hasPrefix(">") { return }
        let numbers = body.split(separator: ";", omittingEmptySubsequences: false).map { Int($0) }
        func n(_ k: Int, _ d: Int) -> Int { k < numbers.count ? (numbers[k] ?? d) : d }
        let blank = Array(repeating: " ", count: width)
        switch final {
        case UInt8(ascii: "H"), UInt8(ascii: "f"):
            y = min(height - 1, max(0, n(0, 1) - 1))
            x = min(width - 1, max(0, n(1, 1) - 1))
        case UInt8(ascii: "A"): y = max(0, y - n(0, 1))
        case UInt8(ascii: "B"): y = min(height - 1, y + n(0, 1))
        case UInt8(ascii: "C"): x = min(width - 1, x + n(0, 1))
        case UInt8(ascii: "D"): x = max(0, x - n(0, 1))
        case UInt8(ascii: "G"): x = min(width - 1, max(0, n(0, 1) - 1))
        case UInt8(ascii: "d"): y = min(height - 1, max(0, n(0, 1) - 1))
        case UInt8(ascii: "K"):
            let mode = n(0, 0)
            let range = mode == 0 ? min(x, width)..<width : mode == 1 ? 0..<min(width, x + 1) : 0..<width
            for k in range { cells[y][k] = " " }
        case UInt8(ascii: "J"):
            let mode = n(0, 0)
            if mode == 2 || mode == 3 {
                cells = Array(repeating: blank, count: height)
            } else {
                for k in min(x, width)..<width { cells[y][k] = " " }
                for row in (y + 1)..<height { cells[row] = blank }
            }
        case UInt8(ascii: "X"):
            for k in x..<min(width, x + n(0, 1)) { cells[y][k] = " " }
        case UInt8(ascii: "P"):
            let count = min(n(0, 1), width - x)
            cells[y].removeSubrange(x..<x + count)
            cells[y] += Array(repeating: " ", count: count)
        case UInt8(ascii: "@"):
            let count = min(n(0, 1), width - x)
            cells[y].insert(contentsOf: Array(repeating: " ", count: count), at: x)
            cells[y].removeLast(count)
        case UInt8(ascii: "L"):
            for _ in 0..<n(0, 1) where y <= bottom {
                cells.remove(at: bottom)
                cells.insert(blank, at: y)
            }
        case UInt8(ascii: "M"):
            for _ in 0..<n(0, 1) where y <= bottom {
                cells.remove(at: y)
                cells.insert(blank, at: bottom)
            }
        case UInt8(ascii: "b"):
            for _ in 0..<n(0, 1) { put(last) }
        case UInt8(ascii: "r"):
            top = max(0, n(0, 1) - 1)
            bottom = min(height - 1, n(1, height) - 1)
            x = 0
            y = 0
        case UInt8(ascii: "S"):
            for _ in 0..<n(0, 1) {
                cells.remove(at: top)
                cells.insert(blank, at: bottom)
            }
        case UInt8(ascii: "T"):
            for _ in 0..<n(0, 1) {
                cells.remove(at: bottom)
                cells.insert(blank, at: top)
            }
        default: break
        }
    }
}
