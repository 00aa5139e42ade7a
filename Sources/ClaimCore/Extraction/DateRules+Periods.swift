/// Periods of a year and longer spans: quarters and halves ("the third quarter", "third-quarter profit",
/// "the latest quarter", "the year-ago period", "the 1988 third quarter", "the first half of 1989"),
/// fiscal years ("fiscal 1988", "the current fiscal year"), "year-end", decades ("the nineties") and
/// centuries ("the 20th century").
extension DateRules {
    /// A quarter, half or reporting period whose head noun ("quarter", "half", "period") is at `k`.
    func period(at k: Int, _ s: SentenceScope) -> Match? {
        let w = Self.base(s.lowers[k])
        if s.word(k + 1) == "of", year(at: k + 2, s) == nil,
            !(s.word(k + 2) == "fiscal"
                || (s.word(k + 3) == "year" && ["the", "this", "last", "next"].contains(s.word(k + 2) ?? "")))
        {
            // "a quarter of the vote", "the second half of the match": a fraction. "the third quarter of the year" still reads.
            return nil
        }
        return periodPhrase(head: k, unit: w == "half" ? .half : .quarter, ordinal: nil, noun: w, s)
    }

    /// "third-quarter", "first-half", "fiscal-first" at `k`.
    func periodCompound(_ unit: DateUnit, _ n: Int, at k: Int, _ s: SentenceScope) -> Match? {
        if s.lowers[k].startsWith("fiscal-"), s.word(k + 1).map({ DateLexicon.periodNouns.contains($0) }) == true {
            return nil  // "the fiscal-first quarter": read from "quarter"
        }
        return periodPhrase(head: k, unit: unit, ordinal: n, noun: nil, s)
    }

    private func ordinalBefore(_ k: Int, _ s: SentenceScope) -> Int? {
        var i = k - 1
        if let b = s.word(i), DateLexicon.fiscalWords.contains(b) { i -= 1 }
        return s.word(i).flatMap { DateLexicon.ordinals[$0] }
    }

    /// Reads back from a period's head over its ordinal, year, "fiscal", "year-ago", "latest" and
    /// determiner, and forward over "of 1989" or "a year ago"; resolves it to `YYYY-Qn` or `YYYY-Hn`.
    private func periodPhrase(head k: Int, unit: DateUnit, ordinal: Int?, noun: String?, _ s: SentenceScope) -> Match? {
        var ordinal = ordinal
        var year: Int?
        var yearStep: Int?
        var yearAgo = false
        var latest = false
        var current = false
        var determiner = false
        var first = k
        var i = k - 1
        walk: while i >= s.range.lowerBound, !s.consumed.contains(i) {
            let t = s.tokens[i]
            if t.kind == .number {
                guard year == nil, let y = self.year(at: i, s) else { break }
                year = y
                first = i
                i -= 1
                continue
            }
            // "1988's third quarter", "this year's first half"
            if t.kind == .word, s.lowers[i] == "s", i >= 2, s.punct(i - 1, "'") || s.punct(i - 1, "’") {
                guard year == nil, let y = self.year(at: i - 2, s) else { break }
                year = y
                first = i - 2
                i -= 3
                continue
            }
            guard t.kind == .word else { break }
            let b = s.lowers[i]
            if b == "year's" || b == "year’s", let rel = s.word(i - 1), let step = DateLexicon.relativeSteps[rel],
                year == nil
            {
                yearStep = step
                first = i - 1
                i -= 2
                continue
            }
            if let n = DateLexicon.ordinals[b], ordinal == nil, year == nil {
                if b == "last" || b == "final" { ordinal = unit == .half ? 2 : 4 } else { ordinal = n }
                first = i
                i -= 1
                continue
            }
            if let kind = DateLexicon.words[b], case .periodCompound(_, let n) = kind, ordinal == nil,
                b.startsWith("fiscal-")
            {
                ordinal = n
                first = i
                i -= 1
                continue
            }
            if DateLexicon.fiscalWords.contains(b) {
                first = i
                i -= 1
                continue
            }
            if DateLexicon.yearAgoWords.contains(b) {
                yearAgo = true
                first = i
                i -= 1
                continue
            }
            if DateLexicon.latestPeriodWords.contains(b) {
                if b == "current" || b == "this" { current = true } else { latest = true }
                determiner = determiner || ["its", "this", "that"].contains(b)
                first = i
                i -= 1
                if b == "that" || b == "this" || b == "its" { break walk }
                continue
            }
            if b == "the" {
                determiner = true
                first = i
                break
            }
            if b == "flat", unit == .quarter {
                i -= 1
                continue
            }
            break
        }
        // Forward: "of 1989", "of this year", "a year ago", "last year".
        var last = k
        if s.word(k + 1) == "of" {
            if let y = self.year(at: k + 2, s) {
                year = y
                last = k + 2
            } else if s.word(k + 2) == "fiscal", let y = self.year(at: k + 3, s) {
                year = y
                last = k + 3
            } else if let rel = s.word(k + 2), let step = DateLexicon.relativeSteps[rel], s.word(k + 3) == "year" {
                yearStep = step
                last = k + 3
            }
        } else if s.word(k + 1) == "a", s.word(k + 2) == "year", s.word(k + 3) == "ago" || s.word(k + 3) == "earlier" {
            yearAgo = true
            last = k + 3
        } else if s.word(k + 1) == "last", s.word(k + 2) == "year" {
            yearAgo = true
            last = k + 2
        }
        // What makes it a date: an ordinal, a year, or (for a quarter or period) a determiner or "year-ago".
        switch noun {
        case "half": guard ordinal != nil else { return nil }
        case "period": guard yearAgo || latest || year != nil || current else { return nil }
        case "quarter", "quarter's":
            guard ordinal != nil || year != nil || yearAgo || latest || current || determiner else { return nil }
        default: break
        }
        guard let p = published else { return Match(first, last, nil) }
        // The quarter a report is about: the article's latest quarter if it has ended, else the last one to end.
        let base: (Int, Int) = {
            let current = Self.quarter(of: p, plus: 0)
            if case .quarter(let y, let q)? = anchor, y * 4 + q < current.0 * 4 + current.1 { return (y, q) }
            return Self.quarter(of: p, plus: -1)
        }()
        if unit == .half {
            let n = ordinal ?? 1
            let y = year ?? yearStep.map { p.year + $0 } ?? halfYear(n, p, s, at: k)
            return Match(first, last, "\(yearAgo ? y - 1 : y)-H\(n)")
        }
        var y: Int
        var q: Int
        if let n = ordinal {
            q = n
            if let year {
                y = year
            } else if let yearStep {
                y = p.year + yearStep
            } else if yearAgo {
                y = base.1 == n ? base.0 : Self.ordinalYear(n, p, future: clauseTense(at: k, s) == .future)
            } else {
                y = Self.ordinalYear(n, p, future: clauseTense(at: k, s) == .future)
            }
        } else if current {
            (y, q) = Self.quarter(of: p, plus: 0)
            if let year { y = year } else if let yearStep { y = p.year + yearStep }
        } else {
            (y, q) = base
            if let year {
                // "the 1988 period": the year as written.
                guard noun != "period" else { return Match(first, last, String(year)) }
                y = year
            } else if let yearStep {
                y = p.year + yearStep
            }
        }
        if yearAgo { y -= 1 }
        let explicit = year != nil || yearStep != nil
        return Match(first, last, "\(y)-Q\(q)", anchor: yearAgo || (explicit && ordinal == nil) ? nil : .quarter(y, q))
    }

    /// The year of "the third quarter" without one: this year's when it has begun (or the clause speaks of
    /// the future), else last year's ("the fourth quarter" written in January).
    static func ordinalYear(_ n: Int, _ p: CalendarDay, future: Bool) -> Int {
        let current = (p.month - 1) / 3 + 1
        return n <= current || future ? p.year : p.year - 1
    }

    private func halfYear(_ n: Int, _ p: CalendarDay, _ s: SentenceScope, at k: Int) -> Int {
        let current = (p.month - 1) / 6 + 1
        return n <= current || clauseTense(at: k, s) == .future ? p.year : p.year - 1
    }

    /// "fiscal 1988", "fiscal year 1989", "the fiscal year", "the current fiscal year", "last fiscal year".
    func fiscal(at k: Int, _ s: SentenceScope) -> Match? {
        if periodFollows(at: k + 1, s) { return nil }
        var last = k + 1
        if s.word(k + 1) == "year" { last = k + 2 }
        if let y = year(at: last, s) {
            var end = last
            if let next = s.token(last + 1), next.kind == .punct, next.scalar == 0x27 || next.scalar == 0x2019,
                s.word(last + 2) == "s"
            {
                if periodFollows(at: last + 3, s) { return nil }
                end = last + 2
            }
            return Match(k, end, String(y), anchor: .year(y))
        }
        guard s.word(k + 1) == "year" else { return nil }
        last = k + 1
        var first = k
        var step = 0
        if let b = s.word(k - 1), !s.consumed.contains(k - 1) {
            if let st = DateLexicon.relativeSteps[b] {
                step = st
                first = k - 1
            } else if DateLexicon.latestPeriodWords.contains(b) {
                first = k - 1
            }
            if s.word(first - 1) == "the", !s.consumed.contains(first - 1) {
                first -= 1
            } else if b == "the" {
                first = k - 1
            }
        }
        guard first < k else { return nil }
        guard let p = published else { return Match(first, last, nil) }
        return Match(first, last, String(p.year + step))
    }

    /// "year-earlier results", "year-ago levels": a year before the article's anchor (or publication).
    func yearAgoAdjective(at k: Int, _ s: SentenceScope) -> Match? {
        if periodFollows(at: k + 1, s) || s.word(k + 1).map({ DateLexicon.ordinals[$0] != nil }) == true { return nil }
        if let a = anchor { return Match(k, k, a.shifted(years: -1)) }
        guard let p = published else { return Match(k, k, nil) }
        return Match(k, k, String(p.year - 1))
    }

    /// "the nineties", "the early eighties".
    func decadeWord(_ d: Int, at k: Int, _ s: SentenceScope) -> Match? {
        var first = k
        if let b = s.word(k - 1), DateLexicon.leadingModifiers.contains(b) { first = k - 1 }
        guard s.word(first - 1) == "the" else { return nil }
        let start = 1900 + d
        return Match(first - 1, k, "\(start)/\(start + 9)")
    }

    /// "the 20th century", "the nineteenth century", "this century".
    func century(at k: Int, _ s: SentenceScope) -> Match? {
        var n: Int?
        var first = k
        if let b = s.word(k - 1), let c = DateLexicon.centuryOrdinals[b] {
            n = c
            first = k - 1
        } else if let suffix = s.word(k - 1), ["st", "nd", "rd", "th"].contains(suffix), let num = s.token(k - 2),
            num.kind == .number,
            let c = Int(s.lower(num)), (1...30).contains(c)
        {
            n = c
            first = k - 2
        } else if let b = s.word(k - 1), let step = DateLexicon.relativeSteps[b], let p = published {
            n = p.year / 100 + 1 + step
            first = k - 1
            return Match(first, k, "\((n! - 1) * 100)/\((n! - 1) * 100 + 99)")
        }
        guard let n else { return nil }
        if s.word(first - 1) == "the" { first -= 1 }
        return Match(first, k, "\((n - 1) * 100)/\((n - 1) * 100 + 99)")
    }

    /// "year-end", "month-end": the last day of the publication's year or month (last year's in a past
    /// clause early in the year).
    func partCompound(_ unit: DateUnit, at k: Int, _ s: SentenceScope) -> Match? {
        guard let p = published else { return Match(k, k, nil) }
        var first = k
        if let b = s.word(k - 1), b == "the" || b == "around" { first = k - 1 }
        if unit == .month {
            let end = CalendarDay(year: p.year, month: p.month, day: CalendarDay.daysIn(month: p.month, year: p.year))!
            return Match(first, k, end.iso)
        }
        let y = s.word(k - 1) == "since" || (p.month <= 2 && clauseTense(at: k, s) == .past) ? p.year - 1 : p.year
        return Match(first, k, "\(y)-12-31")
    }
}
