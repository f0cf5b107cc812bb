import CLibXML2

/// Turns a libxml2 tree into ``PageNode``s, leaving out what never holds article text
/// (scripts, styles, embedded media, form controls, comments) and keeping aside the JSON-LD
/// blocks that carry the page's metadata.
struct PageTreeBuilder {
    /// Elements dropped with their content.
    static let dropped: Set<String> = [
        "script", "style", "noscript", "template", "svg", "iframe", "object", "embed", "canvas", "video",
        "audio", "map", "select", "textarea", "button", "input", "option", "math", "link",
    ]

    /// The attributes kept on elements.
    static let keptAttributes: Set<String> = [
        "class", "id", "role", "itemprop", "itemtype", "style", "hidden", "aria-hidden", "href", "lang",
        "content", "property", "name", "datetime", "rel", "charset", "http-equiv", "type", "xml:lang",
        "data-testid", "aria-label",
    ]

    /// The deepest an element is nested in the tree built. Deeper elements are not kept as
    /// elements, their text is (in the innermost element kept): every walk over the tree is
    /// recursive, and a hostile page of 200,000 nested tags would overflow the stack. Real pages
    /// nest a few dozen deep.
    static let maximumDepth = 400

    /// The text of every `script type="application/ld+json"`, in document order.
    var jsonLD: [String] = []
    /// The `link` elements (dropped from the tree): their `rel` and `href`.
    var links: [(rel: String, href: String)] = []

    /// Builds the tree below `root`.
    mutating func build(_ root: MarkupNode) -> PageNode {
        build(root.pointer, parent: nil, depth: 0) ?? PageNode(element: "html", attributes: [])
    }

    private mutating func build(_ pointer: xmlNodePtr, parent: PageNode?, depth: Int) -> PageNode? {
        if depth >= Self.maximumDepth, let parent {
            return Self.text(Self.flatText(pointer), parent: parent)
        }
        let name = pointer.pointee.name.map(Self.lowercasedName) ?? ""
        let attributes = Self.attributes(of: pointer)
        if Self.dropped.contains(name) {
            if name == "script",
                attributes.contains(where: { $0.name == "type" && $0.value.lowercased().contains("ld+json") })
            {
                jsonLD.append(MarkupNode(pointer: pointer).allText)
            } else if name == "link" {
                let rel = attributes.first { $0.name == "rel" }?.value.lowercased() ?? ""
                if let href = attributes.first(where: { $0.name == "href" })?.value {
                    links.append((rel, href))
                }
            }
            return nil
        }
        let node = PageNode(element: name, attributes: attributes)
        node.parent = parent
        var child = pointer.pointee.children
        var pendingText = ""
        while let current = child {
            child = current.pointee.next
            switch current.pointee.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = current.pointee.content { pendingText += String(cString: content) }
            case XML_ELEMENT_NODE:
                if let built = build(current, parent: node, depth: depth + 1) {
                    if !pendingText.isEmpty {
                        node.children.append(Self.text(pendingText, parent: node))
                        pendingText = ""
                    }
                    node.children.append(built)
                }
            default:
                break
            }
        }
        if !pendingText.isEmpty { node.children.append(Self.text(pendingText, parent: node)) }
        return node
    }

    /// The text below `pointer`, read without recursion (the subtree may be of any depth).
    private static func flatText(_ pointer: xmlNodePtr) -> String {
        var out = ""
        var current: xmlNodePtr? = pointer.pointee.children
        while let node = current {
            if node.pointee.type == XML_TEXT_NODE || node.pointee.type == XML_CDATA_SECTION_NODE,
                let content = node.pointee.content
            {
                out += String(cString: content)
            }
            if node.pointee.type == XML_ELEMENT_NODE, let child = node.pointee.children {
                current = child
                continue
            }
            var next: xmlNodePtr? = node
            current = nil
            while let step = next, step != pointer {
                if let sibling = step.pointee.next {
                    current = sibling
                    break
                }
                next = step.pointee.parent
            }
        }
        return out
    }

    private static func text(_ text: String, parent: PageNode) -> PageNode {
        let node = PageNode(text: text)
        node.parent = parent
        return node
    }

    /// An element or attribute name in lower case. libxml2's HTML parser gives them in lower
    /// case already: those are taken as they are, without a case mapping.
    static func lowercasedName(_ name: UnsafePointer<xmlChar>) -> String {
        var p = name
        var plain = true
        while p.pointee != 0 {
            let byte = p.pointee
            plain = plain && byte < 0x80 && !(0x41...0x5A).contains(byte)
            p += 1
        }
        let string = String(cString: name)
        return plain ? string : string.lowercased()
    }

    private static func attributes(of pointer: xmlNodePtr) -> [(name: String, value: String)] {
        var out: [(name: String, value: String)] = []
        var attribute = pointer.pointee.properties
        while let current = attribute {
            attribute = current.pointee.next
            guard let rawName = current.pointee.name else { continue }
            let name = lowercasedName(rawName)
            guard keptAttributes.contains(name) else { continue }
            var value = ""
            var child = current.pointee.children
            if let only = child, only.pointee.next == nil {
                // Nearly every value is one text node: no concatenation.
                if let content = only.pointee.content { value = String(cString: content) }
                child = nil
            }
            while let c = child {
                if let content = c.pointee.content { value += String(cString: content) }
                child = c.pointee.next
            }
            out.append((name, value))
        }
        return out
    }
}
