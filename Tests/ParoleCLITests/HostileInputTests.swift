import Foundation
import Testing

/// Inputs that used to be misread: a feed after a long comment, UTF-16 text, an empty file,
/// a text over the size limit.
@Suite final class HostileInputTests: ScratchSuite {
    @Test func aFeedAfterALongCommentIsReadAsAFeed() throws {
        let comment =
            "<!-- " + String(repeating: "Un long commentaire <rss> mais pas encore. ", count: 80) + " -->"
        let feed = """
            <?xml version="1.0" encoding="utf-8"?>
            \(comment)
            <!DOCTYPE rss [<!ENTITY x "y">]>
            <rss version="2.0"><channel><title>Fil</title>
            <item><title>Premier</title><description>« Tout va bien », a affirmé Paul Martin.</description></item>
            <item><title>Second</title><description>« Rien ne va », a répondu Jean Durand.</description></item>
            </channel></rss>
            """
        #expect(comment.utf8.count > 3000)
        // Named .txt on purpose: the content decides, not the name.
        try write("fil.txt", Data(feed.utf8))
        let result = try parole(["analyze", "--format", "jsonl", "fil.txt"])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.output.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(result.output.contains("Paul Martin"))
        #expect(!result.output.contains("1Paul"))
    }

    @Test func utf16AndUTF32TextWithAByteOrderMarkAreDecoded() throws {
        let text = "Titre\n« Nous ne céderons pas », a déclaré Dmitri Peskov.\n"
        var le = Data([0xFF, 0xFE])
        for unit in text.utf16 { le.append(contentsOf: [UInt8(unit & 0xFF), UInt8(unit >> 8)]) }
        var be = Data([0xFE, 0xFF])
        for unit in text.utf16 { be.append(contentsOf: [UInt8(unit >> 8), UInt8(unit & 0xFF)]) }
        var le32 = Data([0xFF, 0xFE, 0, 0])
        for s in text.unicodeScalars {
            let v = s.value
            le32.append(contentsOf: [UInt8(v & 0xFF), UInt8((v >> 8) & 0xFF), UInt8((v >> 16) & 0xFF), 0])
        }
        try write("le.txt", le)
        try write("be.txt", be)
        try write("le32.txt", le32)
        for name in ["le.txt", "be.txt", "le32.txt"] {
            let result = try parole(["analyze", "--format", "text", name])
            #expect(result.status == 0, "\(name): \(result.stderr)")
            #expect(result.output.contains("« Nous ne céderons pas »"), "\(name)")
        }
    }

    @Test func anEmptyFileIsAnErrorForAddExtractAndTheReader() throws {
        try write("empty.txt", Data())
        try write("blank.txt", Data("  \n\n".utf8))
        try write("bom.html", Data([0xEF, 0xBB, 0xBF]))
        try write("a.txt", Data("Titre\n« Oui », a dit Paul Martin.\n".utf8))
        let add = try parole(["add", "--library", "lib.sqlite", "empty.txt", "blank.txt", "a.txt"])
        #expect(add.status == 1)
        #expect(
            add.errorLines == [
                "parole: empty.txt: empty, no article in it", "parole: blank.txt: empty, no article in it",
            ])
        #expect(add.output.hasPrefix("added 1, updated 0, unchanged 0"), "the others are still stored")
        let extract = try parole(["extract", "bom.html"])
        #expect(extract.status == 1)
        #expect(extract.errorLines == ["parole: bom.html: empty, no article in it"])
        #expect(extract.output.isEmpty)
        // Standard output not a terminal: the reader prints the text analysis, or refuses.
        let read = try parole(["read", "empty.txt"])
        #expect(read.status == 1)
        #expect(read.errorLines == ["parole: empty.txt: empty, no article in it"])
        #expect(read.output.isEmpty)
    }

    @Test func anAnalysisFileHoldingNoAnalysisIsNamedInsteadOfExitingSilently() throws {
        try write("aucune.json", Data("[]\n".utf8))
        let result = try parole(["read", "aucune.json"])
        #expect(result.status == 1)
        #expect(result.errorLines == ["parole: aucune.json: holds no analysis"])
    }

    @Test func standardInputIsReadUpToTheSizeLimit() throws {
        let line = Data("Le ministre a dit : « oui ».\n".utf8)
        var big = Data()
        while big.count < 1_200_000 { big.append(line) }
        let result = try parole(["analyze", "--max-size", "1", "-"], input: big)
        #expect(result.status == 1)
        #expect(result.errorLines == ["parole: -: larger than 1 MB (see --max-size); not read"])
    }

    @Test func aFIFOInADirectoryIsSkippedInsteadOfWaitedOn() throws {
        try write("b.txt", Data("Titre\n« Oui », a dit Paul Martin.\n".utf8))
        #expect(mkfifo(scratch.url.appendingPathComponent("a.txt").path, 0o644) == 0)
        #expect(mkfifo(scratch.url.appendingPathComponent("p.html").path, 0o644) == 0)
        for command in [["analyze", "--format", "text"], ["add", "--library", "lib.sqlite"], ["extract"]] {
            let result = try parole(command + ["."], timeout: 20)
            #expect(result.status != SIGTERM, "\(command[0]) waited on a FIFO")
            #expect(result.stderr.contains("not a regular file, skipped"), "\(command[0]): \(result.stderr)")
        }
        let analyzed = try parole(["analyze", "--format", "text", "."], timeout: 20)
        #expect(analyzed.status == 0)
        #expect(analyzed.output.contains("Paul Martin"))
    }

    @Test func extractReadsFilesAndStandardInputUpToTheSizeLimit() throws {
        var big = Data("<html><body><p>".utf8)
        while big.count < 1_200_000 { big.append(contentsOf: Array("Un paragraphe assez long. ".utf8)) }
        try write("big.html", big)
        let file = try parole(["extract", "--max-size", "1", "big.html"])
        #expect(file.status == 1)
        #expect(file.errorLines == ["parole: big.html: larger than 1 MB (see --max-size); not read"])
        let piped = try parole(["extract", "--max-size", "1", "-"], input: big)
        #expect(piped.errorLines == ["parole: -: larger than 1 MB (see --max-size); not read"])
        if FileManager.default.fileExists(atPath: "/dev/zero") {
            let endless = try parole(["extract", "/dev/zero"], timeout: 30)
            #expect(endless.errorLines == ["parole: /dev/zero: larger than 20 MB (see --max-size); not read"])
        }
    }

    @Test func extractReportsADirectoryWithoutPages() throws {
        try FileManager.default.createDirectory(
            at: scratch.url.appendingPathComponent("vide"), withIntermediateDirectories: true)
        let result = try parole(["extract", "vide"])
        #expect(result.status == 1)
        #expect(result.errorLines == ["parole: vide: directory holds no page (.html, .htm, .xhtml)"])
    }

    @Test func aPageWithStrayNULBytesFurtherOnIsReadAsAPageAndATextWithThemIsRefused() throws {
        let filler = String(repeating: "<!-- gabarit -->\n", count: 600)
        var page = Data("<html><head><title>Sommet</title></head><body>\(filler)<img src=x>".utf8)
        page.append(contentsOf: [0, 0, 0])
        page.append(
            Data(
                "<article><p>« Nous ne céderons pas », a déclaré Dmitri Peskov.</p></article></body></html>"
                    .utf8))
        try write("page.html", page)
        var text = Data("Titre\n\(filler)".utf8)
        text.append(0)
        try write("texte.txt", text)
        let result = try parole(["analyze", "--format", "text", "page.html", "texte.txt"])
        #expect(result.output.contains("Dmitri Peskov"), "\(result.stderr)")
        #expect(result.errorLines.contains("parole: texte.txt: binary data (NUL bytes), not a text article"))
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: "/dev/zero")))
    func correctionsImportAndAnalysisFilesAreReadUpToALimit() throws {
        try write("a.txt", Data("Titre\n« Oui », a dit Paul Martin.\n".utf8))
        #expect(try parole(["add", "--library", "lib.sqlite", "a.txt"]).status == 0)
        let corrections = try parole(
            ["corrections", "import", "--library", "lib.sqlite", "/dev/zero"], timeout: 60)
        #expect(corrections.status == 1)
        #expect(corrections.errorLines == ["parole: /dev/zero: larger than 100 MB; not read"])
        try FileManager.default.createSymbolicLink(
            atPath: scratch.url.appendingPathComponent("zero.json").path, withDestinationPath: "/dev/zero")
        let analysis = try parole(["read", "--max-size", "1", "zero.json"], timeout: 60)
        #expect(analysis.status == 1)
        #expect(analysis.errorLines == ["parole: zero.json: not an analysis JSON file"])
    }
}
