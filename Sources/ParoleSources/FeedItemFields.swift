/// The elements a feed item (RSS `<item>`, Atom `<entry>`) is made of, and its title's text.
///
/// An unclosed tag in the title (`<title>Titre <b>gras</title><link>…`) makes the XML parser,
/// recovering, put the item's link, description and date inside the title, and the items after
/// it inside the item (``FeedParser/items(named:in:)`` takes those out as items of their own).
/// The item's own elements are then its children, and the elements of its names found below its
/// title, down to the next item; the title's text leaves them out, and the items after it.
struct FeedItemFields {
    /// The item's elements: its children first, then those recovered from its title.
    let elements: [MarkupNode]
    /// The title's text, cleaned, without the item's other elements and the items after it.
    let title: String

    /// The elements of `item`; `fieldNames` are the names of its elements other than the title
    /// (qualified or local, lower case).
    init(_ item: MarkupNode, fieldNames: Set<String>) {
        let itemName = item.qualifiedName
        func isField(_ node: MarkupNode) -> Bool {
            fieldNames.contains(node.qualifiedName) || fieldNames.contains(node.name)
        }
        var elements = item.elements
        let titleNode = item.firstElement("title")
        if let titleNode {
            /// The fields below `node`, not looking into the items after this one.
            func recover(_ node: MarkupNode) {
                for child in node.elements where child.qualifiedName != itemName {
                    if isField(child) { elements.append(child) } else { recover(child) }
                }
            }
            recover(titleNode)
        }
        self.elements = elements
        title =
            titleNode.map {
                TextCleaner.clean($0.text(leavingOut: { $0.qualifiedName == itemName || isField($0) }))
            } ?? ""
    }

    /// The first element named by one of `names` (qualified or local), tried in the order given.
    func first(_ names: String...) -> MarkupNode? {
        for name in names {
            if let found = elements.first(where: { $0.qualifiedName == name || $0.name == name }) {
                return found
            }
        }
        return nil
    }

    /// The elements named `name`, in order.
    func all(_ name: String) -> [MarkupNode] {
        elements.filter { $0.qualifiedName == name || $0.name == name }
    }
}
