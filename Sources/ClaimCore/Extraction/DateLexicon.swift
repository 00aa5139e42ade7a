/// Every word list the date rules read (`DateRules` and its extensions): month, weekday and season names,
/// the words of relative, anchored and reference dates, periods of a year, holidays and the words that
/// set a clause's tense. A rule never hides a list; a newcomer adds a word here and a line to
/// `Tests/ClaimCoreTests/Corpus/date.corpus`.
enum DateLexicon {
    /// Month names and their abbreviations.
    static let months: [String: Int] = CalendarNames.months

    /// Full month names that are also ordinary words: alone they need a date word next to them.
    static let ambiguousMonths: WordSet = ["may", "march"]

    /// Words before "May" or "March" that make it the month ("in May", "last March", "early May").
    static let ambiguousMonthModifiers: WordSet = [
        "in", "since", "until", "by", "last", "next", "early", "late", "mid", "of", "during", "this",
    ]

    /// ISO weekday numbers.
    static let weekdays: [String: Int] = CalendarNames.weekdays

    /// Season → (first month, last month); winter runs into the next year.
    static let seasons: [String: (Int, Int)] = [
        "spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11), "winter": (12, 2),
    ]

    /// yesterday, today, tomorrow, tonight: offset in days from publication.
    static let dayWords: [String: Int] = ["yesterday": -1, "today": 0, "tomorrow": 1, "tonight": 0]

    /// Words that start a relative date ("last week", "next month", "this year", "the coming weekend").
    static let relativeWords: WordSet = ["last", "next", "this", "past", "coming", "earlier", "later", "previous"]

    /// Steps of the relative words: "last month" is -1, "next month" +1, "this month" 0.
    static let relativeSteps: [String: Int] = [
        "last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1, "this": 0,
    ]

    /// Words before "the weekend" that make it a date.
    static let periodWords: WordSet = ["at", "over", "during"]

    /// Parts of a day after a weekday or "yesterday" ("Friday night", "yesterday morning").
    static let dayParts: WordSet = ["morning", "afternoon", "evening", "night"]

    /// Calendar units of relative dates ("next week", "last month"): singular forms.
    static let relativeUnits: WordSet = ["week", "month", "year", "weekend", "decade", "quarter", "century"]

    /// Units of "ago" and of anchored dates ("three weeks ago", "a year earlier"), singular and plural.
    static let agoUnits: [String: DateUnit] = [
        "day": .day, "days": .day, "week": .week, "weeks": .week, "month": .month, "months": .month,
        "year": .year, "years": .year, "decade": .decade, "decades": .decade, "century": .century,
        "centuries": .century,
        "quarter": .quarter, "quarters": .quarter,
    ]

    /// Words that end an anchored date after its unit, with their direction: "a year earlier", "the day before".
    static let anchoredAfterWords: [String: Int] = ["earlier": -1, "before": -1, "later": 1, "after": 1]

    /// Vague amounts before an "ago" unit: "a few years ago", "several weeks ago", "some months ago". The
    /// date keeps the unit's granularity but no value.
    static let vagueAmounts: WordSet = ["few", "several", "many", "some", "couple", "number"]

    /// Words before a number of units that belong to an "ago" date ("nearly four years ago").
    static let approximations: WordSet = [
        "nearly", "almost", "about", "around", "roughly", "some", "over", "only", "just",
    ]

    /// Words that name the present, the past or the future without a calendar value.
    static let references: [String: DateReference] = [
        "now": .present, "currently": .present, "nowadays": .present, "recently": .past, "lately": .past,
        "soon": .future,
    ]

    /// "the past", "the future" (after "the", "in" or "near"); "past" is read first as a relative word.
    static let referenceNouns: [String: DateReference] = ["past": .past, "future": .future]

    /// "recent" and "current" take a reference only before these nouns ("recent years", "in recent weeks").
    static let referenceUnits: WordSet = ["years", "decades", "times"]

    /// Words before "now" that make it a date ("until now", "by now", "for now", "from now", "right now").
    static let nowBefore: WordSet = [
        "until", "till", "by", "for", "from", "right", "of", "to", "before", "than", "since", "between",
    ]

    /// Nouns after "today's" that make it figurative ("today's world", "today's youth").
    static let figurativeAfterToday: WordSet = [
        "world", "youth", "society", "standards", "generation", "children", "economy",
        "culture", "technology", "politics", "young", "kids", "teenagers", "market", "media",
    ]

    /// Adjectives before "future" that keep it in the span ("the near future"); "foreseeable" makes it a duration.
    static let futureModifiers: WordSet = ["near", "distant", "immediate"]

    /// Ordinals of quarters and halves: "the third quarter", "the first half".
    static let ordinals: [String: Int] = [
        "first": 1, "second": 2, "third": 3, "fourth": 4, "last": 4, "final": 4,
    ]

    /// Hyphenated quarter and half words: "third-quarter profit", "first-half results".
    static let periodCompounds: [String: (DateUnit, Int)] = [
        "first-quarter": (.quarter, 1), "second-quarter": (.quarter, 2), "third-quarter": (.quarter, 3),
        "fourth-quarter": (.quarter, 4), "first-half": (.half, 1), "second-half": (.half, 2),
        "fiscal-first": (.quarter, 1), "fiscal-second": (.quarter, 2), "fiscal-third": (.quarter, 3),
        "fiscal-fourth": (.quarter, 4),
    ]

    /// Words between "the" and a quarter or period that name the latest one ("the latest quarter").
    static let latestPeriodWords: WordSet = [
        "latest", "recent", "most", "just-ended", "just-completed", "same", "current", "this", "its", "that",
    ]

    /// Words that make a quarter or period a year before the reference one ("the year-ago quarter").
    static let yearAgoWords: WordSet = [
        "year-ago", "year-earlier", "comparable", "corresponding", "prior-year", "year-before",
    ]

    /// `yearAgoWords` that make a date only inside a period phrase ("the comparable period", not "comparable sales").
    static let yearAgoModifiersOnly: WordSet = ["comparable", "corresponding"]

    /// Nouns for the reporting period of a company ("the latest period", "the year-ago period").
    static let periodNouns: WordSet = ["quarter", "period", "half", "quarter's"]

    /// "fiscal", "financial": kept in a period's span ("fiscal 1988", "the fiscal first quarter").
    static let fiscalWords: WordSet = ["fiscal", "financial"]

    /// Modifiers before a date, kept in its span ("early this year", "late Tuesday", "mid-November").
    static let leadingModifiers: WordSet = ["early", "late", "mid", "mid-", "earlier", "later", "nearly", "almost"]

    /// "the end of", "the beginning of" … before a date: kept in its span.
    static let partWords: WordSet = [
        "end", "beginning", "start", "middle", "close", "turn", "rest", "remainder", "half", "part", "spring", "summer",
    ]

    /// Parts of a year or month written as one word: "year-end", "month-end".
    static let partCompounds: [String: DateUnit] = [
        "year-end": .year, "yearend": .year, "month-end": .month, "week-end": .week,
    ]

    /// Decade words: "the nineties", "the eighties".
    static let decadeWords: [String: Int] = [
        "twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60, "seventies": 70, "eighties": 80,
        "nineties": 90,
    ]

    /// Spelled centuries: "the twentieth century" ("the 20th century" is read from its digits).
    static let centuryOrdinals: [String: Int] = [
        "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "twenty-first": 21,
    ]

    /// Spelled years: "nineteen ninety-six", "two thousand", "nineteen eighty".
    static let centuryWords: [String: Int] = ["eighteen": 1800, "nineteen": 1900]

    /// Holidays on a fixed day of the year: name (lower-cased words) → (month, day).
    static let fixedHolidays: [[String]: (Int, Int)] = [
        ["christmas", "day"]: (12, 25), ["christmas"]: (12, 25), ["christmas", "eve"]: (12, 24),
        ["new", "year's", "day"]: (1, 1), ["new", "year's", "eve"]: (12, 31), ["new", "year’s", "day"]: (1, 1),
        ["new", "year’s", "eve"]: (12, 31), ["independence", "day"]: (7, 4), ["halloween"]: (10, 31),
        ["valentine's", "day"]: (2, 14), ["valentine’s", "day"]: (2, 14), ["boxing", "day"]: (12, 26),
        ["veterans", "day"]: (11, 11), ["bastille", "day"]: (7, 14), ["armistice", "day"]: (11, 11),
    ]

    /// Holidays on the nth weekday of a month: name → (month, ISO weekday, n; -1 = last).
    static let weekdayHolidays: [[String]: (Int, Int, Int)] = [
        ["thanksgiving", "day"]: (11, 4, 4), ["thanksgiving"]: (11, 4, 4), ["labor", "day"]: (9, 1, 1),
        ["memorial", "day"]: (5, 1, -1), ["mother's", "day"]: (5, 7, 2), ["father's", "day"]: (6, 7, 3),
        ["martin", "luther", "king", "day"]: (1, 1, 3), ["presidents", "day"]: (2, 1, 3),
        ["columbus", "day"]: (10, 1, 2),
    ]

    /// Holidays that move with Easter: name → days after Easter Sunday.
    static let easterHolidays: [[String]: Int] = [
        ["easter"]: 0, ["easter", "sunday"]: 0, ["easter", "day"]: 0, ["good", "friday"]: -2, ["easter", "monday"]: 1,
        ["easter", "week"]: 0,
    ]

    /// The first word of every holiday name.
    static let holidayStarts: Set<String> = Set(
        fixedHolidays.keys.map { $0[0] } + weekdayHolidays.keys.map { $0[0] } + easterHolidays.keys.map { $0[0] } + [
            "election"
        ])

    /// Words after a capitalised date word that make it part of a name ("This Week", "VOA Today", "Today
    /// show"): when the date word is capitalised inside a sentence and one of these (or a capitalised word)
    /// stands next to it, it is a title.
    static let titleWords: WordSet = [
        "show", "program", "programme", "magazine", "newspaper", "edition", "program's", "show's",
    ]

    /// Words before "tomorrow"/"today" that make it figurative ("the people of tomorrow", "the world of today").
    static let figurativeBefore: WordSet = ["of"]

    /// Words that put a clause in the future: "will meet Friday", "is due to vote in June". `weakFutureWords`
    /// among them only when nothing else in the clause says otherwise ("had been closed until Thursday").
    static let futureWords: WordSet = [
        "will", "shall", "would", "due", "scheduled", "expected", "plans", "plan", "planned", "set",
        "until", "by", "ahead", "'ll", "soon", "expects", "expect", "intends", "aims", "hopes", "upcoming",
    ]
    static let weakFutureWords: WordSet = ["until", "by", "ahead", "set"]

    /// Modal verbs of the future: after the date they still set its clause's tense ("On Tuesday, the board will meet").
    static let futureModals: WordSet = ["will", "shall", "would", "'ll"]

    /// Words right before a day or month that look back: "since the Oct. 23 slaying", "the year ended March 31".
    static let backwardCues: WordSet = ["since", "ended", "last"]

    /// Words that put an event in the past ("was held on Friday", "last").
    static let pastWords: WordSet = [
        "was", "were", "had", "did", "ago", "last", "since", "said", "told", "earlier", "previously", "ended",
    ]

    /// Words before "to" that make it a future ("is to resume trading Tuesday", "are to meet").
    static let toBeforeFuture: WordSet = [
        "is", "are", "am", "going", "plans", "planned", "scheduled", "due", "expected", "hopes", "intends",
    ]

    /// Words allowed right before a year that would otherwise look like part of a name or be too early.
    static let yearPrepositions: WordSet = [
        "in", "since", "until", "by", "of", "from", "to", "through", "during", "before", "after", "and", "or",
        "between", "fiscal", "year", "early", "late", "mid", "the", "about", "around", "circa", "c.",
    ]

    /// Irregular simple past forms (never participles, which follow "will be" as well) that set a clause in
    /// the past ("took effect in May").
    static let irregularPast: WordSet = [
        "took", "came", "went", "began", "fell", "rose", "saw", "gave", "ran", "became", "knew", "grew", "drew",
    ]

    /// Words that end a clause when the tense of a date's clause is read backwards.
    static let clauseBreaks: WordSet = [
        "says", "say", "added", "and", "but", "while", "which", "who", "that", "because", "when", "after", "before",
        "although",
    ]

    /// Every word that starts or anchors a date beyond the month, weekday, season, day and relative words, with
    /// its rule. Each of these words carries `WordClass.dateStart`.
    static let words: [String: DateWord] = {
        var t: [String: DateWord] = [
            "ago": .ago, "before": .anchoredAfter, "fiscal": .fiscal, "century": .century,
            "time": .referenceNoun(.past),
        ]
        for (w, r) in references { t[w] = .reference(r) }
        for (w, r) in referenceAdjectives { t[w] = .referenceAdjective(r) }
        for (w, r) in referenceNouns { t[w] = .referenceNoun(r) }
        for w in periodNouns { t[w] = .periodNoun }
        for (w, v) in periodCompounds { t[w] = .periodCompound(v.0, v.1) }
        for w in yearAgoWords.words.subtracting(yearAgoModifiersOnly.words) { t[w] = .yearAgo }
        for (w, d) in decadeWords { t[w] = .decade(d) }
        for w in holidayStarts { t[w] = .holiday }
        for (w, u) in partCompounds { t[w] = .partCompound(u) }
        for w in calendarNouns { t[w] = .calendarNoun }
        for w in centuryWords.keys { t[w] = .spelledYear }
        return t
    }()

    /// Heads of anchored dates: "that year", "the following day", "the same month", "the end of the year".
    static let calendarNouns: WordSet = [
        "year", "month", "week", "day", "year's", "month's", "week's", "morning", "night",
    ]

    /// Words before a calendar noun that make it an anchored date, with their step from the anchor.
    static let anchoredNounSteps: [String: Int] = [
        "following": 1, "next": 1, "previous": -1, "prior": -1, "preceding": -1, "same": 0, "that": 0,
    ]

    /// "recent", "current" before a unit noun.
    static let referenceAdjectives: [String: DateReference] = ["recent": .past, "current": .present]

    /// Words that let a month name stand alone as a date ("in February", "last March", "early May").
    static let monthModifiers: WordSet = [
        "in", "since", "until", "till", "by", "last", "next", "this", "early", "late", "mid", "of",
        "from", "through", "during", "before", "after", "between", "and", "or", "for", "to", "on",
        "that", "each", "every", "this", "since", "in",
    ]
}

/// What a word of `DateLexicon.words` starts (or anchors) in the date rules.
enum DateWord: Sendable {
    /// "ago": the date reads back over its unit and amount ("three weeks ago").
    case ago
    /// "before" after a unit: "the day before".
    case anchoredAfter
    /// "now", "recently", "soon".
    case reference(DateReference)
    /// "recent", "current": a reference before a unit noun ("recent years", "current levels").
    case referenceAdjective(DateReference)
    /// "past", "future" after "the" or "in".
    case referenceNoun(DateReference)
    /// "quarter", "half", "period": the head of a period of a year.
    case periodNoun
    /// "third-quarter", "first-half".
    case periodCompound(DateUnit, Int)
    /// "fiscal": "fiscal 1988", "the fiscal year".
    case fiscal
    /// "year-ago", "year-earlier": a period a year before the anchor.
    case yearAgo
    /// "nineties": a decade of the 20th century.
    case decade(Int)
    /// "century".
    case century
    /// The first word of a holiday's name.
    case holiday
    /// "year-end", "month-end".
    case partCompound(DateUnit)
    /// "nineteen", "eighteen": the first word of a year in words ("nineteen ninety-six").
    case spelledYear
    /// "year", "day", "month", "week" as the head of an anchored date ("that year", "the following day").
    case calendarNoun
}

/// The calendar unit of a relative or anchored date: what its value is rounded to ("six weeks ago" is a week).
enum DateUnit: Sendable {
    case day, week, month, quarter, half, year, decade, century
}
