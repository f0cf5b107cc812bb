/// The words a typed name is read without: honorifics ("M.", "Mme"), role nouns ("président",
/// "ministre"), and a determiner right before either ("le président", "la ministre"). The
/// reader's actor picker (``ActorNameQuery``) and the library's `--actor` rule read a typed name
/// through the same words.
public struct NameTitleWords: Sendable {
    /// The language's honorifics, lower-cased.
    public let honorifics: Set<String>
    /// The language's role nouns, lower-cased.
    public let roles: Set<String>
    /// The language's determiners, lower-cased.
    public let determiners: Set<String>

    /// The title words of the language's word lists `lists` (`honorifics`, `role-nouns`,
    /// `determiners`).
    public init(_ lists: WordLists) {
        honorifics = lists.words("honorifics")
        roles = lists.words("role-nouns")
        determiners = lists.words("determiners")
    }

    /// Whether the word at `index` of `written` (lower-cased words) is left out of the name: an
    /// honorific, a role noun, or a determiner before one of them.
    public func leavesOut(_ index: Int, of written: [String]) -> Bool {
        let word = written[index]
        if honorifics.contains(word) || roles.contains(word) { return true }
        guard determiners.contains(word), index + 1 < written.count else { return false }
        return honorifics.contains(written[index + 1]) || roles.contains(written[index + 1])
    }
}
