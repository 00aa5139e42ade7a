import Mustache

/// Builds HTML from pieces of a few kinds and nothing else: markup, which can only be a string literal
/// written in this module (`StaticString` cannot be made from data at run time); text, which is always
/// escaped; the output of a report template (whose values are escaped too, `StrictHTMLContentType`);
/// and `ScriptSafeJSON`. No article sentence, note, speaker, URL or fetched passage can therefore
/// become markup: the escaping is enforced by the types, not by remembering to call a function.
///
/// The report's repeated parts (a highlight in the article, a card and a JSON-LD block per claim) are
/// written with it; at 10,000 claims the template engine's per-value dynamic lookups cost ~10× as much for the
/// same bytes (see `ReportRenderer`). Text is escaped byte by byte on UTF-8, which is escaping by
/// Unicode scalar: the five significant characters are ASCII and never part of a multi-byte sequence,
/// so a quote followed by a combining mark is still escaped (unlike escaping by `Character`).
struct HTMLWriter {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    /// Markup, verbatim: only literals can be passed.
    mutating func markup(_ literal: StaticString) {
        literal.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// Text, with `< > & " '` escaped: safe both between tags and inside a quoted attribute value.
    mutating func text(_ value: String) {
        var value = value
        value.withUTF8 { append(escaping: $0) }
    }

    /// A number in decimal digits (nothing to escape).
    mutating func number(_ value: Int) {
        bytes.append(contentsOf: String(value).utf8)
    }

    /// JSON for a `<script type="application/ld+json">` data block, verbatim: `ScriptSafeJSON` has no
    /// `<`, `>` or `&` that could end the element.
    mutating func json(_ value: ScriptSafeJSON) {
        bytes.append(contentsOf: value.text.utf8)
    }

    /// What a report template renders for `context` (every `{{value}}` in it is escaped).
    mutating func render(_ template: MustacheTemplate, _ context: Any) {
        bytes.append(contentsOf: template.render(context).utf8)
    }

    /// Appends what another writer built (itself made only of markup literals and escaped text).
    mutating func append(_ other: HTMLWriter) {
        bytes.append(contentsOf: other.bytes)
    }

    /// The HTML written so far.
    var html: String { String(decoding: bytes, as: UTF8.self) }

    private mutating func append(escaping utf8: UnsafeBufferPointer<UInt8>) {
        var start = 0
        for index in utf8.indices {
            let entity: StaticString
            switch utf8[index] {
            case UInt8(ascii: "<"): entity = "&lt;"
            case UInt8(ascii: ">"): entity = "&gt;"
            case UInt8(ascii: "&"): entity = "&amp;"
            case UInt8(ascii: "\""): entity = "&quot;"
            case UInt8(ascii: "'"): entity = "&#39;"
            default: continue
            }
            if start < index { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<index])) }
            markup(entity)
            start = index + 1
        }
        if start < utf8.count { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start...])) }
    }
}

/// Scalar-level HTML escaping of `< > & " '`, usable both in text and in quoted attribute values: the
/// escaping of `HTMLWriter.text` and of every `{{value}}` in the report templates (`StrictHTMLContentType`).
enum HTMLEscaping {
    static func escape(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == 0x3C || $0 == 0x3E || $0 == 0x26 || $0 == 0x22 || $0 == 0x27 }) else {
            return text
        }
        var writer = HTMLWriter(capacity: text.utf8.count + 16)
        writer.text(text)
        return writer.html
    }
}
