import ParoleSources

/// Which of the warnings met while reading a page are printed on standard error.
///
/// "malformed HTML, read as best effort" is not: most pages on the web are (484 of the first 561
/// pages of the web-extraction corpus), libxml2 reads them as browsers do, and a line per page
/// would bury the warnings that ask for something (an encoding guessed, a page not in French).
/// It stays in `extract --format json`'s `warnings`.
enum ReadingWarning {
    /// Whether `warning` is printed.
    static func isPrinted(_ warning: String) -> Bool {
        !warning.hasPrefix(HTMLArticleExtractor.malformedMarkupWarningStart)
    }
}
