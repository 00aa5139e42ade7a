/// Every word list the quantity rules (`QuantityRules`) read for counted nouns and labels; number words,
/// scales, qualifiers and units stay in `Lexicon` (the number grammar). A newcomer adds a word here and a
/// corpus line to Tests/ClaimCoreTests/Corpus/quantity.corpus.
enum QuantityLexicon {
    /// Words that cannot be the counted noun after a number.
    static let nounStops: WordSet = [
        "of", "in", "on", "at", "to", "from", "by", "for", "with", "and", "or", "but", "that", "which", "who", "were",
        "was", "are", "is", "be", "been", "being", "had", "has", "have", "will", "would", "could", "should", "may",
        "might", "can", "did", "do", "does", "said", "says", "since", "after", "before", "during", "including", "than",
        "as", "while", "when", "where", "the", "a", "an", "this", "these", "those", "their", "its", "his", "her", "our",
        "it", "they", "he", "she", "we", "per", "each", "a.m.", "p.m.", "am", "pm", "earlier", "later", "ago", "more",
        "less", "also", "not", "out", "up", "down", "into", "against", "between", "among", "about", "over", "under",
        "without", "within", "across", "near", "around", "inside", "outside", "through", "throughout", "despite",
        "because", "via", "like", "amid", "towards", "toward", "behind", "beyond", "off", "onto", "upon", "until",
        "if", "so", "yet", "still", "already", "just", "only", "all", "both", "such", "whose", "whom", "what",
    ]

    /// Common verbs without an -ed ending, which end a counted noun ("six people fled", "a quake struck").
    static let plainVerbs: WordSet = [
        "struck", "hit", "fled", "fell", "rose", "left", "took", "made", "came", "went", "gave", "saw", "won", "met",
        "held", "began", "became", "ran", "sent", "got", "put", "set", "kept", "brought", "bought", "built", "caught",
        "drove", "flew", "grew", "knew", "led", "paid", "sat", "stood", "spent", "swept", "threw", "wore", "fought",
        "remain", "remains", "live", "lives", "need", "needs", "face", "faces", "want", "wants", "work", "works", "say",
        "get", "gets", "go", "goes", "come", "comes", "take", "takes", "make", "makes", "lose", "win", "wins", "vote",
        "votes", "voted", "attend", "attended", "gather", "gathered", "protest", "protested", "took", "arrived",
        "arrive",
        "return", "returned", "escape", "escaped", "flee", "stay", "stayed", "wait", "waited", "must", "shall",
        "cannot",
    ]

    /// Words before a number that make it a label, not a count ("No. 10", "Apollo 11", "article 5", "Covid-19").
    static let labelWords: WordSet = [
        "no", "number", "article", "section", "chapter", "page", "route", "highway", "flight", "resolution",
        "paragraph",
        "room", "gate", "platform", "line", "level", "phase", "grade", "class", "season", "episode", "version", "model",
        "channel", "covid", "category", "stage", "item", "rule", "amendment", "clause", "code", "act", "bill", "apollo",
        "terminal", "unit", "block", "building", "floor", "road", "street", "avenue", "lot", "tier", "group", "world",
    ]

    /// Words before "one" that make it a pronoun, not a count ("no one was hurt", "every one of them").
    static let oneIsNotACount: WordSet = ["no", "any", "every", "the", "each", "this"]

    /// Verbs of saying that are also countable plural nouns ("32 death claims", "seven states", "40 reports").
    static let countableSpeechNouns: WordSet = ["reports", "claims", "states", "notes", "estimates", "calls"]

    /// Words between a count and its noun that are not part of the noun ("three more miners", "two other guards").
    static let countModifiers: WordSet = ["more", "other", "further", "additional"]
    static let countModifierInitials = InitialSet(countModifiers)

    static let superlatives: WordSet = ["most", "least", "best", "worst", "biggest", "largest", "first", "last", "few"]

    /// Words after "of" that stand for the counted people themselves when a verb follows ("Five of them remain",
    /// "Three of those remained"; but "two of them Americans", "two of those injured").
    static let pronounDeterminers: WordSet = ["them", "whom", "those", "these"]

    /// Verbs that show a word of `pronounDeterminers` standing alone as the subject.
    static let subjectVerbs: WordSet = [
        "were", "was", "are", "is", "remain", "remains", "remained", "have", "had", "has", "will", "would", "could",
        "may", "might", "did", "do", "still",
    ]

    /// Words after "of" that the counted noun follows ("eight of the general's bodyguards", "one of its jets").
    static let ofDeterminers: WordSet = [
        "the", "its", "their", "his", "her", "our", "those", "these", "them", "whom", "which",
    ]
}
