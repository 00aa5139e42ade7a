/// Dates, TempEval-3 style: every DATE expression of a sentence with its span (no leading preposition,
/// modifiers kept) and its value resolved against the publication day to ISO 8601 — a day, a month, a year,
/// a quarter `YYYY-Qn`, a half `YYYY-Hn`, a week `YYYY-Www` or an interval `A/B` (decades and centuries
/// are intervals) — or a `reference` to the present, past or future ("now", "recently", "the future").
/// Without a publication date, relative and year-less dates are kept with no `resolved`.
///
/// The rules, by file: absolute dates (`DateRules+Absolute`: "24 February 2016", "Oct. 23", "the 1990s",
/// "nineteen ninety-six", seasons, holidays), relative ones (`DateRules+Relative`: "yesterday", "Friday",
/// "last month", "three weeks ago"), periods of a year (`DateRules+Periods`: quarters, halves, fiscal years,
/// decades, centuries, "year-end"), references and anchored dates (`DateRules+Anchored`: "now", "a year
/// earlier", "later that year"), and the tense of a date's clause (`DateRules+Tense`). Word lists:
/// `DateLexicon`. Corpus: `Tests/ClaimCoreTests/Corpus/date.corpus`.
struct DateRules {
    let published: CalendarDay?
    /// The latest absolute date of the article so far: what "a year earlier", "later that year" and "the
    /// year-ago quarter" count from.
    var anchor: DateAnchor?
    /// The latest day the article has named, absolute or relative ("yesterday", "on Tuesday"): what "the
    /// next morning", "the day before" and "that same day" count from.
    var lastDay: CalendarDay?
    /// The first token of the sentence `anchor` was set in: a bare year anchors only its own sentence.
    var anchorSentence = -1

    init(published: CalendarDay?) {
        self.published = published
    }

    /// One date found: first and last token, resolved value, reference, and whether it is absolute
    /// (so an anchor for the dates after it).
    struct Match {
        var first: Int
        var last: Int
        var resolved: String?
        var reference: DateReference? = nil
        var anchor: DateAnchor? = nil

        init(_ first: Int, _ last: Int, _ resolved: String?, reference: DateReference? = nil, anchor: DateAnchor? = nil)
        {
            self.first = first
            self.last = last
            self.resolved = resolved
            self.reference = reference
            self.anchor = anchor
        }
    }

    /// Appends the sentence's dates to `facts` and marks their tokens consumed.
    mutating func facts(_ s: inout SentenceScope, into facts: inout [Fact]) {
        var k = s.range.lowerBound
        while k < s.range.upperBound {
            if Self.mayStartDate(s.tokens[k]), !s.consumed.contains(k), var m = match(at: k, s) {
                while m.first < k, s.consumed.contains(m.first) { m.first += 1 }
                m.first = extendedStart(m.first, s)
                facts.append(
                    Fact(
                        kind: .date, text: s.text(m.first, m.last), span: s.span(m.first, m.last),
                        resolved: m.resolved, reference: m.reference))
                if let a = m.anchor {
                    anchor = a
                    anchorSentence = s.range.lowerBound
                }
                if let r = m.resolved, r.utf8.count == 10, let d = CalendarDay(iso: r) { lastDay = d }
                for i in m.first...m.last { s.consumed.insert(i) }
                k = m.last + 1
            } else {
                k += 1
            }
        }
    }

    /// Classes of the words a date may start on (or be anchored on).
    private static let startClasses: WordClass = [.dateStart, .weekday, .month, .season]

    /// Whether `match` can find anything at this token: a number, or a word of `startClasses`.
    private static func mayStartDate(_ t: Token) -> Bool {
        t.kind == .number || !t.classes.isDisjoint(with: startClasses)
    }

    /// A date starting at (or anchored on) token `k`.
    private func match(at k: Int, _ s: SentenceScope) -> Match? {
        let t = s.tokens[k]
        if t.kind == .number { return numeric(at: k, s) }
        guard t.kind == .word else { return nil }
        // Most words start no date: one bit test instead of a dozen string comparisons.
        let c = t.classes
        guard !c.isDisjoint(with: Self.startClasses) else { return nil }
        let w = s.lower(t)
        if c.contains(.dayWord) { return dayWord(at: k, s) }
        if c.contains(.relativeWord) {
            if let m = anchoredAfterUnit(at: k, s) { return m }
            return relative(at: k, s)
        }
        if c.contains(.periodWord) {
            if s.word(k + 1) == "the", s.word(k + 2) == "weekend" { return Match(k + 1, k + 2, weekend(next: false)) }
            return nil
        }
        if c.contains(.weekday), t.upper, let wd = DateLexicon.weekdays[Self.base(w)] { return weekday(wd, at: k, s) }
        if c.contains(.month), t.upper, let m = DateLexicon.months[Self.base(w)] { return monthDate(m, at: k, s) }
        if c.contains(.season), let season = DateLexicon.seasons[w] { return seasonDate(season, at: k, s) }
        guard let kind = DateLexicon.words[w] else {
            if w.startsWith("mid-") || w.startsWith("late-") || w.startsWith("early-") { return midDate(at: k, s) }
            return nil
        }
        switch kind {
        case .ago: return ago(at: k, s)
        case .anchoredAfter: return anchoredAfterUnit(at: k, s)
        case .reference(let r): return reference(r, at: k, s)
        case .referenceAdjective(let r): return referenceAdjective(r, at: k, s)
        case .referenceNoun(let r): return referenceNoun(r, at: k, s)
        case .periodNoun: return period(at: k, s)
        case .periodCompound(let unit, let n): return periodCompound(unit, n, at: k, s)
        case .fiscal: return fiscal(at: k, s)
        case .yearAgo: return yearAgoAdjective(at: k, s)
        case .decade(let d): return decadeWord(d, at: k, s)
        case .century: return century(at: k, s)
        case .holiday: return t.upper ? holiday(at: k, s) : nil
        case .partCompound(let unit): return partCompound(unit, at: k, s)
        case .calendarNoun: return calendarNoun(at: k, s)
        case .spelledYear:
            guard let (y, last) = spelledYear(at: k, s) else { return nil }
            return Match(k, last, String(y), anchor: .year(y))
        }
    }

    /// Extends a date's first token back over the modifiers TempEval keeps in its span: "early", "late",
    /// "mid", "nearly" ("early this year", "late Tuesday") and "the end of", "the beginning of" ….
    private func extendedStart(_ first: Int, _ s: SentenceScope) -> Int {
        var first = first
        while true {
            guard let b = s.word(first - 1), !s.consumed.contains(first - 1) else { return first }
            if DateLexicon.leadingModifiers.contains(b) {
                first -= 1
                continue
            }
            if b == "of", let part = s.word(first - 2), DateLexicon.partWords.contains(part),
                !s.consumed.contains(first - 2)
            {
                first -= 2
                if s.word(first - 1) == "the" || s.word(first - 1) == "its", !s.consumed.contains(first - 1) {
                    first -= 1
                }
                continue
            }
            return first
        }
    }

    /// A word without its possessive ending: "friday's" → "friday".
    static func base(_ w: String) -> String {
        if w.endsWith("'s") || w.endsWith("’s") { return String(w.dropLast(2)) }
        return w
    }

    func day(_ offset: Int) -> String? { published?.adding(days: offset).iso }

    /// Qualifiers that make a following four-digit number a count ("more than 2000", "nearly 1900"), not a
    /// year; by last word. (Derived from the number lexicon's qualifiers, not a date list.)
    static let qualifiersBeforeCounts: [String: [[String]]] = Dictionary(
        grouping: Lexicon.qualifiers.map(\.0).filter {
            $0.count > 1 || ["over", "under", "nearly", "almost", "about", "around"].contains($0[0])
        }
    ) { $0.last! }
}

/// The latest absolute date of an article, at its own granularity: what anchored dates count from.
enum DateAnchor: Sendable, Equatable {
    case day(CalendarDay)
    case month(Int, Int)
    case quarter(Int, Int)
    case year(Int)

    var year: Int {
        switch self {
        case .day(let d): d.year
        case .month(let y, _), .quarter(let y, _), .year(let y): y
        }
    }

    /// The value of this anchor moved by `n` years, at its granularity ("a year earlier" than 1989-Q3 is 1988-Q3).
    func shifted(years n: Int) -> String {
        switch self {
        case .day(let d):
            CalendarDay(
                year: d.year + n, month: d.month, day: min(d.day, CalendarDay.daysIn(month: d.month, year: d.year + n)))?
                .iso ?? String(d.year + n)
        case .month(let y, let m): CalendarDay.iso(year: y + n, month: m)
        case .quarter(let y, let q): "\(y + n)-Q\(q)"
        case .year(let y): String(y + n)
        }
    }
}
