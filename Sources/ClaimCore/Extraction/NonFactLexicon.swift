/// Every word list `NonFactRules` reads: the numbers of news prose that are not checkable facts.
enum NonFactLexicon {
    /// The dashes that close a wire story's dateline ("BAGHDAD (Reuters) -", "LONDON —"), as scalars.
    static let datelineDashes: Set<UInt32> = [0x2D, 0x2013, 0x2014]

    /// Words before an age ("aged 4", "age 52", "ages 5 to 12").
    static let ageMarkers: WordSet = ["aged", "age", "ages"]

    /// The first letter of every word of `ageMarkers`, to skip the lookup for other words.
    static let ageMarkerInitials = InitialSet(ageMarkers)

    /// Words joining two ages ("aged four and 11", "ages 5 to 12").
    static let ageJoiners: WordSet = ["and", "to", "or", ",", "-", "–"]

    /// Words after a number that make it an age ("52 years old", "a girl of 11 years of age").
    static let ageFollowers: [[String]] = [
        ["years", "old"], ["year", "old"], ["years", "of", "age"], ["months", "old"],
    ]

    /// Relations before "of one": "the sister of one patient" names a person, it counts nothing.
    static let relationNouns: WordSet = [
        "sister", "brother", "mother", "father", "wife", "husband", "son", "daughter", "relative", "relatives",
        "friend",
        "friends", "lawyer", "lawyers", "family", "widow", "parents", "cousin", "uncle", "aunt", "colleague",
        "neighbour",
        "neighbor", "spokesman", "spokeswoman", "owner",
    ]

    /// Set phrases holding a number that counts nothing, each matched around the number it contains.
    static let idioms: [[String]] = [
        ["one", "another"], ["one", "by", "one"], ["one", "or", "two"], ["one", "or", "another"],
        ["at", "one", "point"],
        ["one", "day"], ["one", "time"], ["one", "of", "these", "days"], ["number", "one"], ["one", "and", "only"],
        ["one", "on", "one"], ["a", "thousand", "times"], ["a", "million", "times"],
        ["in", "a", "million"], ["one", "in", "a", "million"], ["not", "100", "per", "cent"],
        ["not", "100", "percent"],
        ["not", "100", "%"], ["100", "per", "cent", "sure"], ["100", "percent", "sure"], ["100", "%", "sure"],
        ["100", "per", "cent", "certain"], ["100", "percent", "certain"], ["a", "hundred", "per", "cent"],
        ["one", "way", "or", "another"], ["ten", "to", "one"], ["nine", "times", "out", "of", "ten"], ["one", "thing"],
        ["on", "the", "one", "hand"], ["one", "of", "a", "kind"], ["seven", "seas"], ["twenty", "four", "seven"],
        ["24", "/", "7"], ["one", "or", "more"], ["one", "after", "another"], ["one", "at", "a", "time"],
    ]

    /// `idioms` by each word they hold, with that word's position in the phrase: one lookup per number.
    static let idiomsByWord: [String: [(phrase: [String], at: Int)]] = {
        var index: [String: [(phrase: [String], at: Int)]] = [:]
        for phrase in idioms { for (i, w) in phrase.enumerated() { index[w, default: []].append((phrase, i)) } }
        return index
    }()

    /// The keys of `idiomsByWord`: another word is not looked up.
    static let idiomWords = WordSet(idiomsByWord.keys)

    /// The words of `idioms` written in digits ("100", "24"): a number token is looked up only if it is one.
    static let idiomDigits: [String] = Array(Set(idioms.joined().filter { $0.utf8.allSatisfy { $0 &- 0x30 < 10 } }))

    /// The first letters of the first words of `ageFollowers` and `clockFollowers`: another word is not looked up.
    static let followerFirstWordInitials = InitialSet(followersByFirstWord.keys)

    /// The keys of `followersByFirstWord`: another word is not looked up.
    static let followerFirstWords = WordSet(followersByFirstWord.keys)

    /// `ageFollowers` and `clockFollowers` by their first word.
    static let followersByFirstWord: [String: [(phrase: [String], age: Bool)]] = {
        var index: [String: [(phrase: [String], age: Bool)]] = [:]
        for phrase in ageFollowers { index[phrase[0], default: []].append((phrase, true)) }
        for phrase in clockFollowers { index[phrase[0], default: []].append((phrase, false)) }
        return index
    }()

    /// Words after a number that make it a time of day ("at 10 o'clock", "9 in the morning").
    static let clockFollowers: [[String]] = [
        ["o'clock"], ["o’clock"], ["in", "the", "morning"], ["in", "the", "evening"],
        ["in", "the", "afternoon"], ["at", "night"], ["hours", "gmt"], ["gmt"], ["local", "time"],
    ]

    /// The escape character that opens a terminal control sequence ("ESC[31m"): the numbers inside are codes.
    static let escape: UInt32 = 0x1B
}
