import CLibXML2

/// Replaces the entity references of a parsed XML document by text nodes holding what they
/// stand for, within a budget for each part of the document and a ceiling for all of it.
///
/// The XML parser is not asked to substitute entities (`XML_PARSE_NOENT` would also load
/// external ones: a feed could read a local file), so a reference to an entity the document
/// declares (`<!DOCTYPE rss [<!ENTITY nom "Le Fil">]>` … `&nom;`) stays a reference node whose
/// `children` is the entity's declaration. Walking that as a child, as the readers of the tree
/// do for elements, read the declarations after it too ("&a;" gave the text of a and of b), and
/// gave a document of 100 references to an entity of 100 KB (or references nested ten deep, the
/// "billion laughs") a text thousands of times its size. Here each reference becomes the text of
/// its entity (nested references followed, markup kept as its text), external entities become
/// nothing (never loaded), and once the references of one part of the document have produced
/// ``budget`` bytes, the next ones of that part become nothing too. A part is the outermost
/// element holding the reference that is not an only element child: an `item` of an RSS channel
/// or an `entry` of an Atom feed, so that one item spending its budget leaves the small
/// references of the others their text. All parts together stop at ``ceiling`` bytes, so that
/// a feed of 10,000 items each near its budget stays bounded in time and memory (real feeds
/// expand a few character entities, far below either).
enum EntityReferenceExpansion {
    /// The most bytes the entity references of one part of a document (an item) expand to
    /// together (each node read inside an entity counts one byte more, so that empty entities
    /// of many nodes are bounded too). Real feeds use a few declared entities for characters
    /// (`&nbsp;`).
    static let budget = 1 << 20

    /// The most bytes the entity references of a whole document expand to together.
    static let ceiling = 16 << 20

    /// How deep references may nest in one expansion (libxml2 already refuses loops).
    static let maximumNesting = 40

    /// Expands every entity reference of `doc`, in element content and in attribute values.
    /// Returns whether the budget of a part or the ceiling ran out (the references past it
    /// expanded to nothing).
    @discardableResult
    static func expand(_ doc: xmlDocPtr, budget: Int = Self.budget, ceiling: Int = Self.ceiling)
        -> Bool
    {
        var references: [xmlNodePtr] = []
        // Collected first, replaced after: the walk does not run over nodes it frees.
        var node: xmlNodePtr? = xmlDocGetRootElement(doc)
        let root = node
        while let current = node {
            if current.pointee.type == XML_ENTITY_REF_NODE {
                references.append(current)
            } else if current.pointee.type == XML_ELEMENT_NODE {
                var attribute = current.pointee.properties
                while let a = attribute {
                    var child = a.pointee.children
                    while let c = child {
                        if c.pointee.type == XML_ENTITY_REF_NODE { references.append(c) }
                        child = c.pointee.next
                    }
                    attribute = a.pointee.next
                }
            }
            // Depth first, without recursion; a reference's children (its declaration) are
            // not part of the document's tree.
            if current.pointee.type != XML_ENTITY_REF_NODE, let child = current.pointee.children {
                node = child
                continue
            }
            node = nil
            var up: xmlNodePtr? = current
            while let step = up, step != root {
                if let sibling = step.pointee.next {
                    node = sibling
                    break
                }
                up = step.pointee.parent
            }
        }
        guard !references.isEmpty else { return false }
        var parts = DocumentParts(root: root)
        // The bytes left to each part (by its element), and to the whole document.
        var remainingByPart: [xmlNodePtr: Int] = [:]
        var remainingInAll = ceiling
        var ranOut = false
        for reference in references {
            var bytes: [UInt8] = []
            let part = parts.part(holding: reference)
            let remainingInPart = remainingByPart[part] ?? budget
            var remaining = min(remainingInPart, remainingInAll)
            if remaining > 0 {
                let before = remaining
                append(reference, doc: doc, to: &bytes, remaining: &remaining)
                let spent = before - remaining
                remainingByPart[part] = remainingInPart - spent
                remainingInAll -= spent
            }
            if remaining <= 0 { ranOut = true }
            let text = bytes.withUnsafeBufferPointer { buffer in
                xmlNewDocTextLen(doc, buffer.baseAddress, Int32(buffer.count))
            }
            guard let text else { continue }
            xmlReplaceNode(reference, text)
            xmlFreeNode(reference)
        }
        return ranOut
    }

    /// The part of a document each node belongs to: the outermost element above it, below the
    /// root, that has an element sibling (an item of a channel, an entry of a feed), or the
    /// root when there is none. Found once per element, so that it stays linear in the size of
    /// the document.
    private struct DocumentParts {
        let root: xmlNodePtr?
        private var partByElement: [xmlNodePtr: xmlNodePtr] = [:]

        init(root: xmlNodePtr?) { self.root = root }

        /// The part holding `node` (an entity reference in content or in an attribute value).
        mutating func part(holding node: xmlNodePtr) -> xmlNodePtr {
            var element: xmlNodePtr? = node
            while let e = element, e.pointee.type != XML_ELEMENT_NODE { element = e.pointee.parent }
            guard let element, let root else { return node }
            // The elements up to one whose part is known (or the root), innermost first.
            var chain: [xmlNodePtr] = []
            var above: xmlNodePtr? = element
            var known = root
            while let e = above {
                if e == root { break }
                if let part = partByElement[e] {
                    known = part
                    break
                }
                chain.append(e)
                above = e.pointee.parent
            }
            for e in chain.reversed() {
                if known == root, Self.hasElementSibling(e) { known = e }
                partByElement[e] = known
            }
            return known
        }

        private static func hasElementSibling(_ element: xmlNodePtr) -> Bool {
            var sibling = element.pointee.prev
            while let s = sibling {
                if s.pointee.type == XML_ELEMENT_NODE { return true }
                sibling = s.pointee.prev
            }
            sibling = element.pointee.next
            while let s = sibling {
                if s.pointee.type == XML_ELEMENT_NODE { return true }
                sibling = s.pointee.next
            }
            return false
        }
    }

    /// Appends the text `reference` stands for to `bytes`, spending `remaining`.
    private static func append(
        _ reference: xmlNodePtr, doc: xmlDocPtr, to bytes: inout [UInt8], remaining: inout Int
    ) {
        // (node, nesting): the nodes still to read, last first.
        var pending: [(xmlNodePtr, Int)] = [(reference, 0)]
        while let (node, nesting) = pending.popLast() {
            remaining -= 1
            if remaining <= 0 { return }
            switch node.pointee.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                guard let content = node.pointee.content else { continue }
                var p = content
                while p.pointee != 0 {
                    if remaining <= 0 { return }
                    bytes.append(p.pointee)
                    remaining -= 1
                    p += 1
                }
            case XML_ENTITY_REF_NODE:
                guard nesting < maximumNesting, let name = node.pointee.name,
                    let entity = xmlGetDocEntity(doc, name),
                    entity.pointee.etype == XML_INTERNAL_GENERAL_ENTITY
                        || entity.pointee.etype == XML_INTERNAL_PREDEFINED_ENTITY
                else { continue }
                if entity.pointee.etype == XML_INTERNAL_PREDEFINED_ENTITY {
                    if let content = entity.pointee.content {
                        var p = content
                        while p.pointee != 0 {
                            bytes.append(p.pointee)
                            p += 1
                        }
                    }
                    continue
                }
                pushChildren(of: entity.pointee.children, nesting: nesting + 1, onto: &pending)
            case XML_ELEMENT_NODE:
                pushChildren(of: node.pointee.children, nesting: nesting, onto: &pending)
            default:
                continue
            }
        }
    }

    /// Pushes `first` and its following siblings onto `pending`, so that `first` is read next.
    private static func pushChildren(
        of first: xmlNodePtr?, nesting: Int, onto pending: inout [(xmlNodePtr, Int)]
    ) {
        let start = pending.count
        var child = first
        while let c = child {
            pending.append((c, nesting))
            child = c.pointee.next
        }
        pending[start...].reverse()
    }
}
