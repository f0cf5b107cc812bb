import Foundation
import ParoleKit
import ParoleReader

/// Turns the reader's command-line paths into articles: text files and directories through
/// `ArticleInputReader`, `.json` files as analyses printed by `parole analyze`.
enum ArticleLibraryLoader {
    /// What was loaded.
    struct Library {
        /// The articles, analysed or provisional.
        var articles: [ArticleModel]
        /// The articles still to analyse (their index in `articles`).
        var pending: [BackgroundAnalysis.Job]
        /// Whether any path failed (each failure is reported on standard error).
        var hadErrors: Bool
    }

    /// Loads `paths`. With `analyseNow`, text articles are analysed before returning; else
    /// they come with a provisional analysis (paragraphs only) and are listed in `pending`.
    static func load(paths: [String], analyseNow: Bool) -> Library {
        var reader = ArticleInputReader()
        // Before the reader's screen opens, a directory of hundreds of pages takes seconds to
        // read: a progress line says so (after half a second, ten times a second at most).
        let started = Date()
        var shown = Date.distantPast
        reader.onDirectoryFile = { directory, done, total in
            let now = Date()
            guard now.timeIntervalSince(started) > 0.5, now.timeIntervalSince(shown) > 0.1 else { return }
            shown = now
            StandardError.transient("parole: reading \(directory): \(done)/\(total) files…")
        }
        defer { StandardError.clearTransient() }
        var library = Library(articles: [], pending: [], hadErrors: false)
        let analyzer = analyseNow ? Analyzer() : nil
        for path in paths {
            if path.hasSuffix(".json") {
                do {
                    // An analysis is larger than its text: ten times the text's limit.
                    guard let handle = FileHandle(forReadingAtPath: path),
                        BoundedInput.kind(of: path) != .directory,
                        case .success(let data) = BoundedInput.read(
                            handle, maxBytes: 10 * InputLimits.maxBytes)
                    else { throw CocoaError(.fileReadUnknown) }
                    let analyses: [Analysis]
                    if let one = try? AnalysisJSON.decode(data) {
                        analyses = [one]
                    } else {
                        analyses = try JSONDecoder().decode([Analysis].self, from: data)
                    }
                    // `[]` (a batch of none) would otherwise open nothing without a word.
                    guard !analyses.isEmpty else {
                        library.hadErrors = true
                        StandardError.print("parole: \(path): holds no analysis")
                        continue
                    }
                    library.articles += analyses.map { ArticleModel(analysis: $0, source: path) }
                } catch {
                    library.hadErrors = true
                    StandardError.print("parole: \(path): not an analysis JSON file")
                }
                continue
            }
            for input in reader.read(paths: [path]) {
                if let analyzer {
                    let analysis = analyzer.analyze(text: input.text, id: input.id)
                    library.articles.append(
                        ArticleModel(
                            analysis: analysis, source: input.path, link: input.link,
                            date: input.date.map { DayFormat.publicationDay($0, offset: input.dateOffset) },
                            site: input.site, language: input.language))
                } else {
                    library.pending.append(
                        BackgroundAnalysis.Job(index: library.articles.count, text: input.text, id: input.id))
                    library.articles.append(
                        ArticleModel(
                            analysis: provisional(text: input.text, id: input.id), source: input.path,
                            isAnalysed: false, link: input.link,
                            date: input.date.map { DayFormat.publicationDay($0, offset: input.dateOffset) },
                            site: input.site,
                            language: input.language))
                }
            }
        }
        reader.reportOtherLanguages()
        library.hadErrors = library.hadErrors || reader.hadErrors
        return library
    }

    /// An analysis with only the paragraphs (the non-blank lines) and the title, to show the
    /// text before the real analysis is in.
    static func provisional(text: String, id: String) -> Analysis {
        var paragraphs: [Span] = []
        var start = 0
        var offset = 0
        var blank = true
        for scalar in text.unicodeScalars {
            if scalar == "\n" {
                if !blank { paragraphs.append(Span(start, offset)) }
                start = offset + 1
                blank = true
            } else if scalar.value < 0x80 ? scalar.value > 0x20 : !scalar.properties.isWhitespace {
                blank = false
            }
            offset += 1
        }
        if !blank { paragraphs.append(Span(start, offset)) }
        let scalars = text.unicodeScalars
        let title = paragraphs.first.map { span in
            String(
                String.UnicodeScalarView(
                    scalars[
                        scalars.index(
                            scalars.startIndex, offsetBy: span.start)..<scalars.index(
                                scalars.startIndex, offsetBy: span.end)]))
        }
        return Analysis(
            id: id, title: title ?? "", text: text, paragraphs: paragraphs, entities: [], quotes: [],
            actors: [], headings: paragraphs.count > 1 ? [Heading(span: paragraphs[0], kind: .title)] : [])
    }
}
