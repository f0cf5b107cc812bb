import Foundation
import ParoleReader
import Testing

@testable import parole

/// A directory of hundreds of pages takes seconds to read before the reader's screen opens: the
/// reader is told of each file as it is read, to show its progress on one line.
@Suite final class DirectoryProgressTests: ScratchSuite {
    @Test func eachFileOfADirectoryIsCountedAsItIsReadAndOnceMoreAtTheEnd() throws {
        try FileManager.default.createDirectory(
            at: scratch.url.appendingPathComponent("pages"), withIntermediateDirectories: true)
        for n in 1...3 { try write("pages/a\(n).txt", "Titre \(n)\nUn paragraphe.\n") }
        var reader = ArticleInputReader()
        var steps: [String] = []
        reader.onDirectoryFile = { directory, done, total in
            steps.append("\((directory as NSString).lastPathComponent) \(done)/\(total)")
        }
        let read = reader.read(paths: [scratch.url.appendingPathComponent("pages").path])
        #expect(read.count == 3)
        #expect(steps == ["pages 0/3", "pages 1/3", "pages 2/3", "pages 3/3"])
    }

    @Test func theProgressLineIsCutToTheTerminalsWidth() {
        #expect(
            StandardError.fitted("parole: reading pages: 12/985 files…", columns: 20)
                == "parole: reading pag…")
        #expect(StandardError.fitted("court", columns: 20) == "court")
    }

    /// A directory named in a script whose letters take two columns each: cut by characters,
    /// the line would wrap, and the erase that follows would leave its first row on screen.
    @Test func aProgressLineOfWideLettersIsCutToTheColumnsTheyTake() {
        let line = "parole: reading 東京の新聞記事の保存: 12/985 files…"
        let fitted = StandardError.fitted(line, columns: 20)
        #expect(ColumnWidth.width(of: fitted) <= 20, "\(fitted)")
        #expect(fitted.hasSuffix("…"))
        #expect(fitted.hasPrefix("parole: reading 東"), "\(fitted)")
    }
}
