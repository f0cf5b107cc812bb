import Foundation
import ParoleKit

/// A CSV document built row by row: RFC 4180 fields, CRLF line ends, fields that a spreadsheet
/// would run as formulas defused, and with `--excel` a UTF-8 byte-order mark first.
struct CSVTable {
    /// The first characters that make a spreadsheet read a cell as a formula (`=HYPERLINK(…)`
    /// in a quote from a hostile page would run when the export is opened).
    static let formulaStarts: Set<Character> = ["=", "+", "-", "@", "\t", "\r"]

    /// The character between fields.
    let separator: Character
    /// Whether the document opens with a UTF-8 byte-order mark.
    let byteOrderMark: Bool
    /// Whether fields are made safe for a terminal (exact text to a pipe or a file).
    let forTerminal: Bool
    /// The rows written so far, header first.
    private(set) var text = ""

    /// A table with `header` as its first row, shaped by `options`; `forTerminal` when it is
    /// printed on a terminal, where escapes in fields are made visible.
    init(header: [String], options: CSVOptions, forTerminal: Bool) {
        separator = options.separator
        byteOrderMark = options.excel
        self.forTerminal = forTerminal
        append(header)
    }

    /// Adds one row.
    mutating func append(_ fields: [String]) {
        var first = true
        for field in fields {
            if !first { text.append(separator) }
            first = false
            text += Self.field(forTerminal ? TerminalSafeText.lines(field) : field, separator: separator)
        }
        text += "\r\n"
    }

    /// The document's bytes.
    var data: Data { Data(((byteOrderMark ? "\u{FEFF}" : "") + text).utf8) }

    /// `value` quoted when it holds the separator, a quote or a line break; a value that a
    /// spreadsheet would take for a formula gets a leading `'`, which spreadsheets read as
    /// "text follows" (OWASP's advice for CSV exports).
    static func field(_ value: String, separator: Character = ",") -> String {
        var value = value
        if let first = value.first, formulaStarts.contains(first) { value = "'" + value }
        guard value.contains(where: { $0 == separator || $0 == "\"" || $0.isNewline }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
