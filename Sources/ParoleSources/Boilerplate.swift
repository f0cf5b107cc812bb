/// Tells page furniture from content by markup alone: the element's name, its ARIA role,
/// hidden markers, and the words of its `class` and `id` (navigation, share bars, related
/// links, comments, newsletters, cookie notices, captions, bylines…). Markup vocabulary, the
/// same in every language.
enum Boilerplate {
    /// ARIA roles of furniture.
    static let furnitureRoles: Set<String> = [
        "navigation", "complementary", "banner", "contentinfo", "menu", "menubar", "dialog", "alert",
        "alertdialog", "search", "toolbar", "tablist",
    ]

    /// Pieces of `class`/`id` values that mark furniture, matched anywhere in a value.
    static let furnitureFragments: [String] = [
        "comment", "sidebar", "share", "sharing", "social", "related", "newsletter", "cookie", "consent",
        "breadcrumb", "advert", "navbar", "navigation", "menu", "footer", "byline", "subscri",
        "signup", "sign-up", "popular", "trending", "recommend", "outbrain", "taboola", "banner",
        "masthead", "toolbar", "pagination", "pager", "tag-list", "taglist", "caption", "sr-only",
        "visually-hidden", "visuallyhidden", "screen-reader", "screenreader", "skip-link", "modal",
        "popup", "overlay", "login", "donate", "rating", "author-bio", "authorbio", "author-info",
        "read-more", "readmore", "more-stories", "most-read", "mostread", "next-article",
        "prev-next", "post-nav", "infobox", "disclaimer", "copyright", "print-only",
        "article-meta", "entry-meta", "post-meta", "postmeta", "meta-info", "article-info", "dateline",
        "timestamp", "tools", "follow", "gallery", "carousel", "slider", "slideshow", "video", "player",
        "ad-slot", "adslot", "ad-container", "ad-wrapper", "ads-", "-ads", "dfp", "sponsor", "cta",
        "author", "tags", "topics", "keywords", "is-hidden", "print-", "reply", "respond", "rss",
        "legend", "bildunter", "imagedesc", "image-desc", "image-source", "image__source", "img-source",
        "bildquelle", "fotoquelle", "photo-credit",
    ]

    /// Whole `class`/`id` words (split at spaces, `-` and `_`) that mark furniture.
    static let furnitureWords: Set<String> = [
        "ad", "ads", "nav", "meta", "share", "bottom", "link", "links", "date", "byline", "credit",
        "credits", "more", "aside", "sticky", "promo",
    ]

    /// Whole class values (split at spaces only) that hide an element.
    static let hidingClasses: Set<String> = [
        "hidden", "hide", "is-hidden", "d-none", "invisible", "js-hidden",
    ]

    /// Fragments one of which every hiding class holds: a fast first test.
    static let hidingHints = MarkFragments(["hid", "none", "invisible"])

    /// Fragments that override a furniture fragment: the element is the content itself.
    static let contentFragments: [String] = [
        "article-body", "articlebody", "article__body", "article-content", "articlecontent",
        "article__content", "entry-content", "post-content", "postcontent", "post-body", "postbody",
        "story-body", "storybody", "story-content", "main-content", "maincontent", "article-text",
        "articletext", "body-text", "field-body", "field-name-body", "field--name-body", "page-content",
    ]

    /// How an element's markup classes it.
    enum Verdict {
        /// Not furniture.
        case content
        /// Furniture by the `hidden` attribute or `aria-hidden`, or a caption: always left out.
        case furniture
        /// Furniture by its element or ARIA role (`nav`, `aside`, `role=banner`…): left out
        /// unless it holds most of the page's good text.
        case furnitureElement
        /// Furniture by its class or id words, or hidden by an inline style (tabs and galleries
        /// that scripts reveal): left out unless it holds much of the page's text.
        case likelyFurniture
    }

    /// The fragment lists as UTF-8, searched in ``PageNode/marksContain(any:)``.
    static let furnitureFragmentBytes = MarkFragments(furnitureFragments)
    static let contentFragmentBytes = MarkFragments(contentFragments)
    /// Words in a class or id that make an element more likely the container.
    static let contentWordBytes = MarkFragments([
        "article", "content", "story", "entry", "post", "text", "body", "main", "blog",
    ])

    /// Whether `node` is furniture by its markup.
    static func isFurniture(_ node: PageNode) -> Bool { verdict(node) != .content }

    /// How the markup of `node` classes it.
    static func verdict(_ node: PageNode) -> Verdict {
        if node.attribute("hidden") != nil { return .furniture }
        if node.attribute("aria-hidden")?.lowercased() == "true" { return .furniture }
        if let style = node.attribute("style"), styleHides(style) { return .likelyFurniture }
        switch node.name {
        // Captions and form labels: furniture whatever they hold.
        case "figcaption", "label": return .furniture
        // Furniture unless they hold most of the page's text (an article that broken markup
        // puts inside a menu, or that a site sets in an `aside`).
        case "nav", "aside", "footer", "menu", "dialog", "fieldset": return .furnitureElement
        default: break
        }
        if let role = node.attribute("role")?.lowercased(), furnitureRoles.contains(role) {
            return .furnitureElement
        }
        if node.name == "h1" || node.name == "h2" { return .content }
        if !node.hasMarks || node.name == "body" || node.name == "html" || node.name == "article"
            || node.name == "main"
        {
            return .content
        }
        if node.attribute("itemprop")?.lowercased() == "articlebody" { return .content }
        if node.marksContain(any: contentFragmentBytes) { return .content }
        if node.marksContain(any: furnitureFragmentBytes) { return .likelyFurniture }
        if node.marksContain(any: hidingHints),
            (node.attribute("class") ?? "").lowercased().split(separator: " ").contains(where: {
                hidingClasses.contains(String($0))
            })
        {
            return .likelyFurniture
        }
        if node.markBytes.withUnsafeBufferPointer({ hasFurnitureWord($0) }) { return .likelyFurniture }
        return .content
    }

    /// ``furnitureWords`` as UTF-8.
    static let furnitureWordBytes: [[UInt8]] = furnitureWords.map { Array($0.utf8) }

    /// Whether one of the words of `marks` (split at spaces, `-` and `_`) is a furniture word.
    static func hasFurnitureWord(_ marks: UnsafeBufferPointer<UInt8>) -> Bool {
        var start = 0
        for end in 0...marks.count {
            guard end == marks.count || marks[end] == 0x20 || marks[end] == 0x2D || marks[end] == 0x5F else {
                continue
            }
            let length = end - start
            if length > 0 {
                for word in furnitureWordBytes where word.count == length {
                    var same = true
                    for offset in 0..<length where word[offset] != marks[start + offset] {
                        same = false
                        break
                    }
                    if same { return true }
                }
            }
            start = end + 1
        }
        return false
    }

    /// Whether an inline `style` hides the element (`display:none` or `visibility:hidden`,
    /// spaces and letter case ignored).
    static func styleHides(_ style: String) -> Bool {
        var squeezed: [UInt8] = []
        squeezed.reserveCapacity(style.utf8.count)
        for byte in style.utf8 where byte != 0x20 {
            squeezed.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
        }
        return squeezed.withUnsafeBufferPointer { hiddenStyles.occur(in: $0) }
    }

    /// The inline style declarations that hide an element, without spaces.
    static let hiddenStyles = MarkFragments(["display:none", "visibility:hidden"])

    /// How strongly the markup says `node` is the article's container: positive for
    /// `itemprop=articleBody`, `article`, `main` and content words, negative for furniture.
    static func containerBonus(_ node: PageNode) -> Double {
        var bonus = 0.0
        if node.attribute("itemprop")?.lowercased() == "articlebody" { bonus += 40 }
        switch node.name {
        case "article": bonus += 15
        case "main": bonus += 10
        case "div", "section": bonus += 3
        case "td", "blockquote", "pre": bonus += 2
        case "li", "ul", "ol", "form", "dl": bonus -= 5
        case "table", "tbody", "tr", "thead": bonus -= 25
        case "h1", "h2", "h3", "h4", "h5", "h6", "th", "address": bonus -= 8
        default: break
        }
        if node.hasMarks, !["h1", "h2", "h3", "h4", "h5", "h6"].contains(node.name) {
            if node.marksContain(any: contentFragmentBytes) {
                bonus += 35
            } else if node.marksContain(any: contentWordBytes) {
                bonus += 15
            }
        }
        return bonus
    }
}
