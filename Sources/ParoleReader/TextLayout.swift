import ParoleKit

/// An article's paragraphs wrapped to a width in terminal columns: words are never cut unless
/// a single word is wider than the line, paragraphs are separated by a blank line.
public struct TextLayout: Sendable {
    /// One screen line: a range of scalar offsets of one paragraph.
    public struct Line: Hashable, Sendable {
        /// Offset of the first scalar on the line.
        public var start: Int32
        /// Offset one past the last scalar on the line.
        public var end: Int32
        /// Index of the paragraph, or -1 for the blank line between paragraphs.
        public var paragraph: Int32
    }

    /// The width the text was wrapped to, in columns.
    public let width: Int
    /// The lines, in order.
    public let lines: [Line]

    /// Wraps `paragraphs` (scalar ranges) of the text whose displayed widths are `widths`
    /// (`ArticleModel.hidden` for scalars not shown) and whose breakable spaces are marked.
    init(width: Int, paragraphs: [Span], display: [Unicode.Scalar], widths: [UInt8]) {
        let width = max(2, width)
        self.width = width
        var lines: [Line] = []
        lines.reserveCapacity(paragraphs.count * 3)
        let count = display.count
        for (index, paragraph) in paragraphs.enumerated() {
            let start = min(max(0, paragraph.start), count)
            let end = min(max(start, paragraph.end), count)
            if index > 0 { lines.append(Line(start: Int32(start), end: Int32(start), paragraph: -1)) }
            let p = Int32(index)
            var i = start
            while i < end, display[i] == " " || widths[i] == ArticleModel.hidden { i += 1 }
            var lineStart = i
            var column = 0
            var lastBreak = -1
            while i < end {
                let w = widths[i] == ArticleModel.hidden ? 0 : Int(widths[i])
                if display[i] == " " {
                    if column + w > width {
                        lines.append(Line(start: Int32(lineStart), end: Int32(i), paragraph: p))
                        while i < end, display[i] == " " { i += 1 }
                        lineStart = i
                        column = 0
                        lastBreak = -1
                        continue
                    }
                    column += w
                    i += 1
                    lastBreak = i
                    continue
                }
                if column + w > width, column > 0 {
                    if lastBreak > lineStart {
                        lines.append(Line(start: Int32(lineStart), end: Int32(lastBreak), paragraph: p))
                        lineStart = lastBreak
                        column = 0
                        for j in lineStart..<i where widths[j] != ArticleModel.hidden { column += Int(widths[j]) }
                    } else {
                        lines.append(Line(start: Int32(lineStart), end: Int32(i), paragraph: p))
                        lineStart = i
                        column = 0
                    }
                    lastBreak = -1
                    continue
                }
                column += w
                i += 1
            }
            if lineStart < end || lines.last?.paragraph != p {
                lines.append(Line(start: Int32(lineStart), end: Int32(end), paragraph: p))
            }
        }
        self.lines = lines
    }

    /// The index of the line showing the scalar at `offset` (the nearest line before it when
    /// the offset falls between paragraphs).
    public func line(containing offset: Int) -> Int {
        var low = 0
        var high = lines.count - 1
        var found = 0
        while low <= high {
            let mid = (low + high) / 2
            let line = lines[mid]
            if line.paragraph >= 0 && Int(line.start) <= offset {
                found = mid
                low = mid + 1
            } else if line.paragraph < 0 && Int(line.start) <= offset {
                low = mid + 1
            } else {
                high = mid - 1
            }
        }
        return found
    }
}
