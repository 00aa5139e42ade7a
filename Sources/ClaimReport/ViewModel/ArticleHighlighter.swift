import ClaimCore

/// A claim to highlight in the article text.
struct HighlightTarget: Sendable {
    let id: String
    let number: Int
    let span: Span
}

/// One run of article text inside a paragraph: plain, or (part of) a claim's highlight.
struct ArticlePiece: Sendable {
    let text: String
    let target: HighlightTarget?
    /// True on the first piece of a highlight (where its number is shown).
    let isStart: Bool
}

/// Cuts an article into paragraphs of plain and highlighted pieces by the claims' UTF-8 byte spans.
/// Text is sliced as bytes and decoded piece by piece; escaping is left to the template.
enum ArticleHighlighter {
    struct Result {
        var paragraphs: [[ArticlePiece]]
        /// Claims whose span is out of range, not on a character boundary, or overlaps an earlier claim.
        var unplaced: [HighlightTarget]
    }

    static func highlight(_ article: String, targets: [HighlightTarget]) -> Result {
        let bytes = Array(article.utf8)
        func isBoundary(_ i: Int) -> Bool { i == bytes.count || (bytes[i] & 0xC0) != 0x80 }

        var paragraphs = Paragraphs(bytes: bytes)
        var unplaced: [HighlightTarget] = []
        var cursor = 0
        for target in targets.sorted(by: { $0.span < $1.span }) {
            let s = target.span
            guard s.start >= cursor, s.start < s.end, s.end <= bytes.count, isBoundary(s.start), isBoundary(s.end)
            else {
                unplaced.append(target)
                continue
            }
            paragraphs.add(cursor..<s.start, target: nil)
            paragraphs.add(s.start..<s.end, target: target)
            cursor = s.end
        }
        paragraphs.add(cursor..<bytes.count, target: nil)
        return Result(paragraphs: paragraphs.nonBlank, unplaced: unplaced.sorted { $0.number < $1.number })
    }

    /// Pieces gathered into paragraphs: a line break (byte 0x0A) ends one; a highlight that spans it
    /// continues in the next.
    private struct Paragraphs {
        let bytes: [UInt8]
        var list: [[ArticlePiece]] = [[]]

        mutating func add(_ range: Range<Int>, target: HighlightTarget?) {
            var start = range.lowerBound
            var firstLine = true
            while true {
                var end = start
                while end < range.upperBound, bytes[end] != 0x0A { end += 1 }
                if !firstLine { list.append([]) }
                if start < end {
                    let text = String(decoding: bytes[start..<end], as: UTF8.self)
                    list[list.count - 1].append(
                        ArticlePiece(text: text, target: target, isStart: target != nil && firstLine))
                }
                guard end < range.upperBound else { return }
                start = end + 1
                firstLine = false
            }
        }

        /// Paragraphs with a highlight or some visible text; blank ones are dropped.
        var nonBlank: [[ArticlePiece]] {
            list.filter { paragraph in
                paragraph.contains { piece in
                    piece.target != nil || piece.text.utf8.contains { $0 > 0x20 && $0 < 0x7F }
                        || !piece.text.allSatisfy(\.isWhitespace)
                }
            }
        }
    }
}
