/// A set of lower-cased lexicon words with a cheap pre-check: most words a rule looks up are not in the list, and
/// a `Set<String>` lookup hashes the whole word (SipHash) before it can say no. `WordSet` first tests three bit
/// masks — the word's first byte, last byte and length — and hashes only when all three match a word of the list.
/// Membership is exactly that of the underlying `Set<String>`.
struct WordSet: Sendable, ExpressibleByArrayLiteral, Sequence {
    /// The words.
    let words: Set<String>
    private var firstBytes = ByteMask()
    private var lastBytes = ByteMask()
    /// Bit `min(length, 63)` for each word's UTF-8 length.
    private var lengths: UInt64 = 0

    init<S: Sequence>(_ words: S) where S.Element == String {
        self.words = Set(words)
        for word in self.words {
            guard let first = word.utf8.first, let last = word.utf8.last else { continue }
            firstBytes.insert(first)
            lastBytes.insert(last)
            lengths |= 1 << UInt64(Swift.min(word.utf8.count, 63))
        }
    }

    init(arrayLiteral elements: String...) { self.init(elements) }

    /// Whether `word` is one of the words.
    @inline(__always)
    func contains(_ word: String) -> Bool {
        let mayContain =
            word.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
                guard let first = bytes.first else { return true }
                return firstBytes.contains(first) && lengths & (1 << UInt64(Swift.min(bytes.count, 63))) != 0
                    && lastBytes.contains(bytes[bytes.count - 1])
            } ?? true
        return mayContain && words.contains(word)
    }

    /// The words of both sets.
    func union(_ other: WordSet) -> WordSet { WordSet(words.union(other.words)) }

    var count: Int { words.count }

    func makeIterator() -> Set<String>.Iterator { words.makeIterator() }
}

/// 256 bits, one per byte value (`WordSet`, `InitialSet`).
struct ByteMask: Sendable {
    private var bits: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)

    mutating func insert(_ b: UInt8) {
        let bit = UInt64(1) << UInt64(b & 63)
        switch b >> 6 {
        case 0: bits.0 |= bit
        case 1: bits.1 |= bit
        case 2: bits.2 |= bit
        default: bits.3 |= bit
        }
    }

    @inline(__always)
    func contains(_ b: UInt8) -> Bool {
        let bit = UInt64(1) << UInt64(b & 63)
        switch b >> 6 {
        case 0: return bits.0 & bit != 0
        case 1: return bits.1 & bit != 0
        case 2: return bits.2 & bit != 0
        default: return bits.3 & bit != 0
        }
    }
}
