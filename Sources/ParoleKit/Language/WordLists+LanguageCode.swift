extension WordLists {
    /// The word lists of the language an analysis names by its code (`Analysis.lang`, "fr" or
    /// "fr-FR"): the default language's when the code is empty (unknown), and none for a
    /// language without resources, so one language's words are never applied to another's text.
    public static func of(languageCode code: String) -> WordLists {
        let base = code.lowercased().split(separator: "-").first.map(String.init) ?? ""
        let known = Language.french
        return base.isEmpty || base == known.code ? known.words : none
    }

    /// No words: the lists of a language without resources.
    static let none = WordLists(parsing: "")
}
