import CLibXML2
import Foundation

extension PageTreeBuilder {
    /// Parses the HTML page `data` straight into ``PageNode``s: libxml2's parser reports the
    /// elements and text as it reads them and they become page nodes at once, without libxml2
    /// building its own tree first (a node, a name and a string per element, attribute and text,
    /// all freed again). The tree, the JSON-LD blocks and the links are those ``build(_:)``
    /// makes from libxml2's tree. Nil when the page has no element at all.
    mutating func parse(_ data: Data, encoding: String?) -> (page: PageNode, problems: ParseProblems)? {
        let events = PageEvents()
        let problems = MarkupParser.htmlEvents(
            data, encoding: encoding, events: Unmanaged.passUnretained(events).toOpaque(),
            problems: events.problems
        ) { handler in
            handler.pointee.startElement = pageStartElement
            handler.pointee.endElement = pageEndElement
            handler.pointee.characters = pageCharacters
            handler.pointee.cdataBlock = pageCharacters
        }
        withExtendedLifetime(events) {}
        events.finish()
        guard let problems, let root = events.root else { return nil }
        jsonLD = events.jsonLD
        links = events.links
        return (root, problems)
    }
}

/// The page being built from parser events.
private final class PageEvents {
    /// The first element (the tree's root), once it starts.
    var root: PageNode?
    /// The open elements kept in the tree, the innermost last.
    var open: [PageNode] = []
    /// The text read since the innermost open element's last child, as UTF-8.
    var pending: [UInt8] = []
    /// How deep inside a dropped element (or an element after the root) the parser is; 0 outside.
    var skipped = 0
    /// Whether the dropped element being skipped is a JSON-LD script, whose text is kept.
    var collecting = false
    var collected: [UInt8] = []
    var jsonLD: [String] = []
    var links: [(rel: String, href: String)] = []
    /// How many elements below ``PageTreeBuilder/maximumDepth`` are open: not kept as
    /// elements, their text goes to the innermost element kept.
    var flattened = 0
    /// Whether the root has ended: later elements are not part of the tree.
    var rootEnded = false
    /// What went wrong while parsing.
    let problems = ParseProblems()
    /// The IDs seen so far (non-empty `id` attributes, and `name` on `a`).
    private var ids: Set<String> = []
    /// Element and attribute names read so far, by the parser's pointer: libxml2 hands the
    /// same interned name for every tag of a kind, so each name is lower-cased and looked up
    /// in the sets once per page instead of once per tag. The name's bytes are kept and
    /// compared, so a pointer that came to hold another name is not mistaken.
    private var elementNames: [UnsafePointer<xmlChar>: (bytes: [UInt8], name: String, dropped: Bool)] = [:]
    private var attributeNames: [UnsafePointer<xmlChar>: (bytes: [UInt8], kept: String?)] = [:]

    /// Whether the C string `pointer` holds `bytes`.
    private static func holds(_ pointer: UnsafePointer<xmlChar>, _ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { buffer in
            strcmp(
                UnsafeRawPointer(pointer).assumingMemoryBound(to: CChar.self),
                UnsafeRawPointer(buffer.baseAddress!).assumingMemoryBound(to: CChar.self)) == 0
        }
    }

    /// The C string `pointer`'s bytes with the terminating zero.
    private static func bytes(of pointer: UnsafePointer<xmlChar>) -> [UInt8] {
        let count = strlen(UnsafeRawPointer(pointer).assumingMemoryBound(to: CChar.self))
        return Array(UnsafeBufferPointer(start: pointer, count: count + 1))
    }

    /// The lower-cased name of the element `rawName`, and whether it is dropped.
    private func elementName(_ rawName: UnsafePointer<xmlChar>) -> (name: String, dropped: Bool) {
        if let known = elementNames[rawName], Self.holds(rawName, known.bytes) {
            return (known.name, known.dropped)
        }
        let name = PageTreeBuilder.lowercasedName(rawName)
        let dropped = PageTreeBuilder.dropped.contains(name)
        elementNames[rawName] = (Self.bytes(of: rawName), name, dropped)
        return (name, dropped)
    }

    /// The lower-cased name of the attribute `rawName` when it is kept.
    private func keptAttributeName(_ rawName: UnsafePointer<xmlChar>) -> String? {
        if let known = attributeNames[rawName], Self.holds(rawName, known.bytes) { return known.kept }
        let name = PageTreeBuilder.lowercasedName(rawName)
        let kept = PageTreeBuilder.keptAttributes.contains(name) ? name : nil
        attributeNames[rawName] = (Self.bytes(of: rawName), kept)
        return kept
    }

    func start(
        _ rawName: UnsafePointer<xmlChar>, _ atts: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?, line: Int
    ) {
        registerIDs(rawName, atts, line: line)
        if skipped > 0 || rootEnded {
            skipped += 1
            return
        }
        let (name, dropped) = elementName(rawName)
        let attributes = attributes(atts)
        if dropped {
            skipped = 1
            if name == "script",
                attributes.contains(where: { $0.name == "type" && $0.value.lowercased().contains("ld+json") })
            {
                collecting = true
                collected = []
            } else if name == "link" {
                let rel = attributes.first { $0.name == "rel" }?.value.lowercased() ?? ""
                if let href = attributes.first(where: { $0.name == "href" })?.value {
                    links.append((rel, href))
                }
            }
            return
        }
        if open.count >= PageTreeBuilder.maximumDepth {
            flattened += 1
            return
        }
        let node = PageNode(element: name, attributes: attributes)
        if let parent = open.last {
            flush(into: parent)
            node.parent = parent
            parent.children.append(node)
        } else {
            root = node
        }
        open.append(node)
    }

    func end() {
        if skipped > 0 {
            skipped -= 1
            if skipped == 0 && collecting {
                jsonLD.append(String(decoding: collected, as: UTF8.self))
                collecting = false
            }
            return
        }
        if flattened > 0 {
            flattened -= 1
            return
        }
        guard let node = open.popLast() else { return }
        flush(into: node)
        if open.isEmpty { rootEnded = true }
    }

    func text(_ bytes: UnsafePointer<xmlChar>, _ count: Int) {
        let run = UnsafeBufferPointer(start: bytes, count: count)
        if skipped > 0 {
            if collecting && skipped == 1 { collected.append(contentsOf: run) }
            return
        }
        guard !open.isEmpty else { return }
        pending.append(contentsOf: run)
    }

    /// Records an ID given twice as a problem, as building libxml2's tree did ("ID x already
    /// defined", at the element's line): a page's duplicate IDs are part of what makes it
    /// malformed, and the warning says so the same with or without that tree.
    private func registerIDs(
        _ element: UnsafePointer<xmlChar>, _ atts: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?, line: Int
    ) {
        guard var pair = atts else { return }
        while let name = pair.pointee {
            let value = (pair + 1).pointee
            pair += 2
            guard let value, value.pointee != 0,
                xmlStrEqual(name, "id") != 0
                    || (xmlStrEqual(name, "name") != 0 && xmlStrEqual(element, "a") != 0)
            else { continue }
            let id = String(cString: value)
            if !ids.insert(id).inserted {
                problems.count += 1
                if problems.first == nil {
                    let message = "ID \(id) already defined".trimmingCharacters(in: .whitespacesAndNewlines)
                    problems.first = "line \(line): " + message
                }
            }
        }
    }

    /// Closes what the parser left open.
    func finish() {
        while let node = open.popLast() { flush(into: node) }
    }

    /// Adds the pending text to `node` as a text child.
    private func flush(into node: PageNode) {
        guard !pending.isEmpty else { return }
        let text = PageNode(text: String(decoding: pending, as: UTF8.self))
        text.parent = node
        node.children.append(text)
        pending.removeAll(keepingCapacity: true)
    }

    /// The kept attributes of a start tag's name–value pairs (a value-less attribute has "").
    private func attributes(_ atts: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?) -> [(
        name: String, value: String
    )] {
        var out: [(name: String, value: String)] = []
        guard var pair = atts else { return out }
        while let rawName = pair.pointee {
            let value = (pair + 1).pointee
            pair += 2
            guard let name = keptAttributeName(rawName) else { continue }
            out.append((name, value.map { String(cString: $0) } ?? ""))
        }
        return out
    }
}

/// The events of the page whose parser context is `context`.
private func pageEvents(_ context: UnsafeMutableRawPointer?) -> PageEvents? {
    guard let context else { return nil }
    let parser = context.assumingMemoryBound(to: xmlParserCtxt.self)
    guard let events = parser.pointee._private else { return nil }
    return Unmanaged<PageEvents>.fromOpaque(events).takeUnretainedValue()
}

private let pageStartElement: startElementSAXFunc = { context, name, atts in
    guard let name, let context else { return }
    let parser = context.assumingMemoryBound(to: xmlParserCtxt.self)
    // libxml2 keeps an element's line in 16 bits.
    let line = min(parser.pointee.input.map { Int($0.pointee.line) } ?? 0, 65535)
    pageEvents(context)?.start(name, atts, line: line)
}

private let pageEndElement: endElementSAXFunc = { context, _ in
    pageEvents(context)?.end()
}

private let pageCharacters: charactersSAXFunc = { context, bytes, count in
    guard let bytes, count > 0 else { return }
    pageEvents(context)?.text(bytes, Int(count))
}
