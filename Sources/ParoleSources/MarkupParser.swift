import CLibXML2
import Foundation

/// The problems libxml2 reported while reading a document.
final class ParseProblems: @unchecked Sendable {
    /// How many errors were reported, leaving out those that do not matter for extraction.
    var count = 0
    /// The first reported error: its line and message.
    var first: String?
}

/// libxml2 HTML error codes that say nothing about the page being damaged: HTML5 elements the
/// HTML 4 parser does not know (`article`, `nav`, `section`…), and a bare `&` that starts no
/// character reference ("AT&T"), which HTML5 allows.
private let harmlessHTMLCodes: Set<Int32> = [
    Int32(XML_HTML_UNKNOWN_TAG.rawValue), Int32(XML_ERR_NAME_REQUIRED.rawValue),
]

/// Receives libxml2's structured errors for one parse and records them. libxml2 keeps the
/// handler per thread, so parses on other threads do not interfere.
private let recordProblem: xmlStructuredErrorFunc = { userData, error in
    guard let userData, let error else { return }
    let problems = Unmanaged<ParseProblems>.fromOpaque(userData).takeUnretainedValue()
    let code = Int32(error.pointee.code)
    if error.pointee.level == XML_ERR_WARNING { return }
    if error.pointee.domain == Int32(XML_FROM_HTML.rawValue), harmlessHTMLCodes.contains(code) { return }
    problems.count += 1
    if problems.first == nil {
        let message = error.pointee.message.map { String(cString: $0) } ?? "error \(code)"
        problems.first =
            "line \(error.pointee.line): "
            + message.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}

/// A parsed libxml2 document; frees the tree when released.
final class MarkupDocument {
    /// The libxml2 document.
    let pointer: xmlDocPtr
    /// What went wrong while parsing, if anything.
    let problems: ParseProblems

    init(pointer: xmlDocPtr, problems: ParseProblems) {
        self.pointer = pointer
        self.problems = problems
    }

    deinit { xmlFreeDoc(pointer) }

    /// The root element, if the document has one.
    var root: MarkupNode? { xmlDocGetRootElement(pointer).map { MarkupNode(pointer: $0) } }
}

/// Parses HTML and XML with libxml2, in recovery mode, without network access and without
/// printing anything.
enum MarkupParser {
    /// Makes libxml2 ready for use from several threads; done once.
    private static let initialized: Bool = {
        xmlInitParser()
        return true
    }()

    /// Runs `context` over `data` with Parole's options: recover from broken markup, report no
    /// errors or warnings on standard error, never touch the network, compact text nodes. A
    /// tag's attributes past the thousandth are left out (``AttributeFlood``).
    private static func read(_ data: Data, encoding: String?, with context: htmlParserCtxtPtr) -> htmlDocPtr?
    {
        let data = AttributeFlood.limited(data)
        let options = Int32(
            HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
                | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue)
        return data.withUnsafeBytes { raw in
            guard let base = raw.baseAddress?.assumingMemoryBound(to: CChar.self) else { return nil }
            return htmlCtxtReadMemory(context, base, Int32(raw.count), nil, encoding, options)
        }
    }

    /// Parses `data` as HTML. `encoding` is the character encoding to assume ("UTF-8"), or nil
    /// to let the page's own `meta charset` decide.
    static func html(_ data: Data, encoding: String?) -> MarkupDocument? {
        _ = initialized
        guard let context = htmlNewParserCtxt() else { return nil }
        defer { htmlFreeParserCtxt(context) }
        let problems = ParseProblems()
        xmlSetStructuredErrorFunc(Unmanaged.passUnretained(problems).toOpaque(), recordProblem)
        defer { xmlSetStructuredErrorFunc(nil, nil) }
        let doc = read(data, encoding: encoding, with: context)
        withExtendedLifetime(problems) {}
        return doc.map { MarkupDocument(pointer: $0, problems: problems) }
    }

    /// Reads `data` as HTML without building libxml2's tree: the parser reports each element's
    /// start (with its attributes) and end, and each run of text, to the callbacks `prepare`
    /// puts in its handler; `events` is what the callbacks find in the parser context's
    /// `_private`. The events are those the tree would be built from (with the default
    /// `keepBlanks`, white space the tree keeps is reported as text too). Problems are recorded
    /// in `problems`, which is returned; nil when no parser could be made.
    static func htmlEvents(
        _ data: Data, encoding: String?, events: UnsafeMutableRawPointer, problems: ParseProblems,
        prepare: (UnsafeMutablePointer<htmlSAXHandler>) -> Void
    ) -> ParseProblems? {
        _ = initialized
        guard let context = htmlNewParserCtxt(), let handler = context.pointee.sax else { return nil }
        defer { htmlFreeParserCtxt(context) }
        // Only the callbacks given report anything; nothing builds a document.
        let saved = handler.pointee
        defer { handler.pointee = saved }
        handler.pointee = htmlSAXHandler()
        handler.pointee.initialized = saved.initialized
        prepare(handler)
        context.pointee._private = events
        xmlSetStructuredErrorFunc(Unmanaged.passUnretained(problems).toOpaque(), recordProblem)
        defer { xmlSetStructuredErrorFunc(nil, nil) }
        let doc = read(data, encoding: encoding, with: context)
        if let doc { xmlFreeDoc(doc) }
        withExtendedLifetime(problems) {}
        return problems
    }

    /// Parses `data` as XML. No DTD or external entity is fetched; the references to the
    /// entities the document declares are replaced by their text, within a budget
    /// per item and a ceiling for the document (``EntityReferenceExpansion``); a tag's attributes past the thousandth are left out
    /// (``AttributeFlood``).
    static func xml(_ data: Data) -> MarkupDocument? {
        _ = initialized
        let data = AttributeFlood.limited(data, isXML: true)
        guard let context = xmlNewParserCtxt() else { return nil }
        defer { xmlFreeParserCtxt(context) }
        let problems = ParseProblems()
        xmlSetStructuredErrorFunc(Unmanaged.passUnretained(problems).toOpaque(), recordProblem)
        defer { xmlSetStructuredErrorFunc(nil, nil) }
        let options = Int32(
            XML_PARSE_RECOVER.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
                | XML_PARSE_NONET.rawValue | XML_PARSE_COMPACT.rawValue | XML_PARSE_NOCDATA.rawValue)
        let doc: xmlDocPtr? = data.withUnsafeBytes { raw in
            guard let base = raw.baseAddress?.assumingMemoryBound(to: CChar.self) else { return nil }
            return xmlCtxtReadMemory(context, base, Int32(raw.count), nil, nil, options)
        }
        withExtendedLifetime(problems) {}
        guard let doc else { return nil }
        if EntityReferenceExpansion.expand(doc) {
            problems.count += 1
            if problems.first == nil {
                problems.first =
                    "entity references expand to more than \(EntityReferenceExpansion.budget >> 20) MiB in one item "
                    + "or \(EntityReferenceExpansion.ceiling >> 20) MiB in all; the rest left out"
            }
        }
        return MarkupDocument(pointer: doc, problems: problems)
    }
}
