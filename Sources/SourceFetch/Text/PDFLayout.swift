/// A word of a PDF page with its box (points, y down).
struct PDFWord {
    var text: String
    var x1: Double, y1: Double, x2: Double, y2: Double

    var height: Double { y2 - y1 }
    var centerY: Double { (y1 + y2) / 2 }
}

/// A block of a page in reading order: a paragraph whose lines are to be joined, or the rows of a table,
/// each row one line with its cells separated by ` | ` (as the HTML reader writes table rows).
struct PDFBlock: Equatable {
    var lines: [String]
    var isTable: Bool
}

/// Puts the words of a PDF page in reading order by recursive XY-cut: a region is split at a vertical
/// gutter when the text on both sides is prose (columns: left column first), else at every horizontal gap
/// taller than a paragraph break (blocks top to bottom). A region that cannot be split is a block; when it
/// still has wide vertical gaps between short pieces of text it is a table and each of its lines is a row,
/// cells in order, so that a row's label and its figure ("Senate | 89 members") stay on one line.
enum PDFLayout {
    /// Words of a page from its characters: whitespace, or a jump to another line, ends a word.
    static func words(_ glyphs: [PDFGlyph]) -> [PDFWord] {
        var words: [PDFWord] = []
        var current: PDFWord?
        var scalars = String.UnicodeScalarView()
        func flush() {
            if var word = current {
                word.text = String(scalars)
                words.append(word)
            }
            current = nil
            scalars = String.UnicodeScalarView()
        }
        for glyph in glyphs {
            let value = glyph.scalar.value
            if value <= 0x20 || (value >= 0x80 && glyph.scalar.properties.isWhitespace) {
                flush()
                continue
            }
            if var word = current {
                let height = max(word.height, 1)
                // A character on another line, or far right of the word: a new word.
                if glyph.x1 < word.x1 - 0.5 || glyph.x1 - word.x2 > 0.6 * height
                    || abs((glyph.y1 + glyph.y2) / 2 - word.centerY) > 0.6 * height
                {
                    flush()
                } else {
                    word.x2 = max(word.x2, glyph.x2)
                    word.y1 = min(word.y1, glyph.y1)
                    word.y2 = max(word.y2, glyph.y2)
                    current = word
                    scalars.append(glyph.scalar)
                    continue
                }
            }
            current = PDFWord(
                text: "", x1: glyph.x1, y1: glyph.y1, x2: max(glyph.x2, glyph.x1), y2: max(glyph.y2, glyph.y1))
            scalars.append(glyph.scalar)
        }
        flush()
        return words
    }

    /// The blocks of a page in reading order.
    static func blocks(_ words: [PDFWord]) -> [PDFBlock] {
        guard !words.isEmpty else { return [] }
        let heights = words.map { max($0.height, 0.5) }.sorted()
        let typical = heights[heights.count / 2]
        // A paragraph break is a gap half a line taller than the usual gap between lines (so that
        // double-spaced text still reads as paragraphs, not as one paragraph a line).
        let tops = lines(words).map { line in line.map(\.y1).min() ?? 0 }
        let pitches = zip(tops, tops.dropFirst()).map { $1 - $0 }.filter { $0 > 0.1 * typical }.sorted()
        let usualGap = pitches.isEmpty ? 0 : max(0, pitches[(pitches.count - 1) / 2] - typical)
        var out: [PDFBlock] = []
        let splitter = Splitter(columnGap: 1.2 * typical, paragraphGap: usualGap + 0.5 * typical)
        splitter.cut(words, depth: 0, into: &out)
        return out
    }

    /// Interior gaps of a set of intervals at least `minimum` wide, as (start, end) pairs in order.
    static func gaps(_ intervals: [(Double, Double)], minimum: Double) -> [(Double, Double)] {
        let sorted = intervals.sorted { $0.0 < $1.0 }
        guard var reach = sorted.first?.1 else { return [] }
        var found: [(Double, Double)] = []
        for (lo, hi) in sorted.dropFirst() {
            if lo - reach >= minimum { found.append((reach, lo)) }
            reach = max(reach, hi)
        }
        return found
    }

    /// Groups words into lines (top to bottom), each line's words left to right.
    static func lines(_ words: [PDFWord]) -> [[PDFWord]] {
        let sorted = words.sorted { $0.centerY < $1.centerY || ($0.centerY == $1.centerY && $0.x1 < $1.x1) }
        var lines: [[PDFWord]] = []
        var lineCenter = 0.0
        var lineHeight = 0.0
        for word in sorted {
            if !lines.isEmpty, abs(word.centerY - lineCenter) <= 0.5 * max(1, min(lineHeight, word.height)) {
                lines[lines.count - 1].append(word)
            } else {
                lines.append([word])
                lineCenter = word.centerY
                lineHeight = word.height
            }
        }
        return lines.map { $0.sorted { $0.x1 < $1.x1 } }
    }

    private struct Splitter {
        let columnGap: Double
        let paragraphGap: Double

        func cut(_ words: [PDFWord], depth: Int, into out: inout [PDFBlock]) {
            guard words.count > 1, depth < 64 else { return leaf(words, into: &out) }
            let vertical = PDFLayout.gaps(words.map { ($0.x1, $0.x2) }, minimum: columnGap)
            if let gutter = vertical.max(by: { $0.1 - $0.0 < $1.1 - $1.0 }) {
                let cutX = (gutter.0 + gutter.1) / 2
                let left = words.filter { $0.x2 <= cutX }
                let right = words.filter { $0.x2 > cutX }
                if isProse(left), isProse(right) {
                    cut(left, depth: depth + 1, into: &out)
                    cut(right, depth: depth + 1, into: &out)
                    return
                }
            }
            let horizontal = PDFLayout.gaps(words.map { ($0.y1, $0.y2) }, minimum: paragraphGap)
            if !horizontal.isEmpty {
                var bands = [[PDFWord]](repeating: [], count: horizontal.count + 1)
                for word in words {
                    var k = 0
                    while k < horizontal.count, word.y1 >= horizontal[k].1 - 0.001 { k += 1 }
                    bands[k].append(word)
                }
                for group in columnGroups(bands.filter { !$0.isEmpty }) { cut(group, depth: depth + 1, into: &out) }
                return
            }
            leaf(words, into: &out)
        }

        /// Bands (top to bottom) regrouped so that neighbours split by the same gutter into columns of prose
        /// are one region: two columns whose paragraph breaks happen to line up are then still read column
        /// by column, not band by band.
        private func columnGroups(_ bands: [[PDFWord]]) -> [[PDFWord]] {
            var groups: [[PDFWord]] = []
            var pending: [[PDFWord]] = []  // the bands of the last group
            var gutter: (Double, Double)?
            func close() {
                guard pending.count > 1, let shared = gutter, let last = groups.last else { return }
                let middle = (shared.0 + shared.1) / 2
                // Kept together only when both sides are prose; otherwise (a table) back to single bands.
                if !(isProse(last.filter { $0.x2 <= middle }) && isProse(last.filter { $0.x2 > middle })) {
                    groups.removeLast()
                    groups += pending
                }
            }
            for band in bands {
                let own = PDFLayout.gaps(band.map { ($0.x1, $0.x2) }, minimum: columnGap).max {
                    $0.1 - $0.0 < $1.1 - $1.0
                }
                if let current = gutter, let own, min(current.1, own.1) - max(current.0, own.0) >= columnGap {
                    groups[groups.count - 1] += band
                    pending.append(band)
                    gutter = (max(current.0, own.0), min(current.1, own.1))
                    continue
                }
                close()
                groups.append(band)
                pending = [band]
                gutter = own
            }
            close()
            return groups
        }

        /// Running text rather than table cells: on average at least three words a line.
        private func isProse(_ words: [PDFWord]) -> Bool {
            let lines = PDFLayout.lines(words)
            return !lines.isEmpty && Double(words.count) / Double(lines.count) >= 3
        }

        /// A block that is not split further: its lines, cells separated where a wide gap divides a line.
        private func leaf(_ words: [PDFWord], into out: inout [PDFBlock]) {
            guard !words.isEmpty else { return }
            var table = false
            var rendered: [String] = []
            for line in PDFLayout.lines(words) {
                var text = ""
                var previous: PDFWord?
                for word in line {
                    if let previous {
                        if word.x1 - previous.x2 >= columnGap {
                            text += " | "
                            table = true
                        } else {
                            text += " "
                        }
                    }
                    text += word.text
                    previous = word
                }
                rendered.append(text)
            }
            out.append(PDFBlock(lines: rendered, isTable: table))
        }
    }
}
