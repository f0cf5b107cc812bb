import Foundation
import Testing

@testable import ParoleSources

/// How a page's own declarations decide its character set when its bytes are not all UTF-8.
@Suite struct PageCharsetTests {
    /// The article text `SourceReader` takes from `page`.
    func text(of page: Data) throws -> String {
        let read = SourceReader().read(
            data: page, source: "https://example.org/a", name: "a", contentType: "text/html")
        return try #require(read.articles.first?.text)
    }

    @Test func aPageOfUTF8AfterAUTF16MarkIsReadAsUTF8() throws {
        let page =
            "<html><body><article><p>« Nous ne céderons pas », a déclaré l’élu de Brest.</p></article></body></html>"
        let decision = PageCharset.decide(Data([0xFF, 0xFE] + Array(page.utf8)))
        #expect(decision.encoding == "UTF-8")
        #expect(decision.data == Data(page.utf8))
        #expect(decision.warning == "starts with a UTF-16LE byte order mark, but is UTF-8; read as UTF-8")
    }

    @Test func aPageDeclaredUTF8WithOneInvalidByteIsReadAsUTF8() throws {
        let sentence = "Le maire a déclaré que la rénovation de l’école serait achevée à l’été. "
        var page = Data("<html><head><meta charset=\"utf-8\"></head><body><article><h1>Titre</h1><p>".utf8)
        for _ in 0..<4 { page.append(Data(sentence.utf8)) }
        page.append(0xFF)
        page.append(Data("</p></article></body></html>".utf8))
        #expect(!PageCharset.isValidUTF8(page))
        let decision = PageCharset.decide(page)
        #expect(decision.encoding == "UTF-8")
        #expect(decision.warning != nil)
        let text = try text(of: page)
        #expect(text.contains("déclaré que la rénovation de l’école"))
        #expect(!text.contains("Ã©"))
    }

    @Test func aLatin1PageThatClaimsUTF8IsStillReadAsWindows1252() throws {
        // "déclaré à l'été" in Latin-1: every accented letter is an invalid UTF-8 byte.
        let latin1: [UInt8] =
            Array("d".utf8) + [0xE9] + Array("clar".utf8) + [0xE9, 0x20, 0xE0] + Array(" l'".utf8)
            + [0xE9] + Array("t".utf8) + [0xE9] + Array(". ".utf8)
        var page = Data("<html><head><meta charset=\"utf-8\"></head><body><article><h1>Titre</h1><p>".utf8)
        for _ in 0..<6 { page.append(contentsOf: latin1) }
        page.append(Data("</p></article></body></html>".utf8))
        #expect(PageCharset.decide(page).encoding == "windows-1252")
        #expect(try text(of: page).contains("déclaré à l'été"))
    }

    @Test func aCharsetAttributeOutsideMetaIsNotThePagesDeclaration() throws {
        let head = Data(
            "<html><head><script src=\"app.js\" charset=\"utf-8\"></script><meta charset=\"windows-1251\"></head>"
                .utf8)
        #expect(PageCharset.declaredCharset(head) == "windows-1251")
        // "Москва заявила" in Windows-1251.
        let cyrillic: [UInt8] = [
            0xCC, 0xEE, 0xF1, 0xEA, 0xE2, 0xE0, 0x20, 0xE7, 0xE0, 0xFF, 0xE2, 0xE8, 0xEB, 0xE0,
        ]
        var page = head
        page.append(Data("<body><article><h1>Titre</h1><p>".utf8))
        for _ in 0..<8 { page.append(contentsOf: cyrillic + [0x2E, 0x20]) }
        page.append(Data("</p></article></body></html>".utf8))
        #expect(try text(of: page).contains("Москва заявила"))
    }

    @Test func aDeclaredCharsetThatCannotWriteItsOwnASCIIDeclarationIsPassedOver() throws {
        // A page in Latin-1 declaring UTF-16, UTF-32, EBCDIC or UTF-7 in its ASCII `meta`: read
        // in the declared charset, its text came out as CJK characters or EBCDIC letters.
        for charset in ["utf-16", "UTF-16BE", "utf-32", "ucs-4", "ibm037", "utf-7"] {
            let page =
                "<html><head><meta charset=\"\(charset)\"><title>Été</title></head><body><article>"
                + "<h1>Titre</h1><p>« Nous ne céderons pas », a déclaré l'élu de Noël à l'été.</p></article></body></html>"
            let data = Data(page.unicodeScalars.map { UInt8(truncatingIfNeeded: $0.value) })
            let decision = PageCharset.decide(data)
            #expect(decision.encoding == "windows-1252", "\(charset)")
            #expect(decision.warning?.contains("does not write ASCII as ASCII") == true, "\(charset)")
            #expect(try text(of: data).contains("a déclaré l'élu de Noël à l'été"), "\(charset)")
            // In UTF-8 with a stray invalid byte: read as UTF-8.
            var utf8 = Data(page.utf8)
            let heading = try #require(utf8.range(of: Data("Titre".utf8)))
            utf8.insert(0xFF, at: heading.lowerBound + 2)
            #expect(PageCharset.decide(utf8).encoding == "UTF-8", "\(charset)")
            #expect(try text(of: utf8).contains("a déclaré l'élu de Noël à l'été"), "\(charset)")
        }
        // A charset that writes ASCII as itself is still believed.
        #expect(PageCharset.writesASCIIAsItself("windows-1251"))
        #expect(PageCharset.writesASCIIAsItself("iso-8859-15"))
        #expect(!PageCharset.writesASCIIAsItself("utf-16le"))
    }

    @Test func aPageInACharsetThatWritesOnlyBackslashOrTildeOtherwiseIsReadInIt() throws {
        // Shift_JIS writes `\` as ¥ and `~` as ‾ (JOHAB, HZ and ISO 646 alike), but writes its
        // `meta` declaration in ASCII: the page was read as Windows-1252 and had no text.
        let sentence = "東京都の知事は火曜日、新しい計画を発表した。「我々は譲らない」と述べた。"
        let page =
            "<html><head><meta charset=\"shift_jis\"><title>ニュース</title></head><body><article>"
            + "<h1>見出し</h1><p>\(String(repeating: sentence, count: 8))</p></article></body></html>"
        let data = try #require(page.data(using: .shiftJIS))
        #expect(PageCharset.decide(data).encoding == "shift_jis")
        #expect(try text(of: data).contains(sentence))
        for charset in ["shift_jis", "johab", "iso646-fr", "sjis"] {
            #expect(PageCharset.writesASCIIAsItself(charset), "\(charset)")
        }
        for charset in ["utf-7", "UTF-7-IMAP", "ibm037", "utf-32"] {
            #expect(!PageCharset.writesASCIIAsItself(charset), "\(charset)")
        }
    }

    @Test func anHTTPCharsetThatCannotWriteThePagesASCIIMarkupIsPassedOver() throws {
        // A Latin-1 page served as UTF-16: its text came out as CJK characters.
        let page =
            "<html><head><title>Été</title></head><body><article><h1>Titre</h1>"
            + "<p>« Nous ne céderons pas », a déclaré l'élu de Noël à l'été.</p></article></body></html>"
        let latin1 = Data(page.unicodeScalars.map { UInt8(truncatingIfNeeded: $0.value) })
        for charset in ["utf-16", "UTF-32BE", "ibm037"] {
            let decision = PageCharset.decide(latin1, httpCharset: charset)
            #expect(decision.encoding == "windows-1252", "\(charset)")
            #expect(decision.warning?.contains("does not write ASCII as ASCII") == true, "\(charset)")
        }
        // A page that is UTF-16, served as such without a byte order mark, is still read so.
        var wide = Data()
        for unit in page.utf16 { wide.append(contentsOf: [UInt8(unit & 0xFF), UInt8(unit >> 8)]) }
        #expect(PageCharset.decide(wide, httpCharset: "utf-16le").encoding == "utf-16le")
    }
}
