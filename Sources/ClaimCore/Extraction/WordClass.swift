/// The lexicon classes of a word, looked up once per token when tokenising, so that the rules test bits
/// instead of hashing the same strings again and again (the difference between 6 and 30+ MB/s).
struct WordClass: OptionSet, Sendable {
    let rawValue: UInt32

    static let numberWord = WordClass(rawValue: 1 << 0)
    static let month = WordClass(rawValue: 1 << 1)
    static let weekday = WordClass(rawValue: 1 << 2)
    static let season = WordClass(rawValue: 1 << 3)
    /// yesterday, last, next, this, at, over, a, an … — words a date rule may start on.
    static let dateStart = WordClass(rawValue: 1 << 4)
    static let speechVerb = WordClass(rawValue: 1 << 5)
    static let harm = WordClass(rawValue: 1 << 6)
    /// Words that may end a qualifier ("than", "least", "over", "about" …).
    static let qualifierEnd = WordClass(rawValue: 1 << 7)
    static let scale = WordClass(rawValue: 1 << 8)
    static let label = WordClass(rawValue: 1 << 9)
    static let according = WordClass(rawValue: 1 << 10)
    static let honorific = WordClass(rawValue: 1 << 11)
    static let nameParticle = WordClass(rawValue: 1 << 12)
    static let role = WordClass(rawValue: 1 << 13)
    static let organisation = WordClass(rawValue: 1 << 14)
    static let speakerStop = WordClass(rawValue: 1 << 15)
    static let pronounSpeaker = WordClass(rawValue: 1 << 16)
    static let determiner = WordClass(rawValue: 1 << 17)
    static let abbreviation = WordClass(rawValue: 1 << 18)
    static let nounStop = WordClass(rawValue: 1 << 19)
    static let plainVerb = WordClass(rawValue: 1 << 20)
    static let numberBlocker = WordClass(rawValue: 1 << 21)
    /// A currency word or a unit of measure ("dollars", "km", "square").
    static let unitWord = WordClass(rawValue: 1 << 22)
    static let personNoun = WordClass(rawValue: 1 << 23)
    /// yesterday, today, tomorrow, tonight.
    static let dayWord = WordClass(rawValue: 1 << 24)
    /// last, next, this, past, coming, earlier, later, previous.
    static let relativeWord = WordClass(rawValue: 1 << 25)
    /// at, over, during (… the weekend).
    static let periodWord = WordClass(rawValue: 1 << 26)
    /// a, an.
    static let article = WordClass(rawValue: 1 << 27)
    /// will, due, scheduled … (`DateLexicon.futureWords`).
    static let future = WordClass(rawValue: 1 << 28)
    /// was, were, had, did, ago, last (`DateLexicon.pastWords`).
    static let past = WordClass(rawValue: 1 << 29)
    /// A word that makes a run of capitalised words a place (`AttributionLexicon.placeWords`).
    static let place = WordClass(rawValue: 1 << 30)
    /// Any word a casualty rule reads (`CasualtyLexicon.cues`): without one near a count, no casualty rule can apply.
    static let casualtyCue = WordClass(rawValue: 1 << 31)

    /// Every lexicon word with its classes.
    static let table: [String: WordClass] = {
        var t: [String: WordClass] = [:]
        func add<S: Sequence>(_ words: S, _ c: WordClass) where S.Element == String {
            for w in words { t[w, default: []].insert(c) }
        }
        add(NumberWords.units.keys, .numberWord)
        add(NumberWords.tens.keys, .numberWord)
        add([NumberWords.dozen, "a", "an"], .numberWord)
        /// "friday" and its possessives "friday's", "friday’s".
        func possessives<S: Sequence>(_ words: S) -> [String] where S.Element == String {
            words.flatMap { [$0, $0 + "'s", $0 + "’s"] }
        }
        add(possessives(DateLexicon.months.keys), .month)
        add(possessives(DateLexicon.weekdays.keys), .weekday)
        add(DateLexicon.seasons.keys, .season)
        add(possessives(DateLexicon.dayWords.keys), .dateStart)
        add(DateLexicon.relativeWords, .dateStart)
        add(DateLexicon.periodWords, .dateStart)
        add(DateLexicon.words.keys, .dateStart)
        add(AttributionLexicon.speechVerbs, .speechVerb)
        add(CasualtyLexicon.harm, .harm)
        add(Lexicon.qualifiers.compactMap(\.0.last), .qualifierEnd)
        add(NumberWords.scales.keys, .scale)
        add(QuantityLexicon.labelWords, .label)
        add(["according"], .according)
        add(AttributionLexicon.honorifics, .honorific)
        add(AttributionLexicon.nameParticles, .nameParticle)
        add(AttributionLexicon.roleWords, .role)
        add(AttributionLexicon.organisationWords, .organisation)
        add(AttributionLexicon.speakerStops, .speakerStop)
        add(AttributionLexicon.pronounSpeakers, .pronounSpeaker)
        add(AttributionLexicon.determiners, .determiner)
        add(Lexicon.abbreviations, .abbreviation)
        add(QuantityLexicon.nounStops, .nounStop)
        add(QuantityLexicon.plainVerbs, .plainVerb)
        add(Lexicon.numberBlockers, .numberBlocker)
        add(MeasureUnit.aliases.keys, .unitWord)
        add(CasualtyLexicon.personNouns, .personNoun)
        add(possessives(DateLexicon.dayWords.keys), .dayWord)
        add(DateLexicon.relativeWords, .relativeWord)
        add(DateLexicon.periodWords, .periodWord)
        add(["a", "an"], .article)
        add(DateLexicon.futureWords, .future)
        add(DateLexicon.pastWords, .past)
        add(AttributionLexicon.placeWords, .place)
        add(CasualtyLexicon.cues, .casualtyCue)
        return t
    }()

    /// `table` in a form probed with a word's bytes.
    private static let byteTable = ByteKeyedTable(table)

    /// The classes of a lower-cased word; hyphenated number words ("twenty-one") count as number words.
    /// `hyphenated` may be false only when the word has no hyphen (a tokenizer that knows says so).
    static func of(_ lower: String, hyphenated: Bool = true) -> WordClass {
        let utf8 = lower.utf8
        if let c = utf8.withContiguousStorageIfAvailable({ byteTable.value(for: $0) }) ?? table[lower] { return c }
        guard hyphenated, utf8.contains(0x2D) else { return [] }
        if NumberReader.wordValue(lower) != nil { return .numberWord }
        if lower.startsWith("mid-") || lower.startsWith("late-") || lower.startsWith("early-") { return .dateStart }
        return []
    }
}

/// A read-only open-addressing hash table from words to values, probed with the word's UTF-8 bytes
/// (FNV-1a): no `String` is hashed, which matters for a lookup made on every word of an article.
struct ByteKeyedTable<Value: Sendable>: Sendable {
    private let slots: [Int32]  // index into `entries`, or -1 for an empty slot
    private let entries: [(hash: UInt32, start: Int32, count: Int32, value: Value)]
    private let keyBytes: [UInt8]
    private let mask: Int

    init(_ dictionary: [String: Value]) {
        var size = 16
        while size < dictionary.count * 4 { size *= 2 }
        mask = size - 1
        var slots = [Int32](repeating: -1, count: size)
        var entries: [(hash: UInt32, start: Int32, count: Int32, value: Value)] = []
        var keyBytes: [UInt8] = []
        for (key, value) in dictionary {
            let bytes = Array(key.utf8)
            let hash = bytes.withUnsafeBufferPointer(Self.hash)
            entries.append((hash, Int32(keyBytes.count), Int32(bytes.count), value))
            keyBytes += bytes
            var slot = Int(hash) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(entries.count - 1)
        }
        self.slots = slots
        self.entries = entries
        self.keyBytes = keyBytes
    }

    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
        bytes.reduce(FNV1a.seed, FNV1a.mix)
    }

    /// The value stored for exactly these bytes, or nil.
    func value(for bytes: UnsafeBufferPointer<UInt8>) -> Value? {
        let hash = Self.hash(bytes)
        var slot = Int(hash) & mask
        while true {
            let index = Int(slots[slot])
            if index < 0 { return nil }
            let entry = entries[index]
            if entry.hash == hash, Int(entry.count) == bytes.count,
                keyBytes.withUnsafeBufferPointer({ keys in
                    bytes.indices.allSatisfy { keys[Int(entry.start) + $0] == bytes[$0] }
                })
            {
                return entry.value
            }
            slot = (slot + 1) & mask
        }
    }
}

/// The 32-bit FNV-1a hash, one byte at a time: what `ByteKeyedTable` and `WordInterner` hash words with.
enum FNV1a {
    static let seed: UInt32 = 0x811C_9DC5

    @inline(__always)
    static func mix(_ hash: UInt32, _ byte: UInt8) -> UInt32 { (hash ^ UInt32(byte)) &* 0x0100_0193 }
}

/// The first bytes of a set of words, as a bitmap: a cheap test that rules out most words before a `Set` lookup
/// (which hashes the whole word) on the hot paths of the rules.
struct InitialSet: Sendable {
    private var initials = ByteMask()

    init<S: Sequence>(_ words: S) where S.Element == String {
        for word in words { if let b = word.utf8.first { initials.insert(b) } }
    }

    /// False when no word of the set starts as `word` does.
    func mayContain(_ word: String) -> Bool {
        guard let b = word.utf8.first else { return false }
        return initials.contains(b)
    }
}
