import Foundation
import Testing

/// An article with terminal escape sequences in its title and quotes, and file names holding
/// them: nothing Parole prints lets them reach the terminal raw.
@Suite final class EscapeSequenceTests: ScratchSuite {
    /// ESC, BEL, a C1 CSI, DEL and a right-to-left override.
    static let evil = """
        Le ministre \u{1B}]0;pwned\u{07} répond \u{1B}[2J
        « Nous ne céderons pas \u{1B}]52;c;cm0gLXJmIH4=\u{07} \u{9B}31m ici\u{7F} \u{202E}txt.exe », a déclaré \
        Dmitri Peskov, porte-parole du Kremlin, devant le ministre.
        """

    /// The raw bytes a terminal acts on: C0 other than line feed and tab, DEL, C1, bidi controls.
    static func rawControls(_ data: Data) -> [UInt32] {
        String(decoding: data, as: UTF8.self).unicodeScalars.map(\.value).filter {
            ($0 < 0x20 && $0 != 0x0A && $0 != 0x09 && $0 != 0x0D) || ($0 >= 0x7F && $0 < 0xA0)
                || (0x202A...0x202E).contains($0) || (0x2066...0x2069).contains($0)
        }
    }

    @Test func quotesAndSearchShowEscapesAsPlaceholders() throws {
        try Data(Self.evil.utf8).write(to: scratch.url.appendingPathComponent("evil.txt"))
        let library = ["--library", "lib.sqlite"]
        let added = try parole(["add"] + library + ["evil.txt"])
        #expect(added.status == 0, "\(added.stderr)")

        let quotes = try parole(["quotes"] + library)
        #expect(quotes.status == 0)
        #expect(quotes.output.contains("céderons"))
        #expect(Self.rawControls(quotes.stdout) == [])
        #expect(quotes.output.contains("\u{241B}]52;c;"))

        let search = try parole(["search"] + library + ["ministre"])
        #expect(search.status == 0)
        #expect(search.output.contains("\u{241B}]0;pwned\u{2407}"))
        #expect(Self.rawControls(search.stdout) == [])

        let actors = try parole(["actors"] + library)
        #expect(Self.rawControls(actors.stdout) == [])

        // JSON keeps the text exact, escaped by JSON itself.
        let json = try parole(["quotes"] + library + ["--format", "json"])
        #expect(Self.rawControls(json.stdout) == [])
        let decoded = try JSONSerialization.jsonObject(with: json.stdout) as? [[String: Any]] ?? []
        let texts = decoded.compactMap { $0["text"] as? String }
        #expect(
            texts.contains { $0.contains("\u{1B}]52;c;") && $0.contains("\u{9B}") && $0.contains("\u{202E}") }
        )

        // The analysis and the export are JSON too: exact text, nothing raw.
        let analysis = try parole(["analyze", "--format", "json", "evil.txt"])
        #expect(Self.rawControls(analysis.stdout) == [])
        #expect(analysis.output.contains("\\u009b") && analysis.output.contains("\\u202e"))
        let export = try parole(["export"] + library)
        #expect(Self.rawControls(export.stdout) == [])
        let text = try parole(["analyze", "--format", "text", "evil.txt"])
        #expect(Self.rawControls(text.stdout) == [])

        // CSV to a file (not a terminal) keeps the text exact.
        let csv = try parole(["quotes"] + library + ["--format", "csv"])
        #expect(csv.output.contains("\u{1B}]52;c;"))
    }

    @Test func argumentErrorsQuotingEscapesAreShownSafely() throws {
        let option = try parole(["analyze", "--bad\u{1B}[2J"])
        #expect(option.status == 64)
        #expect(option.stderr.contains("--bad\u{241B}[2J"))
        #expect(Self.rawControls(Data(option.stderr.utf8)) == [])
        let since = try parole(["quotes", "--since", "\u{1B}]0;x\u{07}"])
        #expect(since.status != 0)
        #expect(Self.rawControls(Data(since.stderr.utf8)) == [])
    }

    @Test func fileNamesWithEscapesAreShownSafelyOnStandardError() throws {
        let name = "bad\u{1B}]0;pwned\u{07}\u{9B}2J.txt"
        let result = try parole(["analyze", name])
        #expect(result.status != 0)
        #expect(result.stderr.contains("bad\u{241B}]0;pwned\u{2407}"))
        #expect(Self.rawControls(Data(result.stderr.utf8)) == [])
    }

    @Test func aPagesBidiControlsReachNoOutputRaw() throws {
        // The extractor drops C0 and C1 controls from a page's text, not the bidi controls: the
        // site name `analyze` adds and the text `extract` prints carried U+202E raw.
        let rlo = "\u{202E}"
        let page = """
            <html><head><title>Titre\(rlo)txt.exe</title>
            <meta property="og:site_name" content="Site\(rlo)&#x202e;">
            <meta name="author" content="Jean\(rlo) Dupont"></head><body><article><h1>Titre\(rlo)</h1>
            <p>« Nous ne céderons pas\(rlo) », a déclaré Dmitri Peskov, porte-parole du Kremlin.</p>
            <p>Le ministre a répondu&#x2066; mardi devant les députés réunis à Paris.</p>
            </article></body></html>
            """
        try write("page.html", page)
        let analysis = try parole(["analyze", "--format", "json", "page.html"])
        #expect(analysis.status == 0, "\(analysis.stderr)")
        #expect(Self.rawControls(analysis.stdout) == [])
        #expect(analysis.output.contains("Site\\u202e"))
        for format in ["text", "markdown", "json"] {
            let extracted = try parole(["extract", "--format", format, "page.html"])
            #expect(extracted.status == 0, "\(format): \(extracted.stderr)")
            #expect(extracted.output.contains("céderons"), "\(format)")
            #expect(Self.rawControls(extracted.stdout) == [], "\(format)")
        }
        // JSON keeps the exact text, escaped.
        let json = try parole(["extract", "--format", "json", "page.html"])
        #expect(json.output.contains("pas\\u202e"))
        let several = try parole(["extract", "--format", "json", "page.html", "page.html"])
        #expect(Self.rawControls(several.stdout) == [])
        #expect(several.output.contains("pas\\u202e"))
    }
}
