/// How a quote's words are printed for a reader: the speaker's own words (direct and partial
/// quotes) between the language's display marks (`TokenizerRules.displayQuotes`, « » for
/// French), reported speech (indirect, "selon") as it stands — guillemets around a
/// paraphrase would pass it off as the speaker's exact words in a citation.
public enum QuoteWords {
    /// `text` as printed for a quote of `kind`.
    public static func printed(_ text: String, kind: QuoteKind, rules: TokenizerRules = .french) -> String {
        switch kind {
        case .direct, .partial: return inGuillemets(text, rules: rules)
        case .indirect, .according: return text
        }
    }

    /// `text` between the display marks of `rules` (« »), unless it already opens with its own
    /// opening mark (a quote whose span holds its marks): never « « … » ».
    public static func inGuillemets(_ text: String, rules: TokenizerRules = .french) -> String {
        let (open, close) = rules.displayQuotes
        let mark = open.filter { $0 != " " }
        return !mark.isEmpty && text.hasPrefix(mark) ? text : open + text + close
    }
}
