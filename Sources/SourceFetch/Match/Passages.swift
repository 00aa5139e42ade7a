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
                    passages.append(Passage(text: clip(paragraph), paragraph: p, sentences: 0..<sentences.count, page: page))
                    continue
                }
                var start = 0
                while true {
                    let end = min(start + windowSize, sentences.count)
                    passages.append(Passage(text: clip(sentences[start..<end].joined(separator: " ")), paragraph: p,
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
        return flat.utf8.count > maxCharacters && flat.count > maxCharacters ? String(flat.prefix(maxCharacters - 1)) + "…" : flat
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
        guard let first = s.firstIndex(where: { !$0.isWhitespace }), let last = s.lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return s[first...last]
    }

    private static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "st", "jr", "sr", "gen", "col", "lt", "sgt", "capt", "prof", "inc", "ltd", "co", "vs",
        "etc", "no", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "gov", "sen",
        "rep", "rev", "maj", "cmdr", "adm", "corp", "fig", "approx", "est", "u.s", "u.k", "e.g", "i.e",
    ]

    /// Sentences: a split after `.`, `!` or `?` (and closing quotes) followed by a space and an upper-case
    /// letter, digit or opening quote — except after common abbreviations and initials.
    static func sentences(_ paragraph: String) -> [String] {
        var result: [String] = []
        let chars = Array(paragraph)
        var start = 0
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c == "." || c == "!" || c == "?" || c == "…" {
                var j = i + 1
                while j < chars.count, "\"”’')]".contains(chars[j]) { j += 1 }
                if j < chars.count, chars[j].isWhitespace {
                    var k = j
                    while k < chars.count, chars[k].isWhitespace { k += 1 }
                    if k < chars.count, chars[k].isUppercase || chars[k].isNumber || "\"“‘'(".contains(chars[k]),
                       !(c == "." && isAbbreviation(chars, before: i)) {
                        result.append(String(chars[start..<j]).trimmingCharacters(in: .whitespacesAndNewlines))
                        start = k
                        i = k
                        continue
                    }
                }
            }
            i += 1
        }
        let last = String(chars[start...]).trimmingCharacters(in: .whitespacesAndNewlines)
        if !last.isEmpty { result.append(last) }
        return result
    }

    private static func isAbbreviation(_ chars: [Character], before dot: Int) -> Bool {
        var k = dot
        while k > 0, chars[k - 1].isLetter || chars[k - 1] == "." { k -= 1 }
        let word = String(chars[k..<dot]).lowercased()
        if word.count == 1 && chars[k].isUppercase { return true }    // an initial: "J. Smith"
        return abbreviations.contains(word)
    }
}
