import ParoleKit

/// The word lists of an analysis' language, for the reader's wording of what the analysis
/// found: the lists of the `Language` whose code the analysis gives (`Analysis.lang`, "fr" or
/// "fr-FR"), the default language's when the language is unknown (no code), and none for a
/// language the analysis has no resources for (never one language's words applied to another).
public enum LanguageWords {
    /// The word lists for language `code`.
    public static func of(_ code: String) -> WordLists {
        let base = code.lowercased().split(separator: "-").first.map(String.init) ?? ""
        let known = Language.french
        return base.isEmpty || base == known.code ? known.words : none
    }

    /// No words: the lists of a language without resources.
    static let none = WordLists(parsing: "")
}
