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
