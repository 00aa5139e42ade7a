import CPoppler
import Foundation

/// A character of a PDF page with its box (points, origin at the top-left corner of the page, y down).
struct PDFGlyph {
    var scalar: Unicode.Scalar
    var x1: Double, y1: Double, x2: Double, y2: Double
}

/// Why poppler could not open a PDF.
enum PDFOpenError: Error, Equatable {
    /// The file is encrypted and the empty password does not open it.
    case encrypted
    /// Not a PDF poppler can read (damaged, truncated beyond repair, not a PDF at all), with poppler's message.
    case unreadable(String)
}

/// A PDF opened with poppler's GLib binding (`CPoppler`): page count, metadata, and each page's characters
/// with their boxes. Not thread-safe: one `PDFFile` is used by one thread, and released when it goes away.
final class PDFFile {
    private let document: OpaquePointer

    /// Opens a PDF from memory (poppler keeps its own copy of the bytes).
    init(bytes: [UInt8]) throws(PDFOpenError) {
        var code: Int32 = -1
        var message = [CChar](repeating: 0, count: 256)
        let opened = bytes.withUnsafeBytes { raw in
            cc_pdf_open(raw.baseAddress ?? UnsafeRawPointer(bitPattern: 1), raw.count, &code, &message, message.count)
        }
        guard let opened else {
            if code == Int32(POPPLER_ERROR_ENCRYPTED.rawValue) { throw .encrypted }
            let bytes = message.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }
            let text = String(decoding: bytes, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            throw .unreadable(text.isEmpty ? "poppler could not open it" : text)
        }
        document = opened
    }

    deinit { cc_pdf_release(UnsafeMutableRawPointer(document)) }

    var pageCount: Int { Int(poppler_document_get_n_pages(document)) }

    /// The Info dictionary's (or XMP's) title, whitespace collapsed; nil when absent or blank.
    var title: String? { PDFFile.take(poppler_document_get_title(document)) }

    var author: String? { PDFFile.take(poppler_document_get_author(document)) }

    /// The creation day `YYYY-MM-DD` as the PDF writes it (in its own time zone).
    var creationDay: String? {
        var month: Int32 = 0
        var day: Int32 = 0
        let year = cc_pdf_creation_day(document, &month, &day)
        guard (1000...2999).contains(year), (1...12).contains(month), (1...31).contains(day) else { return nil }
        return String(format: "%04d-%02d-%02d", year, month, day)
    }

    /// The characters of page `index` (0-based) with their boxes, in poppler's reading order, and the
    /// page's width. Nil when poppler cannot load the page.
    func glyphs(page index: Int) -> (glyphs: [PDFGlyph], width: Double)? {
        guard let page = poppler_document_get_page(document, Int32(index)) else { return nil }
        defer { cc_pdf_release(UnsafeMutableRawPointer(page)) }
        var width = 0.0
        var height = 0.0
        poppler_page_get_size(page, &width, &height)
        guard let raw = poppler_page_get_text(page) else { return ([], width) }
        defer { cc_pdf_free(raw) }
        let scalars = Array(String(cString: raw).unicodeScalars)
        var rectangles: UnsafeMutablePointer<PopplerRectangle>?
        var count: guint = 0
        let laidOut = poppler_page_get_text_layout(page, &rectangles, &count) != 0
        defer { cc_pdf_free(rectangles) }
        var glyphs: [PDFGlyph] = []
        glyphs.reserveCapacity(scalars.count)
        if laidOut, let rectangles, Int(count) == scalars.count {
            for (k, scalar) in scalars.enumerated() {
                let r = rectangles[k]
                glyphs.append(PDFGlyph(scalar: scalar, x1: r.x1, y1: r.y1, x2: r.x2, y2: r.y2))
            }
        } else {
            // No boxes (or not one per character): keep poppler's own order, one line per text line.
            var line = 0.0
            var x = 0.0
            for scalar in scalars {
                if scalar == "\n" {
                    line += 12
                    x = 0
                    continue
                }
                glyphs.append(PDFGlyph(scalar: scalar, x1: x, y1: line, x2: x + 5, y2: line + 10))
                x += 5
            }
        }
        return (glyphs, width)
    }

    /// How many images page `index` draws.
    func imageCount(page index: Int) -> Int {
        guard let page = poppler_document_get_page(document, Int32(index)) else { return 0 }
        defer { cc_pdf_release(UnsafeMutableRawPointer(page)) }
        return Int(cc_pdf_page_image_count(page))
    }

    /// A string poppler allocated, freed here; nil when blank.
    private static func take(_ raw: UnsafeMutablePointer<gchar>?) -> String? {
        guard let raw else { return nil }
        defer { cc_pdf_free(raw) }
        let text = String(cString: raw).split(whereSeparator: { $0.isWhitespace || $0 == "\0" }).joined(separator: " ")
        return text.isEmpty ? nil : text
    }
}
