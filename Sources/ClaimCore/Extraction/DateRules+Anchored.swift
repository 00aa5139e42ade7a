/// References to the present, past and future ("now", "currently", "recently", "the past", "the
/// future", "soon", "at the time"), and dates anchored to another time ("a year earlier", "the
/// following year", "later that year", "the day before", "the end of the month").
extension DateRules {
    /// "now", "currently", "recently", "soon" …: a reference; the present resolves to the publication day.
    func reference(_ r: DateReference, at k: Int, _ s: SentenceScope) -> Match? {
        if isTitle(at: k, s) { return nil }
        var first = k
        if s.lowers[k] == "soon" {
            // Bare "soon" is annotated as a date about as often as not ("will soon move", "soon became"): only
            // "as soon as possible" names the future as a time.
            guard s.word(k - 1) == "as", s.word(k + 1) == "as", s.word(k + 2) == "possible" else { return nil }
            return Match(k - 1, k + 2, nil, reference: .future)
        }
        if s.lowers[k] == "now" {
            // Bare "now" is an adverb of the sentence in most news ("Iraq now controls …"), a date only in some
            // annotations: only the shapes that name the present as a time ("until now", "for now", "right now").
            guard let b = s.word(k - 1), DateLexicon.nowBefore.contains(b) else { return nil }
            if b == "right" { first = k - 1 }
        }
        // "most recently last October": the date that follows is the date.
        if let n = s.token(k + 1), n.kind == .word, !n.classes.isDisjoint(with: [.dateStart, .month, .weekday]) {
            return nil
        }
        if s.lowers[k] == "recently", s.word(k - 1) == "more" || s.word(k - 1) == "most" || s.word(k - 1) == "only" {
            first = k - 1
        }
        return Match(first, k, r == .present ? day(0) : nil, reference: r)
    }

    /// "recent" and "current": a reference ("in recent years", "the current situation"), unless a period
    /// or calendar noun follows ("the current quarter", "the current fiscal year": those rules read them).
    func referenceAdjective(_ r: DateReference, at k: Int, _ s: SentenceScope) -> Match? {
        if isTitle(at: k, s) { return nil }
        guard let next = s.token(k + 1), !(next.kind == .punct && next.scalar == 0x2D) else { return nil }
        if periodFollows(at: k + 1, s) { return nil }
        // Alone, "recent" and "current" are dates in some news and not in other, and "in recent weeks" is a
        // duration as often as a date: only "recent years" and "current times" shapes of `referenceUnits`.
        guard let n = s.word(k + 1), DateLexicon.referenceUnits.contains(n) else { return nil }
        return Match(k, k + 1, r == .present ? day(0) : nil, reference: r)
    }

    /// "the future", "the near future", "future" (an adjective: "future losses"), "at the time".
    func referenceNoun(_ r: DateReference, at k: Int, _ s: SentenceScope) -> Match? {
        if isTitle(at: k, s) { return nil }
        if s.lowers[k] == "time" {
            // "at the time", not "at the time of the attack" nor "at the same time".
            guard s.word(k - 1) == "the", s.word(k - 2) == "at", s.token(k + 1).map({ $0.kind == .punct }) ?? true,
                s.token(k - 3).map({ $0.kind == .punct }) ?? true
            else { return nil }
            return Match(k - 1, k, nil, reference: .past)
        }
        // "the future", "the near future", "in future"; not the adjective ("future losses") nor "the foreseeable future".
        var first = k
        if let b = s.word(k - 1), DateLexicon.futureModifiers.contains(b) { first = k - 1 }
        if s.word(first - 1) == "the" { return Match(first - 1, k, nil, reference: r) }
        if s.word(k - 1) == "in", s.token(k + 1).map({ $0.kind != .word }) ?? true {
            return Match(k, k, nil, reference: r)
        }
        return nil
    }

    /// "a year earlier", "two months later", "the day before": counted from the article's anchor when it has
    /// one (a year before the quarter being reported is that quarter a year ago), else from publication.
    func anchoredAfterUnit(at k: Int, _ s: SentenceScope) -> Match? {
        guard let direction = DateLexicon.anchoredAfterWords[s.lowers[k]] else { return nil }
        // "ten days before the murder" counts from an event, not from a time: no date.
        if s.lowers[k] == "before", let n = s.token(k + 1), n.kind == .word || n.kind == .number { return nil }
        // "the day before", "the night before"; "the year before" compares amounts more often than it dates.
        if s.lowers[k] == "before", let unit = s.word(k - 1), !["day", "night", "evening", "morning"].contains(unit) {
            return nil
        }
        var u = k - 1
        if s.word(u) == "so", s.word(u - 1) == "or" { u -= 2 }
        guard let unitWord = s.word(u), let unit = DateLexicon.agoUnits[unitWord], !s.consumed.contains(u) else {
            return nil
        }
        if s.word(u - 1) == "the", unit == .day || unit == .week || unit == .year || unit == .month {
            // "the year earlier" is rare; "the day later" too
            if s.lowers[k] == "later" || s.lowers[k] == "earlier" { return nil }
            return anchoredUnit(unitWord, step: direction, first: u - 1, last: k)
        }
        guard let (n, first) = amount(before: u, s) else { return nil }
        guard let n else { return Match(first, k, nil, reference: direction < 0 ? .past : .future) }
        if unit == .year, n == 1, case .quarter? = anchor, let a = anchor {
            return Match(first, k, a.shifted(years: direction))
        }
        if unit == .year, let a = anchor {
            // A year counts from a year only in its own sentence ("in 1995 and a year later"); across sentences
            // "a year earlier" in a report compares with publication.
            if case .year = a, anchorSentence != s.range.lowerBound {
            } else {
                return Match(first, k, a.shifted(years: direction * n))
            }
        }
        if unit == .day, case .day(let d)? = anchor { return Match(first, k, d.adding(days: direction * n).iso) }
        return Match(first, k, shifted(unit, by: direction * n))
    }

    /// "the following year", "that same day", "the previous month": the anchor's unit moved by `step`
    /// (the publication's when the article has no anchor yet).
    func anchoredUnit(_ unit: String, step: Int, first: Int, last: Int) -> Match? {
        switch Self.base(unit) {
        case "year":
            guard let y = anchor?.year ?? published?.year else { return Match(first, last, nil) }
            return Match(first, last, String(y + step))
        case "month":
            var y: Int
            var m: Int
            switch anchor {
            case .day(let d)?: (y, m) = (d.year, d.month)
            case .month(let ay, let am)?: (y, m) = (ay, am)
            default:
                guard let p = published else { return Match(first, last, nil) }
                (y, m) = (p.year, p.month)
            }
            let index = y * 12 + m - 1 + step
            return Match(first, last, CalendarDay.iso(year: index / 12, month: index % 12 + 1))
        case "week":
            let base: CalendarDay?
            if case .day(let d)? = anchor { base = d } else { base = published }
            return Match(first, last, base?.adding(days: 7 * step).isoWeek)
        case "day", "morning", "night", "evening", "afternoon":
            let base: CalendarDay?
            if let d = lastDay { base = d } else if case .day(let d)? = anchor { base = d } else { base = published }
            return Match(first, last, base?.adding(days: step).iso)
        default:
            return nil
        }
    }

    /// A calendar noun as the head of an anchored or publication-relative date: "that year", "the following
    /// day", "the same month", "the full year", "the current year", "the end of the month", "the year two
    /// thousand".
    func calendarNoun(at k: Int, _ s: SentenceScope) -> Match? {
        let w = Self.base(s.lowers[k])
        guard let b = s.word(k - 1), !s.consumed.contains(k - 1) else { return nil }
        // "the year 2000", "the year two thousand"
        if w == "year", b == "the", let (y, last) = yearWithEnd(at: k + 1, s) ?? spelledYear(at: k + 1, s) {
            return Match(k - 1, last, String(y), anchor: .year(y))
        }
        if b == "same", s.word(k - 2) == "that" || s.word(k - 2) == "the" {
            return anchoredUnit(w, step: 0, first: k - 2, last: k)
        }
        if b == "that" {
            // "that year", "that month"; "that day" alone is too often "trades made that day" (no date in TempEval).
            guard ["year", "month"].contains(w) else { return nil }
            // "said that year-end …" is no date: the noun must not be followed by a noun it modifies.
            return anchoredUnit(w, step: 0, first: k - 1, last: k)
        }
        if let step = DateLexicon.anchoredNounSteps[b], s.word(k - 2) == "the" {
            return anchoredUnit(w, step: step, first: k - 2, last: k)
        }
        guard b == "the" || b == "full" || b == "current" else { return nil }
        guard ["year", "month", "week"].contains(w), let p = published else { return nil }
        var first = k - 1
        if b != "the" {
            guard s.word(k - 2) == "the" else { return nil }
            first = k - 2
        } else {
            // "the end of the month", "the rest of the year"; "the year" alone is no date.
            guard s.word(k - 2) == "of", let part = s.word(k - 3), DateLexicon.partWords.contains(part) else {
                return nil
            }
        }
        switch w {
        case "year": return Match(first, k, String(p.year))
        case "month": return Match(first, k, p.isoMonth)
        default: return Match(first, k, p.isoWeek)
        }
    }
}
