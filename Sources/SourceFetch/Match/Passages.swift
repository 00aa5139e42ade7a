import ClaimCore
import Foundation

/// A stretch of a source's text short enough to show a reviewer: one to three sentences of one paragraph.
struct Passage {
    var text: String
    var paragraph: Int
    /// Sentence indexes within the paragraph.
    var sentences: Range<Int>
    /// The page (from 1) of a paged text, nil for a text without pages.
    var page: Int? = nil

    func overlaps(_ other: Passage) -> Bool {
        paragraph == other.paragraph && sentences.overlaps(other.sentences)
    }
}

/// Splits readable text into paragraphs (blank-line separated blocks), sentences, and windows of up
/// to three sentences (overlapping by one, so that no pair of neighbouring sentences is ever split).
/// A text with form feeds is paged (a PDF's: every page ends with one): each passage carries its page.
enum Passages {
    static let windowSize = 3
    static let maxCharacters = 1200

    static func split(_ text: String) -> [Passage] {
        var passages: [Passage] = []
        let pages = cut(Substring(text), at: [0x0C])
        var p = 0
        for (pageIndex, pageText) in pages.enumerated() {
            let page = pages.count > 1 ? pageIndex + 1 : nil
            let paragraphs = cut(pageText, at: [0x0A, 0x0A]).map(trimmed).filter { !$0.isEmpty }.map(String.init)
            for paragraph in paragraphs {
                defer { p += 1 }
                let sentences = self.sentences(paragraph)
                if sentences.count <= windowSize {
                    passages.append(
                        Passage(text: clip(paragraph), paragraph: p, sentences: 0..<sentences.count, page: page))
                    continue
                }
                var start = 0
                while true {
                    let end = min(start + windowSize, sentences.count)
                    passages.append(
                        Passage(
                            text: clip(sentences[start..<end].joined(separator: " ")), paragraph: p,
                            sentences: start..<end, page: page))
                    if end == sentences.count { break }
                    start += windowSize - 1
                }
            }
        }
        return passages
    }

    private static func clip(_ s: String) -> String {
        let flat = s.utf8.contains(0x0A) ? String(decoding: s.utf8.map { $0 == 0x0A ? 0x20 : $0 }, as: UTF8.self) : s
        return flat.utf8.count > maxCharacters && flat.count > maxCharacters
            ? String(flat.prefix(maxCharacters - 1)) + "…" : flat
    }

    /// `text` cut at every occurrence of the ASCII byte sequence `separator` (on UTF-8, without Foundation).
    static func cut(_ text: Substring, at separator: [UInt8]) -> [Substring] {
        let bytes = text.utf8
        var pieces: [Substring] = []
        var start = bytes.startIndex
        var i = bytes.startIndex
        while i < bytes.endIndex {
            if bytes[i] == separator[0], bytes[i...].starts(with: separator) {
                pieces.append(text[start..<i])
                i = bytes.index(i, offsetBy: separator.count)
                start = i
            } else {
                i = bytes.index(after: i)
            }
        }
        pieces.append(text[start..<bytes.endIndex])
        return pieces
    }

    /// `s` without leading and trailing white space and line breaks.
    private static func trimmed(_ s: Substring) -> Substring {
        guard let first = s.firstIndex(where: { !$0.isWhitespace }), let last = s.lastIndex(where: { !$0.isWhitespace })
        else { return "" }
        return s[first...last]
    }

    /// The paragraph's sentences as the extractor splits an article (`Extractor.sentenceSpans`): one
    /// splitter for claims and evidence. Line breaks inside a paragraph are wrapping, not sentence ends.
    static func sentences(_ paragraph: String) -> [String] {
        let bytes = paragraph.utf8.map { $0 == 0x0A ? 0x20 : $0 }
        return Extractor.sentenceSpans(bytes).map { String(decoding: bytes[$0.start..<$0.end], as: UTF8.self) }
    }
}
