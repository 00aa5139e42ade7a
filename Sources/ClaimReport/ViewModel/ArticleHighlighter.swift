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
        func text(_ from: Int, _ to: Int) -> String { String(decoding: bytes[from..<to], as: UTF8.self) }

        var pieces: [ArticlePiece] = []
        var unplaced: [HighlightTarget] = []
        var cursor = 0
        for target in targets.sorted(by: { $0.span < $1.span }) {
            let s = target.span
            guard s.start >= cursor, s.start < s.end, s.end <= bytes.count, isBoundary(s.start), isBoundary(s.end) else {
                unplaced.append(target)
                continue
            }
            if cursor < s.start { pieces.append(ArticlePiece(text: text(cursor, s.start), target: nil, isStart: false)) }
            pieces.append(ArticlePiece(text: text(s.start, s.end), target: target, isStart: true))
            cursor = s.end
        }
        if cursor < bytes.count { pieces.append(ArticlePiece(text: text(cursor, bytes.count), target: nil, isStart: false)) }
        return Result(paragraphs: paragraphs(pieces), unplaced: unplaced.sorted { $0.number < $1.number })
    }

    /// Splits pieces at line breaks; blank paragraphs are dropped.
    static func paragraphs(_ pieces: [ArticlePiece]) -> [[ArticlePiece]] {
        var paragraphs: [[ArticlePiece]] = [[]]
        for piece in pieces {
            let lines = piece.text.split(separator: "\n", omittingEmptySubsequences: false)
            for (index, line) in lines.enumerated() {
                if index > 0 { paragraphs.append([]) }
                if !line.isEmpty {
                    paragraphs[paragraphs.count - 1].append(
                        ArticlePiece(text: String(line), target: piece.target, isStart: piece.isStart && index == 0))
                }
            }
        }
        return paragraphs.filter { paragraph in
            paragraph.contains { $0.target != nil || !$0.text.allSatisfy(\.isWhitespace) }
        }
    }
}
