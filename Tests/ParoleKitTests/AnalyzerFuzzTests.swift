import Foundation
import Testing

@testable import ParoleKit

/// A small, seeded pseudo-random generator (SplitMix64), so that every fuzz run is the same
/// and a failure can be replayed from its seed.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Feeds random and truncated text to the analyzer and checks that it neither crashes nor
/// reports spans that do not match its text.
@Suite struct AnalyzerFuzzTests {
    let analyzer = Analyzer()

    /// Articles to cut up: the dev corpus when it is there, the shipped examples, and a
    /// built-in paragraph so the test never runs empty.
    static let articles: [String] = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        var texts: [String] = [
            """
            Le porte-parole du Kremlin, Dmitri Peskov, a déclaré aux journalistes que la Russie était « préoccupée », a rapporté Reuters.
            « Nous surveillons de près », a-t-il déclaré jeudi. « Nous demandons aux parties de faire preuve de retenue », a-t-il ajouté.
            Selon l’AFP, au moins 6 500 personnes ont été tuées. M. Dupont l'a accusé d'avoir menti — dit-on.
            """
        ]
        for dir in ["../shared/corpus/dev", "docs/examples"] {
            let url = root.appendingPathComponent(dir)
            let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
            for name in names.sorted() where name.hasSuffix(".txt") {
                if let text = try? String(contentsOf: url.appendingPathComponent(name), encoding: .utf8) {
                    texts.append(text)
                }
            }
        }
        return texts
    }()

    /// Characters that trip up French tokenizing and quote finding.
    static let tricky: [Unicode.Scalar] = [
        "«", "»", "“", "”", "„", "‹", "›", "\"", "'", "’", "ʼ", "-", "\u{2010}", "\u{2011}", "–", "—", "\n",
        "\r",
        "\t", "\u{A0}", "\u{202F}", "\u{AD}", "\u{200B}", "\u{FEFF}", "\u{301}", ".", "…", "!", "?", ",", ":",
        ";",
        "(", ")", "[", "]", "\u{1}", "\u{7}", "\u{1B}", "\u{7F}", "\u{85}", "\u{2028}", "\u{2029}", "0", "6",
        " ",
        "a", "t", "il", "elle", "M", "é", "É", "😀", "\u{10FFFF}",
    ].flatMap { Array($0.description.unicodeScalars) }

    static let trickyWords = [
        "a-t-il", "-t-elle", "dit-on", "qu’", "l'", "d’", "M.", "Mme", "selon", "d’après", "a déclaré",
        "a-t-il ajouté", "que", "accuse", "de", "« ", " »", "Peskov", "Kremlin", "6 500", "Haut-Karabakh",
    ]

    func expectSound(_ text: String, _ context: @autoclosure () -> String) {
        let analysis = analyzer.analyze(text: text, id: "fuzz")
        let problems = AnalysisInvariants(analysis).violations()
        #expect(problems.isEmpty, "\(context()): \(problems.prefix(5).joined(separator: "; "))")
        let document = analyzer.language.tokenizer.document(text)
        var end = 0
        for token in document.tokens {
            #expect(
                token.span.start >= end && token.span.start < token.span.end
                    && token.span.end <= document.scalars.count,
                "\(context()): token \(token.span) out of order or bounds")
            end = token.span.end
        }
    }

    @Test func randomBytesNeverBreakDecodingOrAnalysis() throws {
        var rng = SeededGenerator(seed: 1)
        for round in 0..<200 {
            let count = Int.random(in: 0...600, using: &rng)
            // Mostly printable ASCII and UTF-8 lead/continuation bytes, sometimes anything.
            let bytes = (0..<count).map { _ -> UInt8 in
                switch Int.random(in: 0..<10, using: &rng) {
                case 0: return UInt8.random(in: 0...255, using: &rng)
                case 1: return UInt8.random(in: 0x80...0xFF, using: &rng)
                case 2:
                    return [0x0A, 0x0D, 0x22, 0x27, 0x2D, 0xAB, 0xBB, 0xC2, 0xE2][
                        Int.random(in: 0..<9, using: &rng)]
                default: return UInt8.random(in: 0x20...0x7E, using: &rng)
                }
            }
            let decoded: DecodedArticle
            do {
                decoded = try ArticleDecoder.decode(bytes)
            } catch {
                #expect(bytes.contains(0), "round \(round): refused bytes without NUL")
                continue
            }
            #expect(!decoded.text.unicodeScalars.contains("\r"), "round \(round): CR left in the text")
            expectSound(decoded.text, "random bytes round \(round)")
        }
    }

    @Test func randomSlicesOfArticlesAreAnalysedSoundly() {
        var rng = SeededGenerator(seed: 2)
        let articles = Self.articles.map { Array($0.unicodeScalars) }
        for round in 0..<300 {
            let article = articles[Int.random(in: 0..<articles.count, using: &rng)]
            let a = Int.random(in: 0...article.count, using: &rng)
            let b = Int.random(in: 0...article.count, using: &rng)
            var view = String.UnicodeScalarView()
            view.append(contentsOf: article[min(a, b)..<max(a, b)])
            expectSound(String(view), "slice \(min(a, b))..<\(max(a, b)) round \(round)")
        }
    }

    @Test func randomMixesOfQuotesApostrophesHyphensAndControlsAreAnalysedSoundly() {
        var rng = SeededGenerator(seed: 3)
        let articles = Self.articles.map { Array($0.unicodeScalars) }
        for round in 0..<300 {
            var view = String.UnicodeScalarView()
            for _ in 0..<Int.random(in: 0...120, using: &rng) {
                switch Int.random(in: 0..<4, using: &rng) {
                case 0:
                    view.append(Self.tricky[Int.random(in: 0..<Self.tricky.count, using: &rng)])
                case 1:
                    view.append(
                        contentsOf: Self.trickyWords[Int.random(in: 0..<Self.trickyWords.count, using: &rng)]
                            .unicodeScalars)
                case 2:
                    view.append(" ")
                default:
                    let article = articles[Int.random(in: 0..<articles.count, using: &rng)]
                    let start = Int.random(in: 0..<max(1, article.count), using: &rng)
                    let end = min(article.count, start + Int.random(in: 0...40, using: &rng))
                    if start < end { view.append(contentsOf: article[start..<end]) }
                }
            }
            expectSound(String(view), "mix round \(round): \(String(view).debugDescription)")
        }
    }

    @Test func truncatedArticlesAreAnalysedSoundly() {
        // Every prefix length of one article, stepping so the test stays fast.
        for article in Self.articles.prefix(4) {
            let scalars = Array(article.unicodeScalars)
            for cut in stride(from: 0, through: scalars.count, by: max(1, scalars.count / 97)) {
                var view = String.UnicodeScalarView()
                view.append(contentsOf: scalars[0..<cut])
                expectSound(String(view), "prefix of \(cut) scalars")
            }
        }
    }

    @Test func analysesSurviveAJSONRoundTrip() throws {
        for article in Self.articles {
            let analysis = analyzer.analyze(text: article, id: "round-trip")
            let decoded = try AnalysisJSON.decode(AnalysisJSON.encode(analysis, pretty: false))
            #expect(decoded == analysis)
        }
    }
}
