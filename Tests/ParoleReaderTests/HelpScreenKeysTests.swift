import ParoleKit
import Testing

@testable import ParoleReader

/// The help screen's promise on its status line and in docs/keys.md: its scrolling keys (and a
/// count before them) scroll it, `^L` redraws it, any other key — and a click — closes it.
@Suite("The help screen's keys")
struct HelpScreenKeysTests {
    func helpShown() -> ReaderState {
        var state = ReaderState(articles: [LachinFixture.model()], size: TerminalSize(width: 80, height: 12))
        state.handle(.character("?"))
        return state
    }

    /// Every key the reader can receive, but the scrolling ones, digits and `^L`.
    var closingKeys: [Key] {
        let scrolling: Set<Character> = ["j", "k", " ", "b", "g", "G"]
        let printable = (0x21...0x7E).compactMap { Unicode.Scalar($0).map(Character.init) }
            .filter { !scrolling.contains($0) && !$0.isNumber }
        let controls = "abcdefghijkmnopqrstuvwxyz".map { Key.control($0) }
        return printable.map(Key.character) + [.character("é")] + controls + [
            .left, .right, .enter, .escape, .tab, .backTab, .backspace, .click(x: 3, y: 3),
        ]
    }

    @Test("the list's help says F and Esc end a library search as well as a filter")
    func listHelpSaysFAndEscEndASearch() {
        #expect(ReaderAction.clearFilter.summary(on: .list) == "clear the actor filter or search: the newest")
        #expect(ReaderAction.cancel.summary(on: .list) == "clear the typed filter, else as F")
        #expect(ReaderAction.cancel.summary(on: .article) == "end the search, else clear the filter")
    }

    @Test("the help names the terminal's own keys (^C, ^Z) and less's N%")
    func helpNamesTerminalKeysAndPercent() {
        let state = helpShown()
        let lines = state.helpLines(theme: Theme(state.appearance))
        func has(_ keys: String, _ summary: String) -> Bool {
            lines.contains {
                if case .binding(let k, let s) = $0 { k.contains(keys) && s.contains(summary) } else { false }
            }
        }
        #expect(has("^C", "quit at once"))
        #expect(has("^Z", "fg brings the reader back"))
        #expect(has("%", "percent"))
    }

    @Test("at 40 columns every description is whole: a long one goes on under itself, scrolling reaches it")
    func narrowHelpWrapsDescriptions() {
        var state = ReaderState(articles: [LachinFixture.model()], size: TerminalSize(width: 40, height: 24))
        state.handle(.character("?"))
        var seen: [String] = []
        for _ in 0..<200 {
            let grid = state.render()
            seen += (2..<23).map { grid.row($0) }
            state.handle(.character("j"))
        }
        let text = seen.joined(separator: "\n")
        // Neither keys nor descriptions are cut ("« … »" is a colour sample).
        #expect(!seen.contains { $0.contains("…") && !$0.contains("« … »") })
        #expect(text.contains("next quote (next match"))
        #expect(text.contains("in a search)"))
        #expect(text.contains("outside the actor filter"))
    }

    @Test("the help opens on the keys of the screen it was opened from")
    func helpOpensOnTheCurrentScreensKeys() {
        let article = helpShown()
        #expect(article.render().row(2).contains("Article"))
        var list = ReaderState(
            articles: [LachinFixture.model(), LachinFixture.model()],
            size: TerminalSize(width: 80, height: 12))
        #expect(list.screen == .list)
        list.handle(.character("?"))
        #expect(list.render().row(2).contains("Article list"))
    }

    @Test("the status line says any other key closes the help")
    func statusLineSaysAnyOtherKeyCloses() {
        #expect(helpShown().render().row(11).contains("any other key closes"))
    }

    @Test("any key but the scrolling ones, a digit and ^L closes the help, a click too")
    func anyOtherKeyClosesTheHelp() {
        for key in closingKeys {
            var state = helpShown()
            state.handle(key)
            #expect(state.screen == .article, "\(key) left the help open")
            #expect(state.message == nil, "\(key) said \(state.message ?? "")")
        }
    }

    @Test("the scrolling keys, a digit, ^L, the wheel, a resize and a paste keep the help open")
    func scrollingKeysKeepTheHelp() {
        let keeping: [Key] = [
            .character("j"), .character("k"), .character(" "), .character("b"), .character("g"),
            .character("G"), .down, .up, .pageDown, .pageUp, .home, .end, .character("4"), .control("l"),
            .wheelDown, .wheelUp, .resize(width: 90, height: 14), .paste("x"),
        ]
        for key in keeping {
            var state = helpShown()
            state.handle(key)
            #expect(state.screen == .help, "\(key) closed the help")
        }
        var state = helpShown()
        #expect(state.handle(.control("l")) == [.redraw])
        #expect(state.screen == .help)
    }
}
