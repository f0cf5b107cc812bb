/// How a quote's words are printed for a reader: the speaker's own words (direct and partial
/// quotes) between « », reported speech (indirect, "selon") as it stands — guillemets around a
/// paraphrase would pass it off as the speaker's exact words in a citation.
public enum QuoteWords {
    /// `text` as printed for a quote of `kind`.
    public static func printed(_ text: String, kind: QuoteKind) -> String {
        switch kind {
        case .direct, .partial: return inGuillemets(text)
        case .indirect, .according: return text
        }
    }

    /// `text` between « », unless it already opens with its own « (a quote whose span holds its
    /// marks): never « « … » ».
    public static func inGuillemets(_ text: String) -> String {
        text.hasPrefix("«") ? text : "« " + text + " »"
    }
}
