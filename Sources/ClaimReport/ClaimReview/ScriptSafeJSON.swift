import Foundation
import Mustache

/// JSON text that is safe to place verbatim inside `<script type="application/ld+json">`: `<`, `>`, `&`
/// and the line separators U+2028/U+2029 are written as `\u` escapes, so no string value (say
/// `</script><script>alert(1)</script>`) can end the element early. The only value a report template
/// renders with a triple mustache; it can only be made by `encode`.
public struct ScriptSafeJSON: MustacheCustomRenderable, Sendable, CustomStringConvertible {
    public let text: String

    private init(text: String) { self.text = text }

    /// Serialises a JSONSerialization-compatible object (sorted keys) and escapes it for a script element.
    public static func encode(_ object: Any, pretty: Bool = false) throws -> ScriptSafeJSON {
        var options: JSONSerialization.WritingOptions = [.sortedKeys]
        if pretty { options.insert(.prettyPrinted) }
        let data = try JSONSerialization.data(withJSONObject: object, options: options)
        return ScriptSafeJSON(text: escape(String(decoding: data, as: UTF8.self)))
    }

    /// Escapes characters that matter to an HTML parser; JSON allows `\uXXXX` anywhere in a string and
    /// these characters never occur outside strings, so the JSON value is unchanged.
    static func escape(_ json: String) -> String {
        var out = String.UnicodeScalarView()
        out.reserveCapacity(json.utf8.count)
        for scalar in json.unicodeScalars {
            switch scalar {
            case "<": out.append(contentsOf: "\\u003c".unicodeScalars)
            case ">": out.append(contentsOf: "\\u003e".unicodeScalars)
            case "&": out.append(contentsOf: "\\u0026".unicodeScalars)
            case "\u{2028}": out.append(contentsOf: "\\u2028".unicodeScalars)
            case "\u{2029}": out.append(contentsOf: "\\u2029".unicodeScalars)
            default: out.append(scalar)
            }
        }
        return String(out)
    }

    public var renderText: String { text }
    public var isNull: Bool { false }
    public var description: String { text }
}
