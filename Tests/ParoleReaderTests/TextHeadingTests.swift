import ParoleKit
import Testing

@testable import ParoleReader

/// The article's title and subheadings stand out from body text: bold in the heading colour,
/// names keeping their colour; without colour, in reverse video, names still bold inside.
@Suite("Title and subheadings in the text")
struct TextHeadingTests {
    static let article = """
        Les maires réunis à Lyon
        La réunion a rassemblé trois cents élus venus de la région, selon les organisateurs.
        Un budget contesté
        Le maire de Lyon, Paul Martin, a jugé le budget « insuffisant ».
        """

    func state(color: Bool, background: ThemeBackground = .dark) -> ReaderState {
        let analysis = Analyzer().analyze(text: Self.article, id: "maires")
        var state = ReaderState(
            articles: [ArticleModel(analysis: analysis, source: "maires.txt")],
            size: TerminalSize(width: 120, height: 30), usesColor: color)
        state.appearance.background = background
        return state
    }

    @Test("in colour, heading words are bold in the heading colour; body words stay plain")
    func colour() throws {
        for background in [ThemeBackground.dark, .light] {
            let state = state(color: true, background: background)
            let grid = state.render()
            let title = try #require(grid.find("Les maires"))
            let subheading = try #require(grid.find("Un budget"))
            let body = try #require(grid.find("jugé"))
            for cell in [grid[title.x, title.y], grid[subheading.x, subheading.y]] {
                #expect(cell.style.bold)
                #expect(cell.style.foreground != nil)
                #expect(!Theme(state.appearance).speakerPalette.contains(cell.style.foreground!))
            }
            #expect(grid[body.x, body.y].style == .plain)
            let lyon = try #require(grid.find("Lyon"))
            #expect(grid[lyon.x, lyon.y].style.foreground == Theme(state.appearance).entityColor(.location))
            #expect(grid[lyon.x, lyon.y].style.bold)
        }
    }

    @Test("without colour a heading is reversed, a name in it bold and reversed; body names only bold")
    func noColour() throws {
        let grid = state(color: false).render()
        let title = try #require(grid.find("Les maires"))
        #expect(grid[title.x, title.y].style == CellStyle(reverse: true))
        #expect(grid[title.x + 3, title.y].style == CellStyle(reverse: true))
        let lyon = try #require(grid.find("Lyon"))
        #expect(grid[lyon.x, lyon.y].style == CellStyle(bold: true, reverse: true))
        let bodyLyon = try #require(grid.find("Lyon,", from: title.y + 1))
        #expect(grid[bodyLyon.x, bodyLyon.y].style == CellStyle(bold: true))
        let body = try #require(grid.find("jugé"))
        #expect(grid[body.x, body.y].style == .plain)
    }

    @Test("a search match inside a heading still differs from the heading around it")
    func matchInHeading() throws {
        for color in [true, false] {
            var state = state(color: color)
            for key in "/budget" { state.handle(.character(key)) }
            state.handle(.enter)
            let grid = state.render()
            let subheading = try #require(grid.find("Un budget"))
            #expect(grid[subheading.x, subheading.y].style != grid[subheading.x + 3, subheading.y].style)
        }
    }

    @Test("the config file's text-heading colour replaces the heading style")
    func override() throws {
        var state = state(color: true)
        state.appearance.overrides[.textHeading] = CellStyle(foreground: .yellow, underline: true)
        let grid = state.render()
        let title = try #require(grid.find("Les maires"))
        #expect(grid[title.x, title.y].style == CellStyle(foreground: .yellow, underline: true))
    }

    @Test("without colour, an introduction ending with ':' and the items of a list stay plain body text")
    func introductionAndListItemsArePlain() throws {
        let text = """
            Les maires réunis à Lyon
            La réunion a rassemblé trois cents élus venus de la région, selon les organisateurs.
            Le maire de Lyon, Paul Martin, a déclaré :
            « Nous voterons le budget en mars »
            Les élus demandent :
            - des routes réparées ;
            - deux écoles neuves
            """
        let analysis = Analyzer().analyze(text: text, id: "liste")
        let state = ReaderState(
            articles: [ArticleModel(analysis: analysis, source: "liste.txt")],
            size: TerminalSize(width: 120, height: 30), usesColor: false)
        let grid = state.render()
        for words in ["a déclaré", "Les élus demandent", "des routes", "deux écoles"] {
            let at = try #require(grid.find(words))
            #expect(grid[at.x, at.y].style == .plain, "\(words)")
        }
        let title = try #require(grid.find("Les maires"))
        #expect(grid[title.x, title.y].style == CellStyle(reverse: true))
    }
}
