import ParoleKit
import Testing

@testable import ParoleReader

@Suite("Colours that mean something")
struct ThemeTests {
    static let appearances: [Appearance] = [
        Appearance(depth: .full, background: .dark), Appearance(depth: .full, background: .light),
        Appearance(depth: .sixteen, background: .dark), Appearance(depth: .sixteen, background: .light),
    ]

    @Test(
        "speakers' palette shares no colour with the entity types or the search matches",
        arguments: appearances)
    func palettesDisjoint(appearance: Appearance) {
        let theme = Theme(appearance)
        let entity = Set(EntityType.allCases.map(theme.entityColor))
        let speakers = theme.speakerPalette
        #expect(Set(speakers).count == speakers.count)
        #expect(entity.isDisjoint(with: speakers))
        let matches = [theme.match(current: true).background, theme.match(current: false).background]
        #expect(Set(matches.compactMap { $0 }).isDisjoint(with: speakers))
        #expect(theme.currentQuote(slot: 0, entity: false) != theme.match(current: true))
        if appearance.depth == .sixteen { #expect(speakers.allSatisfy { $0.rawValue < 16 }) }
    }

    @Test("the two most quoted actors get different colours; a speaker's name and quotes share one")
    func speakerColours() {
        let state = ReaderState(articles: [LachinFixture.model()], size: TerminalSize(width: 120, height: 40))
        let article = state.article!
        let peskov = article.actorIndex(named: "Dmitri Peskov")!
        let ministry = article.actorIndex(named: "ministère arménien des Affaires étrangères")!
        #expect(article.actorSlots[peskov] == 0)
        #expect(article.actorSlots[ministry] == 1)
        let grid = state.render()
        let theme = Theme(state.appearance)
        let quote = grid.find("« Nous surveillons")!
        let name = grid.find("Dmitri Peskov", from: grid.find("Actors (4)")!.y)!
        #expect(grid[quote.x + 2, quote.y].style.foreground == theme.speakerColor(0))
        #expect(grid[name.x, name.y].style.foreground == theme.speakerColor(0))
        #expect(theme.speakerColor(0) != theme.speakerColor(1))
    }

    @Test("light and dark themes draw the same article in different colours, each its own palette")
    func bothThemes() {
        var dark = ReaderState(articles: [LachinFixture.model()], size: TerminalSize(width: 120, height: 40))
        dark.handle(.character("n"))
        var light = dark
        light.appearance.background = .light
        let darkGrid = dark.render()
        let lightGrid = light.render()
        let kremlin = darkGrid.find("Kremlin")!
        #expect(darkGrid[kremlin.x, kremlin.y].style.foreground == TerminalColor(177))
        #expect(lightGrid[kremlin.x, kremlin.y].style.foreground == TerminalColor(90))
        let current = darkGrid.find("affrontements avaient")!
        #expect(darkGrid[current.x, current.y].style.foreground == TerminalColor(16))
        #expect(lightGrid[current.x, current.y].style.foreground == TerminalColor(231))
        #expect(darkGrid.text == lightGrid.text)
    }

    @Test("COLORFGBG chooses the theme: a light background (7, 9–15) gives light")
    func colorFGBG() {
        #expect(ThemeBackground.from(colorFGBG: "0;15") == .light)
        #expect(ThemeBackground.from(colorFGBG: "15;0") == .dark)
        #expect(ThemeBackground.from(colorFGBG: "default;default;7") == .light)
        #expect(ThemeBackground.from(colorFGBG: nil) == nil)
        #expect(ThemeBackground.from(colorFGBG: "junk") == nil)
    }

    @Test("the help screen shows a legend drawn in the very styles of the text", arguments: appearances)
    func legend(appearance: Appearance) {
        var state = ReaderState(articles: [LachinFixture.model()], size: TerminalSize(width: 120, height: 50))
        state.appearance = appearance
        state.handle(.character("?"))
        state.handle(.character("G"))
        let grid = state.render()
        let theme = Theme(appearance)
        for (meaning, style) in [
            ("the current quote", theme.currentQuote(slot: 0, entity: false)),
            ("the current match", theme.match(current: true)),
            ("a search match", theme.match(current: false)),
            ("organisation", theme.entity(.organization)),
        ] {
            // The legend line ends with the meaning; its sample sits before it, in the style.
            let rows = (0..<grid.height).filter { grid.row($0).trimmingTrailingSpaces.hasSuffix(meaning) }
            #expect(!rows.isEmpty, "legend lacks \(meaning)")
            let drawn = rows.contains { y in (0..<grid.width).contains { grid[$0, y].style == style } }
            #expect(drawn, "\(meaning) drawn in its style")
        }
    }

    @Test("colours the terminal lacks become the nearest of its 16 or 8")
    func reduction() {
        #expect(TerminalColor(196).reduced(toColors: 16) == TerminalColor(9))
        #expect(TerminalColor(16).reduced(toColors: 8) == .black)
        #expect(TerminalColor(46).reduced(toColors: 8) == .green)
        #expect(TerminalColor(5).reduced(toColors: 8) == .magenta)
    }
}
