/// Every word list the attribution rules (`AttributionRules`) read: verbs of saying, the words that bound a
/// speaker's noun phrase, roles, name particles, organisations. A newcomer adds a word here and a corpus line to
/// Tests/ClaimCoreTests/Corpus/attribution.corpus; the rules hold no list.
enum AttributionLexicon {
    /// Verbs of saying and reporting that mark an attribution.
    static let speechVerbs: WordSet = [
        "said", "says", "say", "told", "tells", "confirmed", "confirms", "tweeted", "tweets", "announced", "announces",
        "denounced", "denounces", "added", "adds", "warned", "warns", "reported", "reports", "claimed", "claims",
        "stated", "states", "insisted", "insists", "wrote", "writes", "explained", "explains", "noted", "notes",
        "argued", "argues", "acknowledged", "acknowledges", "admitted", "admits", "alleged", "alleges", "asserted",
        "declared", "declares", "estimated", "estimates", "predicted", "revealed", "reveals", "urged", "urges",
        "testified", "posted", "replied", "responded", "stressed", "commented", "suggested", "disclosed",
        "denied", "denies", "condemned", "condemns", "maintained", "conceded", "concedes", "complained", "recalled",
        "cautioned", "emphasised", "emphasized", "told", "informed", "briefed", "quoted", "wrote", "indicated",
        "saying", "asked", "asks", "vowed", "vows", "deplored", "deplores", "chanted", "concluded", "described",
        "describes",
        "assured", "promised", "criticized", "criticised", "expressed", "expresses", "agreed", "accused", "lamented",
        "stresses", "admit", "allege", "called", "calls", "warning", "promising", "claiming", "objected", "assailed",
    ]

    /// Words that end a backwards walk over a speaker's noun phrase.
    static let speakerStops: WordSet = [
        "that", "which", "whom", "whose", "and", "but", "or", "as", "while", "when", "because", "if", "so", "then",
        "by", "to", "from", "with", "after", "before", "since", "than", "into", "onto", "upon", "on", "was", "were",
        "is", "are", "be", "been", "being", "has", "have", "had", "will", "would", "could", "should", "may", "might",
        "can", "did", "does", "do", "not", "also", "later", "yesterday", "today", "tonight", "earlier", "meanwhile",
        "however", "where", "what", "how", "why", "though", "although", "it", "this", "these", "those",
    ]

    static let pronounSpeakers: WordSet = ["he", "she", "they", "we", "i", "you", "it", "who"]

    /// Role words: a speaker "UN envoy Martin Kobler" has the role "UN envoy".
    static let roleWords: WordSet = [
        "mp", "minister", "president", "spokesman", "spokeswoman", "spokesperson", "official", "officials", "chief",
        "general", "gen", "gen.", "commander", "senator", "sen", "governor", "gov", "mayor", "envoy", "secretary",
        "ambassador", "director", "head", "leader", "reporter", "correspondent", "analyst", "professor", "prof",
        "judge",
        "prosecutor", "lawyer", "attorney", "colonel", "col", "captain", "capt", "major", "lieutenant", "sergeant",
        "king", "queen", "prince", "premier", "chairman", "chairwoman", "chair", "ceo", "founder", "economist",
        "dr", "mr", "mrs", "ms", "sheikh", "imam", "bishop", "pope", "councillor", "councilor", "representative", "rep",
        "deputy", "parliamentarian", "lawmaker", "legislator", "diplomat", "admiral", "marshal", "inspector",
        "superintendent", "detective", "constable", "sheriff", "coach", "manager", "executive", "researcher",
        "scientist", "expert", "activist", "witness", "resident", "source", "sources", "candidate", "mufti", "emir",
    ]

    /// Verbs that may come before their speaker ("…,” said Mr Smith).
    static let invertible: WordSet = [
        "said", "says", "say", "reported", "reports", "announced", "added", "adds", "wrote", "writes", "tweeted",
        "warned", "insisted",
        "explained", "noted", "declared", "continued", "asked", "stated", "confirmed", "claimed", "replied",
    ]
    static let determiners: WordSet = [
        "the", "a", "an", "another", "some", "several", "many", "two", "three", "one", "other",
    ]
    static let possessives: WordSet = [
        "the", "his", "her", "its", "their", "our", "my", "your", "these", "those", "a", "an", "such",
    ]
    static let passiveMarkers: WordSet = ["is", "was", "are", "were", "be", "been", "being"]
    /// Participles that are adjectives before a lower-case noun ("alleged terrorist camps", "a purported memo"):
    /// verbs only before a clause, a name or a determiner ("alleged that", "Iraq alleged Ritter was a spy").
    static let attributiveParticiples: WordSet = ["alleged", "purported"]
    /// Speech verbs that count something when a number follows ("The economy added 358,000 jobs").
    static let countingVerbs: WordSet = ["added", "adds", "add"]
    static let adverbsBeforeVerb: WordSet = [
        "often", "yesterday", "today", "also", "later", "earlier", "again", "previously", "recently",
        "separately", "reportedly", "has", "had", "have", "once", "repeatedly", "publicly", "privately",
        "tonight", "on", "last", "night", "late", "initially", "then", "had", "has",
    ]
    static let nameParticles: WordSet = [
        "al", "bin", "ibn", "abu", "de", "del", "della", "der", "den", "van", "von", "la", "le", "da",
        "di", "du", "el", "dos", "das", "y", "bint", "st",
    ]
    static let organisationWords: WordSet = [
        "state", "states", "forces", "force", "government", "ministry", "council", "party",
        "nations", "union", "army", "group", "court", "agency", "bank", "news", "press", "air",
        "royal", "house", "senate", "congress", "parliament", "committee", "organisation",
        "organization", "company", "university", "times", "post", "united", "kingdom",
        "republic", "airlines", "corporation", "league", "front", "office", "department",
        "police", "guard", "brigade", "service", "services", "media", "reuters", "afp",
    ]
    static let honorifics: WordSet = ["mr", "mrs", "ms", "dr", "sheikh", "sir", "dame", "lord", "lady"]

    /// Speech verbs that are also plural nouns ("media reports", "several states", "his claims"): read as a verb
    /// only when a clause can follow.
    static let speechNouns: WordSet = ["reports", "claims", "states", "notes", "estimates", "calls", "says"]

    /// Words after a speech noun that show it is a noun ("reports in Tanzania", "states since 1990").
    static let nounFollowers: WordSet = [
        "of", "in", "on", "at", "for", "from", "since", "to", "by", "with", "and", "or", "were", "was", "are", "is",
        "have",
        "has", "had", "will", "would", "could", "said", "say", "about", "suggest", "show", "indicate",
    ]

    /// Words before a speech noun that show it is a noun ("had reports that", "several states", "all claims").
    static let nounMarkers: WordSet = [
        "had", "has", "have", "with", "of", "no", "any", "many", "several", "all", "some", "more", "few", "those",
        "these",
        "thousand", "hundred", "million", "dozens", "hundreds", "thousands", "numerous", "conflicting", "unconfirmed",
    ]

    /// Prepositions inside a speaker's noun phrase ("a spokeswoman for the ministry", "an aide to Governor Smith",
    /// "the top commander of a resistance force").
    static let phraseLinks: WordSet = ["of", "for", "to", "at", "in", "from"]
    private static let phraseLinkLength = phraseLinks.map(\.utf8.count).max() ?? 0

    /// Whether `word` is one of `phraseLinks` (the length test first: most words are longer).
    static func isPhraseLink(_ word: String) -> Bool {
        word.utf8.count <= phraseLinkLength && phraseLinks.contains(word)
    }

    /// Verbs of saying that are attributions only with a following particle ("called for", "called on").
    static let verbsNeedingParticle: [String: Set<String>] = ["called": ["for", "on"], "calls": ["for", "on"]]
    static let verbsNeedingParticleInitials = InitialSet(verbsNeedingParticle.keys)

    /// Verbs of saying that are attributions only with a later word ("described the plan as reckless").
    static let verbsNeedingLaterWord: [String: String] = ["described": "as", "describes": "as", "describe": "as"]
    static let verbsNeedingLaterWordInitials = InitialSet(verbsNeedingLaterWord.keys)

    /// Endings of a word after "described … as" that make it a description ("as reckless", "as unacceptable"),
    /// not a clause ("as buildings swayed"); a determiner, a possessive or a quotation also opens one.
    static let descriptionEndings: [String] = [
        "ous", "ful", "ive", "ble", "al", "ic", "less", "ing", "ed", "ant", "ent", "ist", "ary",
    ]

    /// Words in a comma-delimited aside that show it is a clause, not an appositive ("…, but it is unknown whether …,").
    static let asideBreakers: WordSet = ["but", "whether", "it", "he", "she", "they", "we", "i", "if", "because"]

    /// Pronouns resolved to the nearest person named before ("he said", "she added").
    static let personalPronouns: WordSet = ["he", "she"]

    /// Pronouns kept as the speaker when nothing resolves them ("It says", "they said").
    static let keptPronouns: WordSet = ["he", "she", "it", "they"]

    /// Prepositions before a run of capitalised words that make it a place or an organisation, not a person
    /// ("in New York", "from South Africa").
    static let placePrepositions: WordSet = [
        "in", "at", "from", "to", "near", "into", "across", "throughout", "of", "outside", "inside", "toward",
        "towards",
        "via", "around", "between",
    ]

    /// Capitalised words that make a run of them a place, not a person.
    static let placeWords: WordSet = [
        "new", "south", "north", "east", "west", "san", "los", "las", "saint", "united", "puerto", "hong", "city",
        "county", "island", "islands", "province", "river", "valley", "street", "square", "airport", "base", "embassy",
        "capital", "africa", "america", "york", "jersey", "kong", "korea", "arabia", "zealand", "lanka", "rico",
        "salaam",
        "angeles", "francisco", "middle", "gulf", "bay", "beach", "mountains", "coast", "strip", "bank", "district",
        "state", "states", "kingdom", "republic", "union", "world", "day", "war", "cup", "games", "church", "hospital",
        "school", "college", "center", "centre", "hall", "park", "road", "avenue",
    ]
}
