import Foundation
import Testing

@testable import ParoleSources

/// The extractor on every 20th page of the web-extraction benchmark (../shared), scored the
/// way ../shared/eval/webextract.py scores: segments the text must hold and must not hold.
/// Skipped when ../shared or its unpacked pages are not there.
@Suite struct WebBenchmarkSampleTests {
    static let corpus = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("../shared/corpus/web-extraction").standardizedFileURL
    static let pages = FileManager.default.homeDirectoryForCurrentUser
        .appendingPathComponent(".cache/parole-webextract/pages")

    static var available: Bool {
        FileManager.default.fileExists(atPath: corpus.appendingPathComponent("evaldata.json").path)
            && FileManager.default.fileExists(atPath: pages.path)
    }

    static func normalized(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    @Test(.enabled(if: available)) func aSampleOfRealPagesScoresWell() throws {
        let data = try Data(contentsOf: Self.corpus.appendingPathComponent("evaldata.json"))
        let entries = try #require(try JSONSerialization.jsonObject(with: data) as? [String: [String: Any]])
        var truePositives = 0
        var falsePositives = 0
        var falseNegatives = 0
        var empty = 0
        for (index, url) in entries.keys.sorted().enumerated() where index % 20 == 0 {
            let entry = entries[url]!
            let file = Self.pages.appendingPathComponent(entry["file"] as! String)
            guard let page = try? Data(contentsOf: file) else { continue }
            let text = (try? HTMLArticleExtractor.extract(page)).map { Self.normalized($0.value.text) }
            if text == nil { empty += 1 }
            for segment in entry["with"] as? [String] ?? [] {
                if let text, text.contains(Self.normalized(segment)) {
                    truePositives += 1
                } else {
                    falseNegatives += 1
                }
            }
            for segment in entry["without"] as? [String] ?? [] {
                if let text, text.contains(Self.normalized(segment)) { falsePositives += 1 }
            }
        }
        let f1 = Double(2 * truePositives) / Double(2 * truePositives + falsePositives + falseNegatives)
        #expect(f1 >= 0.85, "F1 \(f1)")
        #expect(empty <= 1)
    }
}
