import Foundation
import Testing

/// `parole --render WxH --keys SCRIPT`: the hidden key script used for captures, read word by
/// word as key names, control keys or typed characters.
@Suite(.enabled(if: ParoleProcess.executable != nil, "the parole executable is not built next to the tests"))
struct RenderKeysTests {
    let article = """
        Sommet à Bruxelles
        « Nous sommes prêts », a déclaré Marie Dupont, ministre des affaires étrangères.
        « Rien n'est joué », a répondu Paul Martin.

        """

    func render(_ keys: String) throws -> String {
        let dir = try ScratchDirectory()
        defer { dir.remove() }
        try dir.write("sommet.txt", text: article)
        let result = try ParoleProcess.run(
            ["--render", "100x30", "--keys", keys, "sommet.txt"], in: dir.url)
        #expect(result.status == 0, "\(result.stderr)")
        return result.output
    }

    @Test func capitalisedKeyNamesAreKeysAndOtherWordsAreTyped() throws {
        let detail = try render("Tab j Enter")
        #expect(detail.contains("Quote — direct quote · Paul Martin"), "Tab, j, Enter: \(detail)")
        let search = try render("/Martin Enter")
        #expect(search.contains("/Martin 1/1"), "typed, then Enter: \(search)")
    }

    @Test func controlKeysAndBackTabAreRead() throws {
        let moved = try render("n n C-l")
        #expect(moved.contains("quote 2/2"), "C-l redraws without moving: \(moved)")
        let back = try render("Tab BTab j Enter")
        #expect(!back.contains("Quote — "), "BTab left the quotes panel, so Enter opens no detail: \(back)")
    }
}
