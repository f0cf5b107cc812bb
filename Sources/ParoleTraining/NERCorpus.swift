import Foundation
import ParoleKit

/// Readers for the named-entity corpora Parole trains and is evaluated on. Each turns
/// pre-tokenized, tagged text back into plain text with gold name spans, so the model
/// is trained and measured through Parole's own tokenizer.
public enum NERCorpus {
    /// Errors reading a corpus.
    public struct ReadError: Error, CustomStringConvertible {
        /// What went wrong.
        public var description: String
    }

    /// Europeana Newspapers (BnF): `token TAG` lines, IOB1 with only I- tags, no sentence
    /// breaks; cut into pseudo-documents of about `tokensPerText` tokens.
    public static func europeana(_ path: String, tokensPerText: Int = 1200) throws -> [AnnotatedText] {
        var out: [AnnotatedText] = []
        var b = TextBuilder()
        var inLine = 0
        for line in try lines(path) {
            let parts = line.split(separator: " ")
            guard parts.count >= 2 else { continue }
            let tag = parts[parts.count - 1]
            let token = parts[0..<(parts.count - 1)].joined(separator: " ")
            b.add(token, tag: iobType(tag), begins: false)
            inLine += 1
            if token == "." && inLine >= 25 {
                b.newline()
                inLine = 0
                if b.tokenCount >= tokensPerText { out.append(b.finish(id: "europeana-\(out.count)")) }
            }
        }
        if b.tokenCount > 0 { out.append(b.finish(id: "europeana-\(out.count)")) }
        return out
    }

    /// HIPE-2022 TSV: NE-COARSE-LIT column, IOB2; one text per document; `NoSpaceAfter`
    /// and `EndOfLine` in the last column; line-end hyphens (¬) joined.
    public static func hipe(_ path: String) throws -> [AnnotatedText] {
        var out: [AnnotatedText] = []
        var b = TextBuilder()
        var documentId = ""
        var noSpace = false
        var previousGlues = false
        for line in try lines(path) {
            if line.hasPrefix("# hipe2022:document_id") {
                if b.tokenCount > 0 { out.append(b.finish(id: documentId)) }
                documentId = String(line.split(separator: "=").last ?? "").trimmingCharacters(
                    in: .whitespaces)
                continue
            }
            if line.hasPrefix("#") || line.hasPrefix("TOKEN\t") { continue }
            let cols = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard cols.count >= 10 else { continue }
            var token = String(cols[0])
            let misc = cols[cols.count - 1]
            let tag = cols[1]
            var type: EntityType? = nil
            if tag.count > 2 {
                switch tag.dropFirst(2) {
                case "PER", "pers": type = .person
                case "ORG", "org": type = .organization
                case "LOC", "loc": type = .location
                case "HumanProd", "prod": type = .miscellaneous
                default: type = nil
                }
            }
            // OCR data marks NoSpaceAfter loosely: glue only line-end hyphenation, elisions
            // and punctuation.
            var hyphenated = false
            if misc.contains("NoSpaceAfter") && token.hasSuffix("¬") {
                token.removeLast()
                hyphenated = true
            }
            let startsWithLetter =
                token.unicodeScalars.first.map {
                    $0.properties.isAlphabetic || $0.properties.numericType != nil
                } ?? false
            b.add(
                token, tag: type, begins: tag.hasPrefix("B-"),
                glued: noSpace && (!startsWithLetter || previousGlues))
            noSpace = misc.contains("NoSpaceAfter")
            previousGlues =
                hyphenated || token.hasSuffix("'") || token.hasSuffix("’")
                || !(token.unicodeScalars.last.map {
                    $0.properties.isAlphabetic || $0.properties.numericType != nil
                } ?? true)
            if misc.contains("EndOfSentence") {
                b.newline()
                noSpace = false
            }
        }
        if b.tokenCount > 0 { out.append(b.finish(id: documentId)) }
        return out
    }

    /// Sequoia CoNLL-U with PARSEME/NE column 11: `ID:PROPN|NE-PERS.final|_` on a name's
    /// first word and the bare ID on its other words; multiword tokens give the surface.
    /// Sentences are grouped `sentencesPerText` to a text.
    public static func sequoia(_ path: String, sentencesPerText: Int = 20) throws -> [AnnotatedText] {
        var out: [AnnotatedText] = []
        var b = TextBuilder()
        var sentence: [[Substring]] = []
        var sentences = 0
        func flush() {
            guard !sentence.isEmpty else { return }
            // Words (by ID) of each final NE expression.
            var types: [Substring: EntityType] = [:]
            var members: [Substring: [Int]] = [:]
            var surfaceOfWord: [Int: Int] = [:]
            var surfaces: [(String, Bool)] = []
            var multiwordEnd = 0
            for cols in sentence {
                let id = cols[0]
                if let dash = id.firstIndex(of: "-") {
                    let from = Int(id[..<dash]) ?? 0
                    multiwordEnd = Int(id[id.index(after: dash)...]) ?? 0
                    surfaces.append((String(cols[1]), cols[9].contains("SpaceAfter=No")))
                    for w in from...max(from, multiwordEnd) { surfaceOfWord[w] = surfaces.count - 1 }
                    continue
                }
                if id.contains(".") { continue }
                let wid = Int(id) ?? 0
                if wid > multiwordEnd {
                    surfaces.append((String(cols[1]), cols[9].contains("SpaceAfter=No")))
                    surfaceOfWord[wid] = surfaces.count - 1
                }
                guard cols.count > 10, cols[10] != "*", cols[10] != "_" else { continue }
                for entry in cols[10].split(separator: ";") {
                    let parts = entry.split(separator: ":", maxSplits: 1)
                    let eid = parts[0]
                    members[eid, default: []].append(wid)
                    if parts.count > 1, let range = parts[1].range(of: "NE-"), parts[1].contains(".final") {
                        let kind = parts[1][range.upperBound...].prefix { $0 != "." }
                        switch kind {
                        case "PERS": types[eid] = .person
                        case "ORG": types[eid] = .organization
                        case "LOC": types[eid] = .location
                        case "PROD", "EVE": types[eid] = .miscellaneous
                        default: break
                        }
                    }
                }
            }
            var tagOfSurface = [(EntityType, Int)?](repeating: nil, count: surfaces.count)
            // Nested names: the longest wins ("église Notre-Dame de Void-Vacon").
            let ordered = types.sorted { a, b in
                let la = (members[a.key]?.max() ?? 0) - (members[a.key]?.min() ?? 0)
                let lb = (members[b.key]?.max() ?? 0) - (members[b.key]?.min() ?? 0)
                return la != lb ? la < lb : a.key < b.key
            }
            for (eid, type) in ordered {
                let words = members[eid] ?? []
                guard let lo = words.min(), let hi = words.max(),
                    let s = surfaceOfWord[lo], let e = surfaceOfWord[hi]
                else { continue }
                for k in s...e { tagOfSurface[k] = (type, s) }
            }
            var glued = false
            for (k, (surface, noSpace)) in surfaces.enumerated() {
                let tag = tagOfSurface[k]
                b.add(surface, tag: tag?.0, begins: tag != nil && tag!.1 == k, glued: glued)
                glued = noSpace
            }
            b.newline()
            sentence.removeAll()
            sentences += 1
            if sentences % sentencesPerText == 0 { out.append(b.finish(id: "sequoia-\(out.count)")) }
        }
        for line in try lines(path) {
            if line.isEmpty {
                flush()
                continue
            }
            if line.hasPrefix("#") { continue }
            sentence.append(line.split(separator: "\t", omittingEmptySubsequences: false))
        }
        flush()
        if b.tokenCount > 0 { out.append(b.finish(id: "sequoia-\(out.count)")) }
        return out
    }

    /// A CoNLL-style file: one token per line with the tag (IOB1 or IOB2, PER/ORG/LOC/MISC)
    /// in the last column and the token in the second column when there are three or more
    /// (`index token tag`, as WikiNEuRal) else the first; a blank line between sentences.
    public static func conll(_ path: String, sentencesPerText: Int = 20) throws -> [AnnotatedText] {
        var out: [AnnotatedText] = []
        var b = TextBuilder()
        var sentences = 0
        var inSentence = false
        let stem = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        for line in try lines(path) {
            let cols = line.split(whereSeparator: { $0 == "\t" || $0 == " " })
            if cols.isEmpty {
                if inSentence {
                    b.newline()
                    sentences += 1
                    inSentence = false
                    if sentences % sentencesPerText == 0 { out.append(b.finish(id: "\(stem)-\(out.count)")) }
                }
                continue
            }
            if line.hasPrefix("#") || line.hasPrefix("-DOCSTART-") { continue }
            let tag = cols[cols.count - 1]
            let token = cols.count >= 3 ? cols[1] : cols[0]
            b.add(String(token), tag: iobType(tag), begins: tag.hasPrefix("B-"))
            inSentence = true
        }
        if inSentence { b.newline() }
        if b.tokenCount > 0 { out.append(b.finish(id: "\(stem)-\(out.count)")) }
        return out
    }

    /// A gold directory as in `shared/corpus/`: `NAME.txt` beside `NAME.gold.json`, each gold
    /// entity found in the text after the previous one (as `score.py` does).
    public static func goldDirectory(_ path: String) throws -> [AnnotatedText] {
        let fm = FileManager.default
        let names = try fm.contentsOfDirectory(atPath: path).filter { $0.hasSuffix(".gold.json") }.sorted()
        var out: [AnnotatedText] = []
        struct Gold: Decodable {
            struct E: Decodable {
                var text: String
                var type: EntityType
            }
            var entities: [E]?
        }
        for name in names {
            let stem = String(name.dropLast(".gold.json".count))
            let text = try String(contentsOfFile: path + "/" + stem + ".txt", encoding: .utf8)
            let gold = try JSONDecoder().decode(
                Gold.self, from: Data(contentsOf: URL(fileURLWithPath: path + "/" + name)))
            let scalars = Array(text.unicodeScalars)
            var found: [AnnotatedText.Name] = []
            var position = 0
            for e in gold.entities ?? [] {
                let needle = Array(e.text.unicodeScalars)
                guard let at = find(needle, in: scalars, from: position) ?? find(needle, in: scalars, from: 0)
                else {
                    throw ReadError(description: "\(stem): gold entity not found: \(e.text)")
                }
                found.append(.init(span: Span(at, at + needle.count), type: e.type))
                position = at + needle.count
            }
            out.append(AnnotatedText(id: stem, text: text, names: found))
        }
        return out
    }

    private static func find(_ needle: [Unicode.Scalar], in hay: [Unicode.Scalar], from: Int) -> Int? {
        guard !needle.isEmpty, needle.count <= hay.count else { return nil }
        var i = from
        while i + needle.count <= hay.count {
            if hay[i] == needle[0] && hay[i..<(i + needle.count)].elementsEqual(needle) { return i }
            i += 1
        }
        return nil
    }

    private static func iobType<S: StringProtocol>(_ tag: S) -> EntityType? {
        guard tag.count > 2 else { return nil }
        switch tag.dropFirst(2) {
        case "PER": return .person
        case "ORG": return .organization
        case "LOC": return .location
        case "MISC": return .miscellaneous
        default: return nil
        }
    }

    private static func lines(_ path: String) throws -> [Substring] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ReadError(description: "cannot read \(path)")
        }
        let text = String(decoding: data, as: UTF8.self)
        return text.split(separator: "\n", omittingEmptySubsequences: false).map {
            $0.hasSuffix("\r") ? $0.dropLast() : $0
        }
    }
}

/// Rebuilds plain text from tokens, keeping the spans of tagged names.
struct TextBuilder {
    private var text = String.UnicodeScalarView()
    private var offset = 0
    private var names: [AnnotatedText.Name] = []
    private var open: (start: Int, end: Int, type: EntityType)? = nil
    private var atLineStart = true
    private(set) var tokenCount = 0

    /// Appends a token; `tag` is its name type (nil outside names); `begins` starts a new
    /// name even right after one of the same type; `glued` means no space before it.
    mutating func add(_ token: String, tag: EntityType?, begins: Bool, glued: Bool = false) {
        guard !token.isEmpty else { return }
        if !atLineStart && !glued {
            text.append(" ")
            offset += 1
        }
        let start = offset
        for c in token.unicodeScalars {
            text.append(c)
            offset += 1
        }
        atLineStart = false
        tokenCount += 1
        if let tag {
            if let o = open, o.type == tag, !begins {
                open = (o.start, offset, tag)
            } else {
                closeName()
                open = (start, offset, tag)
            }
        } else {
            closeName()
        }
    }

    /// Ends the current line (paragraph).
    mutating func newline() {
        closeName()
        if !atLineStart {
            text.append("\n")
            offset += 1
        }
        atLineStart = true
    }

    /// The text built so far, as an annotated text; the builder starts afresh.
    mutating func finish(id: String) -> AnnotatedText {
        closeName()
        let result = AnnotatedText(id: id, text: String(text), names: names)
        self = TextBuilder()
        return result
    }

    private mutating func closeName() {
        if let o = open { names.append(.init(span: Span(o.start, o.end), type: o.type)) }
        open = nil
    }
}
