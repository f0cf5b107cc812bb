/// The version of what `Analyzer` finds. The library stores it with each article, and `parole
/// add` analyses an article again when it was stored by another version, keeping the user's
/// corrections. Change it whenever a change to the analysis changes its output.
public enum AnalysisVersion {
    /// The version of this build's analysis.
    public static let current = "2026-11-30.4"
}
