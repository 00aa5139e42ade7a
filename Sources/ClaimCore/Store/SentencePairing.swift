/// Pairs the sentences a re-extraction lost with the new sentences that replaced them: by the words and facts
/// they share, looking only near the old sentence's place (between the unchanged sentences around it). One old
/// sentence split into several new ones pairs with all of them; several merged into one pair with it. Pure: no
/// claims, no disk; `ExtractionMerge` gives it word sets and fact keys and decides what a pair means.
public struct SentencePairing: Sendable {
    /// What is compared of one sentence.
    public struct Sentence: Sendable {
        /// Its words, case-folded (`SentencePairing.words`).
        public var words: Set<String>
        /// Its facts' keys (`FactComparison.key`).
        public var facts: [String]

        /// A sentence with `words` and fact keys `facts`.
        public init(words: Set<String>, facts: [String]) {
            self.words = words
            self.facts = facts
        }
    }

    /// One pairing: old sentences (indices into `old`) replaced by new ones (indices into `new`), each side in
    /// order; the first old one is the closest match.
    public struct Group: Sendable, Equatable {
        /// Indices into the old sentences, the best match first.
        public var old: [Int]
        /// Indices into the new sentences, in article order.
        public var new: [Int]
    }

    /// The least share of words (Dice coefficient) an old and a new sentence must have to pair one to one.
    public static let threshold = 0.6
    /// The least share of a split part's (or merged predecessor's) words that must come from the other side.
    public static let partThreshold = 0.6
    /// The least share of a split part's (or merged predecessor's) words that must be its own contribution: words of
    /// the other side not already matched by the group (and at least two), so that a neighbouring sentence of the
    /// same shape ("Line 15 says …" beside "Line 5 says …") is not taken for a part.
    public static let contributionThreshold = 0.3

    /// How many sentences beyond the unchanged neighbours a successor may be found.
    public static let slack = 3
    /// What each sentence of distance from the expected place costs a candidate's score (up to five sentences):
    /// of two equally similar successors, the one in the old sentence's place wins.
    public static let distanceCost = 0.02

    /// The groups found, the old sentence of the best pairing first.
    public private(set) var groups: [Group] = []

    /// Pairs `old` with `new`. `windows[i]` is the range of indices into `new` where a successor of `old[i]` may
    /// be (its neighbourhood) and `expected[i]` the article position it would have if only it changed;
    /// `positions[j]` is the article position of `new[j]`. `oldOrder` lists indices into `old` in their old article
    /// order (merges join neighbours in it), and `new` is in new article order (splits join neighbours in it).
    public init(
        old: [Sentence], windows: [ClosedRange<Int>], expected: [Int], oldOrder: [Int], new: [Sentence],
        positions: [Int]
    ) {
        guard !old.isEmpty, !new.isEmpty else { return }
        struct Candidate {
            var old: Int
            var new: Int
            var score: Double
        }
        var candidates: [Candidate] = []
        for (o, sentence) in old.enumerated() {
            let window = windows[o].clamped(to: 0...(new.count - 1))
            for n in window {
                let words = Self.dice(sentence.words, new[n].words)
                guard words >= Self.threshold else { continue }
                let distance = Double(min(abs(positions[n] - expected[o]), 5))
                candidates.append(
                    Candidate(
                        old: o, new: n,
                        score: 0.8 * words + 0.2 * Self.dice(sentence.facts, new[n].facts) - Self.distanceCost
                            * distance
                    ))
            }
        }
        candidates.sort { $0.score != $1.score ? $0.score > $1.score : ($0.old, $0.new) < ($1.old, $1.new) }
        var oldTaken = [Int?](repeating: nil, count: old.count)  // old index -> group index
        var newTaken = [Int?](repeating: nil, count: new.count)
        for candidate in candidates where oldTaken[candidate.old] == nil && newTaken[candidate.new] == nil {
            oldTaken[candidate.old] = groups.count
            newTaken[candidate.new] = groups.count
            groups.append(Group(old: [candidate.old], new: [candidate.new]))
        }
        // Splits: a free new neighbour of a successor that takes its words from the same old sentence.
        for g in groups.indices {
            let o = groups[g].old[0]
            var words = new[groups[g].new[0]].words
            var grew = true
            while grew {
                grew = false
                for n in [groups[g].new.min()! - 1, groups[g].new.max()! + 1]
                where new.indices.contains(n) && newTaken[n] == nil
                    && Self.containment(new[n].words, in: old[o].words) >= Self.partThreshold
                    && Self.contributes(new[n].words, to: old[o].words, beyond: words)
                {
                    let joined = words.union(new[n].words)
                    guard Self.dice(old[o].words, joined) > Self.dice(old[o].words, words) else { continue }
                    words = joined
                    newTaken[n] = g
                    groups[g].new.append(n)
                    groups[g].new.sort()
                    grew = true
                }
            }
        }
        // Merges: a free old neighbour of a predecessor whose words went into the same new sentence.
        var place = [Int](repeating: 0, count: old.count)
        for (position, o) in oldOrder.enumerated() { place[o] = position }
        for g in groups.indices where groups[g].new.count == 1 {
            let n = groups[g].new[0]
            var words = old[groups[g].old[0]].words
            var grew = true
            while grew {
                grew = false
                let places = groups[g].old.map { place[$0] }
                for p in [places.min()! - 1, places.max()! + 1] where oldOrder.indices.contains(p) {
                    let o = oldOrder[p]
                    guard oldTaken[o] == nil, Self.containment(old[o].words, in: new[n].words) >= Self.partThreshold,
                        Self.contributes(old[o].words, to: new[n].words, beyond: words)
                    else { continue }
                    let joined = words.union(old[o].words)
                    guard Self.dice(joined, new[n].words) > Self.dice(words, new[n].words) else { continue }
                    words = joined
                    oldTaken[o] = g
                    groups[g].old.append(o)
                    grew = true
                }
            }
        }
    }

    /// The words of `sentence` for comparison, on its UTF-8 bytes: ASCII letters and digits case-folded, split at
    /// ASCII punctuation and white space and at the general punctuation block (curly quotes, dashes, special
    /// spaces: U+2000–U+206F); other non-ASCII letters stay in their words as written (the article is NFC).
    public static func words(_ sentence: String) -> Set<String> {
        var words = Set<String>()
        var word: [UInt8] = []
        var utf8 = Array(sentence.utf8)
        utf8.append(0x20)
        var i = 0
        func flush() {
            if !word.isEmpty { words.insert(String(decoding: word, as: UTF8.self)) }
            word.removeAll(keepingCapacity: true)
        }
        while i < utf8.count {
            let byte = utf8[i]
            if byte == 0xE2, i + 1 < utf8.count, utf8[i + 1] == 0x80 || utf8[i + 1] == 0x81 {
                flush()
                i += 3
                continue
            }
            switch byte {
            case 0x30...0x39, 0x61...0x7A, 0x80...: word.append(byte)
            case 0x41...0x5A: word.append(byte | 0x20)
            default: flush()
            }
            i += 1
        }
        return words
    }

    /// Dice's coefficient of two sets: 1 when equal, 0 when disjoint (two empty sets are equal).
    static func dice(_ a: Set<String>, _ b: Set<String>) -> Double {
        if a.isEmpty && b.isEmpty { return 1 }
        let (small, large) = a.count <= b.count ? (a, b) : (b, a)
        var shared = 0
        for word in small where large.contains(word) { shared += 1 }
        return 2 * Double(shared) / Double(a.count + b.count)
    }

    /// Dice's coefficient of two multisets of keys.
    static func dice(_ a: [String], _ b: [String]) -> Double {
        if a.isEmpty && b.isEmpty { return 1 }
        var counts: [String: Int] = [:]
        for key in a { counts[key, default: 0] += 1 }
        var shared = 0
        for key in b {
            if let n = counts[key], n > 0 {
                counts[key] = n - 1
                shared += 1
            }
        }
        return 2 * Double(shared) / Double(a.count + b.count)
    }

    /// Whether `part` brings words of `whole` that `matched` does not have: at least two, and at least
    /// `contributionThreshold` of its own words.
    static func contributes(_ part: Set<String>, to whole: Set<String>, beyond matched: Set<String>) -> Bool {
        var own = 0
        for word in part where whole.contains(word) && !matched.contains(word) { own += 1 }
        return own >= 2 && Double(own) >= contributionThreshold * Double(part.count)
    }

    /// The share of `part`'s words found in `whole`.
    static func containment(_ part: Set<String>, in whole: Set<String>) -> Double {
        guard !part.isEmpty else { return 0 }
        var shared = 0
        for word in part where whole.contains(word) { shared += 1 }
        return Double(shared) / Double(part.count)
    }
}
