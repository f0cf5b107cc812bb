import CLibXML2

/// A read-only view of one node of a libxml2 tree (HTML or XML), valid while its document lives.
struct MarkupNode {
    /// The underlying libxml2 node.
    let pointer: xmlNodePtr

    /// Whether the node is an element.
    var isElement: Bool { pointer.pointee.type == XML_ELEMENT_NODE }

    /// Whether the node holds character data (text or CDATA).
    var isText: Bool {
        pointer.pointee.type == XML_TEXT_NODE || pointer.pointee.type == XML_CDATA_SECTION_NODE
    }

    /// The element's local name in lower case ("p", "encoded"); empty for other nodes.
    var name: String {
        guard isElement, let name = pointer.pointee.name else { return "" }
        return String(cString: name).lowercased()
    }

    /// The namespace prefix of the element ("content" for `content:encoded`), if any.
    var prefix: String? {
        guard let ns = pointer.pointee.ns, let prefix = ns.pointee.prefix else { return nil }
        return String(cString: prefix).lowercased()
    }

    /// The name with its prefix ("content:encoded"), or the local name alone.
    var qualifiedName: String {
        if let prefix { return prefix + ":" + name }
        return name
    }

    /// The text of a text or CDATA node.
    var content: String {
        guard let content = pointer.pointee.content else { return "" }
        return String(cString: content)
    }

    /// The node's children, in order.
    var children: [MarkupNode] {
        var out: [MarkupNode] = []
        var child = pointer.pointee.children
        while let node = child {
            out.append(MarkupNode(pointer: node))
            child = node.pointee.next
        }
        return out
    }

    /// The child elements, in order.
    var elements: [MarkupNode] { children.filter(\.isElement) }

    /// The first child element whose qualified name is one of `names`, tried in the order given.
    func firstElement(_ names: String...) -> MarkupNode? {
        let elements = self.elements
        for name in names {
            if let found = elements.first(where: { $0.qualifiedName == name || $0.name == name }) {
                return found
            }
        }
        return nil
    }

    /// The value of the attribute `name` (compared without case), if present.
    func attribute(_ name: String) -> String? {
        var attr = pointer.pointee.properties
        while let a = attr {
            if let n = a.pointee.name, String(cString: n).lowercased() == name {
                var text = ""
                var child = a.pointee.children
                while let c = child {
                    if let content = c.pointee.content { text += String(cString: content) }
                    child = c.pointee.next
                }
                return text
            }
            attr = a.pointee.next
        }
        return nil
    }

    /// All the text below the node, in document order, with no element left out.
    var allText: String {
        if isText { return content }
        var out = ""
        for child in children { out += child.allText }
        return out
    }

    /// The text below the node, as ``allText``, without the elements `leftOut` takes and their
    /// text.
    func text(leavingOut leftOut: (MarkupNode) -> Bool) -> String {
        if isText { return content }
        var out = ""
        for child in children where !(child.isElement && leftOut(child)) {
            out += child.text(leavingOut: leftOut)
        }
        return out
    }

    /// The descendants of the node (itself first), depth first, in document order.
    func descendants() -> [MarkupNode] {
        var out: [MarkupNode] = [self]
        for child in elements { out.append(contentsOf: child.descendants()) }
        return out
    }
}
