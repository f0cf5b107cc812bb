/// One node of a page as the extractor sees it: an element with its lower-cased name, the
/// attributes extraction looks at, and its children; or a run of text. Built once from the
/// libxml2 tree (``PageTreeBuilder``) so that scoring and pruning walk plain Swift values.
final class PageNode {
    /// The element's lower-cased name; empty for a text node.
    let name: String
    /// The text of a text node; empty for an element.
    let text: String
    /// The element's attributes, names lower-cased, in document order.
    let attributes: [(name: String, value: String)]
    /// The children, in document order.
    var children: [PageNode] = []
    /// The parent element (nil for the root). Not a counted reference: a tree is owned from its
    /// root down and its nodes are used while the root lives. (A `weak` parent gave every
    /// element a side table and made each of its retains and releases take the slow path: a
    /// tenth of the time of extracting a page.)
    unowned(unsafe) var parent: PageNode?
    /// Whether the element is page furniture, decided once by ``Boilerplate``.
    var isFurniture = false
    /// The length in characters of the text below the element, furniture left out.
    var textLength = 0
    /// The part of ``textLength`` inside links.
    var linkLength = 0
    /// The container score the paragraphs below gave the element.
    var score = 0.0
    /// The length of the paragraph text below the element that is not mostly links.
    var goodLength = 0

    /// The number of characters of `text` that are not white space: lengths that do not
    /// depend on how the markup is indented.
    static func visibleCount(_ text: String) -> Int {
        // Counts the UTF-8 lead bytes that are not ASCII white space: a scalar count that
        // leaves out spaces, tabs and line breaks, without Unicode property look-ups. Summed
        // without a branch over the contiguous bytes, so that the compiler uses vector
        // instructions.
        var text = text
        return text.withUTF8 { bytes in
            var count = 0
            for byte in bytes {
                let lead = byte & 0xC0 != 0x80
                let blank = byte == 0x20 || byte &- 0x09 <= 0x0D - 0x09
                count &+= lead && !blank ? 1 : 0
            }
            return count
        }
    }

    /// Creates an element.
    init(element name: String, attributes: [(name: String, value: String)]) {
        self.name = name
        self.text = ""
        self.attributes = attributes
    }

    /// Creates a text node.
    init(text: String) {
        self.name = ""
        self.text = text
        self.attributes = []
    }

    /// Whether the node is a run of text.
    var isText: Bool { name.isEmpty }

    /// The value of the attribute `name` (lower case), if present.
    func attribute(_ name: String) -> String? {
        for attribute in attributes where attribute.name == name { return attribute.value }
        return nil
    }

    /// The `class` and `id` values, lower-cased, joined by a space.
    lazy var marks: String = {
        ((attribute("class") ?? "") + " " + (attribute("id") ?? "")).lowercased()
    }()

    /// ``marks`` as UTF-8 bytes, for fast searching. ASCII values are lower-cased byte by byte
    /// without building ``marks``.
    lazy var markBytes: [UInt8] = {
        let classValue = attribute("class") ?? ""
        let idValue = attribute("id") ?? ""
        var bytes: [UInt8] = []
        bytes.reserveCapacity(classValue.utf8.count + idValue.utf8.count + 1)
        for byte in classValue.utf8 { bytes.append(byte) }
        bytes.append(0x20)
        for byte in idValue.utf8 { bytes.append(byte) }
        var ascii = true
        for index in bytes.indices {
            let byte = bytes[index]
            if byte >= 0x80 {
                ascii = false
                break
            }
            if byte >= 0x41 && byte <= 0x5A { bytes[index] = byte | 0x20 }
        }
        return ascii ? bytes : Array(marks.utf8)
    }()

    /// Whether ``marks`` holds more than the space between the `class` and `id` values.
    var hasMarks: Bool {
        let bytes = markBytes
        guard bytes.count > 1 else { return false }
        for byte in bytes where byte >= 0x80 { return marks.count > 1 }
        return true
    }

    /// Whether one of `fragments` occurs in the `class` or `id` values.
    func marksContain(any fragments: MarkFragments) -> Bool {
        let bytes = markBytes
        guard bytes.count > 1 else { return false }
        return bytes.withUnsafeBufferPointer { fragments.occur(in: $0) }
    }

    /// The child elements, in order.
    var elements: [PageNode] { children.filter { !$0.isText } }

    /// Calls `visit` on the node and every element below it, depth first, in document order;
    /// `visit` returns false to skip an element's subtree.
    func walk(_ visit: (PageNode) -> Bool) {
        guard visit(self) else { return }
        for child in children where !child.isText { child.walk(visit) }
    }

    /// All the text below the node, in document order.
    var allText: String {
        if isText { return text }
        var out = ""
        appendText(to: &out)
        return out
    }

    private func appendText(to out: inout String) {
        for child in children {
            if child.isText { out += child.text } else { child.appendText(to: &out) }
        }
    }

    /// Whether `other` is this node or one of its descendants.
    func contains(_ other: PageNode) -> Bool {
        var node: PageNode? = other
        while let current = node {
            if current === self { return true }
            node = current.parent
        }
        return false
    }
}
