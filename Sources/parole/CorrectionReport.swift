import ParoleKit
import ParoleLibrary

/// Tells the user about corrections that a new analysis of their article could not place.
enum CorrectionReport {
    /// The most warnings printed one by one; the rest are counted on one line.
    static let mostListed = 10

    /// Prints a warning on standard error for each unplaced correction of the articles `sources`.
    static func warnUnplaced(in library: Library, sources: [String]) {
        guard let unplaced = try? library.unplacedCorrections(sources: sources) else { return }
        warn(unplaced) { correction in
            "\(TerminalSafeText.line(correction.source)): correction \(correction.id ?? 0) "
                + "cannot be placed in the new analysis (\(TerminalSafeText.line(correction.summary))); kept, "
                + "see `parole corrections list --unplaced`"
        }
    }

    /// Prints `line` of each of `corrections` as a warning, the first `mostListed` only, then
    /// how many more there are: a file of thousands never floods the terminal.
    static func warn(_ corrections: [Correction], line: (Correction) -> String) {
        for correction in corrections.prefix(mostListed) {
            StandardError.print("parole: warning: " + line(correction))
        }
        if corrections.count > mostListed {
            StandardError.print(
                "parole: warning: \(corrections.count - mostListed) more corrections cannot be placed; "
                    + "see `parole corrections list --unplaced`")
        }
    }
}
