import ParoleKit
import Testing

@testable import ParoleReader

@Suite("Corrections and statistics in the reader: e, x, m, M, s")
struct CorrectionKeysTests {
    /// What the fake library was asked to record.
    final class Recorded: @unchecked Sendable {
        var corrections: [ReaderCorrection] = []
    }

    /// A reader on the Lachin article from a library whose corrections the fake applies the
    /// simple way: a speaker is set, a quote removed.
    func reader(library: Bool = true) -> (ReaderState, LibrarySource, Recorded) {
        let recorded = Recorded()
        var state = ReaderState(
            articles: [LachinFixture.model()], size: TerminalSize(width: 120, height: 40), isLibrary: library)
        state.handle(.character("n"))
        var source = LibrarySource(search: { _ in [] }, actors: { [] }, articles: { _ in [] })
        source.correct = { articleSource, correction in
            recorded.corrections.append(correction)
            var analysis = LachinFixture.analysis
            switch correction {
            case .speaker(let quote, let name):
                let actor = analysis.actors.first { $0.name == name }
                analysis.quotes[quote].speaker = Speaker(
                    text: name, span: analysis.quotes[quote].speaker?.span ?? Span(0, 0), actor: actor?.id)
            case .notQuote(let quote):
                analysis.quotes.remove(at: quote)
            case .merge, .split, .undoLast:
                break
            }
            return ArticleModel(analysis: analysis, source: articleSource)
        }
        return (state, source, recorded)
    }

    @Test("e opens a picker of the article's actors; the one chosen is the quote's speaker at once")
    func changeSpeaker() throws {
        var (state, source, recorded) = reader()
        let quote = try #require(state.currentQuote)
        state.press(source, .character("e"))
        #expect(state.render().find("Who said it?") != nil)
        #expect(state.pickerCandidates.contains { $0.name == "Dmitri Peskov" })
        for c in "Peskov" { state.press(source, .character(c)) }
        #expect(state.pickerCandidates.first?.name == "Dmitri Peskov")
        state.press(source, .enter)
        #expect(recorded.corrections == [.speaker(quote: quote, name: "Dmitri Peskov")])
        #expect(state.article?.analysis.quotes[quote].speaker?.text == "Dmitri Peskov")
        #expect(state.message?.contains("kept in the library") == true)
        #expect(state.currentQuote == quote)
        #expect(state.render().find("Dmitri Peskov") != nil)
    }

    @Test("what the library refuses is said on the status line as it is, without the library's path")
    func refusal() {
        var (state, source, _) = reader()
        source.correct = { _, _ in throw LibraryRefusal("a speaker's name is longer than 200 characters") }
        source.lastCorrection = { _ in nil }
        state.press(source, .character("e"))
        for c in "Claire Dubois" { state.press(source, .character(c)) }
        state.press(source, .enter)
        #expect(state.message == "A speaker's name is longer than 200 characters")
        state.press(source, .character("U"))
        #expect(state.message == "No correction of this article to undo")
    }

    @Test("a name no actor has can be typed as the new speaker")
    func newName() {
        var (state, source, recorded) = reader()
        state.press(source, .character("e"))
        for c in "Claire Dubois" { state.press(source, .character(c)) }
        #expect(state.pickerCandidates.map(\.name) == ["Claire Dubois"])
        state.press(source, .enter)
        #expect(recorded.corrections.count == 1)
        if case .speaker(_, let name) = recorded.corrections.first { #expect(name == "Claire Dubois") }
    }

    @Test("x marks the current quote as not a quote; the counts follow")
    func notQuote() throws {
        var (state, source, recorded) = reader()
        let before = try #require(state.article?.analysis.quotes.count)
        state.press(source, .character("x"))
        #expect(recorded.corrections == [.notQuote(quote: 0)])
        #expect(state.article?.analysis.quotes.count == before - 1)
        #expect(state.render().find("Quotes (\(before - 1))") != nil)
    }

    @Test("m merges the actor selected in the Actors panel into another; M splits it")
    func mergeAndSplit() throws {
        var (state, source, recorded) = reader()
        state.press(source, .character("m"))
        #expect(state.prompt == nil)
        #expect(state.message?.contains("Actors panel") == true)
        state.press(source, .tab)
        state.press(source, .tab)
        #expect(state.focus == .actors)
        let selected = try #require(state.article).analysis.actors[state.panelActors[0]].name
        state.press(source, .character("m"))
        #expect(state.render().find("Merge \(selected) into") != nil)
        #expect(!state.pickerCandidates.contains { $0.name == selected })
        let into = try #require(state.pickerCandidates.first).name
        state.press(source, .enter)
        state.press(source, .character("M"))
        #expect(recorded.corrections == [.merge(actor: selected, into: into), .split(actor: selected)])
    }

    @Test("without a library, corrections say where they are kept and change nothing")
    func withoutLibrary() {
        var (state, source, recorded) = reader(library: false)
        state.press(source, .character("e"))
        #expect(state.prompt == nil)
        #expect(state.message?.contains("kept in the library") == true)
        // The command to type names the article's own file.
        #expect(state.message?.contains("parole add dev/lachin-clashes.txt") == true)
        #expect(recorded.corrections.isEmpty)
    }

    @Test("s shows who is quoted in the article; q goes back")
    func statistics() {
        var (state, source, _) = reader(library: false)
        state.press(source, .character("s"))
        #expect(state.screen == .statistics)
        let grid = state.render()
        #expect(grid.find("Who is quoted") != nil)
        #expect(grid.find("12 quotes") != nil || grid.find(" quotes") != nil)
        #expect(grid.find("By kind of speaker") != nil)
        #expect(grid.find("█") != nil)
        state.press(source, .character("q"))
        #expect(state.screen == .article)
    }
}
