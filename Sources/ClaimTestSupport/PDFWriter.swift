import Foundation

/// A small writer of real PDF files for tests, benchmarks and fuzz seeds: pages of text placed at given
/// positions in the standard Helvetica fonts (WinAnsi encoding, plus the `fi`/`fl` ligature glyphs and the
/// no-break space), grey images (to make "scanned" pages), an Info dictionary, and an optional encryption
/// dictionary that no empty password opens. The output is uncompressed PDF 1.4 with a correct xref table,
/// so that any reader (poppler included) opens it without repairing it.
public struct PDFWriter: Sendable {
    /// A run of text drawn at `x`, `y` (points from the bottom-left corner of the page).
    public struct TextRun: Sendable {
        /// Distance from the left edge, in points.
        public var x: Double
        /// Distance of the baseline from the bottom edge, in points.
        public var y: Double
        /// Font size in points.
        public var size: Double
        /// Whether the run is set in the bold font.
        public var bold: Bool
        /// The text of the run.
        public var text: String

        /// A run of `text` at (`x`, `y`).
        public init(x: Double, y: Double, size: Double = 11, bold: Bool = false, _ text: String) {
            self.x = x
            self.y = y
            self.size = size
            self.bold = bold
            self.text = text
        }
    }

    /// A grey image drawn over a rectangle of the page (what a scanner makes: pixels, no text).
    public struct ImageBox: Sendable {
        public var x: Double, y: Double, width: Double, height: Double
        /// Image pixels per side (a square `pixels × pixels` 8-bit grey image).
        public var pixels: Int

        /// A `pixels × pixels` grey image drawn over the given rectangle.
        public init(x: Double, y: Double, width: Double, height: Double, pixels: Int = 16) {
            self.x = x
            self.y = y
            self.width = width
            self.height = height
            self.pixels = pixels
        }
    }

    /// One page, US Letter by default.
    public struct Page: Sendable {
        /// Page width in points.
        public var width: Double = 612
        /// Page height in points.
        public var height: Double = 792
        /// Text on the page.
        public var runs: [TextRun] = []
        /// Images on the page.
        public var images: [ImageBox] = []

        /// A page of the given size holding `runs` and `images`.
        public init(width: Double = 612, height: Double = 792, runs: [TextRun] = [], images: [ImageBox] = []) {
            self.width = width
            self.height = height
            self.runs = runs
            self.images = images
        }

        /// Lines of text set from the top of the page down, `leading` points apart, starting at `x`.
        public mutating func lines(
            _ lines: [String], x: Double = 72, top: Double = 720, size: Double = 11,
            leading: Double = 14, bold: Bool = false
        ) {
            for (k, line) in lines.enumerated() {
                runs.append(TextRun(x: x, y: top - Double(k) * leading, size: size, bold: bold, line))
            }
        }
    }

    /// The pages, in order.
    public var pages: [Page]
    /// Info dictionary entries (`Title`, `Author`, `CreationDate` as `D:20160224103000+01'00'`…).
    public var info: [String: String]
    /// Adds a standard-security-handler dictionary whose user password is not empty: the file is encrypted.
    public var encrypted: Bool

    /// A document of `pages` with the given info entries, encrypted when `encrypted`.
    public init(pages: [Page] = [], info: [String: String] = [:], encrypted: Bool = false) {
        self.pages = pages
        self.info = info
        self.encrypted = encrypted
    }

    /// Approximate width of `text` in Helvetica at `size` points (for laying out columns in tests).
    public static func width(_ text: String, size: Double) -> Double {
        Double(text.count) * size * 0.5
    }

    /// The PDF file.
    public func bytes() -> [UInt8] {
        var out: [UInt8] = []
        var offsets: [Int] = []  // offsets[k] = byte offset of object k + 1
        func append(_ s: String) { out += Array(s.utf8) }
        func object(_ body: [UInt8]) {
            offsets.append(out.count)
            append("\(offsets.count) 0 obj\n")
            out += body
            append("\nendobj\n")
        }
        func object(_ body: String) { object(Array(body.utf8)) }
        func stream(_ dictionary: String, _ data: [UInt8]) -> [UInt8] {
            Array("<< \(dictionary) /Length \(data.count) >>\nstream\n".utf8) + data + Array("\nendstream".utf8)
        }

        append("%PDF-1.4\n%\u{E2}\u{E3}\u{CF}\u{D3}\n")
        // 1 catalog, 2 pages, 3 regular font, 4 bold font; then per page: page, content, images.
        let fontEncoding = "/Encoding << /Type /Encoding /BaseEncoding /WinAnsiEncoding /Differences [128 /fi /fl] >>"
        var pageIDs: [Int] = []
        var next = 5
        for page in pages {
            pageIDs.append(next)
            next += 2 + page.images.count
        }
        let infoID = next
        let encryptID = next + 1
        object("<< /Type /Catalog /Pages 2 0 R >>")
        object("<< /Type /Pages /Kids [\(pageIDs.map { "\($0) 0 R" }.joined(separator: " "))] /Count \(pages.count) >>")
        object("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica \(fontEncoding) >>")
        object("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold \(fontEncoding) >>")
        for (index, page) in pages.enumerated() {
            let id = pageIDs[index]
            let images = page.images.indices.map { "/Im\($0) \(id + 2 + $0) 0 R" }.joined(separator: " ")
            object(
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 \(PDFWriter.number(page.width)) \(PDFWriter.number(page.height))] "
                    + "/Resources << /Font << /F1 3 0 R /F2 4 0 R >> /XObject << \(images) >> >> /Contents \(id + 1) 0 R >>"
            )
            var content: [UInt8] = []
            for (k, image) in page.images.enumerated() {
                content += Array(
                    "q \(PDFWriter.number(image.width)) 0 0 \(PDFWriter.number(image.height)) \(PDFWriter.number(image.x)) \(PDFWriter.number(image.y)) cm /Im\(k) Do Q\n"
                        .utf8)
            }
            for run in page.runs {
                content += Array(
                    "BT /\(run.bold ? "F2" : "F1") \(PDFWriter.number(run.size)) Tf \(PDFWriter.number(run.x)) \(PDFWriter.number(run.y)) Td ("
                        .utf8)
                content += PDFWriter.encode(run.text)
                content += Array(") Tj ET\n".utf8)
            }
            object(stream("", content))
            for image in page.images {
                let n = max(1, image.pixels)
                var pixels = [UInt8](repeating: 0, count: n * n)
                for k in pixels.indices { pixels[k] = UInt8(truncatingIfNeeded: (k * 37 + k / n * 11) % 256) }
                object(
                    stream(
                        "/Type /XObject /Subtype /Image /Width \(n) /Height \(n) /ColorSpace /DeviceGray /BitsPerComponent 8",
                        pixels))
            }
        }
        let entries = info.sorted { $0.key < $1.key }.map { key, value -> [UInt8] in
            Array("/\(key) (".utf8) + PDFWriter.encode(value) + Array(")".utf8)
        }
        object(Array("<< ".utf8) + entries.joined(separator: Array(" ".utf8)) + Array(" >>".utf8))
        if encrypted {
            let o = String(repeating: "7A", count: 32)
            let u = String(repeating: "3C", count: 32)
            object("<< /Filter /Standard /V 1 /R 2 /O <\(o)> /U <\(u)> /P -44 >>")
        }
        let xref = out.count
        append("xref\n0 \(offsets.count + 1)\n0000000000 65535 f \n")
        for offset in offsets {
            let digits = String(offset)
            append(String(repeating: "0", count: 10 - digits.count) + digits + " 00000 n \n")
        }
        let id = "<0123456789ABCDEF0123456789ABCDEF>"
        append(
            "trailer\n<< /Size \(offsets.count + 1) /Root 1 0 R /Info \(infoID) 0 R"
                + (encrypted ? " /Encrypt \(encryptID) 0 R /ID [\(id) \(id)]" : "") + " >>\nstartxref\n\(xref)\n%%EOF\n"
        )
        return out
    }

    /// A PDF string's bytes: WinAnsi, with `(`, `)` and `\` escaped, U+FB01/U+FB02 as the ligature glyphs,
    /// and any other character outside WinAnsi as `?`.
    static func encode(_ text: String) -> [UInt8] {
        var out: [UInt8] = []
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x28, 0x29, 0x5C: out += [0x5C, UInt8(scalar.value)]
            case 0x20..<0x7F, 0xA0...0xFF: out.append(UInt8(scalar.value))
            case 0xFB01: out.append(0x80)
            case 0xFB02: out.append(0x81)
            case 0x2013: out.append(0x96)
            case 0x2014: out.append(0x97)
            case 0x2019: out.append(0x92)
            case 0x201C: out.append(0x93)
            case 0x201D: out.append(0x94)
            default: out.append(0x3F)
            }
        }
        return out
    }

    static func number(_ value: Double) -> String {
        value.rounded() == value ? String(Int(value)) : String(format: "%.2f", value)
    }
}
