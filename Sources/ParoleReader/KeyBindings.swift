/// The reader's keys, as listed by the help screen (`?`) and `docs/keys.md`.
public enum KeyBindings {
    /// One line of help: the keys and what they do.
    public struct Binding: Hashable, Sendable {
        /// The keys, as written in the help ("j  ↓").
        public var keys: String
        /// What they do.
        public var action: String
    }

    /// Bindings grouped under a heading, in the order shown.
    public static let sections: [(title: String, bindings: [Binding])] = [
        (
            "Moving",
            [
                Binding(keys: "j ↓  k ↑", action: "line down / up (or panel row)"),
                Binding(keys: "Space PgDn  b PgUp", action: "page down / up"),
                Binding(keys: "^D  ^U", action: "half page down / up"),
                Binding(keys: "g Home  G End", action: "top / bottom"),
            ]
        ),
        (
            "Quotes and actors",
            [
                Binding(keys: "n  N", action: "next / previous quote"),
                Binding(keys: "Tab  S-Tab", action: "focus text → Quotes → Actors"),
                Binding(keys: "Enter", action: "go to quote / filter by actor"),
                Binding(keys: "wheel  click", action: "scroll / select a panel row"),
                Binding(keys: "f", action: "pick an actor to filter by (type to narrow)"),
                Binding(keys: "F  Esc", action: "clear the actor filter"),
            ]
        ),
        (
            "Search",
            [
                Binding(keys: "/", action: "search the text (list: filter articles)"),
                Binding(keys: "n  N", action: "next / previous match"),
                Binding(keys: "Esc", action: "end the search"),
            ]
        ),
        (
            "Articles",
            [
                Binding(keys: "Enter l →", action: "open the selected article"),
                Binding(keys: "q  h ←", action: "back to the list"),
                Binding(keys: "q", action: "quit (from the list or a single article)"),
                Binding(keys: "?", action: "this help (any key closes it)"),
            ]
        ),
    ]
}
