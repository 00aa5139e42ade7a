import CLibXML2
import Foundation

/// A parsed HTML page flattened into arrays in document order (pre-order): node `i`'s subtree is
/// `i ..< end[i]`. Built from libxml2's tree by an iterative walk (pointer moves, no recursion), so
/// thousands of nesting levels cost neither stack nor text. Invisible content (scripts, styles,
/// navigation, forms, the head…) is left out here; what the head says (title, meta tags, JSON-LD) is kept.
struct HTMLTree {
    enum Kind: UInt8 { case element, text, lineBreak }

    var kind: [Kind] = []
    /// Lower-case tag name for elements, "" for text.
    var name: [String] = []
    /// The text of a text node (not collapsed), "" for elements.
    var text: [String] = []
    var parent: [Int] = []
    var end: [Int] = []
    /// Whether an element is block-level (`ReadableText.blockTags`): it starts and ends a block of text.
    var isBlock: [Bool] = []
    /// libxml2 interns names in a dictionary: one Swift string per distinct name pointer.
    private var nameCache: [UnsafePointer<xmlChar>: String] = [:]
    /// The few attributes the reader looks at (class, id, role, itemprop, hidden, aria-hidden, style, datetime…).
    var attributes: [Int: [String: String]] = [:]

    /// `<title>` text.
    var titleTag: String?
    /// Meta tags by lower-cased `name`, `property` or `itemprop`: the first `content` of each.
    var meta: [String: String] = [:]
    /// Bodies of `<script type="application/ld+json">`.
    var jsonLD: [String] = []

    var count: Int { kind.count }

    /// Elements whose content a reader never sees as article text.
    static let dropped: Set<String> = [
        "script", "style", "noscript", "nav", "header", "footer", "aside", "form", "svg", "iframe", "button",
        "template", "select", "textarea", "input", "canvas", "object", "embed", "video", "audio", "map", "menu",
        "dialog", "head", "link", "meta", "figcaption", "math", "label", "option",
    ]
    static let keptAttributes: Set<String> = [
        "class", "id", "role", "itemprop", "property", "hidden", "aria-hidden", "style", "datetime", "content",
        "pubdate",
    ]

    /// Parses HTML text (already decoded to a Swift string) with libxml2's forgiving HTML parser.
    static func parse(_ html: String) -> HTMLTree {
        var tree = HTMLTree()
        var bytes = Array(html.utf8)
        if bytes.isEmpty { return tree }
        let options =
            Int32(
                HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
                    | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue) | Int32(XML_PARSE_HUGE.rawValue)
        let doc = bytes.withUnsafeMutableBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                htmlReadMemory($0, Int32(buffer.count), nil, "UTF-8", options)
            }
        }
        guard let doc else { return tree }
        defer { xmlFreeDoc(doc) }
        guard let root = xmlDocGetRootElement(doc) else { return tree }
        tree.build(from: root)
        return tree
    }

    private mutating func build(from root: xmlNodePtr) {
        var open: [Int] = []  // indexes of the elements whose subtree is being walked (-1: the head)
        var inHead = 0  // inside <head>: nothing is recorded but metadata
        var node: xmlNodePtr? = root
        while let current = node {
            var descend = false
            switch current.pointee.type {
            case XML_ELEMENT_NODE:
                let tag = cachedName(current.pointee.name)
                collectMetadata(tag: tag, node: current)
                if tag == "head" && current.pointee.children != nil {
                    open.append(-1)
                    inHead += 1
                    descend = true
                } else if inHead > 0 {
                    break
                } else if tag == "br" {
                    append(.lineBreak, name: "br", text: "", parent: open.last ?? -1)
                } else if !HTMLTree.dropped.contains(tag) {
                    let index = append(.element, name: tag, text: "", parent: open.last ?? -1)
                    readAttributes(current, into: index)
                    if current.pointee.children != nil {
                        open.append(index)
                        descend = true
                    }
                }
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if inHead == 0, let content = current.pointee.content {
                    append(.text, name: "", text: String(cString: content), parent: open.last ?? -1)
                }
            default:
                break
            }
            if descend {
                node = current.pointee.children
                continue
            }
            // Next sibling, else climb (closing finished elements) until one has a next sibling.
            var climb: xmlNodePtr? = current
            node = nil
            while let c = climb {
                if c == root { break }
                if let next = c.pointee.next {
                    node = next
                    break
                }
                climb = c.pointee.parent
                if let index = open.popLast() {
                    if index >= 0 { end[index] = count } else { inHead -= 1 }
                }
                if climb == root { break }
            }
        }
        while let index = open.popLast() { if index >= 0 { end[index] = count } }
    }

    @discardableResult
    private mutating func append(_ k: Kind, name n: String, text t: String, parent p: Int) -> Int {
        kind.append(k)
        name.append(n)
        text.append(t)
        parent.append(p)
        end.append(kind.count)
        isBlock.append(k == .element && ReadableText.blockTags.contains(n))
        return kind.count - 1
    }

    private mutating func readAttributes(_ node: xmlNodePtr, into index: Int) {
        var attribute = node.pointee.properties
        var found: [String: String] = [:]
        while let a = attribute {
            let key = cachedName(a.pointee.name)
            if HTMLTree.keptAttributes.contains(key) {
                found[key] = HTMLTree.attributeValue(node, a.pointee.name)
            }
            attribute = a.pointee.next
        }
        if !found.isEmpty { attributes[index] = found }
    }

    /// Title, meta tags and JSON-LD, wherever they are (some pages put them in the body).
    private mutating func collectMetadata(tag: String, node: xmlNodePtr) {
        switch tag {
        case "title":
            if titleTag == nil { titleTag = HTMLTree.textContent(node) }
        case "meta":
            guard let content = HTMLTree.attributeValue(node, "content") else { return }
            for key in ["name", "property", "itemprop", "http-equiv"] {
                if let k = HTMLTree.attributeValue(node, key)?.lowercased(), meta[k] == nil { meta[k] = content }
            }
        case "script":
            if HTMLTree.attributeValue(node, "type")?.lowercased().contains("ld+json") == true {
                jsonLD.append(HTMLTree.textContent(node))
            }
        default:
            break
        }
    }

    private mutating func cachedName(_ p: UnsafePointer<xmlChar>?) -> String {
        guard let p else { return "" }
        if let known = nameCache[p] { return known }
        let name = String(cString: p).lowercased()
        nameCache[p] = name
        return name
    }

    static func string(_ p: UnsafePointer<xmlChar>?) -> String {
        guard let p else { return "" }
        return String(cString: p)
    }

    static func attributeValue(_ node: xmlNodePtr, _ name: String) -> String? {
        guard let value = xmlGetProp(node, name) else { return nil }
        defer { cc_xmlFree(value) }
        return String(cString: value)
    }

    static func attributeValue(_ node: xmlNodePtr, _ name: UnsafePointer<xmlChar>?) -> String? {
        guard let name, let value = xmlGetProp(node, name) else { return nil }
        defer { cc_xmlFree(value) }
        return String(cString: value)
    }

    /// All text below a node (libxml2 walks it itself).
    static func textContent(_ node: xmlNodePtr) -> String {
        guard let content = xmlNodeGetContent(node) else { return "" }
        defer { cc_xmlFree(content) }
        return String(cString: content)
    }
}
