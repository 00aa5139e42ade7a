/// Relative dates, counted from the publication day: "yesterday", "Friday", "last month", "this year's",
/// "the weekend", "three weeks ago", "a few years ago".
extension DateRules {
    /// yesterday, today, tomorrow, tonight ("the day before yesterday", "late yesterday", "today's editions");
    /// not a title ("VOA Today", "USA Today") nor figurative ("the people of tomorrow").
    func dayWord(at k: Int, _ s: SentenceScope) -> Match? {
        let w = Self.base(s.lowers[k])
        if isTitle(at: k, s) { return nil }
        if let b = s.word(k - 1), DateLexicon.figurativeBefore.contains(b), s.word(k - 2) != nil { return nil }
        // "today's world"
        if w != s.lowers[k], let n = s.word(k + 1), DateLexicon.figurativeAfterToday.contains(n) { return nil }
        let offset = DateLexicon.dayWords[w] ?? 0
        if w == "yesterday", let first = s.matchesBefore(["the", "day", "before"], endingBefore: k) {
            return Match(first, k, day(-2))
        }
        if w == "tomorrow", let first = s.matchesBefore(["the", "day", "after"], endingBefore: k) {
            return Match(first, k, day(2))
        }
        var last = k
        if let part = s.word(k + 1), DateLexicon.dayParts.contains(part), w != "tonight" { last = k + 1 }
        return Match(k, last, day(offset))
    }

    /// A capitalised date word inside a sentence next to another capitalised word: part of a name or a
    /// title ("This Week With David Brinkley", "VOA Today", "the Today show").
    func isTitle(at k: Int, _ s: SentenceScope) -> Bool {
        guard s.tokens[k].upper, k > s.range.lowerBound else { return false }
        if let b = s.token(k - 1), b.kind == .word, b.upper, b.classes.isDisjoint(with: [.dateStart, .weekday, .month])
        {
            return true
        }
        if let n = s.token(k + 1), n.kind == .word, n.upper || DateLexicon.titleWords.contains(s.lower(n)) {
            return true
        }
        return false
    }

    func weekday(_ wd: Int, at k: Int, _ s: SentenceScope) -> Match? {
        var first = k
        var direction = DateTense.unknown
        if let b = s.word(k - 1) {
            switch b {
            case "last", "past", "previous":
                first = k - 1
                direction = .past
            case "next", "coming":
                first = k - 1
                direction = .future
            case "this": first = k - 1
            default: break
            }
        }
        // "Friday, February 19": the absolute date wins.
        var j = k + 1
        if s.punct(j, ",") { j += 1 }
        if s.lowers[k] == Self.base(s.lowers[k]),
            let t = s.token(j),
            (t.kind == .word && t.upper && t.classes.contains(.month))
                || (t.kind == .number && (Int(s.lower(t)) ?? 99) <= 31 && t.byteCount <= 2)
        {
            if let m =
                (t.kind == .number
                    ? numeric(at: j, s)
                    : DateLexicon.months[Self.base(s.lower(t))].flatMap { monthDate($0, at: j, s) }),
                m.resolved?.utf8.count == 10
            {
                return Match(first, m.last, m.resolved, anchor: m.anchor)
            }
        }
        var last = k
        if let part = s.word(k + 1), DateLexicon.dayParts.contains(part) { last = k + 1 }
        guard let p = published else { return Match(first, last, nil) }
        if direction == .unknown { direction = clauseTense(at: k, s) }
        var delta: Int
        if direction == .future || direction == .weakFuture {
            delta = (wd - p.isoWeekday + 7) % 7
            if delta == 0, s.word(k - 1) == "next" { delta = 7 }
        } else {
            delta = -((p.isoWeekday - wd + 7) % 7)
            if delta == 0, s.word(k - 1) == "last" { delta = -7 }
        }
        // "this Friday" said on a Saturday is the day before; on a Wednesday, the one coming.
        return Match(first, last, p.adding(days: delta).iso)
    }

    func relative(at k: Int, _ s: SentenceScope) -> Match? {
        let w = s.lowers[k]
        if isTitle(at: k, s) { return nil }
        var j = k + 1
        var modifier = w
        if w == "earlier" || w == "later" {
            // "earlier this year", "later this month"; "later that year", "earlier that day" (anchored).
            if s.word(j) == "this" {
                j += 1
                modifier = "this"
            } else if s.word(j) == "that", let unit = s.word(j + 1),
                let m = anchoredUnit(unit, step: 0, first: k, last: j + 1)
            {
                return m
            } else if s.word(j) == "in", s.word(j + 1) == "the", let unit = s.word(j + 2),
                ["year", "month", "week"].contains(unit)
            {
                return thisUnit(unit, first: k, last: j + 2)
            } else {
                return nil
            }
        }
        if w == "last", s.word(j) == "night" { return Match(k, j, day(-1)) }
        if w == "this", let n = s.word(j), ["morning", "afternoon", "evening"].contains(n) {
            return Match(k, j, day(0))
        }
        guard let rawUnit = s.word(j) else {
            // "in the past." — not "the past 20 years" (a duration).
            if w == "past", s.word(k - 1) == "the", s.token(j)?.kind != .number {
                return Match(k - 1, k, nil, reference: .past)
            }
            return nil
        }
        let unit = Self.base(rawUnit)
        let possessive = unit != rawUnit
        if w == "previous" {
            if s.word(k - 1) == "the", let m = anchoredUnit(unit, step: -1, first: k - 1, last: j) { return m }
            return nil
        }
        guard let step = DateLexicon.relativeSteps[modifier] else { return nil }
        // "the past several quarters", "the last few months", "past years": a past reference.
        if w == "past" || w == "last", s.word(k - 1) == "the" || w == "past" {
            if DateLexicon.vagueAmounts.contains(rawUnit), let u = s.word(j + 1), DateLexicon.agoUnits[u] != nil {
                return Match(s.word(k - 1) == "the" ? k - 1 : k, j + 1, nil, reference: .past)
            }
            if w == "past", ["years", "months", "decades"].contains(rawUnit) {
                return Match(k, j, nil, reference: .past)
            }
        }
        if w == "coming", ["months", "years", "weeks", "days", "quarters"].contains(rawUnit) {
            return Match(k, j, nil, reference: .future)
        }
        // "this year's third quarter": the period rule reads the whole.
        if possessive, periodFollows(at: j + 1, s) { return nil }
        guard DateLexicon.relativeUnits.contains(unit) else {
            // "in the past", but not "the past three months" (a duration) nor "the past few weeks".
            if w == "past", s.word(k - 1) == "the", s.tokens[j].kind == .word, NumberReader.wordValue(rawUnit) == nil,
                !DateLexicon.vagueAmounts.contains(rawUnit), DateLexicon.agoUnits[rawUnit] == nil, rawUnit != "several"
            {
                return Match(k - 1, k, nil, reference: .past)
            }
            return nil
        }
        var first = k
        if ["past", "coming"].contains(w), s.word(k - 1) == "the" { first = k - 1 }
        guard let p = published else { return Match(first, j, nil) }
        switch unit {
        case "week":
            if w == "past" { return Match(first, j, "\(p.adding(days: -7).iso)/\(p.iso)") }
            let monday = p.adding(days: -(p.isoWeekday - 1) + 7 * step)
            return Match(first, j, "\(monday.iso)/\(monday.adding(days: 6).iso)")
        case "weekend":
            // "this weekend" said on a weekday is the coming one.
            let upcoming = step > 0 || (step == 0 && p.isoWeekday <= 5)
            return Match(first, j, weekend(next: upcoming, last: step < 0))
        case "month":
            var y = p.year
            var m = p.month + step
            if m == 0 {
                m = 12
                y -= 1
            } else if m == 13 {
                m = 1
                y += 1
            }
            return Match(first, j, CalendarDay.iso(year: y, month: m))
        case "year":
            return Match(first, j, String(p.year + step))
        case "quarter":
            let (y, q) = Self.quarter(of: p, plus: step)
            return Match(first, j, "\(y)-Q\(q)", anchor: .quarter(y, q))
        case "century":
            let start = (p.year / 100 + step) * 100
            return Match(first, j, "\(start)/\(start + 99)")
        default:
            let start = (p.year / 10 + step) * 10
            return Match(first, j, "\(start)/\(start + 9)")
        }
    }

    /// "the year", "the month", "the week" inside "earlier in the year" …: the publication's.
    private func thisUnit(_ unit: String, first: Int, last: Int) -> Match? {
        guard let p = published else { return Match(first, last, nil) }
        switch unit {
        case "year": return Match(first, last, String(p.year))
        case "month": return Match(first, last, p.isoMonth)
        case "week": return Match(first, last, p.isoWeek)
        default: return Match(first, last, p.iso)
        }
    }

    /// The quarter of a day, moved by `step` quarters.
    static func quarter(of d: CalendarDay, plus step: Int) -> (Int, Int) {
        let index = d.year * 4 + (d.month - 1) / 3 + step
        return (index / 4, index % 4 + 1)
    }

    /// "three weeks ago", "50 years ago", "a decade ago", "a few years ago", "a week or so ago", "nearly
    /// four years ago": read back from "ago" over the unit and the amount. The value has the unit's
    /// granularity ("six weeks ago" is a week); a vague amount gives a past reference.
    func ago(at k: Int, _ s: SentenceScope) -> Match? {
        var u = k - 1
        if s.word(u) == "so", s.word(u - 1) == "or" { u -= 2 }  // "a week or so ago"
        guard let unitWord = s.word(u), let unit = DateLexicon.agoUnits[unitWord], !s.consumed.contains(u) else {
            return nil
        }
        guard let (n, first) = amount(before: u, s) else { return nil }
        guard let n else { return Match(first, k, nil, reference: .past) }
        // "a year ago" in a report on a quarter is that quarter a year ago.
        if unit == .year, n == 1, case .quarter? = anchor, let a = anchor {
            return Match(first, k, a.shifted(years: -1))
        }
        return Match(first, k, shifted(unit, by: -n))
    }

    /// The amount before a unit at `u`: (value, first token) — a nil value for a vague amount ("a few",
    /// "several"); nil when there is none.
    func amount(before u: Int, _ s: SentenceScope) -> (Int?, Int)? {
        let a = u - 1
        guard let t = s.token(a), !s.consumed.contains(a) else { return nil }
        var first = a
        var value: Int?
        if t.kind == .number {
            guard let v = Int(s.lower(t)) else { return nil }
            value = v
        } else if t.kind == .word {
            let w = s.lowers[a]
            if w == "a" || w == "an" || w == "one" {
                value = 1
            } else if let v = NumberReader.wordValue(w) {
                value = Int(v)
            } else if DateLexicon.vagueAmounts.contains(w) {
                if s.word(a - 1) == "a" || s.word(a - 1) == "the" { first = a - 1 }
                if w == "couple", s.word(a + 1) == "of" { return nil }
                return (nil, first)
            } else if w == "of", s.word(a - 1) == "couple" {
                first = a - 1
                if s.word(a - 2) == "a" { first = a - 2 }
                return (nil, first)
            } else {
                return nil
            }
        } else {
            return nil
        }
        // "nearly four years ago", "more than a decade ago"
        if let b = s.word(first - 1), DateLexicon.approximations.contains(b), !s.consumed.contains(first - 1) {
            first -= 1
        } else if s.word(first - 1) == "than", let b2 = s.word(first - 2), b2 == "more" || b2 == "less" {
            first -= 2
        }
        return (value, first)
    }

    /// The publication day moved by `n` units, written at the unit's granularity.
    func shifted(_ unit: DateUnit, by n: Int) -> String? {
        guard let p = published else { return nil }
        switch unit {
        case .day: return p.adding(days: n).iso
        case .week: return p.adding(days: 7 * n).isoWeek
        case .month:
            let index = p.year * 12 + p.month - 1 + n
            return CalendarDay.iso(year: index / 12, month: index % 12 + 1)
        case .quarter:
            let (y, q) = Self.quarter(of: p, plus: n)
            return "\(y)-Q\(q)"
        case .half:
            let index = p.year * 2 + (p.month - 1) / 6 + n
            return "\(index / 2)-H\(index % 2 + 1)"
        case .year: return String(p.year + n)
        case .decade: return String(p.year + 10 * n)
        case .century: return String(p.year + 100 * n)
        }
    }

    /// Saturday/Sunday: the most recent weekend (including one under way), or the coming one.
    func weekend(next: Bool, last: Bool = false) -> String? {
        guard let p = published else { return nil }
        var saturday: CalendarDay
        if next {
            saturday = p.adding(days: (6 - p.isoWeekday + 7) % 7)
            if saturday == p { saturday = p.adding(days: 7) }
        } else {
            saturday = p.adding(days: -((p.isoWeekday - 6 + 7) % 7))
            if last, p.isoWeekday >= 6 { saturday = saturday.adding(days: -7) }
        }
        return "\(saturday.iso)/\(saturday.adding(days: 1).iso)"
    }
}
