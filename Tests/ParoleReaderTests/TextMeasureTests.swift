import Testing

import ParoleKit
@testable import ParoleReader

@Suite("Columns and folding")
struct TextMeasureTests {
    @Test("widths in columns: Latin 1, East Asian and emoji 2, combining marks 0")
    func widths() {
        #expect(ColumnWidth.width("é") == 1)
        #expect(ColumnWidth.width("’") == 1)
        #expect(ColumnWidth.width("東") == 2)
        #expect(ColumnWidth.width("😀") == 2)
        #expect(ColumnWidth.width("\u{301}") == 0)
        #expect(ColumnWidth.width(of: "Où êtes-vous ?") == 14)
    }

    @Test("control characters become placeholders; invisible format characters are dropped")
    func display() {
        #expect(ColumnWidth.display("\u{1B}") == "␛")
        #expect(ColumnWidth.display("\u{7F}") == "␡")
        #expect(ColumnWidth.display("\u{9B}") == "\u{FFFD}")
        #expect(ColumnWidth.display("\u{AD}") == nil)
        #expect(ColumnWidth.display("\u{202E}") == nil)
        #expect(ColumnWidth.display("\t") == " ")
        #expect(ColumnWidth.display("a") == "a")
    }

    @Test("search folds case, accents and apostrophes, one scalar for one")
    func folding() {
        #expect(TextFolding.fold("Élysée") == TextFolding.fold("elysee"))
        #expect(TextFolding.fold("l’Arménie") == TextFolding.fold("l'armenie"))
        #expect(TextFolding.fold("Œuvre").count == 5)
        #expect(TextFolding.matches(of: TextFolding.fold("ab"), in: TextFolding.fold("xABxab")) == [1, 4])
        #expect(TextFolding.contains("Dmitri Peskov", "PESK"))
    }
}
