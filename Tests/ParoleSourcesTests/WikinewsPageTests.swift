import Foundation
import Testing

@testable import ParoleSources

/// The 60 real Wikinews pages of ../shared/corpus: titles and paragraph counts checked by hand
/// against the HTML source on a sample.
@Suite struct WikinewsPageTests {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("../shared/corpus/wikinews-fr-2012").standardizedFileURL

    func page(_ name: String) throws -> ExtractedArticle {
        let data = try Data(contentsOf: Self.folder.appendingPathComponent("\(name).html"))
        let result = try HTMLArticleExtractor.extract(data)
        #expect(result.warnings.isEmpty)
        return result.value
    }

    /// (page, title, lines of text: title + lead + paragraphs + list items), counted by hand.
    static let sample: [(String, String, Int)] = [
        ("43971", "États-Unis : Lancement réussi pour Space X Dragon", 10),
        ("44145", "Nigeria : crash d'un avion avec 153 personnes à bord à Lagos", 4),
        ("44290", "Afghanistan : attaque meurtrière visant un hôtel à Kaboul", 5),
        (
            "45364", "Union européenne : Lancement prévu aujourd'hui de deux satellites du programme Galileo",
            11
        ),
        ("45669", "France : Wikimedia investit sur l'éducation", 6),
    ]

    @Test(arguments: sample)
    func titleAndParagraphCountMatchTheHandCount(_ name: String, _ title: String, _ lines: Int) throws {
        let article = try page(name)
        #expect(article.title == title)
        #expect(article.text.split(separator: "\n").count == lines)
        #expect(article.text.hasPrefix(title + "\n"))
    }

    @Test func leadComesFromTheFirstH2() throws {
        let article = try page("43971")
        #expect(article.lead?.hasPrefix("La fusée Falcon 9, développée par une société privée") == true)
        #expect(article.paragraphs.count == 8)
        #expect(article.paragraphs[0].hasPrefix("22 mai 2012. - Prévu initialement"))
    }

    @Test func softHyphensInsideWordsAreRemoved() throws {
        let article = try page("43971")
        #expect(!article.text.unicodeScalars.contains("\u{AD}"))
        #expect(article.text.contains("du premier étage du lanceur"))
    }

    @Test func theDatelineGivesTheDate() throws {
        let article = try page("43971")
        let day = article.date.map { ISO8601DateFormatter().string(from: $0).prefix(10) }
        #expect(day == "2012-05-22")
    }

    @Test func everyPageHasATitleAndBody() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path).filter {
            $0.hasSuffix(".html")
        }
        #expect(names.count == 60)
        var dated = 0
        for name in names {
            let article = try page(String(name.dropLast(5)))
            #expect(!article.title.isEmpty, "\(name)")
            #expect(article.hasBody, "\(name)")
            if article.date != nil { dated += 1 }
        }
        // A few pages open without a dateline ("Ubuntu est un système…").
        #expect(dated >= 50)
    }
}
