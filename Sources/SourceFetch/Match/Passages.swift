import ClaimCore
import Foundation

/// A stretch of a source's text short enough to show a reviewer: one to three sentences of one paragraph.
struct Passage {
    var text: String
    var paragraph: Int
    /// Sentence indexes within the paragraph.
    var sentences: Range<Int>

    func overlaps(_ other: Passage) -> Bool {
        paragraph == other.paragraph && sentences.overlaps(other.sentences)
    }
}

/// Splits readable text into paragraphs (blank-line separated blocks), sentences, and windows of up
/// to three sentences (overlapping by one, so that no pair of neighbouring sentences is ever split).
enum Passages {
    static let windowSize = 3
    static let maxCharacters = 1200

    static func split(_ text: String) -> [Passage] {
        var passages: [Passage] = []
        let paragraphs = text.components(separatedBy: "\n\n").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
        for (p, paragraph) in paragraphs.enumerated() {
            let sentences = self.sentences(paragraph)
            if sentences.count <= windowSize {
                passages.append(Passage(text: clip(paragraph), paragraph: p, sentences: 0..<sentences.count))
                continue
            }
            var start = 0
            while true {
                let end = min(start + windowSize, sentences.count)
                passages.append(Passage(text: clip(sentences[start..<end].joined(separator: " ")), paragraph: p, sentences: start..<end))
                if end == sentences.count { break }
                start += windowSize - 1
            }
        }
        return passages
    }

    private static func clip(_ s: String) -> String {
        let flat = s.replacingOccurrences(of: "\n", with: " ")
        return flat.count > maxCharacters ? String(flat.prefix(maxCharacters - 1)) + "…" : flat
    }

    /// The paragraph's sentences as the extractor splits an article (`Extractor.sentenceSpans`): one
    /// splitter for claims and evidence. Line breaks inside a paragraph are wrapping, not sentence ends.
    static func sentences(_ paragraph: String) -> [String] {
        let bytes = paragraph.utf8.map { $0 == 0x0A ? 0x20 : $0 }
        return Extractor.sentenceSpans(bytes).map { String(decoding: bytes[$0.start..<$0.end], as: UTF8.self) }
    }
}
