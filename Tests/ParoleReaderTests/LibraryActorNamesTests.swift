import ParoleKit
import Testing

@testable import ParoleReader

/// The library counts one person under several names ("Dmitri Peskov" here, "Peskov" there):
/// filtering by that person must keep every article the library found for them.
@Suite("An actor the library knows by several names")
struct LibraryActorNamesTests {
    /// The founding article where the actor is only ever called "Dmitri Peskov", and a copy of
    /// it where they are only ever called "Peskov".
    static func articles() -> (full: ArticleModel, surname: ArticleModel) {
        func named(_ name: String, id: String) -> ArticleModel {
            var analysis = LachinFixture.makeAnalysis(text: LachinFixture.text, id: id)
            for k in analysis.actors.indices where analysis.actors[k].name == "Dmitri Peskov" {
                analysis.actors[k].name = name
                analysis.actors[k].aliases = []
            }
            return ArticleModel(analysis: analysis, source: "lib/\(id).txt")
        }
        return (named("Dmitri Peskov", id: "full-name"), named("Peskov", id: "surname-only"))
    }

    @Test("the library's actor picker takes the press's spellings as `--actor` does")
    func libraryPickerTakesPressSpellings() {
        let (full, surname) = Self.articles()
        let names = ["François Hollande", "Jean-Marc Ayrault", "Pierre Ayrault"]
        let source = LibrarySource(
            search: { _ in [] },
            actors: { names.map { LibraryActorEntry(name: $0, type: .person, quotes: 1) } },
            articles: { _ in [] })
        let spellings = [
            ("M. Hollande", "François Hollande"), ("Le président Hollande", "François Hollande"),
            ("Ayrault Jean-Marc", "Jean-Marc Ayrault"), ("AYRAULT Jean-Marc", "Jean-Marc Ayrault"),
            ("J. Ayrault", "Jean-Marc Ayrault"),
        ]
        for (spelling, person) in spellings {
            var state = ReaderState(
                articles: [full, surname], size: TerminalSize(width: 100, height: 30), isLibrary: true)
            state.press(source, .character("f"))
            for c in spelling { state.press(source, .character(c)) }
            #expect(state.pickerCandidates.map(\.name) == [person], "\(spelling)")
        }
    }

    @Test("the library's actor picker narrows by any part of the name, accents and case ignored")
    func libraryPickerNarrowsFoldedNames() {
        let (full, surname) = Self.articles()
        var state = ReaderState(
            articles: [full, surname], size: TerminalSize(width: 100, height: 30), isLibrary: true)
        let names = ["Éric Dupont", "Dmitri Peskov", "Hélène Martin", "Eric Cantona"]
        let source = LibrarySource(
            search: { _ in [] },
            actors: { names.map { LibraryActorEntry(name: $0, type: .person, quotes: 1) } },
            articles: { _ in [] })
        state.press(source, .character("f"))
        #expect(state.pickerCandidates.map(\.name) == names)
        for c in "ERIC" { state.press(source, .character(c)) }
        #expect(state.pickerCandidates.map(\.name) == ["Éric Dupont", "Eric Cantona"])
        for _ in 0..<3 { state.press(source, .backspace) }
        for c in "lè" { state.press(source, .character(c)) }
        #expect(state.pickerCandidates.map(\.name) == ["Hélène Martin"])
    }

    @Test("the library's actor picker labels each actor by its sort of source: anon, doc, gov, PER")
    func libraryPickerLabelsTheKindOfSource() {
        let (full, surname) = Self.articles()
        var state = ReaderState(
            articles: [full, surname], size: TerminalSize(width: 100, height: 30), isLibrary: true)
        let entries = [
            LibraryActorEntry(name: "autorités", type: .person, kind: .anonymous, quotes: 9),
            LibraryActorEntry(name: "le rapport", type: .miscellaneous, kind: .document, quotes: 7),
            LibraryActorEntry(name: "Moscou", type: .location, kind: .organisation, quotes: 5),
            LibraryActorEntry(name: "Hélène Martin", type: .person, kind: .person, quotes: 3),
        ]
        let source = LibrarySource(search: { _ in [] }, actors: { entries }, articles: { _ in [] })
        state.press(source, .character("f"))
        let screen = state.render()
        func label(of name: String) -> String? {
            (0..<30).map { screen.row($0) }.first { $0.contains(name) }?
                .split(separator: " ").dropLast().last.map(String.init)
        }
        #expect(label(of: "autorités") == "anon")
        #expect(label(of: "le rapport") == "doc")
        #expect(label(of: "Moscou") == "gov")
        #expect(label(of: "Hélène Martin") == "PER")
    }

    @Test("the actor picker over a list of files labels an anonymous source as its articles do, not PER")
    func fileListPickerLabelsTheKindOfSource() {
        let (full, surname) = Self.articles()
        var analysis = full.analysis
        for k in analysis.actors.indices where analysis.actors[k].name == "Dmitri Peskov" {
            analysis.actors[k].kind = .anonymousSource
        }
        let anonymous = ArticleModel(analysis: analysis, source: full.source)
        var state = ReaderState(articles: [anonymous, surname], size: TerminalSize(width: 100, height: 30))
        #expect(state.screen == .list)
        state.handle(.character("f"))
        let row = (0..<30).map { state.render().row($0) }.first { $0.contains("Dmitri Peskov") }
        #expect(row?.contains(" anon ") == true, "\(row ?? "no row")")
        let union = (0..<30).map { state.render().row($0) }.first { $0.contains("Union européenne") }
        #expect(union?.contains(" ORG ") == true, "\(union ?? "no row")")
    }

    @Test("f on the library's list keeps the article naming the actor by another name, with its quotes")
    func pickerKeepsEveryName() {
        let (full, surname) = Self.articles()
        var state = ReaderState(
            articles: [full, surname], size: TerminalSize(width: 100, height: 30), isLibrary: true)
        #expect(state.screen == .list)
        var source = LibrarySource(
            search: { _ in [] },
            actors: { [LibraryActorEntry(name: "Dmitri Peskov", type: .person, quotes: 6)] },
            articles: { _ in [full, surname] })
        source.actorNames = { _ in ["Dmitri Peskov", "Peskov"] }
        state.press(source, .character("f"))
        state.press(source, .enter)
        #expect(state.visibleArticles.count == 2)
        #expect(state.articles.map { state.quoteCount(in: $0) } == [3, 3])
    }

    @Test("--actor with the library's names lists every article of the actor and steps through its quotes")
    func actorOptionKeepsEveryName() {
        let (full, surname) = Self.articles()
        var state = ReaderState(
            articles: [surname, full], size: TerminalSize(width: 100, height: 30), isLibrary: true)
        state.filter(byActorNamed: "Peskov", otherNames: ["Dmitri Peskov", "Peskov"])
        #expect(state.visibleArticles == [0, 1])
        state.handle(.character("j"))
        state.handle(.enter)
        #expect(state.screen == .article)
        #expect(state.visibleQuotes.count == 3)
    }

    @Test("outside a library the filter matches by name and alias only: another person's article stays out")
    func namesAloneDoNotWiden() {
        let (full, surname) = Self.articles()
        var state = ReaderState(
            articles: [surname, full], size: TerminalSize(width: 100, height: 30), isLibrary: false)
        state.filter(byActorNamed: "Dmitri Peskov")
        #expect(state.visibleArticles == [1])
    }

    @Test("--actor naming several people who share a surname labels the filter with the name as typed")
    func severalPeopleAreLabelledAsTyped() {
        let (full, _) = Self.articles()
        var analysis = LachinFixture.makeAnalysis(text: LachinFixture.text, id: "other")
        for k in analysis.actors.indices where analysis.actors[k].name == "Dmitri Peskov" {
            analysis.actors[k].name = "Anna Peskov"
        }
        let other = ArticleModel(analysis: analysis, source: "lib/other.txt")
        var state = ReaderState(
            articles: [other, full], size: TerminalSize(width: 100, height: 30), isLibrary: true)
        state.filter(
            byActorNamed: "Peskov", otherNames: ["Anna Peskov", "Dmitri Peskov", "Peskov"], asTyped: true)
        #expect(state.actorFilter?.name == "Peskov")
        #expect(state.render().row(0).contains("actor: Peskov"))
        #expect(!state.render().row(0).contains("Anna Peskov"))
        #expect(state.visibleArticles == [0, 1])
    }
}
