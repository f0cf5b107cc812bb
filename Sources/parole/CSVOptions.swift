import ArgumentParser

/// The options of `--format csv`: plain RFC 4180 text by default (UTF-8 without a byte-order
/// mark, commas, CRLF), which scripts, csvkit and pandas read as it is; `--excel` for a file a
/// spreadsheet opens with a double click.
struct CSVOptions: ParsableArguments {
    /// The characters that may separate fields.
    enum Delimiter: String, ExpressibleByArgument, CaseIterable {
        case comma = ","
        case semicolon = ";"
        case tab

        /// The character written between fields.
        var character: Character {
            switch self {
            case .comma: return ","
            case .semicolon: return ";"
            case .tab: return "\t"
            }
        }
    }

    @Flag(
        help: ArgumentHelp(
            "With --format csv: for Excel. A UTF-8 byte-order mark (without it Excel shows accents as Ã©) "
                + "and ';' between fields, as Excel in French and most European locales expects; add "
                + "--delimiter , for an English-locale Excel."))
    var excel = false

    @Option(
        help: ArgumentHelp(
            "With --format csv: what separates fields: ',' (the default), ';' (the default with --excel) or tab.",
            valueName: "char"))
    var delimiter: Delimiter?

    /// The character between fields.
    var separator: Character { (delimiter ?? (excel ? .semicolon : .comma)).character }

    /// Refuses these options with another format than CSV, where they would be ignored.
    func check(formatIsCSV: Bool) throws {
        guard !formatIsCSV, excel || delimiter != nil else { return }
        throw ValidationError("--excel and --delimiter go with --format csv")
    }
}
