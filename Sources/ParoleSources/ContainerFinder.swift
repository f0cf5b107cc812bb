import Foundation

/// Finds the element an article lives in by what it contains and by its markup: every
/// paragraph gives its parent and grandparents a score for its length and punctuation,
/// link-heavy elements lose, `article`/`main`/`itemprop=articleBody` and content class words
/// gain, furniture is left out; the best element is taken with the siblings that score
/// nearly as well.
enum ContainerFinder {
    /// Paragraph-like elements: their text scores their ancestors.
    static let paragraphElements: Set<String> = ["p", "pre", "td", "blockquote", "dd", "li"]

    /// Elements whose presence inside an element makes it a container rather than a paragraph.
    static let structuralElements: Set<String> = [
        "p", "div", "section", "article", "main", "table", "ul", "ol", "dl", "blockquote", "pre", "h1", "h2",
        "h3", "h4", "h5", "h6", "form", "header", "figure",
    ]

    /// The shortest paragraph that counts, in characters.
    static let minimumParagraph = 25

    /// Marks the furniture of the tree below `root` and measures every element's text.
    /// Furniture recognised by class or id words that nevertheless holds 30 % of the page's good text
    /// is kept: a wrapper that happens to carry such a word.
    /// Furniture by element or role (`nav`, `aside`…) that holds half the page's good text is
    /// kept too.
    static func prepare(_ root: PageNode) {
        var likely: [PageNode] = []
        var elements: [PageNode] = []
        root.walk { node in
            switch node === root ? .content : Boilerplate.verdict(node) {
            case .content: node.isFurniture = false
            case .furniture: node.isFurniture = true
            case .furnitureElement:
                node.isFurniture = false
                elements.append(node)
            case .likelyFurniture:
                node.isFurniture = false
                likely.append(node)
            }
            return true
        }
        measure(root, countingFurniture: false)
        measureGoodText(root)
        let all = root.goodLength
        // The good text outside furniture elements: what class-marked furniture is weighed against.
        var total = all
        let elementSet = Set(elements.map(ObjectIdentifier.init))
        for node in elements {
            if node.goodLength * 3 < all * 2 || node.goodLength < minimumElementText
                || all - node.goodLength >= maximumTextBesideElement
            {
                node.isFurniture = true
            }
            var up = node.parent
            var nested = false
            while let current = up, !nested {
                nested = elementSet.contains(ObjectIdentifier(current))
                up = current.parent
            }
            if !nested, node.isFurniture { total -= node.goodLength }
        }
        let grouped = siblingGroupsHoldingText(likely, total: total)
        for node in likely where node.goodLength * 10 < total * 3 || total == 0 {
            if grouped.contains(ObjectIdentifier(node)) { continue }
            node.isFurniture = true
        }
        measure(root, countingFurniture: false)
    }

    /// The likely furniture kept as siblings: outermost class-marked elements of one parent,
    /// with the same first class, that each hold a paragraph of good text and together 30 % of
    /// the page's good text and more than all the text outside class-marked elements: the
    /// sections of an article that a site's class words mark like furniture, one by one too
    /// small for the single-element test.
    private static func siblingGroupsHoldingText(_ likely: [PageNode], total: Int) -> Set<ObjectIdentifier> {
        guard total > 0 else { return [] }
        // Likely furniture that will be left out: too little good text on its own.
        let marked = Set(likely.filter { $0.goodLength * 10 < total * 3 }.map(ObjectIdentifier.init))
        func isOutermost(_ node: PageNode) -> Bool {
            var up = node.parent
            while let current = up {
                if current.isFurniture || marked.contains(ObjectIdentifier(current)) { return false }
                up = current.parent
            }
            return true
        }
        struct Group: Hashable {
            let parent: ObjectIdentifier
            let firstClass: Substring
        }
        var groups: [Group: [PageNode]] = [:]
        for node in likely where node.goodLength >= minimumParagraph && isOutermost(node) {
            guard let parent = node.parent,
                let firstClass = node.attribute("class")?.lowercased().split(separator: " ").first
            else { continue }
            groups[Group(parent: ObjectIdentifier(parent), firstClass: firstClass), default: []].append(node)
        }
        // The good text outside every class-marked element.
        let all = Set(likely.map(ObjectIdentifier.init))
        var outside = total
        for node in likely {
            var up = node.parent
            var nested = false
            while let current = up, !nested {
                nested = all.contains(ObjectIdentifier(current))
                up = current.parent
            }
            if !nested { outside -= node.goodLength }
        }
        var kept: Set<ObjectIdentifier> = []
        for members in groups.values where members.count >= 2 {
            let good = members.reduce(0) { $0 + $1.goodLength }
            if good * 10 >= total * 3, good > outside { kept.formUnion(members.map(ObjectIdentifier.init)) }
        }
        return kept
    }

    /// The least good text, in characters, a furniture element must hold to be kept…
    static let minimumElementText = 200
    /// …and the most the rest of the page may hold: less than an article.
    static let maximumTextBesideElement = 1000

    /// Sets `goodLength` on every element: the paragraph text below it that is not mostly links.
    private static func measureGoodText(_ root: PageNode) {
        forEachGoodText(below: root) { _, _, _ in }
    }

    /// Walks the good text below `root` — each paragraph, and each other element's own text, of
    /// at least ``minimumParagraph`` visible characters that is not mostly links; furniture is
    /// skipped and a paragraph is not walked into. Adds each one's length to the `goodLength`
    /// of the elements holding it, then calls `body` with it, whether it is a paragraph, and
    /// its length.
    private static func forEachGoodText(
        below root: PageNode, _ body: (_ node: PageNode, _ paragraph: Bool, _ length: Int) -> Void
    ) {
        root.walk { node in
            if node.isFurniture { return false }
            let paragraph = isParagraph(node)
            let length = paragraph ? node.visibleCountSkippingFurniture : directVisibleCount(node)
            guard length >= minimumParagraph else { return !paragraph }
            let links = paragraph ? node.linkLength : directLinkLength(node)
            if Double(links) > Double(length) * 0.5 { return !paragraph }
            var up: PageNode? = paragraph ? node.parent : node
            while let current = up {
                current.goodLength += length
                up = current.parent
            }
            body(node, paragraph, length)
            return !paragraph
        }
    }

    /// Sets `textLength` and `linkLength` of `node` and below; furniture adds nothing to its
    /// ancestors unless `countingFurniture`.
    private static func measure(_ node: PageNode, countingFurniture: Bool) {
        var text = 0
        var links = 0
        for child in node.children {
            if child.isText {
                let count = PageNode.visibleCount(child.text)
                text += count
                if node.name == "a" { links += count }
                continue
            }
            measure(child, countingFurniture: countingFurniture)
            if child.isFurniture && !countingFurniture { continue }
            text += child.textLength
            links += child.name == "a" ? child.textLength : child.linkLength
        }
        node.textLength = text
        node.linkLength = min(links, text)
        node.score = 0
        node.goodLength = 0
    }

    /// How many ancestors up a candidate looks for one that holds much more good text.
    static let climbLevels = 6

    /// A candidate holding less than this share of its parent's good text gives way to it.
    static let climbShare = 0.75

    /// Scores the elements below `root` (after ``prepare(_:)``) and returns the article's
    /// nodes: the best container alone, or it with the siblings that belong with it.
    static func find(in root: PageNode) -> (container: PageNode, nodes: [PageNode])? {
        var candidates: [PageNode] = []
        forEachGoodText(below: root) { node, paragraph, length in
            let ownText = paragraph ? node.allTextSkippingFurniture : directText(node)
            var points = 1.0 + Double(commaCount(ownText)) + min(Double(length) / 100, 3)
            if !paragraph {
                // Loose text in a container scores the container itself.
                if node.score == 0 { candidates.append(node) }
                node.score += points
                points /= 2
            }
            var ancestor = node.parent
            var level = 0
            while let current = ancestor, level < 3 {
                let share = level == 0 ? points : (level == 1 ? points / 2 : points / 6)
                if current.score == 0 { candidates.append(current) }
                current.score += share
                ancestor = current.parent
                level += 1
            }
        }
        var best: PageNode?
        var bestScore = -Double.infinity
        var finals: [ObjectIdentifier: Double] = [:]
        for candidate in candidates {
            let density =
                candidate.textLength == 0 ? 0 : Double(candidate.linkLength) / Double(candidate.textLength)
            let final = candidate.score * (1 - density) + Boilerplate.containerBonus(candidate)
            finals[ObjectIdentifier(candidate)] = final
            if final > bestScore {
                bestScore = final
                best = candidate
            }
        }
        guard var top = best else { return nil }
        climbing: while true {
            var ancestor = top.parent
            var level = 0
            while let current = ancestor, current.name != "html", level < climbLevels {
                if Double(top.goodLength) < climbShare * Double(current.goodLength)
                    || (current.name == "article" || Boilerplate.containerBonus(current) >= 30)
                        && Double(current.goodLength) <= 1.5 * Double(top.goodLength)
                {
                    top = current
                    bestScore = max(bestScore, finals[ObjectIdentifier(current)] ?? 0)
                    continue climbing
                }
                ancestor = current.parent
                level += 1
            }
            break
        }
        guard let parent = top.parent, top.name != "body" else { return (top, [top]) }
        let threshold = max(10, bestScore * 0.15)
        var nodes: [PageNode] = []
        for sibling in parent.children where !sibling.isText && !sibling.isFurniture {
            if sibling === top {
                nodes.append(sibling)
                continue
            }
            if let score = finals[ObjectIdentifier(sibling)], score >= threshold {
                nodes.append(sibling)
                continue
            }
            guard sibling.name == "p" || isParagraph(sibling) || !hasStructure(sibling) else { continue }
            let length = sibling.textLength
            let density = length == 0 ? 1 : Double(sibling.linkLength) / Double(length)
            if length > 80, density < 0.25 {
                nodes.append(sibling)
            } else if length > 0, density == 0,
                sibling.allTextSkippingFurniture.trimmingCharacters(in: .whitespacesAndNewlines).hasSuffix(
                    ".")
            {
                nodes.append(sibling)
            }
        }
        return (top, introductions(before: top, excluding: nodes) + nodes)
    }

    /// Class words of an article's introduction (standfirst, lead, teaser) kept apart from its body.
    static let introductionWords = [
        "intro", "lead", "teaser", "chapo", "standfirst", "summary", "abstract", "excerpt", "subline", "deck",
        "subtitle", "description",
    ]

    static let introductionWordBytes = MarkFragments(introductionWords)

    /// The introductions that precede `top` inside its `article` (or its grandparent): elements
    /// marked as such, holding real text and few links.
    static func introductions(before top: PageNode, excluding nodes: [PageNode]) -> [PageNode] {
        var scope: PageNode? = top.parent?.parent
        var ancestor = top.parent
        var level = 0
        while let current = ancestor, level < 6 {
            if current.name == "article" || current.name == "main" {
                scope = current
                break
            }
            ancestor = current.parent
            level += 1
        }
        guard let scope else { return [] }
        var found: [PageNode] = []
        var reachedTop = false
        scope.walk { node in
            if reachedTop || node.isFurniture { return false }
            if node === top || nodes.contains(where: { $0 === node }) {
                reachedTop = true
                return false
            }
            if node.contains(top) { return true }
            guard node.name == "p" || node.name == "div" || node.name == "section" || node.name == "h2" else {
                return true
            }
            guard node.hasMarks, node.marksContain(any: introductionWordBytes) else {
                return true
            }
            if node.textLength >= 40, Double(node.linkLength) < 0.3 * Double(node.textLength) {
                found.append(node)
                return false
            }
            return true
        }
        return reachedTop ? found : []
    }

    /// Whether `node` is read as one paragraph: a paragraph element, or a `div`/`span`-like
    /// element holding only inline content.
    static func isParagraph(_ node: PageNode) -> Bool {
        if paragraphElements.contains(node.name) { return !hasStructure(node) || node.name == "p" }
        return false
    }

    /// Whether a structural element sits below `node`.
    static func hasStructure(_ node: PageNode) -> Bool {
        for child in node.children where !child.isText {
            if structuralElements.contains(child.name) || hasStructure(child) { return true }
        }
        return false
    }

    /// Whether `child`, an element, is inline text of its parent: no furniture, no link, no
    /// structural element and none inside it.
    static func isInlineText(_ child: PageNode) -> Bool {
        !child.isFurniture && child.name != "a" && !structuralElements.contains(child.name)
            && !hasStructure(child)
    }

    /// The text directly inside `node` and its inline children, not in a structural child.
    static func directText(_ node: PageNode) -> String {
        var out = ""
        for child in node.children {
            if child.isText {
                out += child.text
            } else if isInlineText(child) {
                out += child.allText
            }
        }
        return out
    }

    /// The ``PageNode/visibleCount(_:)`` of ``directText(_:)``, counted without building it.
    static func directVisibleCount(_ node: PageNode) -> Int {
        var count = 0
        for child in node.children {
            if child.isText {
                count += PageNode.visibleCount(child.text)
            } else if isInlineText(child) {
                count += child.visibleCountBelow
            }
        }
        return count
    }

    /// The part of ``directText(_:)`` inside links: the links of its inline children.
    static func directLinkLength(_ node: PageNode) -> Int {
        var links = 0
        for child in node.children where !child.isText && isInlineText(child) { links += child.linkLength }
        return links
    }

    /// Commas and similar clause marks in `text`.
    static func commaCount(_ text: String) -> Int {
        // Counted on the UTF-8 bytes: `,` and `;`, and the three-byte or two-byte sequences
        // of `，` (EF BC 8C), `、` (E3 80 81) and `،` (D8 8C). No continuation byte equals an
        // ASCII one, so no mark is counted inside another character.
        var count = 0
        var previous: UInt8 = 0
        var beforePrevious: UInt8 = 0
        for byte in text.utf8 {
            switch byte {
            case 0x2C, 0x3B: count += 1
            case 0x8C where previous == 0xD8 || (previous == 0xBC && beforePrevious == 0xEF): count += 1
            case 0x81 where previous == 0x80 && beforePrevious == 0xE3: count += 1
            default: break
            }
            beforePrevious = previous
            previous = byte
        }
        return count
    }
}

extension PageNode {
    /// The text below the node with furniture left out.
    var allTextSkippingFurniture: String {
        if isText { return text }
        var out = ""
        for child in children {
            if child.isText {
                out += child.text
            } else if !child.isFurniture {
                out += child.allTextSkippingFurniture
            }
        }
        return out
    }

    /// The ``PageNode/visibleCount(_:)`` of ``allTextSkippingFurniture``, counted without
    /// building it.
    var visibleCountSkippingFurniture: Int {
        if isText { return PageNode.visibleCount(text) }
        var count = 0
        for child in children where child.isText || !child.isFurniture {
            count += child.visibleCountSkippingFurniture
        }
        return count
    }

    /// The ``PageNode/visibleCount(_:)`` of ``allText``, counted without building it.
    var visibleCountBelow: Int {
        if isText { return PageNode.visibleCount(text) }
        var count = 0
        for child in children { count += child.visibleCountBelow }
        return count
    }
}
