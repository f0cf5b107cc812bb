import ArgumentParser
import Foundation
import ParoleKit
import ParoleSources

extension AnalyzeCommand {
    /// Batch mode: one JSON article per input line, one analysis per output line, in input
    /// order; nothing is kept between lines, so memory stays flat however long the stream.
    /// A line that cannot be read gives `{"id": …, "error": "…"}` and a message on standard
    /// error, and the stream goes on.
    func runBatch() throws {
        guard paths.isEmpty else {
            throw ValidationError("--jsonl reads standard input; give no file")
        }
        let analyzer = Analyzer()
        let out = FileHandle.standardOutput
        var lineNumber = 0
        var lines = BoundedLineReader(FileHandle.standardInput, maxBytes: InputLimits.maxBytes)
        while let next = lines.next() {
            lineNumber += 1
            let read: Result<BatchLine, BatchLine.Failure>
            switch next {
            case .text(let line):
                if line.allSatisfy(\.isWhitespace) { continue }
                read = BatchLine.read(line)
            case .tooLong:
                let limit = ArticleInputReader.megabytes(InputLimits.maxBytes)
                read = .failure(
                    BatchLine.Failure(message: "line larger than \(limit) (see --max-size); not read"))
            }
            var output: Data
            switch read {
            case .success(let article):
                output = AnalysisJSON.encode(
                    analyzer.analyze(text: article.text, id: article.id), pretty: false)
                if article.idIsNumber { output = BatchLine.withNumericID(output, id: article.id) }
                for warning in article.warnings where ReadingWarning.isPrinted(warning) {
                    StandardError.print("parole: warning: line \(lineNumber) (\(article.id)): \(warning)")
                }
            case .failure(let failure):
                StandardError.print("parole: line \(lineNumber): \(failure.message)")
                output = AnalysisJSON.encode(
                    ["id": failure.id ?? "line \(lineNumber)", "error": failure.message], pretty: false)
                if failure.idIsNumber, let id = failure.id {
                    output =
                        Data("{\"error\":".utf8)
                        + AnalysisJSON.encode([failure.message], pretty: false)
                        .dropFirst().dropLast() + Data(",\"id\":\(id)}".utf8)
                }
            }
            output.append(0x0A)
            out.write(output)
        }
    }
}

/// One line of batch input, read.
struct BatchLine {
    /// The article's identifier, as given (numbers written as text).
    var id: String
    /// The article's text; for `html` input, the text extracted from the page.
    var text: String
    /// Warnings met while extracting.
    var warnings: [String]
    /// Whether the id was given as a JSON number: the output gives it back as one.
    var idIsNumber = false

    /// The compact analysis `json` with its top-level `"id"` written as the number `id`.
    static func withNumericID(_ json: Data, id: String) -> Data {
        let quoted = Data(
            ("\"id\":"
                + String(decoding: AnalysisJSON.encode([id], pretty: false), as: UTF8.self)
                .dropFirst().dropLast() + ",\"lang\":").utf8)
        guard let range = json.range(of: quoted) else { return json }
        var out = json
        out.replaceSubrange(range, with: Data(("\"id\":" + id + ",\"lang\":").utf8))
        return out
    }

    /// Why a line could not be read.
    struct Failure: Error {
        /// The identifier, if the line had one.
        var id: String?
        /// A one-line explanation.
        var message: String
        /// Whether the id was given as a JSON number.
        var idIsNumber = false
    }

    /// Reads a line `{"id": …, "text": …}` or `{"id": …, "html": …}`.
    static func read(_ line: String) -> Result<BatchLine, Failure> {
        guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else {
            return .failure(Failure(id: nil, message: "not a JSON object"))
        }
        let id: String
        var isNumber = false
        switch object["id"] {
        case let text as String: id = text
        case let number as NSNumber:
            // A JSON number comes back as the same number (42 stays 42, not "42").
            guard number.doubleValue.isFinite else {
                return .failure(Failure(id: nil, message: "no \"id\" (a string or a number)"))
            }
            id = number.stringValue
            isNumber = true
        default: return .failure(Failure(id: nil, message: "no \"id\" (a string or a number)"))
        }
        if let text = object["text"] as? String {
            // An empty text is refused as an empty file is (``EmptyInput``), like an empty page.
            if EmptyInput.isEmpty(text: text) {
                return .failure(Failure(id: id, message: EmptyInput.message, idIsNumber: isNumber))
            }
            return .success(BatchLine(id: id, text: text, warnings: [], idIsNumber: isNumber))
        }
        if let html = object["html"] as? String {
            do {
                let result = try HTMLArticleExtractor.extract(Data(html.utf8))
                return .success(
                    BatchLine(
                        id: id, text: result.value.text, warnings: result.warnings, idIsNumber: isNumber))
            } catch {
                return .failure(Failure(id: id, message: error.description, idIsNumber: isNumber))
            }
        }
        return .failure(Failure(id: id, message: "no \"text\" or \"html\" string", idIsNumber: isNumber))
    }
}
