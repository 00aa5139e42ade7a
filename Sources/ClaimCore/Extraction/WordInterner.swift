/// The lower-cased ASCII words an article has used so far, each with its lexicon classes: a word met
/// again (most words of news prose are) costs one hash probe instead of building a `String` and
/// classifying it.
///
/// An open-addressing table keyed by the lower-cased bytes (FNV-1a). It stops taking new words at
/// `capacityLimit`; words after that are still returned correctly, just built afresh each time.
struct WordInterner {
    static let capacityLimit = 1 << 18

    private var slots: [Int32]
    private var mask: Int
    private var hashes: [UInt32] = []
    private var starts: [Int32] = []
    private var lengths: [Int32] = []
    private var words: [String] = []
    private var classes: [WordClass] = []
    private var keyBytes: [UInt8] = []

    init() {
        slots = Array(repeating: -1, count: 4096)
        mask = 4095
    }

    static let hashSeed = FNV1a.seed

    /// One step of the hash: `hash(raw)` is `mix` over the bytes from `hashSeed`. The tokenizer mixes
    /// while it scans a word, so the bytes are read once.
    @inline(__always)
    static func mix(_ hash: UInt32, _ byte: UInt8) -> UInt32 { FNV1a.mix(hash, lower(byte)) }

    static func hash(_ raw: UnsafeBufferPointer<UInt8>) -> UInt32 { raw.reduce(hashSeed, mix) }

    /// The lower-cased word for the ASCII word bytes `raw` (any case) and its classes; `hash` must be
    /// `WordInterner.hash(raw)`.
    mutating func word(_ raw: UnsafeBufferPointer<UInt8>, hash: UInt32) -> (String, WordClass) {
        assert(hash == Self.hash(raw))
        var slot = Int(hash) & mask
        while true {
            let index = Int(slots[slot])
            if index < 0 { break }
            if hashes[index] == hash, Int(lengths[index]) == raw.count, matches(raw, at: Int(starts[index])) {
                return (words[index], classes[index])
            }
            slot = (slot + 1) & mask
        }
        let word = String(unsafeUninitializedCapacity: raw.count) { buffer in
            for (k, b) in raw.enumerated() { buffer[k] = Self.lower(b) }
            return raw.count
        }
        let wordClasses = WordClass.of(word, hyphenated: raw.contains(0x2D))
        guard words.count < Self.capacityLimit else { return (word, wordClasses) }
        slots[slot] = Int32(words.count)
        hashes.append(hash)
        starts.append(Int32(keyBytes.count))
        lengths.append(Int32(raw.count))
        words.append(word)
        classes.append(wordClasses)
        keyBytes.append(contentsOf: word.utf8)
        if words.count * 2 > slots.count { grow() }
        return (word, wordClasses)
    }

    /// Lower case for the bytes of an ASCII word: letters, digits, "-", "'" and "." all have bit 0x20 set
    /// except the capitals, so setting it lower-cases a capital and leaves the rest alone.
    private static func lower(_ b: UInt8) -> UInt8 { b | 0x20 }

    private func matches(_ raw: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        keyBytes.withUnsafeBufferPointer { keys in
            for k in 0..<raw.count where keys[start + k] != Self.lower(raw[k]) { return false }
            return true
        }
    }

    private mutating func grow() {
        slots = Array(repeating: -1, count: slots.count * 2)
        mask = slots.count - 1
        for (index, hash) in hashes.enumerated() {
            var slot = Int(hash) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(index)
        }
    }
}
