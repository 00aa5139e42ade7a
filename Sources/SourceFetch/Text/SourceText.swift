import Foundation

/// What a fetched body says, as text a person (and the matcher) can read.
public struct SourceText: Sendable, Equatable {
    /// The readable text; nil when the body is not text (an image, a PDF…).
    public var text: String?
    public var title: String?
    /// Publication day `YYYY-MM-DD`, when the page states it.
    public var published: String?
    /// The charset the body was decoded with, nil for binary bodies.
    public var charset: String?
    /// Why there is no text ("not a text page (application/pdf)"), nil when there is.
    public var note: String?

    public init(text: String?, title: String? = nil, published: String? = nil, charset: String? = nil, note: String? = nil) {
        self.text = text
        self.title = title
        self.published = published
        self.charset = charset
        self.note = note
    }

    /// Reads a body by its content type: HTML becomes readable article text, other text is used as it
    /// is, and anything else (images, PDFs, octet streams) yields no text and a note saying so.
    public static func read(_ body: [UInt8], contentType: String?) -> SourceText {
        switch kind(of: body, contentType: contentType) {
        case .html:
            let (decoded, charset) = CharsetDecoder.decode(body, contentType: contentType)
            var page = html(decoded)
            page.charset = charset
            return page
        case .plain:
            let (decoded, charset) = CharsetDecoder.decode(body, contentType: contentType)
            let text = decoded.replacingOccurrences(of: "\r\n", with: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
            return SourceText(text: text, charset: charset)
        case .binary:
            let type = mediaType(contentType) ?? "unknown binary content"
            return SourceText(text: nil, note: FetchError.notText(contentType: type).description)
        }
    }

    /// HTML (already decoded) to readable text, title and date.
    public static func html(_ html: String) -> SourceText {
        let tree = HTMLTree.parse(html)
        let reader = ReadableText(tree: tree)
        let metadata = PageMetadata(tree: tree, reader: reader)
        return SourceText(text: reader.render(), title: metadata.title, published: metadata.published, charset: "utf-8")
    }

    enum Kind { case html, plain, binary }

    /// `text/html; charset=x` → `text/html`.
    static func mediaType(_ contentType: String?) -> String? {
        guard let contentType else { return nil }
        let type = contentType.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() } ?? ""
        return type.isEmpty ? nil : type
    }

    static func kind(of body: [UInt8], contentType: String?) -> Kind {
        if let type = mediaType(contentType) {
            if type == "text/html" || type == "application/xhtml+xml" { return .html }
            if type.hasPrefix("text/") || type == "application/json" || type == "application/xml"
                || type.hasSuffix("+xml") || type.hasSuffix("+json") || type == "application/javascript" {
                return .plain
            }
            if type != "application/octet-stream" && type != "binary/octet-stream" { return .binary }
        }
        // No (or a generic) type: look at the bytes.
        let head = body.prefix(1024)
        if head.contains(0) { return .binary }
        let start = String(decoding: head, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        if start.hasPrefix("<!doctype html") || start.hasPrefix("<html") || start.contains("<body") { return .html }
        return contentType == nil ? .plain : .binary
    }
}
