/// The sentences of two revisions of an article compared: which were removed, which added, and in between which
/// stayed. Sentences are the extractor's own (`Extractor.sentenceSpans`) and are compared as claim ids are
/// (`ClaimIdentity.normalise`: case, white space, curly quotes and dashes folded).
public struct SentenceDiff: Sendable, Equatable {
    /// One run of changed sentences: those of the old text replaced by those of the new one (either may be empty).
    public struct Hunk: Sendable, Equatable {
        /// The position of the first removed sentence in the old text (1-based; where it would be when none).
        public var oldStart: Int
        /// The position of the first added sentence in the new text (1-based; where it would be when none).
        public var newStart: Int
        /// The sentences that left, in old order.
        public var removed: [String]
        /// The sentences that came, in new order.
        public var added: [String]

        /// When as many sentences were removed as added, each edited in place: the pairs (old, new) in order, to be
        /// shown with their changed words marked; nil otherwise (sentences were cut, added, split or merged).
        public var edits: [(old: String, new: String)]? {
            removed.count == added.count ? Array(zip(removed, added)) : nil
        }

        /// A run of `removed` sentences from old position `oldStart` replaced by `added` ones at `newStart`.
        public init(oldStart: Int, newStart: Int, removed: [String], added: [String]) {
            self.oldStart = oldStart
            self.newStart = newStart
            self.removed = removed
            self.added = added
        }
    }

    /// The changes, in article order; empty when the two texts have the same sentences.
    public private(set) var hunks: [Hunk] = []

    /// More pairs than this (sentences of the changed middle, old × new) are not aligned one by one: the middle is
    /// then shown as removed and added whole.
    public static let alignmentLimit = 4_000_000

    /// Compares `old` with `new`.
    public init(old: String, new: String) {
        self.init(oldSentences: Self.sentences(old), newSentences: Self.sentences(new))
    }

    /// Compares two lists of sentences.
    public init(oldSentences a: [String], newSentences b: [String]) {
        let x = a.map(ClaimIdentity.normalise)
        let y = b.map(ClaimIdentity.normalise)
        var head = 0
        while head < min(x.count, y.count), x[head] == y[head] { head += 1 }
        var tail = 0
        while tail < min(x.count, y.count) - head, x[x.count - 1 - tail] == y[y.count - 1 - tail] { tail += 1 }
        let oldMiddle = head..<(x.count - tail)
        let newMiddle = head..<(y.count - tail)
        // Pairs (i, j) of equal sentences in the middle, increasing: the longest common subsequence.
        var common: [(Int, Int)] = []
        if oldMiddle.count * newMiddle.count <= Self.alignmentLimit, !oldMiddle.isEmpty, !newMiddle.isEmpty {
            let m = oldMiddle.count
            let n = newMiddle.count
            var length = [[Int32]](repeating: [Int32](repeating: 0, count: n + 1), count: m + 1)
            for i in stride(from: m - 1, through: 0, by: -1) {
                for j in stride(from: n - 1, through: 0, by: -1) {
                    length[i][j] =
                        x[head + i] == y[head + j] ? length[i + 1][j + 1] + 1 : max(length[i + 1][j], length[i][j + 1])
                }
            }
            var i = 0
            var j = 0
            while i < m, j < n {
                if x[head + i] == y[head + j] {
                    common.append((head + i, head + j))
                    i += 1
                    j += 1
                } else if length[i + 1][j] >= length[i][j + 1] {
                    i += 1
                } else {
                    j += 1
                }
            }
        }
        var i = oldMiddle.lowerBound
        var j = newMiddle.lowerBound
        for (ci, cj) in common + [(oldMiddle.upperBound, newMiddle.upperBound)] {
            if i < ci || j < cj {
                hunks.append(Hunk(oldStart: i + 1, newStart: j + 1, removed: Array(a[i..<ci]), added: Array(b[j..<cj])))
            }
            i = ci + 1
            j = cj + 1
        }
    }

    /// Whether the two texts have the same sentences.
    public var isEmpty: Bool { hunks.isEmpty }

    /// Two versions of a sentence as words (split at white space) and how many words they begin and end with in
    /// common: the words in between are what changed.
    public static func changedWords(_ old: String, _ new: String) -> (
        old: [Substring], new: [Substring], head: Int, tail: Int
    ) {
        let a = old.split(whereSeparator: \.isWhitespace)
        let b = new.split(whereSeparator: \.isWhitespace)
        var head = 0
        while head < min(a.count, b.count), a[head] == b[head] { head += 1 }
        var tail = 0
        while tail < min(a.count, b.count) - head, a[a.count - 1 - tail] == b[b.count - 1 - tail] { tail += 1 }
        return (a, b, head, tail)
    }

    /// The sentences of `text`, by the extractor's splitter.
    public static func sentences(_ text: String) -> [String] {
        let bytes = Array(text.utf8)
        return Extractor.sentenceSpans(bytes).map { String(decoding: bytes[$0.start..<$0.end], as: UTF8.self) }
    }
}
