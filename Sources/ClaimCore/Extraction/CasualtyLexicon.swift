/// Every word list the casualty rules (`CasualtyRules`) read. A newcomer adds a word here and a corpus line
/// to Tests/ClaimCoreTests/Corpus/casualty.corpus; the rules themselves hold no list.
enum CasualtyLexicon {
    /// Nouns that count people: a number of these next to a word of harm is a casualty count.
    static let personNouns: WordSet = [
        "people", "person", "persons", "civilians", "civilian", "fighters", "fighter", "soldiers", "soldier", "troops",
        "men",
        "women", "children", "child", "kids", "babies", "residents", "passengers", "militants", "militant", "police",
        "policemen", "officers", "officer", "workers", "worker", "migrants", "refugees", "protesters", "protestors",
        "demonstrators", "diplomats", "hostages", "students", "pupils", "victims", "members", "rebels", "insurgents",
        "gunmen", "attackers", "bystanders", "pilgrims", "tourists", "miners", "crew", "patients", "prisoners",
        "inmates",
        "villagers", "citizens", "nationals", "journalists", "staff", "employees", "firefighters", "guards",
        "personnel",
        "jihadists", "loyalists", "others", "adults", "teenagers", "infants", "girls", "boys", "family", "families",
        "americans", "britons", "palestinians", "israelis", "syrians", "iraqis", "afghans", "libyans", "ukrainians",
        "russians", "individuals", "casualties", "dead", "bodies", "lives", "wounded", "injured", "traders", "priests",
        "nuns", "monks", "doctors", "nurses", "teachers", "farmers", "fishermen", "sailors", "marines", "bodyguards",
        "peacekeepers", "volunteers", "shoppers", "worshippers", "spectators", "fans", "climbers", "hikers", "drivers",
        "guests", "visitors", "relatives", "supporters", "agents", "employees", "tutsis", "hutus", "kurds", "africans",
        "japanese", "sudanese", "chinese", "vietnamese", "lebanese", "swiss", "portuguese", "burmese", "congolese",
        "senegalese", "taiwanese", "french", "british", "dutch", "irish", "maltese", "nepalese", "somali",
    ]

    /// Words that make a count of people near them a casualty count (the window rule `nearHarm`), and that
    /// end a counted noun ("six people killed").
    static let harm: WordSet = [
        "killed", "killing", "kill", "kills", "dead", "died", "die", "dies", "dying", "death", "deaths", "wounded",
        "wounding", "injured", "injuring", "injuries", "hurt", "casualties", "fatalities", "perished", "slain",
        "murdered", "massacred", "executed", "drowned", "lost", "toll", "shot", "bodies", "stabbed", "slayings",
        "killings", "murders", "genocide", "massacre",
    ]

    /// Counted nouns that are casualties by themselves ("39 deaths", "12 victims", "the 14 killings").
    static let casualtyNouns: WordSet = [
        "dead", "wounded", "injured", "casualties", "fatalities", "deaths", "victims", "bodies", "killings", "slayings",
        "murders", "homicides", "injuries",
    ]

    /// Verbs whose object is the people harmed ("killed six traders", "wounding 30", "shot two guards").
    static let harmVerbsWithObject: WordSet = [
        "killed", "killing", "kills", "kill", "wounded", "wounding", "wounds", "injured", "injuring", "injures", "hurt",
        "hurting", "shot", "shooting", "murdered", "murdering", "massacred", "massacring", "executed", "executing",
        "slew",
        "slaughtered", "slaughtering", "stabbed", "stabbing", "maimed",
    ]

    /// Nouns of harm followed by "of" and the people harmed ("deaths of 1.7 million Cambodians").
    static let harmNounsWithOf: WordSet = [
        "death", "deaths", "killing", "killings", "murder", "murders", "massacre", "slaughter", "slaying", "slayings",
        "genocide", "execution", "executions", "lives",
    ]

    /// Predicates saying that their subject was harmed ("Four soldiers were wounded", "Three more miners died").
    static let harmPredicates: WordSet = [
        "killed", "died", "die", "dies", "dead", "wounded", "injured", "hurt", "perished", "drowned", "shot", "slain",
        "stabbed", "executed", "murdered", "massacred", "burned", "burnt", "electrocuted", "crushed", "beheaded",
        "hospitalised", "hospitalized",
    ]

    /// Words a predicate of harm may follow after its counted subject: auxiliaries, adverbs, "more".
    static let predicateFillers: WordSet = [
        "more", "others", "other", "were", "was", "are", "is", "have", "has", "had", "been", "be", "being",
        "reportedly",
        "also", "later", "all", "each", "allegedly", "subsequently", "either", "critically", "seriously", "slightly",
        "badly", "fatally", "mortally", "believed", "feared", "to", "confirmed", "now", "since", "then", "already",
        "apparently", "reported",
    ]

    /// Pronouns that a count of people takes with "of" ("Five of them", "three of those").
    static let countedPronouns: WordSet = ["them", "those", "these"]

    /// Verbs and adverbs between a counted subject and its place of care ("remain in", "were still in").
    static let careLinkers: WordSet = [
        "remain", "remains", "remained", "remaining", "are", "were", "was", "is", "still", "being", "been", "have",
        "had",
        "has", "later", "also", "all", "now", "lay", "lie", "lies",
    ]

    /// Linkers that make a stay in hospital an injury by themselves ("remain in hospital", "still in hospital").
    static let stayLinkers: WordSet = ["remain", "remains", "remained", "remaining", "still"]

    /// Places and states of medical care that mark the people in them as hurt, after a linker
    /// ("in intensive care", "in critical condition", "were taken to hospital").
    static let carePhrases: [[String]] = [
        ["in", "intensive", "care"], ["in", "critical", "condition"], ["in", "serious", "condition"],
        ["in", "a", "critical", "condition"], ["in", "a", "serious", "condition"], ["in", "grave", "condition"],
        ["in", "stable", "condition"], ["in", "a", "stable", "condition"], ["on", "life", "support"],
        ["taken", "to", "hospital"], ["taken", "to", "the", "hospital"], ["rushed", "to", "hospital"],
        ["rushed", "to", "the", "hospital"], ["flown", "to", "hospital"], ["airlifted", "to", "hospital"],
        ["admitted", "to", "hospital"], ["treated", "for", "injuries"], ["treated", "for", "wounds"],
        ["treated", "for", "burns"], ["treated", "in", "hospital"],
    ]

    /// A stay in hospital, an injury only after a linker of `stayLinkers` ("remain in hospital").
    static let stayPhrases: [[String]] = [
        ["in", "hospital"], ["in", "the", "hospital"], ["hospitalised"], ["hospitalized"],
    ]

    /// The first words of `carePhrases` and `stayPhrases` that gate the casualty rules' window.
    static let careCues: WordSet = ["intensive", "critical", "condition", "hospital", "support", "treated"]

    /// Verbs that give a casualty subject its number ("The victims numbered 213", "the toll, initially 10, has
    /// risen to 12", "Casualties stood at 300").
    static let tollVerbs: WordSet = [
        "numbered", "number", "numbers", "totalled", "totaled", "totalling", "totaling", "stood", "stands", "reached",
        "rose", "risen", "climbed", "hit", "topped", "exceeded", "jumped", "increased", "grew", "soared", "passed",
    ]

    /// Particles between a verb of `tollVerbs` and its number ("risen to 12", "stood at 300").
    static let tollVerbParticles: WordSet = ["to", "at"]

    /// "lost their lives": the possessives and nouns of that predicate.
    static let lifePossessives: WordSet = ["their", "his", "her"]
    static let lifeNouns: WordSet = ["lives", "life"]

    /// "eight of them Americans", "three of whom were children".
    static let subsetPronouns: WordSet = ["them", "whom"]

    /// A harm word followed by one of these is not about people ("shot down", "killed off" a bill).
    static let harmParticlesNotPeople: WordSet = ["down", "off"]

    /// Words between a harm verb and its counted object ("killed at least 12", "killing another six").
    static let objectFillers: WordSet = ["another", "a", "an", "further", "additional", "the", "all", "some", "of"]

    /// Words joining the items of a list of counts after one harm verb ("six traders and two guards").
    static let listJoiners: WordSet = ["and", ",", "or", "plus"]

    /// Nouns whose count is a toll ("the death toll rose to 47", "a toll of 1900", "bringing deaths this year to 312").
    static let tollNouns: WordSet = [
        "toll", "deaths", "dead", "casualties", "fatalities", "injured", "wounded", "death",
    ]

    /// Words between a toll and its count ("toll of", "toll rose to", "toll has risen to", "toll stood at").
    static let tollLinkers: WordSet = [
        "of", "to", "at", "rose", "risen", "climbed", "jumped", "reached", "stood", "stands", "was", "is", "has", "had",
        "now", "increased", "grew", "hit", "passed", "topped",
    ]
    /// The linkers that may stand right before the count of a toll.
    static let tollLinkersBeforeCount: WordSet = ["of", "to", "at", "reached", "hit", "passed", "topped", "was", "is"]

    /// Words that open a subset of the casualties just counted ("among them 40 children", "including eight Americans").
    static let subsetOpeners: [[String]] = [
        ["among", "them"], ["among", "whom"], ["including"], ["of", "whom"], ["of", "them"],
    ]

    /// Prepositions after an elided count in a list ("two in the south and one in the capital").
    static let elidedFollowers: WordSet = [
        "in", "at", "on", "from", "near", "inside", "outside", "of", "more", "others",
    ]

    /// Counted nouns of time and measure: never people ("killed 12 years ago", "wounded for 3 days").
    static let notPeopleNouns: WordSet = [
        "years", "year", "months", "month", "weeks", "week", "days", "day", "hours", "hour", "minutes", "minute",
        "seconds", "times", "decades", "percent", "cent", "per", "miles", "kilometers", "kilometres", "feet", "meters",
        "metres", "yards", "shots", "rounds", "bullets", "missiles", "rockets", "bombs", "shells", "aircraft", "planes",
        "jets", "helicopters", "vehicles", "cars", "buildings", "houses", "homes", "contracts", "jobs", "points",
        "votes",
        "seats", "games", "cases", "counts", "charges",
    ]

    /// Every word the casualty rules look for near a count (the class `casualtyCue`): a count with none of them
    /// within reach, and no casualty before it in the sentence, is not tested further.
    static let cues: WordSet = harm.union(careCues).union(casualtyNouns).union(harmVerbsWithObject).union(
        harmNounsWithOf
    )
    .union(harmPredicates).union(tollNouns).union(["lost"])

    /// Adjectives (and nouns) ending in -ly that may stand inside a counted noun ("six elderly traders").
    static let lyModifiers: WordSet = ["elderly", "family", "holy", "friendly", "unruly", "burly", "sickly"]
}
