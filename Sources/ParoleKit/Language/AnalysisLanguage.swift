/// Which languages the analysis supports, for telling readers of other articles so instead of
/// showing speakers found by the wrong rules. Names come from `Resources/fr/language-names.tsv`.
public enum AnalysisLanguage {
    /// The codes of the languages the analysis has resources for (`Language.french.code`).
    public static let supportedCodes: [String] = ["fr"]

    /// Language names by code, loaded once.
    static let names: [String: String] = {
        var names: [String: String] = [:]
        for row in ResourceFile.rows("language-names.tsv") where row.count >= 2 {
            names[String(row[0])] = String(row[1])
        }
        return names
    }()

    /// The name of the language `code` ("French"), or the code itself when unlisted.
    public static func name(of code: String) -> String { names[code] ?? code }

    /// Whether the analysis supports an article whose language is `code`; an unknown language
    /// (nil) is taken as supported.
    public static func supports(_ code: String?) -> Bool {
        guard let code else { return true }
        let base = code.lowercased().split(separator: "-").first.map(String.init) ?? ""
        return base.isEmpty || supportedCodes.contains(base)
    }

    /// The languages supported, by name ("French").
    public static var supportedNames: String { supportedCodes.map(name(of:)).joined(separator: ", ") }

    /// The one-line notice for an article in language `code`, or nil when the analysis supports it:
    /// "analysis supports French only (this article: en)".
    public static func notice(for code: String?) -> String? {
        guard let code, !supports(code) else { return nil }
        return "analysis supports \(supportedNames) only (this article: \(code))"
    }
}
