import Foundation

/// Picks the article out of an `HTMLTree` and renders it as plain text: one block per heading,
/// paragraph, list item or table row, blocks separated by a blank line, whitespace collapsed.
///
/// The content root is the page's `itemprop=articleBody`, `<article>` or `<main>` when that holds most of
/// the page's prose; otherwise the element that directly holds the most paragraph text (a Readability-style
/// score) together with its sibling blocks that are also prose. Inside it, blocks that look like page
/// furniture (share bars, related links, ads, hidden elements, link lists) are left out.
struct ReadableText {
    static let blockTags: Set<String> = [
        "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt",
        "dd", "blockquote", "pre", "table", "thead", "tbody", "tfoot", "tr", "figure", "address", "hr", "center",
        "details", "summary", "fieldset", "caption", "body", "html", "picture",
    ]
    static let proseTags: Set<String> = ["p", "pre", "blockquote"]
    static let boilerplateWords = [
        "share", "social", "related", "comment", "newsletter", "advert", "promo", "cookie", "subscribe", "breadcrumb",
        "sidebar", "footer", "masthead", "navbar", "menu", "popup", "modal", "banner", "recommend", "signup",
        "sponsor", "byline", "toolbar", "widget", "outbrain", "taboola", "disclaimer", "pagination",
        "more-stories", "read-more", "readmore", "trending", "most-popular", "tags", "author-bio", "caption", "credit",
    ]
    static let boilerplateTokens: Set<String> = [
        "ad", "ads", "adv", "advertisement", "print-only", "sr-only", "visually-hidden", "screen-reader-text", "nav",
        "navigation",
        "date", "timestamp", "dateline-meta",
    ]
    static let hiddenRoles: Set<String> = [
        "navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar", "dialog", "alert",
        "toolbar",
    ]
    static let boilerplateBlocks: Set<String> = [
        "advertisement", "advertising", "skip to content", "skip to main content", "share this article", "share",
        "read more", "continue reading", "related articles", "related", "sponsored", "loading…", "loading...",
    ]

    let tree: HTMLTree
    /// Characters of visible text below each node.
    private(set) var textLength: [Int] = []
    /// Characters of link text below each node.
    private(set) var linkLength: [Int] = []
    /// Characters of prose (text inside paragraphs, or long runs of text in containers) below each node.
    private(set) var proseLength: [Int] = []
    private(set) var removed: [Bool] = []

    init(tree: HTMLTree) {
        self.tree = tree
        measure()
        markBoilerplate()
    }

    /// The article text.
    func render() -> String {
        var out = BlockWriter()
        for root in contentRoots() {
            write(root, into: &out)
            out.breakBlock()
        }
        return out.blocks.filter { !ReadableText.boilerplateBlocks.contains($0.lowercased()) }.joined(separator: "\n\n")
    }

    /// Text of the first `<h1>`, collapsed.
    func firstHeading() -> String? {
        guard let h1 = tree.name.firstIndex(of: "h1") else { return nil }
        var out = BlockWriter()
        write(h1, into: &out)
        out.breakBlock()
        return out.blocks.first
    }

    // MARK: Measuring

    private mutating func measure() {
        let n = tree.count
        textLength = Array(repeating: 0, count: n)
        linkLength = Array(repeating: 0, count: n)
        proseLength = Array(repeating: 0, count: n)
        // The nearest block-level ancestor of every node, forward (a parent comes before its children).
        var block = [Int](repeating: -1, count: n)
        for i in 0..<n {
            let p = tree.parent[i]
            if p >= 0 { block[i] = tree.isBlock[p] ? p : block[p] }
        }
        for i in stride(from: n - 1, through: 0, by: -1) {
            if tree.kind[i] == .text {
                let length = ReadableText.visibleLength(tree.text[i])
                textLength[i] = length
                if length > 0 {
                    if block[i] >= 0 && (ReadableText.proseTags.contains(tree.name[block[i]]) || length >= 80) {
                        proseLength[i] = length
                    }
                }
            } else if tree.kind[i] == .element, tree.name[i] == "a" {
                linkLength[i] = textLength[i]
            }
            let p = tree.parent[i]
            if p >= 0 {
                textLength[p] += textLength[i]
                linkLength[p] += linkLength[i]
                proseLength[p] += proseLength[i]
            }
        }
    }

    /// Characters of a text with runs of whitespace counted as one (ASCII whitespace; bytes, not scalars, for speed).
    private static func visibleLength(_ s: String) -> Int {
        var count = 0
        var space = true
        for b in s.utf8 {
            if b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D || b == 0x0C {
                if !space { count += 1 }
                space = true
            } else if b & 0xC0 != 0x80 {  // the first byte of a character
                count += 1
                space = false
            }
        }
        return count
    }

    // MARK: Boilerplate

    private mutating func markBoilerplate() {
        removed = Array(repeating: false, count: tree.count)
        let total = max(1, proseLength.first ?? 0)
        for i in 0..<tree.count where tree.kind[i] == .element {
            let name = tree.name[i]
            if name == "html" || name == "body" { continue }
            let holdsTheArticle = proseLength[i] * 2 > total
            if isHidden(i) || (!holdsTheArticle && looksLikeFurniture(i)) {
                removed[i] = true
                continue
            }
            let text = textLength[i]
            guard text > 0, !holdsTheArticle else { continue }
            let density = Double(linkLength[i]) / Double(text)
            if ["p", "li", "h2", "h3", "h4", "h5", "h6"].contains(name) {
                if density > 0.8 && text < 160 && name != "li" { removed[i] = true }
            } else if ["div", "section", "ul", "ol", "table", "dl"].contains(name) {
                if density > 0.5 { removed[i] = true }
            }
        }
    }

    private func isHidden(_ i: Int) -> Bool {
        guard let a = tree.attributes[i] else { return false }
        if a["hidden"] != nil || a["aria-hidden"]?.lowercased() == "true" { return true }
        if let role = a["role"]?.lowercased(), ReadableText.hiddenRoles.contains(role) { return true }
        if let style = a["style"]?.lowercased().replacingOccurrences(of: " ", with: ""),
            style.contains("display:none") || style.contains("visibility:hidden")
        {
            return true
        }
        return false
    }

    private func looksLikeFurniture(_ i: Int) -> Bool {
        guard let a = tree.attributes[i], !["article", "main", "p", "h1", "h2", "h3"].contains(tree.name[i]) else {
            return false
        }
        let names = ((a["class"] ?? "") + " " + (a["id"] ?? "")).lowercased()
        if names.trimmingCharacters(in: .whitespaces).isEmpty { return false }
        if a["itemprop"]?.lowercased() == "articlebody" || a["property"]?.lowercased() == "articlebody" { return false }
        for token in names.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }) {
            if ReadableText.boilerplateTokens.contains(String(token)) { return true }
            let parts = token.split(whereSeparator: { $0 == "-" || $0 == "_" }).map(String.init)
            if parts.contains(where: { ReadableText.boilerplateTokens.contains($0) }) { return true }
            let articleish = ["article", "story", "post", "entry", "content"].contains { token.contains($0) }
            if token.contains("header") && !articleish { return true }
            if ReadableText.boilerplateWords.contains(where: { token.contains($0) }) {
                // "article-body__comment-count" is furniture, but "content" or "main-story" never is.
                if token.contains("content") || token.contains("article-body") || token.contains("story-body") {
                    continue
                }
                return true
            }
        }
        return false
    }

    // MARK: Choosing the content

    /// The subtrees to render, in document order.
    func contentRoots() -> [Int] {
        guard tree.count > 0 else { return [] }
        let total = proseLength[0]
        if total == 0 { return [body()] }
        if let semantic = semanticRoot(), proseLength[semantic] * 2 >= total { return [semantic] }
        guard var best = bestProseHolder(), proseLength[best] * 5 >= total else { return [body()] }
        // Wrappers that add no prose of their own are the same content: climb to the outermost one.
        while tree.parent[best] >= 0, proseLength[tree.parent[best]] == proseLength[best],
            tree.name[tree.parent[best]] != "body"
        {
            best = tree.parent[best]
        }
        let parent = tree.parent[best]
        guard parent >= 0 else { return [best] }
        // The best holder and its siblings that are prose too (articles split by ads into several boxes).
        let threshold = max(120, proseLength[best] / 5)
        var roots: [Int] = []
        var child = parent + 1
        while child < tree.end[parent] {
            if child == best {
                roots.append(child)
            } else if !removed[child], tree.kind[child] == .element {
                let text = max(1, textLength[child])
                let lowLinks = Double(linkLength[child]) / Double(text) < 0.33
                let isParagraph =
                    tree.name[child] == "p" && textLength[child] >= 20 && linkLength[child] * 4 < textLength[child]
                if lowLinks && (proseLength[child] >= threshold || isParagraph) { roots.append(child) }
            } else if tree.kind[child] == .text, textLength[child] >= 60 {
                roots.append(child)
            }
            child = tree.end[child]
        }
        return roots
    }

    private func body() -> Int { tree.name.firstIndex(of: "body") ?? 0 }

    /// `itemprop=articleBody`, else the `<article>` with the most prose, else `<main>` / `role=main`.
    private func semanticRoot() -> Int? {
        func best(_ matches: (Int) -> Bool) -> Int? {
            var found: Int?
            for i in 0..<tree.count where tree.kind[i] == .element && !removed[i] && matches(i) {
                if found == nil || proseLength[i] > proseLength[found!] { found = i }
            }
            return found.flatMap { proseLength[$0] > 0 ? $0 : nil }
        }
        return best {
            tree.attributes[$0]?["itemprop"]?.lowercased() == "articlebody"
                || tree.attributes[$0]?["property"]?.lowercased() == "articlebody"
        }
            ?? best { tree.name[$0] == "article" }
            ?? best { tree.name[$0] == "main" || tree.attributes[$0]?["role"]?.lowercased() == "main" }
    }

    /// The element with the highest Readability-style score: each paragraph gives its prose to its parent
    /// in full and to its grandparent by half; link-heavy elements are discounted.
    private func bestProseHolder() -> Int? {
        var score = [Double](repeating: 0, count: tree.count)
        for i in 0..<tree.count where tree.isBlock[i] && !removed[i] {
            let own = Double(proseLength[i])
            guard own > 0,
                tree.name[i] == "p" || tree.name[i] == "pre" || tree.name[i] == "blockquote" || directProse(i)
            else { continue }
            let p = tree.parent[i]
            if p >= 0 {
                score[p] += own
                let g = tree.parent[p]
                if g >= 0 { score[g] += own / 2 }
            }
        }
        var best: Int?
        var bestScore = 0.0
        for i in 0..<tree.count where score[i] > 0 && !removed[i] {
            let density = Double(linkLength[i]) / Double(max(1, textLength[i]))
            let s = score[i] * (1 - density)
            if s > bestScore {
                best = i
                bestScore = s
            }
        }
        return best
    }

    /// Whether an element holds prose text directly (a `<div>` used as a paragraph).
    private func directProse(_ i: Int) -> Bool {
        var child = i + 1
        while child < tree.end[i] {
            if tree.kind[child] == .text, proseLength[child] > 0 { return true }
            if tree.isBlock[child] { return false }
            child = tree.end[child]
        }
        return false
    }

    // MARK: Rendering

    private func write(_ root: Int, into out: inout BlockWriter) {
        var openBlocks: [Int] = []  // ends of the block elements being written
        var i = root
        let stop = tree.end[root]
        while i < stop {
            while let last = openBlocks.last, last <= i {
                openBlocks.removeLast()
                out.breakBlock()
            }
            if removed[i] {
                i = tree.end[i]
                continue
            }
            switch tree.kind[i] {
            case .text:
                out.write(tree.text[i])
            case .lineBreak:
                out.lineBreak()
            case .element:
                let name = tree.name[i]
                if tree.isBlock[i] {
                    out.breakBlock()
                    openBlocks.append(tree.end[i])
                } else if name == "td" || name == "th" {
                    out.cellBreak()
                } else if name == "img" {
                    // Images carry no text; alt text is not article text.
                }
            }
            i += 1
        }
        out.breakBlock()
    }
}
