import Foundation

/// What a fetched body says, as text a person (and the matcher) can read.
public struct SourceText: Sendable, Equatable {
    /// The readable text; nil when the body is not text (an image, a PDF…).
    public var text: String?
    /// The page's title, when it has one.
    public var title: String?
    /// Publication day `YYYY-MM-DD`, when the page states it.
    public var published: String?
    /// The charset the body was decoded with, nil for binary bodies.
    public var charset: String?
    /// Why there is no text ("not a text page (image/png)", "scanned PDF without text…"), or what was left
    /// out of it ("read the first 2000 of 5000 pages…"); nil when the whole body was read.
    public var note: String?
    /// The author a PDF names in its metadata.
    public var author: String?
    /// Pages read, for a PDF (its text then ends every page with a form feed); nil for other bodies.
    public var pages: Int?

    /// Text read from a body, with what is known about it.
    public init(
        text: String?, title: String? = nil, published: String? = nil, charset: String? = nil, note: String? = nil
    ) {
        self.text = text
        self.title = title
        self.published = published
        self.charset = charset
        self.note = note
    }

    /// Reads a body by its content type: HTML becomes readable article text, a PDF (by content type or by
    /// its `%PDF-` header, whatever the type says) the text of its pages, other text is used as it is, and
    /// anything else (images, octet streams) yields no text and a note saying so.
    public static func read(_ body: [UInt8], contentType: String?, pdfLimits: PDFReadLimits = .default) -> SourceText {
        switch kind(of: body, contentType: contentType) {
        case .pdf:
            return PDFText.read(body, limits: pdfLimits)
        case .html:
            let (decoded, charset) = CharsetDecoder.decode(body, contentType: contentType)
            var page = html(decoded)
            page.charset = charset
            return page
        case .plain:
            let (decoded, charset) = CharsetDecoder.decode(body, contentType: contentType)
            let text = decoded.replacingOccurrences(of: "\r\n", with: "\n").trimmingCharacters(
                in: .whitespacesAndNewlines)
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

    enum Kind { case html, plain, pdf, binary }

    /// Whether the body starts with the PDF header `%PDF-` (readers accept it within the first 1024 bytes).
    static func hasPDFHeader(_ body: [UInt8], within limit: Int = 1) -> Bool {
        let magic: [UInt8] = Array("%PDF-".utf8)
        guard body.count >= magic.count else { return false }
        for start in 0...min(limit - 1, body.count - magic.count) where body[start] == 0x25 {
            if body[start..<start + magic.count].elementsEqual(magic) { return true }
        }
        return false
    }

    /// `text/html; charset=x` → `text/html`.
    static func mediaType(_ contentType: String?) -> String? {
        guard let contentType else { return nil }
        let type =
            contentType.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() } ?? ""
        return type.isEmpty ? nil : type
    }

    static func kind(of body: [UInt8], contentType: String?) -> Kind {
        // A PDF's own header wins over any type (servers send PDFs as text/html or octet streams).
        if hasPDFHeader(body) { return .pdf }
        if let type = mediaType(contentType) {
            if type == "application/pdf" || type == "application/x-pdf" { return .pdf }
            if type == "text/html" || type == "application/xhtml+xml" { return .html }
            if type.hasPrefix("text/") || type == "application/json" || type == "application/xml"
                || type.hasSuffix("+xml") || type.hasSuffix("+json") || type == "application/javascript"
            {
                return .plain
            }
            if type != "application/octet-stream" && type != "binary/octet-stream" { return .binary }
        }
        // No (or a generic) type: look at the bytes.
        if hasPDFHeader(body, within: 1024) { return .pdf }
        let head = body.prefix(1024)
        if head.contains(0) { return .binary }
        let start = String(decoding: head, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        if start.hasPrefix("<!doctype html") || start.hasPrefix("<html") || start.contains("<body") { return .html }
        return contentType == nil ? .plain : .binary
    }
}
