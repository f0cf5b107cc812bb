import ParoleKit

/// The line being typed in a prompt (search, list filter, actor picker): one editor for all,
/// with a cursor, the usual readline keys, and a paste inserted as one edit.
public struct LineEditor: Hashable, Sendable {
    /// What was typed.
    public private(set) var text: String
    /// The cursor, as a count of characters before it.
    public private(set) var cursor: Int
    private var count: Int

    /// An editor holding `text`, the cursor at its end.
    public init(_ text: String = "") {
        self.text = text
        count = text.count
        cursor = count
    }

    /// What a key did to the line.
    public enum Outcome: Equatable, Sendable {
        /// The text changed.
        case edited
        /// Only the cursor moved.
        case moved
        /// Backspace on an empty line (prompts close on it).
        case backspaceOnEmpty
        /// The key is not an editing key.
        case ignored
    }

    /// Applies an editing key: characters and pastes are inserted at the cursor; Backspace,
    /// ^U (to the start), ^W (the word before), ^K (to the end); ← → ^A ^E Home End move.
    public mutating func handle(_ key: Key) -> Outcome {
        switch key {
        case .character(let c):
            insert(String(c))
            return .edited
        case .paste(let pasted):
            // Line breaks (with the Unicode line and paragraph separators) and tabs become
            // spaces; other control characters are dropped.
            var clean = String.UnicodeScalarView()
            for scalar in pasted.unicodeScalars {
                switch (scalar.value, ScalarControlClass(scalar)) {
                case (0x0A, _), (0x0D, _), (0x09, _), (_, .separator): clean.append(" ")
                case (_, .control): continue
                default: clean.append(scalar)
                }
            }
            insert(String(clean))
            return .edited
        case .backspace:
            if count == 0 { return .backspaceOnEmpty }
            guard cursor > 0 else { return .moved }
            remove(from: cursor - 1, to: cursor)
            return .edited
        case .control("u"):
            remove(from: 0, to: cursor)
            return .edited
        case .control("k"):
            remove(from: cursor, to: count)
            return .edited
        case .control("w"):
            let before = Array(prefix)
            var start = before.count
            while start > 0, before[start - 1] == " " { start -= 1 }
            while start > 0, before[start - 1] != " " { start -= 1 }
            remove(from: start, to: cursor)
            return .edited
        case .left:
            cursor = max(0, cursor - 1)
            return .moved
        case .right:
            cursor = min(count, cursor + 1)
            return .moved
        case .home, .control("a"):
            cursor = 0
            return .moved
        case .end, .control("e"):
            cursor = count
            return .moved
        default:
            return .ignored
        }
    }

    private var prefix: Substring { text.prefix(cursor) }

    private mutating func insert(_ piece: String) {
        guard !piece.isEmpty else { return }
        if cursor == count {
            text += piece
        } else {
            let index = text.index(text.startIndex, offsetBy: cursor)
            text.insert(contentsOf: piece, at: index)
        }
        let added = text.count - count
        count += added
        cursor += added
    }

    private mutating func remove(from start: Int, to end: Int) {
        guard start < end else { return }
        let a = text.index(text.startIndex, offsetBy: start)
        let b = text.index(a, offsetBy: end - start)
        text.removeSubrange(a..<b)
        count -= end - start
        cursor = start
    }

    /// The line as shown in `width` columns: its end when it does not fit (the cursor is
    /// usually there), with the cursor drawn as ▏.
    public func display(width: Int) -> String {
        let before = String(prefix)
        let after = String(text.dropFirst(cursor))
        var shown = before + "▏" + after
        guard ColumnWidth.width(of: shown) > width, width > 1 else { return shown }
        // Keep the cursor in view: cut from the left, starting with "…".
        var tail = Substring("▏" + after.prefix(width))
        var head = Substring(before)
        var used = ColumnWidth.width(of: tail)
        var kept: [Character] = []
        while let last = head.last, used + ColumnWidth.width(of: String(last)) < width {
            kept.append(last)
            used += ColumnWidth.width(of: String(last))
            head.removeLast()
        }
        shown = (head.isEmpty ? "" : "…") + String(kept.reversed()) + tail
        tail = ""
        return shown
    }
}
