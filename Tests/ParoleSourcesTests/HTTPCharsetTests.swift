import Foundation
import Testing

@testable import ParoleSources

/// The character set a server declares in `Content-Type` decides how a page without its own
/// declaration is read.
@Suite struct HTTPCharsetTests {
    @Test func theCharsetParameterIsReadFromTheContentTypeHeader() {
        func document(_ type: String) -> FetchedDocument {
            FetchedDocument(
                data: Data(), contentType: "text/html", url: URL(string: "https://example.org/")!,
                status: 200, headers: ["content-type": type])
        }
        #expect(document("text/html; charset=windows-1251").charset == "windows-1251")
        #expect(document("text/html;Charset=\"ISO-8859-15\"").charset == "ISO-8859-15")
        #expect(document("text/html").charset == nil)
        #expect(document("text/html; charset=").charset == nil)
    }

    @Test func aPageIsDecodedWithTheCharsetItsServerDeclared() throws {
        // "Москва заявила" in Windows-1251, in a page that declares nothing itself.
        let cyrillic: [UInt8] = [
            0xCC, 0xEE, 0xF1, 0xEA, 0xE2, 0xE0, 0x20, 0xE7, 0xE0, 0xFF, 0xE2, 0xE8, 0xEB, 0xE0,
        ]
        var page = Data("<html><body><article><h1>Titre</h1><p>".utf8)
        for _ in 0..<8 { page.append(contentsOf: cyrillic + [0x2E, 0x20]) }
        page.append(Data("</p></article></body></html>".utf8))
        let declared = SourceReader().read(
            data: page, source: "https://example.org/a", name: "a", contentType: "text/html",
            charset: "windows-1251")
        let text = try #require(declared.articles.first?.text)
        #expect(text.contains("Москва заявила"))
        let undeclared = SourceReader().read(
            data: page, source: "https://example.org/a", name: "a", contentType: "text/html")
        #expect(undeclared.articles.first?.text.contains("Москва") != true)
    }
}
