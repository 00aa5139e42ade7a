/// The word lists the extraction rules read. Kept in one place so that a rule never hides a list.
enum Lexicon {
    /// Words that end with a full stop without ending the sentence.
    static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "sgt", "capt", "maj", "cmdr", "adm", "brig", "cpl", "pvt",
        "rep", "sen", "gov", "pres", "supt", "insp", "det", "const", "rev", "hon", "fr", "st", "mt", "ft", "jr", "sr",
        "no", "nos", "vs", "v", "etc", "inc", "ltd", "co", "corp", "plc", "dept", "univ", "approx", "est", "fig", "vol",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "ave", "blvd", "rd", "ind", "rs",
    ]

    /// Words that start a new sentence after an ambiguous abbreviation such as "U.S." or "a.m.".
    static let sentenceStarters: Set<String> = [
        "the", "a", "an", "he", "she", "it", "they", "we", "i", "this", "that", "these", "those", "there", "but", "and",
        "in", "on", "at", "his", "her", "their", "its", "our", "officials", "police", "some", "many", "after", "before",
        "meanwhile", "however", "when", "while", "as", "if", "one", "two", "three", "earlier", "later", "last", "on",
    ]

    /// Two-word and one-word qualifiers before a number, longest first when read.
    static let qualifiers: [([String], Qualifier)] = [
        (["more", "than"], .moreThan), (["over"], .moreThan), (["in", "excess", "of"], .moreThan), (["upwards", "of"], .moreThan),
        (["at", "least"], .atLeast), (["no", "fewer", "than"], .atLeast), (["no", "less", "than"], .atLeast), (["a", "minimum", "of"], .atLeast),
        (["fewer", "than"], .fewerThan), (["less", "than"], .fewerThan), (["under"], .fewerThan), (["below"], .fewerThan),
        (["at", "most"], .atMost), (["no", "more", "than"], .atMost), (["a", "maximum", "of"], .atMost),
        (["about"], .about), (["around"], .about), (["approximately"], .about), (["roughly"], .about), (["some"], .about),
        (["an", "estimated"], .about), (["estimated"], .about), (["circa"], .about), (["almost"], .nearly), (["nearly"], .nearly),
        (["close", "to"], .nearly), (["just", "under"], .nearly), (["up", "to"], .upTo), (["as", "many", "as"], .upTo),
        (["as", "much", "as"], .upTo),
    ]

    /// `qualifiers` by their last word, in the same order.
    static let qualifiersByLastWord: [String: [([String], Qualifier)]] = Dictionary(grouping: qualifiers) { $0.0.last! }

    /// Nouns that count people: a number of these next to a word of harm is a casualty count.
    static let personNouns: Set<String> = [
        "people", "person", "persons", "civilians", "civilian", "fighters", "fighter", "soldiers", "soldier", "troops", "men",
        "women", "children", "child", "kids", "babies", "residents", "passengers", "militants", "militant", "police",
        "policemen", "officers", "officer", "workers", "worker", "migrants", "refugees", "protesters", "protestors",
        "demonstrators", "diplomats", "hostages", "students", "pupils", "victims", "members", "rebels", "insurgents",
        "gunmen", "attackers", "bystanders", "pilgrims", "tourists", "miners", "crew", "patients", "prisoners", "inmates",
        "villagers", "citizens", "nationals", "journalists", "staff", "employees", "firefighters", "guards", "personnel",
        "jihadists", "loyalists", "others", "adults", "teenagers", "infants", "girls", "boys", "family", "families",
        "americans", "britons", "palestinians", "israelis", "syrians", "iraqis", "afghans", "libyans", "ukrainians",
        "russians", "individuals", "casualties", "dead", "bodies", "lives", "wounded", "injured",
    ]

    /// Words that make a count of people a casualty count.
    static let harm: Set<String> = [
        "killed", "killing", "kill", "kills", "dead", "died", "die", "dies", "dying", "death", "deaths", "wounded",
        "wounding", "injured", "injuring", "injuries", "hurt", "missing", "casualties", "fatalities", "perished", "slain",
        "murdered", "massacred", "executed", "drowned", "lost", "toll", "shot", "bodies",
    ]

    /// Verbs of saying and reporting that mark an attribution.
    static let speechVerbs: Set<String> = [
        "said", "says", "say", "told", "tells", "confirmed", "confirms", "tweeted", "tweets", "announced", "announces",
        "denounced", "denounces", "added", "adds", "warned", "warns", "reported", "reports", "claimed", "claims",
        "stated", "states", "insisted", "insists", "wrote", "writes", "explained", "explains", "noted", "notes",
        "argued", "argues", "acknowledged", "acknowledges", "admitted", "admits", "alleged", "alleges", "asserted",
        "declared", "declares", "estimated", "estimates", "predicted", "revealed", "reveals", "urged", "urges",
        "testified", "posted", "replied", "responded", "stressed", "commented", "suggested", "suggests", "disclosed",
        "denied", "denies", "condemned", "condemns", "maintained", "conceded", "concedes", "complained", "recalled",
        "cautioned", "emphasised", "emphasized", "told", "informed", "briefed", "quoted", "wrote", "indicated",
    ]

    /// Words that end a backwards walk over a speaker's noun phrase.
    static let speakerStops: Set<String> = [
        "that", "which", "whom", "whose", "and", "but", "or", "as", "while", "when", "because", "if", "so", "then",
        "by", "to", "from", "with", "after", "before", "since", "than", "into", "onto", "upon", "on", "was", "were",
        "is", "are", "be", "been", "being", "has", "have", "had", "will", "would", "could", "should", "may", "might",
        "can", "did", "does", "do", "not", "also", "later", "yesterday", "today", "tonight", "earlier", "meanwhile",
        "however", "where", "what", "how", "why", "though", "although", "it", "this", "these", "those",
    ]

    static let pronounSpeakers: Set<String> = ["he", "she", "they", "we", "i", "you", "it", "who"]

    /// Role words: a speaker "UN envoy Martin Kobler" has the role "UN envoy".
    static let roleWords: Set<String> = [
        "mp", "minister", "president", "spokesman", "spokeswoman", "spokesperson", "official", "officials", "chief",
        "general", "gen", "gen.", "commander", "senator", "sen", "governor", "gov", "mayor", "envoy", "secretary",
        "ambassador", "director", "head", "leader", "reporter", "correspondent", "analyst", "professor", "prof", "judge",
        "prosecutor", "lawyer", "attorney", "colonel", "col", "captain", "capt", "major", "lieutenant", "sergeant",
        "king", "queen", "prince", "premier", "chairman", "chairwoman", "chair", "ceo", "founder", "economist",
        "dr", "mr", "mrs", "ms", "sheikh", "imam", "bishop", "pope", "councillor", "councilor", "representative", "rep",
        "deputy", "parliamentarian", "lawmaker", "legislator", "diplomat", "admiral", "marshal", "inspector",
        "superintendent", "detective", "constable", "sheriff", "coach", "manager", "executive", "researcher",
        "scientist", "expert", "activist", "witness", "resident", "source", "sources", "candidate", "mufti", "emir",
    ]

    /// Words that cannot be the counted noun after a number.
    static let nounStops: Set<String> = [
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
    static let plainVerbs: Set<String> = [
        "struck", "hit", "fled", "fell", "rose", "left", "took", "made", "came", "went", "gave", "saw", "won", "met",
        "held", "began", "became", "ran", "sent", "got", "put", "set", "kept", "brought", "bought", "built", "caught",
        "drove", "flew", "grew", "knew", "led", "paid", "sat", "stood", "spent", "swept", "threw", "wore", "fought",
        "remain", "remains", "live", "lives", "need", "needs", "face", "faces", "want", "wants", "work", "works", "say",
        "get", "gets", "go", "goes", "come", "comes", "take", "takes", "make", "makes", "lose", "win", "wins", "vote",
        "votes", "voted", "attend", "attended", "gather", "gathered", "protest", "protested", "took", "arrived", "arrive",
        "return", "returned", "escape", "escaped", "flee", "stay", "stayed", "wait", "waited", "must", "shall", "cannot",
    ]

    /// Words that mark a number as a time of day or an ordinal-ish label, never a quantity.
    static let numberBlockers: Set<String> = ["am", "pm", "a.m.", "p.m.", "st", "nd", "rd", "th", "gmt", "utc", "bst", "cet"]

    /// Words before a number that make it a label, not a count ("No. 10", "Apollo 11", "article 5", "Covid-19").
    static let labelWords: Set<String> = [
        "no", "number", "article", "section", "chapter", "page", "route", "highway", "flight", "resolution", "paragraph",
        "room", "gate", "platform", "line", "level", "phase", "grade", "class", "season", "episode", "version", "model",
        "channel", "covid", "category", "stage", "item", "rule", "amendment", "clause", "code", "act", "bill", "apollo",
        "terminal", "unit", "block", "building", "floor", "road", "street", "avenue", "lot", "tier", "group", "world",
    ]

    static let superlatives: Set<String> = ["most", "least", "best", "worst", "biggest", "largest", "first", "last", "few"]
}
