import ParoleKit
import Testing

@testable import ParoleReader

@Suite("Config file: bindings, colours, theme")
struct ReaderConfigTests {
    static let file = """
        # Parole keys
        bind-key x quit
        bind-key J next-quote article   # only in the article
        unbind-key h article
        bind-key ^G help
        frobnicate all the things
        bind-key z no-such-action
        color person color208 default bold
        color match black yellow underline
        set theme light
        """

    func reader(_ config: ReaderConfig) -> ReaderState {
        var state = ReaderState(articles: [LachinFixture.model()], size: TerminalSize(width: 120, height: 40))
        state.keymaps = config.keymaps
        state.appearance.overrides = config.overrides
        if let theme = config.theme { state.appearance.background = theme }
        return state
    }

    @Test("a huge word of a file that is no config file is cut in its message; the screens are named")
    func hugeWordsAreCutAndScreensNamed() {
        let long = String(repeating: "x", count: 5_000)
        let config = ReaderConfig(
            parsing: "\(long)\nbind-key x quit \(long)\nbind-key x quit stats", file: "c")
        let cut = "'" + String(repeating: "x", count: 39) + "…'"
        #expect(
            config.problems == [
                "c:1: unknown command \(cut) (bind-key, unbind-key, color, set)",
                "c:2: unknown screen \(cut) (list, article, detail, help, statistics)",
                "c:3: unknown screen 'stats' (list, article, detail, help, statistics)",
            ])
    }

    @Test("each bad line is one message naming the file and line; every other line applies")
    func badLines() {
        let config = ReaderConfig(parsing: Self.file, file: "/home/u/.config/parole/config")
        #expect(
            config.problems == [
                "/home/u/.config/parole/config:6: unknown command 'frobnicate' (bind-key, unbind-key, color, set)",
                "/home/u/.config/parole/config:7: unknown action 'no-such-action' (docs/keys.md lists them)",
            ])
        #expect(config.theme == .light)
        #expect(config.keymaps[.article].action(for: .character("x")) == .quit)
        #expect(config.keymaps[.list].action(for: .character("x")) == .quit)
        #expect(config.keymaps[.article].action(for: .character("J")) == .nextQuote)
        #expect(config.keymaps[.list].action(for: .character("J")) == nil)
        #expect(config.keymaps[.article].action(for: .character("h")) == nil)
        #expect(config.keymaps[.article].action(for: .control("g")) == .help)
    }

    @Test(
        "a binding from the config overrides a default (x quits instead of being unknown) and the help shows it"
    )
    func keymapFromConfig() {
        var state = reader(ReaderConfig(parsing: Self.file, file: "config"))
        state.handle(.character("J"))
        #expect(state.currentQuote == 0)
        state.handle(.character("h"))
        #expect(state.message == "unknown key h — ? for help")
        state.handle(.control("g"))
        #expect(state.screen == .help)
        let help = state.render()
        let quit = help.find("quit Parole")!
        #expect(help.row(quit.y).contains("x q") || help.row(quit.y).contains("x "))
        // The article section lists J beside n for the next quote (other sections keep n alone).
        #expect(
            (0..<help.height).contains { help.row($0).contains("J n") && help.row($0).contains("next quote") }
        )
        state.handle(.escape)
        state.handle(.character("x"))
        #expect(state.isFinished)
    }

    @Test("color lines change an element's look; the colour names, colorN and attributes are read")
    func colours() {
        let state = reader(ReaderConfig(parsing: Self.file, file: "config"))
        let grid = state.render()
        let kremlin = grid.find("Kremlin")!
        #expect(grid[kremlin.x, kremlin.y].style.foreground != TerminalColor(208))
        let peskov = grid.find("Dmitri Peskov, a déclaré")!
        #expect(grid[peskov.x, peskov.y].style.foreground == TerminalColor(208))
        #expect(grid[peskov.x, peskov.y].style.bold)
        var searching = state
        searching.handle(.character("/"))
        for c in "reuters" { searching.handle(.character(c)) }
        searching.handle(.enter)
        searching.handle(.character("n"))
        let second = searching.render()
        let first = second.find("Reuters")!
        #expect(
            second[first.x, first.y].style
                == CellStyle(foreground: .black, background: .yellow, underline: true))
    }

    @Test("unbind-key -a leaves a screen with no keys; key names are newsboat's or friendlier")
    func keyNames() {
        #expect(KeyName.key(named: "ENTER") == .enter)
        #expect(KeyName.key(named: "^D") == .control("d"))
        #expect(KeyName.key(named: "NPAGE") == .pageDown)
        #expect(KeyName.key(named: "space") == .character(" "))
        #expect(KeyName.key(named: "é") == .character("é"))
        #expect(KeyName.key(named: "Ctrl") == nil)
        let config = ReaderConfig(
            parsing: "unbind-key -a detail\nbind-key q back detail\nbind-key y copy-quote help", file: "c")
        #expect(config.keymaps[.detail].action(for: .character("y")) == nil)
        #expect(config.keymaps[.detail].action(for: .character("q")) == .back)
        #expect(config.problems == ["c:3: copy-quote does not apply on the help screen"])
    }

    @Test("every action has a stable name, a summary, and is listed in docs/keys.md")
    func actionNamesDocumented() throws {
        let url = LachinFixture.root.appendingPathComponent("docs/keys.md")
        let doc = try String(contentsOf: url, encoding: .utf8)
        for action in ReaderAction.allCases {
            #expect(doc.contains("`\(action.rawValue)`"), "docs/keys.md lacks \(action.rawValue)")
            #expect(!action.summary.isEmpty)
        }
        for required in [
            "quit", "next-quote", "prev-quote", "filter-actor", "clear-filter", "search", "quote-detail",
            "copy-quote",
            "open-url", "help",
        ] {
            #expect(ReaderAction(rawValue: required) != nil)
        }
    }
}
