import Foundation

/// Turns raw article bytes into the text every span points into: strict UTF-8, no NUL bytes, not
/// empty, within the size limit, NFC, line endings `\n`, no byte-order mark, no terminal control characters
/// (C0 other than tab and newline, DEL, C1, bidi overrides: refused with their byte offset).
public enum ArticleText {
    /// Articles are text, not archives: 8 MiB is far beyond any news article.
    public static let maxBytes = 8 * 1024 * 1024

    /// The article text of `data`, or `badInput` naming `source` and what is wrong with the bytes.
    public static func decode(_ data: Data, source: String) throws -> String {
        guard data.count <= maxBytes else {
            throw ClaimCheckError.badInput(
                source,
                reason: String(
                    format: "%.1f MB is too large for an article (the limit is %d MB)", Double(data.count) / 1_000_000,
                    maxBytes / 1024 / 1024))
        }
        if let nul = data.firstIndex(of: 0) {
            throw ClaimCheckError.badInput(
                source,
                reason:
                    "contains a NUL byte at offset \(nul - data.startIndex); this looks like a binary file, not text")
        }
        guard var text = String(validating: data, as: UTF8.self) else {
            let offset = firstInvalidUTF8(data)
            throw ClaimCheckError.badInput(
                source,
                reason:
                    "is not valid UTF-8 (first bad byte at offset \(offset)); convert it, e.g. 'iconv -f latin1 -t utf-8'"
            )
        }
        // Terminal escape sequences and bidi overrides are not article text: they would be printed raw by the
        // review and read as facts ("ESC[2J" as "2 J"). Refused, with the byte offset (CR is line-ending work).
        // Most articles hold no carriage return: then the text is scanned as it is, not copied.
        let hasCR = data.contains(0x0D)
        if let bad = ControlCharacters.first(in: hasCR ? text.replacingOccurrences(of: "\r", with: "\n") : text) {
            throw ClaimCheckError.badInput(
                source,
                reason:
                    "holds the control character \(ControlCharacters.name(bad.scalar)) at byte offset \(bad.offset); terminal escapes and direction overrides are not article text, remove them"
            )
        }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        if hasCR {
            text = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        }
        if !isSurelyNFC(text) { text = text.precomposedStringWithCanonicalMapping }
        guard text.contains(where: { !$0.isWhitespace }) else {
            throw ClaimCheckError.badInput(
                source,
                reason: data.isEmpty
                    ? "is empty; there is nothing to extract" : "holds only white space; there is nothing to extract")
        }
        return text
    }

    /// Reads and decodes a file, with one-line errors for a missing file or a folder.
    public static func read(path: String) throws -> String {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else {
            throw ClaimCheckError.badInput(path, reason: "no such file")
        }
        guard !isDir.boolValue else { throw ClaimCheckError.badInput(path, reason: "is a folder, not an article file") }
        if let attrs = try? FileManager.default.attributesOfItem(atPath: path), let size = attrs[.size] as? Int,
            size > maxBytes
        {
            throw ClaimCheckError.badInput(
                path,
                reason: String(
                    format: "%.1f MB is too large for an article (the limit is %d MB)", Double(size) / 1_000_000,
                    maxBytes / 1024 / 1024))
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ClaimCheckError.badInput(path, reason: "cannot be read (permissions?)")
        }
        return try decode(data, source: path)
    }

    /// Whether `text` is certainly in NFC already, so normalising it would change nothing: every scalar is below
    /// U+0300 (no combining mark, no singleton decomposition) or a general punctuation or currency sign (NFC
    /// quick check "Yes" for all of them). Anything else goes through the full normalisation.
    static func isSurelyNFC(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { scalar in
            switch scalar.value {
            case 0..<0x300, 0x2010...0x2027, 0x2030...0x205E, 0x20A0...0x20BF: true
            default: false
            }
        }
    }

    private static func firstInvalidUTF8(_ data: Data) -> Int {
        var iterator = data.makeIterator()
        var decoder = UTF8()
        var consumed = 0
        while case .scalarValue(let scalar) = decoder.decode(&iterator) { consumed += UTF8.width(scalar) }
        return consumed
    }
}
