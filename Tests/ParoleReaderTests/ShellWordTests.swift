import Testing

@testable import ParoleReader

/// The article source the reader suggests for `parole add` is pasted into a POSIX shell.
@Suite("Shell words for suggested commands")
struct ShellWordTests {
    @Test("a path or address of safe characters is left as it is")
    func safeWordsStayBare() {
        #expect(ShellWord.quoted("dev/lachin-clashes.txt") == "dev/lachin-clashes.txt")
        #expect(ShellWord.quoted("https://example.org/a,b/c_d.html") == "https://example.org/a,b/c_d.html")
    }

    @Test("spaces, & ? * $ ; and non-ASCII letters are single-quoted; a ' is written '\\''")
    func unsafeWordsAreQuoted() {
        #expect(ShellWord.quoted("mes articles/a.txt") == "'mes articles/a.txt'")
        #expect(
            ShellWord.quoted("https://example.org/p?id=3&lang=fr") == "'https://example.org/p?id=3&lang=fr'")
        #expect(ShellWord.quoted("notes/l'été.txt") == #"'notes/l'\''été.txt'"#)
        #expect(ShellWord.quoted("$HOME/*.txt;rm") == "'$HOME/*.txt;rm'")
        #expect(ShellWord.quoted("") == "''")
    }

    @Test("the reader's suggested parole add quotes an address with & and ?")
    func suggestedCommandQuotesTheSource() {
        let model = ArticleModel(
            analysis: LachinFixture.analysis, source: "https://example.org/a?x=1&y='2'")
        var state = ReaderState(
            articles: [model], size: TerminalSize(width: 120, height: 40), isLibrary: false)
        state.handle(.character("n"))
        state.handle(.character("x"))
        #expect(state.message?.contains(#"parole add 'https://example.org/a?x=1&y='\''2'\''', then"#) == true)
    }
}
