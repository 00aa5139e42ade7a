/// Absolute dates: ISO dates, day-month-year and month-day-year dates, months with or without a year,
/// years in digits or words, decades written with digits, seasons and holidays.
extension DateRules {
    func numeric(at k: Int, _ s: SentenceScope) -> Match? {
        let t = s.tokens[k]
        guard let n = Int(s.lower(t)) else { return nil }
        // ISO 8601 in the text: 2016-02-24.
        if t.byteCount == 4, s.punct(k + 1, "-"), let mt = s.token(k + 2), mt.kind == .number, !mt.spaceBefore,
            s.punct(k + 3, "-"), let dt = s.token(k + 4), dt.kind == .number, !dt.spaceBefore,
            let m = Int(s.lower(mt)), let d = Int(s.lower(dt)), let date = CalendarDay(year: n, month: m, day: d)
        {
            return Match(k, k + 4, date.iso, anchor: .day(date))
        }
        // Day Month [Year]: "24 February 2016", "24th February".
        if (1...31).contains(n), t.byteCount <= 2 {
            var j = k + 1
            if let suffix = s.token(j), suffix.kind == .word, !suffix.spaceBefore,
                ["st", "nd", "rd", "th"].contains(s.lower(suffix))
            {
                j += 1
            }
            if s.word(j) == "of" { j += 1 }
            if let mt = s.token(j), mt.kind == .word, mt.upper, mt.classes.contains(.month),
                let m = DateLexicon.months[Self.base(s.lower(mt))]
            {
                var last = j
                if s.punct(last + 1, "."), s.lower(mt).characterCount <= 4,
                    !["may", "june", "july"].contains(s.lower(mt))
                {
                    last += 1
                }
                if let (y, yl) = yearWithEnd(at: last + 1, s) {
                    let date = CalendarDay(year: y, month: m, day: n)
                    return Match(k, yl, date?.iso, anchor: date.map { .day($0) })
                }
                return Match(k, last, inferred(month: m, day: n, s, at: k))
            }
            // "the '80s"
            if t.byteCount == 2, n % 10 == 0, s.punct(k - 1, "'") || s.punct(k - 1, "’"), let suffix = s.token(k + 1),
                suffix.kind == .word,
                !suffix.spaceBefore, s.lower(suffix) == "s"
            {
                let start = 1900 + n
                var first = k - 1
                if s.word(first - 1) == "the" { first -= 1 }
                return Match(first, k + 1, "\(start)/\(start + 9)")
            }
            return nil
        }
        guard t.byteCount == 4, !s.lower(t).utf8.contains(0x2C), (1000...2100).contains(n) else { return nil }
        // "the 1990s"
        if let suffix = s.token(k + 1), suffix.kind == .word, !suffix.spaceBefore,
            s.lower(suffix) == "s" || s.lower(suffix) == "'s", n % 10 == 0
        {
            var first = k
            if s.word(k - 1) == "the" { first = k - 1 }
            return Match(first, k + 1, "\(n)/\(n + 9)")
        }
        guard year(at: k, s) != nil else { return nil }
        // "the 1988 third quarter", "fiscal 1988": the period rule reads the year with its period.
        if periodFollows(at: k + 1, s) { return nil }
        // "2015-16", "2015-2016"
        if s.punct(k + 1, "-") || s.punct(k + 1, "–"), let second = s.token(k + 2), second.kind == .number,
            !second.spaceBefore,
            let m = Int(s.lower(second))
        {
            let end = second.byteCount == 2 ? n / 100 * 100 + m : m
            if end > n, end - n < 10 { return Match(k, k + 2, "\(n)/\(end)") }
        }
        // "1988's": the possessive belongs to the date.
        var last = k
        if let next = s.token(k + 1), next.kind == .punct, next.scalar == 0x27 || next.scalar == 0x2019,
            !next.spaceBefore, s.word(k + 2) == "s"
        {
            if periodFollows(at: k + 3, s) { return nil }
            last = k + 2
        }
        return Match(k, last, String(n), anchor: .year(n))
    }

    /// A four-digit year at `k` that is not a count ("2000 people"), an amount ("$2014") or part of a
    /// name ("Orion 1980").
    func year(at k: Int, _ s: SentenceScope) -> Int? {
        guard let t = s.token(k), t.kind == .number, t.byteCount == 4, let y = Int(s.lower(t)),
            (1000...2100).contains(y)
        else { return nil }
        if y < 1800, !(s.word(k - 1).map { DateLexicon.yearPrepositions.contains($0) } ?? false) { return nil }
        if let next = s.token(k + 1) {
            if next.kind == .word,
                next.classes.contains(.personNoun) || next.classes.contains(.unitWord) || s.lower(next) == "per"
            {
                return nil
            }
            if next.isPunct("%") { return nil }
        }
        if NumberReader.currencyBefore(k, s) != nil { return nil }
        if s.token(k - 1)?.classes.contains(.qualifierEnd) == true {
            for words in Self.qualifiersBeforeCounts[s.lowers[k - 1]] ?? []
            where s.matchesBefore(words, endingBefore: k) != nil { return nil }
        }
        // A capitalised word inside the sentence right before the number: a name with a number ("Orion 1980").
        if let b = s.token(k - 1), b.kind == .word, b.upper, k - 1 > s.range.lowerBound,
            b.classes.isDisjoint(with: Self.dateNameClasses),
            !DateLexicon.yearPrepositions.contains(s.lower(b))
        {
            return nil
        }
        return y
    }

    /// Classes of capitalised words that may stand before a year ("January 1990", "Summer 1996").
    private static let dateNameClasses: WordClass = [.month, .season, .dateStart, .weekday]

    /// A year in digits or in words at `k`, with its last token.
    func yearWithEnd(at k: Int, _ s: SentenceScope) -> (Int, Int)? {
        if let y = year(at: k, s) { return (y, k) }
        return spelledYear(at: k, s)
    }

    /// A year in words: "nineteen ninety-six", "nineteen eighty", "two thousand" (only after "the year").
    func spelledYear(at k: Int, _ s: SentenceScope) -> (Int, Int)? {
        guard let w = s.word(k) else { return nil }
        if let century = DateLexicon.centuryWords[w], let next = s.word(k + 1), let rest = NumberReader.wordValue(next),
            rest >= 10, rest < 100
        {
            var value = Int(rest)
            var last = k + 1
            if rest.truncatingRemainder(dividingBy: 10) == 0, let unit = s.word(k + 2),
                let u = NumberReader.wordValue(unit), u >= 1, u < 10
            {
                value += Int(u)
                last = k + 2
            }
            return (century + value, last)
        }
        if w == "two", s.word(k + 1) == "thousand", s.word(k - 1) == "year" { return (2000, k + 1) }
        return nil
    }

    /// Whether a quarter, half or period follows at `j`: "third quarter", "first-half", "quarter", "period".
    func periodFollows(at j: Int, _ s: SentenceScope) -> Bool {
        guard let w = s.word(j) else { return false }
        if let kind = DateLexicon.words[w] {
            switch kind {
            case .periodCompound: return true
            case .periodNoun: return w != "half"
            default: break
            }
        }
        if DateLexicon.fiscalWords.contains(w) { return periodFollows(at: j + 1, s) }
        if DateLexicon.ordinals[w] != nil, let next = s.word(j + 1) {
            if DateLexicon.periodNouns.contains(next) { return true }
            if DateLexicon.fiscalWords.contains(next), let n2 = s.word(j + 2), DateLexicon.periodNouns.contains(n2) {
                return true
            }
        }
        return false
    }

    func monthDate(_ m: Int, at k: Int, _ s: SentenceScope) -> Match? {
        let w = s.lowers[k]
        let possessive = w != Self.base(w)
        var j = k + 1
        if s.punct(j, "."), w.characterCount <= 4 { j += 1 }
        // Month Day[,] [Year]: "February 24, 2016"
        if !possessive, let dt = s.token(j), dt.kind == .number, let d = Int(s.lower(dt)), (1...31).contains(d),
            dt.byteCount <= 2
        {
            var last = j
            if let suffix = s.token(last + 1), suffix.kind == .word, !suffix.spaceBefore,
                ["st", "nd", "rd", "th"].contains(s.lower(suffix))
            {
                last += 1
            }
            let comma = s.punct(last + 1, ",") ? 1 : 0
            if let (y, yl) = yearWithEnd(at: last + 1 + comma, s) {
                let date = CalendarDay(year: y, month: m, day: d)
                return Match(k, yl, date?.iso, anchor: date.map { .day($0) })
            }
            return Match(k, last, inferred(month: m, day: d, s, at: k))
        }
        // Month Year: "February 2016", "January nineteen ninety-seven"; "June last year".
        if !possessive, let (y, yl) = yearWithEnd(at: j, s) {
            return Match(k, yl, CalendarDay.iso(year: y, month: m), anchor: .month(y, m))
        }
        if !possessive, let p = published, let rel = s.word(j), let step = DateLexicon.relativeSteps[rel],
            s.word(j + 1) == "year"
        {
            return Match(k, j + 1, CalendarDay.iso(year: p.year + step, month: m))
        }
        // Month alone needs a date word next to it ("in February", "last March", "early May", "the October
        // slaying", "December's figures"); abbreviations never stand alone.
        guard Self.base(w).characterCount > 3 || Self.base(w) == "may" else { return nil }
        let before = s.word(k - 1)
        let ambiguous = DateLexicon.ambiguousMonths.contains(Self.base(w))
        var allowed = possessive && !ambiguous
        if let b = before {
            if ambiguous {
                allowed = allowed || DateLexicon.ambiguousMonthModifiers.contains(b)
            } else {
                allowed =
                    allowed || DateLexicon.monthModifiers.contains(b)
                    || (b == "the" && s.token(k + 1).map { $0.kind == .word && !$0.upper } == true)
            }
        } else if !ambiguous, s.tokens[k].kind == .word, k == s.range.lowerBound, s.punct(k + 1, ",") {
            allowed = true  // "December, the army said"
        }
        guard allowed else { return nil }
        var first = k
        if let b = before, ["last", "next", "this"].contains(b) { first = k - 1 }
        guard let p = published else { return Match(first, k, nil) }
        return Match(first, k, CalendarDay.iso(year: yearOfMonth(m, after: before ?? "", p, at: k, s), month: m))
    }

    /// The year of a month named without one: by its modifier ("last March", "next May", "since June"),
    /// else by the tense of its clause: the coming one in a future clause, the latest in a past one, and without
    /// a tense the nearer of the two when the coming one is at most three months ahead.
    func yearOfMonth(_ m: Int, after b: String, _ p: CalendarDay, at k: Int, _ s: SentenceScope) -> Int {
        if b == "last" || b == "since" { return m >= p.month ? p.year - 1 : p.year }
        if b == "next" { return m <= p.month ? p.year + 1 : p.year }
        if b == "this" { return p.year }
        switch clauseTense(at: k, s) {
        // "due to be published in June", "talks to conclude by May": the coming one.
        case .future, .weakFuture: return m < p.month ? p.year + 1 : p.year
        // A past clause: news reports the past ("was arrested in December", written in March, is last December).
        case .past: return m > p.month ? p.year - 1 : p.year
        // No tense: the latest, unless the coming one is at most three months ahead and nearer ("in January",
        // written in late October, is the coming January).
        case .unknown:
            let ahead = (m - p.month + 12) % 12
            let back = (p.month - m + 12) % 12
            if ahead > 0, ahead <= 3, ahead < back { return m < p.month ? p.year + 1 : p.year }
            return m > p.month ? p.year - 1 : p.year
        }
    }

    /// The year of a day-month date without one: the latest such day up to publication after a word that
    /// looks back ("since the Oct. 23 slaying" written in May, "the year ended March 31") or in a past clause
    /// (unless the coming one is within six weeks), the next one in a future clause, else the nearest.
    func inferred(month m: Int, day d: Int, _ s: SentenceScope, at k: Int) -> String? {
        guard let p = published else { return nil }
        let before = [p.year, p.year - 1].compactMap { CalendarDay(year: $0, month: m, day: d) }.first { $0 <= p }
        let after = [p.year, p.year + 1].compactMap { CalendarDay(year: $0, month: m, day: d) }.first { $0 > p }
        if let b = s.word(k - 1),
            DateLexicon.backwardCues.contains(b)
                || (b == "the" && s.word(k - 2).map { DateLexicon.backwardCues.contains($0) } == true)
        {
            return (before ?? after)?.iso
        }
        guard let a = after, let b = before else { return (before ?? after)?.iso }
        let ahead = a.daysSinceEpoch - p.daysSinceEpoch
        let back = p.daysSinceEpoch - b.daysSinceEpoch
        switch clauseTense(at: k, s) {
        case .future: return a.iso
        // A past clause may still set a coming day ("was extended to Nov. 16"): within six weeks, the nearest.
        case .past: return ahead <= 45 && ahead < back ? a.iso : b.iso
        case .unknown, .weakFuture: return ahead < back ? a.iso : b.iso
        }
    }

    func seasonDate(_ season: (Int, Int), at k: Int, _ s: SentenceScope) -> Match? {
        func range(_ y: Int) -> String {
            CalendarDay.iso(year: y, month: season.0) + "/"
                + CalendarDay.iso(year: season.0 > season.1 ? y + 1 : y, month: season.1)
        }
        var first = k
        if s.word(k - 1) == "the" { first = k - 1 }
        if s.word(k + 1) == "of", let (y, yl) = yearWithEnd(at: k + 2, s) { return Match(first, yl, range(y)) }
        if let (y, yl) = yearWithEnd(at: k + 1, s) { return Match(first, yl, range(y)) }
        guard let b = s.word(k - 1) else { return nil }
        let wraps = season.0 > season.1
        if ["last", "this", "next", "past"].contains(b) {
            guard let p = published else { return Match(k - 1, k, nil) }
            let inSeason =
                wraps ? (p.month >= season.0 || p.month <= season.1) : (season.0...season.1).contains(p.month)
            // The year in which the most recent (or current) instance of the season started.
            let recent = p.month >= season.0 ? p.year : p.year - 1
            let y: Int
            switch b {
            case "this": y = wraps && p.month <= season.1 ? p.year - 1 : p.year
            case "next": y = recent + 1
            default: y = inSeason ? recent - 1 : recent
            }
            return Match(k - 1, k, range(y))
        }
        // "in the summer", "over the summer", "early summer": the nearest one by tense.
        guard b == "the" || DateLexicon.leadingModifiers.contains(b), s.tokens[k].classes.contains(.season),
            let p = published
        else { return nil }
        if s.word(k + 1) == "of" { return nil }  // "the fall of the Berlin Wall"
        if b == "the", let b2 = s.word(k - 2),
            !["in", "over", "during", "this", "until", "by", "since", "through"].contains(b2)
        {
            return nil
        }
        let started = p.month >= season.0 ? p.year : p.year - 1
        let y =
            clauseTense(at: k, s) == .future
                && !(wraps ? (p.month >= season.0 || p.month <= season.1) : (season.0...season.1).contains(p.month))
            ? started + 1 : started
        return Match(first, k, range(y))
    }

    /// "mid-1990s" (a decade), "mid-1990" (a year), "mid-November", "late-November" (a month).
    func midDate(at k: Int, _ s: SentenceScope) -> Match? {
        let w = s.lowers[k]
        guard let hyphen = w.firstIndex(of: "-") else { return nil }
        var digits = w[w.index(after: hyphen)...]
        if let m = DateLexicon.months[String(digits)] {
            guard let p = published else { return Match(k, k, nil) }
            return Match(k, k, CalendarDay.iso(year: yearOfMonth(m, after: s.word(k - 1) ?? "", p, at: k, s), month: m))
        }
        guard w.startsWith("mid-") else { return nil }
        let decade = digits.hasSuffix("s")
        if decade { digits = digits.dropLast() }
        guard let y = Int(digits), (1800...2100).contains(y) else { return nil }
        var first = k
        if s.word(k - 1) == "the" { first = k - 1 }
        return decade ? Match(first, k, "\(y)/\(y + 9)") : Match(k, k, String(y), anchor: .year(y))
    }

    /// A holiday by name: "Christmas Eve", "Thanksgiving Day", "New Year's Day", "Election Day", "Easter".
    func holiday(at k: Int, _ s: SentenceScope) -> Match? {
        var best: (last: Int, date: (Int) -> CalendarDay?)?
        func consider(_ words: [String], _ date: @escaping (Int) -> CalendarDay?) {
            guard s.matches(words, at: k), best.map({ k + words.count - 1 > $0.last }) ?? true else { return }
            // Every word of the name is capitalised ("Christmas Eve", not "Christmas trees").
            for i in 0..<words.count where !(s.token(k + i)?.upper ?? false) { return }
            best = (k + words.count - 1, date)
        }
        for (name, md) in DateLexicon.fixedHolidays where name[0] == s.lowers[k] {
            consider(name) { CalendarDay(year: $0, month: md.0, day: md.1) }
        }
        for (name, rule) in DateLexicon.weekdayHolidays where name[0] == s.lowers[k] {
            consider(name) { CalendarDay.nthWeekday(rule.2, weekday: rule.1, month: rule.0, year: $0) }
        }
        for (name, offset) in DateLexicon.easterHolidays where name[0] == s.lowers[k] {
            consider(name) { CalendarDay.easter($0).adding(days: offset) }
        }
        consider(["election", "day"]) { y in CalendarDay.nthWeekday(1, weekday: 1, month: 11, year: y)?.adding(days: 1)
        }
        guard let (last, date) = best else { return nil }
        // A one-word name before a noun it modifies is no date ("Christmas trees", "Easter eggs").
        if last == k, let n = s.token(k + 1), n.kind == .word, !n.upper, !n.classes.contains(.nounStop) { return nil }
        // "Christmas" alone needs no year; "Christmas 1990" takes it.
        var end = last
        if let (y, yl) = yearWithEnd(at: last + 1, s) {
            end = yl
            return Match(k, end, date(y)?.iso, anchor: date(y).map { .day($0) })
        }
        guard let p = published else { return Match(k, end, nil) }
        let b = s.word(k - 1)
        let candidates = [p.year - 1, p.year, p.year + 1].compactMap(date)
        let before = candidates.last { $0 <= p }
        let after = candidates.first { $0 > p }
        var first = k
        let chosen: CalendarDay?
        if b == "last" {
            chosen = before
            first = k - 1
        } else if b == "next" || b == "this" {
            chosen = after ?? before
            first = k - 1
        } else {
            switch clauseTense(at: k, s) {
            case .past: chosen = before
            case .future: chosen = after
            case .unknown, .weakFuture:
                chosen = after.flatMap { $0.daysSinceEpoch - p.daysSinceEpoch <= 45 ? $0 : nil } ?? before
            }
        }
        return Match(first, end, chosen?.iso)
    }
}
