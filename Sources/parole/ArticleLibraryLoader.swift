import Foundation
import ParoleKit
import ParoleReader

/// Turns the reader's command-line paths into analysed articles: text files and directories
/// through `ArticleInputReader`, `.json` files as analyses printed by `parole analyze`.
enum ArticleLibraryLoader {
    /// The articles named by `paths`, and whether any path failed (each failure is reported
    /// on standard error).
    static func load(paths: [String]) -> (articles: [ArticleModel], hadErrors: Bool) {
        var reader = ArticleInputReader()
        var hadErrors = false
        var articles: [ArticleModel] = []
        let analyzer = Analyzer()
        for path in paths {
            if path.hasSuffix(".json") {
                do {
                    let data = try Data(contentsOf: URL(fileURLWithPath: path))
                    let analyses: [Analysis]
                    if let one = try? AnalysisJSON.decode(data) {
                        analyses = [one]
                    } else {
                        analyses = try JSONDecoder().decode([Analysis].self, from: data)
                    }
                    articles += analyses.map { ArticleModel(analysis: $0, source: path) }
                } catch {
                    hadErrors = true
                    StandardError.print("parole: \(path): not an analysis JSON file")
                }
                continue
            }
            for input in reader.read(paths: [path]) {
                let analysis = analyzer.analyze(text: input.text, id: input.id)
                articles.append(ArticleModel(analysis: analysis, source: input.path))
            }
        }
        return (articles, hadErrors || reader.hadErrors)
    }
}
