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

    /// Every lexicon word with its classes.
    static let table: [String: WordClass] = {
        var t: [String: WordClass] = [:]
        func add<S: Sequence>(_ words: S, _ c: WordClass) where S.Element == String { for w in words { t[w, default: []].insert(c) } }
        add(Lexicon.units.keys, .numberWord)
        add(Lexicon.tens.keys, .numberWord)
        add(["dozen", "a", "an"], .numberWord)
        add(Lexicon.months.keys, .month)
        add(Lexicon.weekdays.keys, .weekday)
        add(Lexicon.seasons.keys, .season)
        add(["yesterday", "today", "tomorrow", "tonight", "last", "next", "this", "past", "coming", "earlier", "later",
             "previous", "at", "over", "during", "a", "an"], .dateStart)
        add(Lexicon.speechVerbs, .speechVerb)
        add(Lexicon.harm, .harm)
        add(Lexicon.qualifiers.compactMap(\.0.last), .qualifierEnd)
        add(Lexicon.scales.keys, .scale)
        add(Lexicon.labelWords, .label)
        add(["according"], .according)
        return t
    }()

    /// The classes of a lower-cased word; hyphenated number words ("twenty-one") count as number words.
    static func of(_ lower: String) -> WordClass {
        if let c = table[lower] { return c }
        if lower.utf8.contains(0x2D), NumberReader.wordValue(lower) != nil { return .numberWord }
        if lower.hasPrefix("mid-") { return .dateStart }
        return []
    }
}
