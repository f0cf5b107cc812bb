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

    @Test func whatWasSaidWhileReadingOpensTheStatusLineInsteadOfHidingBehindTheScreen() throws {
        let dir = try ScratchDirectory()
        defer { dir.remove() }
        try dir.write("sommet.txt", text: article)
        try dir.write(
            "abime.txt", Data("Le ministre a déclaré \u{AB} bonjour \u{BB}.\n".utf8) + Data([0xFF, 0x0A]))
        let result = try ParoleProcess.run(
            ["--render", "100x30", "sommet.txt", "absent.txt", "abime.txt"], in: dir.url)
        let status = result.output.split(separator: "\n").last.map(String.init) ?? ""
        #expect(
            status.contains("absent.txt: no such file or directory (+1 more, shown on quitting)"), "\(status)"
        )
        #expect(result.stderr.contains("abime.txt: 1 byte"), "\(result.stderr)")
        // A key later, the status line is the reader's again.
        let later = try ParoleProcess.run(
            ["--render", "100x30", "--keys", "j", "sommet.txt", "absent.txt"], in: dir.url)
        #expect(!later.output.contains("no such file"), "\(later.output)")
    }

    @Test func controlKeysAndBackTabAreRead() throws {
        let moved = try render("n n C-l")
        #expect(moved.contains("quote 2/2"), "C-l redraws without moving: \(moved)")
        let back = try render("Tab BTab j Enter")
        #expect(!back.contains("Quote — "), "BTab left the quotes panel, so Enter opens no detail: \(back)")
    }
}
