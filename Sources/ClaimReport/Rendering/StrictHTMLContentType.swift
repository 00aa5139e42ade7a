import Mustache

/// HTML escaping by Unicode scalar, registered as the content type `HTML_STRICT` every report template
/// declares with `{{% CONTENT_TYPE: HTML_STRICT }}`.
///
/// swift-mustache's built-in HTML escaping compares whole `Character`s (grapheme clusters), so a quote
/// followed by a combining mark (`"\u{301}`) is one Character that is not `"` and passes unescaped —
/// enough to close an attribute value. Escaping scalar by scalar closes that hole.
struct StrictHTMLContentType: MustacheContentType {
    static let name = "HTML_STRICT"

    func escapeText(_ text: String) -> String { HTMLEscaping.escape(text) }
}

/// Scalar-level HTML escaping of `< > & " '`, usable both in text and in quoted attribute values.
enum HTMLEscaping {
    static func escape(_ text: String) -> String {
        var needs = false
        for byte in text.utf8 where byte == 0x3C || byte == 0x3E || byte == 0x26 || byte == 0x22 || byte == 0x27 {
            needs = true
            break
        }
        guard needs else { return text }
        var out = String.UnicodeScalarView()
        out.reserveCapacity(text.utf8.count + 16)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "<": out.append(contentsOf: "&lt;".unicodeScalars)
            case ">": out.append(contentsOf: "&gt;".unicodeScalars)
            case "&": out.append(contentsOf: "&amp;".unicodeScalars)
            case "\"": out.append(contentsOf: "&quot;".unicodeScalars)
            case "'": out.append(contentsOf: "&#39;".unicodeScalars)
            default: out.append(scalar)
            }
        }
        return String(out)
    }
}
