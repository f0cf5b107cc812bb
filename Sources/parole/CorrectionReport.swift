import ParoleKit
import ParoleLibrary

/// Tells the user about corrections that a new analysis of their article could not place.
enum CorrectionReport {
    /// Prints a warning on standard error for each unplaced correction of the articles `sources`.
    static func warnUnplaced(in library: Library, sources: [String]) {
        guard let unplaced = try? library.unplacedCorrections(sources: sources) else { return }
        for correction in unplaced {
            StandardError.print(
                "parole: warning: \(TerminalSafeText.line(correction.source)): correction \(correction.id ?? 0) "
                    + "cannot be placed in the new analysis (\(TerminalSafeText.line(correction.summary))); kept, "
                    + "see `parole corrections list --unplaced`")
        }
    }
}
